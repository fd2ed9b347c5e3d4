// Gives components the database, the repository that writes to it and the read model that
// serves every view, with the indexes the views keep. Starts the model and its minute tick.
import { liveQuery } from 'dexie';
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { regionCurrency } from '@shared/money/regionCurrency';
import { stageById } from '@shared/pipeline';
import type { ReminderSettings } from '@shared/reminders/reminderSettings';
import { localTimeZone } from '@shared/zoneCountries';
import { reminderSettingsSetting } from '../features/reminders/reminderSettingsSetting';
import { addUnsavedCheck } from '../components/unsavedWork';
import { createApplicationsModel, type ApplicationsModel, type RowIndex } from '../model/applicationsModel';
import { createBoardView, type BoardView } from '../model/boardView';
import { createCalendarIndex, type CalendarIndex } from '../model/calendarIndex';
import { createCompanyIndex, type CompanyIndex } from '../model/companyIndex';
import { createTableView, type TableView } from '../model/tableView';
import { createTagIndex, type TagIndex } from '../model/tagIndex';
import { showError } from '../state/toastStore';
import { applicationsRepository, type ApplicationsRepository } from './applicationsRepository';
import type { AppDatabase } from './db';
import { takeFirstScreenRead } from './firstScreenRead';
import { readSetting } from './settings';

export interface Data {
  db: AppDatabase;
  repository: ApplicationsRepository;
  model: ApplicationsModel;
  tableView: TableView;
  /** The board's and the calendar's indexes are built when first read (their view opens), not at start-up. */
  readonly boardView: BoardView;
  readonly calendar: CalendarIndex;
  tags: TagIndex;
  /** Built when first read: by the first search. */
  readonly companies: CompanyIndex;
  /** The reminder settings stored, as last read (undefined until then): for what must know them at once. */
  reminderSettings(): ReminderSettings | undefined;
}

const DataContext = createContext<Data | null>(null);

/** Next dates run out by the minute at most (deadlines have minutes). */
const TICK_MS = 60_000;

function createData(db: AppDatabase): {
  data: Data;
  calendar: CalendarIndex;
  reminderSettingsRead: (settings: ReminderSettings) => void;
} {
  const model = createApplicationsModel(db, { firstScreenRead: takeFirstScreenRead(db.name) });
  const tableView = createTableView(regionCurrency(localTimeZone(), navigator.language));
  const tags = createTagIndex();
  model.addIndex(tableView);
  model.addIndex(tags);
  /** The index, kept up to date by the model from its first read on. */
  const builtWhenRead = <T extends RowIndex>(index: T) => {
    let attached = false;
    return () => {
      if (!attached) model.addIndex(index);
      attached = true;
      return index;
    };
  };
  const calendar = createCalendarIndex();
  const boardView = builtWhenRead(createBoardView());
  const calendarView = builtWhenRead(calendar);
  const companies = builtWhenRead(createCompanyIndex());
  let reminderSettings: ReminderSettings | undefined;
  const data: Data = {
    db,
    model,
    tableView,
    tags,
    repository: applicationsRepository(db, { model }),
    get boardView() {
      return boardView();
    },
    get calendar() {
      return calendarView();
    },
    get companies() {
      return companies();
    },
    reminderSettings: () => reminderSettings,
  };
  // The follow-up rule's days on the calendar follow the reminder settings too.
  const reminderSettingsRead = (settings: ReminderSettings) => {
    reminderSettings = settings;
    calendar.settingsChanged(settings);
  };
  return { data, calendar, reminderSettingsRead };
}

/** Applications loaded in a removed stage (an older version could leave them there) move on: none is out of sight. */
async function leaveRemovedStages({ model, repository }: Data): Promise<void> {
  if (model.status() !== 'ready') return;
  const pipeline = model.pipeline();
  const stranded = [...model.rows()].filter((row) => stageById(pipeline, row.app.stageId)?.removed);
  if (stranded.length > 0) await repository.leaveRemovedStages(stranded.map((row) => row.app.id));
}

export function DataProvider({ db, children }: { db: AppDatabase; children: ReactNode }) {
  const [{ data, reminderSettingsRead }] = useState(() => createData(db));
  useEffect(() => {
    data.model
      .start()
      .then(() => leaveRemovedStages(data))
      .catch(showError);
    const ticker = setInterval(() => data.model.tick(new Date()), TICK_MS);
    // A save still being written (Save changes, then a reload at once) is work leaving would lose.
    const removeWriteCheck = addUnsavedCheck(() => data.model.writeInFlight());
    // Should reading the reminder settings fail, the last read stay.
    const settingsWatch = liveQuery(() => readSetting(db, reminderSettingsSetting)).subscribe({
      next: reminderSettingsRead,
      error: () => undefined,
    });
    return () => {
      clearInterval(ticker);
      removeWriteCheck();
      settingsWatch.unsubscribe();
      data.model.stop();
    };
  }, [data, reminderSettingsRead, db]);
  return <DataContext.Provider value={data}>{children}</DataContext.Provider>;
}

export function useData(): Data {
  const data = useContext(DataContext);
  if (!data) throw new Error('useData must be used inside <DataProvider>');
  return data;
}
