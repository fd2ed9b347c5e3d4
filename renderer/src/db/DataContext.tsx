// Gives components the database, the repository that writes to it and the read model that
// serves every view, with the indexes the views keep. Starts the model and its minute tick.
import { liveQuery } from 'dexie';
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { reminderSettingsSetting } from '../features/reminders/reminderSettingsSetting';
import { createApplicationsModel, type ApplicationsModel, type RowIndex } from '../model/applicationsModel';
import { createBoardView, type BoardView } from '../model/boardView';
import { createCalendarIndex, type CalendarIndex } from '../model/calendarIndex';
import { createTableView, type TableView } from '../model/tableView';
import { createTagIndex, type TagIndex } from '../model/tagIndex';
import { applicationsRepository, type ApplicationsRepository } from './applicationsRepository';
import type { AppDatabase } from './db';
import { readSetting } from './settings';

export interface Data {
  db: AppDatabase;
  repository: ApplicationsRepository;
  model: ApplicationsModel;
  tableView: TableView;
  boardView: BoardView;
  calendar: CalendarIndex;
  tags: TagIndex;
  /**
   * Has the model keep `index` up to date from now on (once; later calls do nothing). The board's
   * and the calendar's indexes are built when their view is first opened, not at start-up.
   */
  attach(index: RowIndex): void;
}

const DataContext = createContext<Data | null>(null);

/** Next dates run out by the minute at most (deadlines have minutes). */
const TICK_MS = 60_000;

function createData(db: AppDatabase): Data {
  const model = createApplicationsModel(db);
  const tableView = createTableView();
  const boardView = createBoardView();
  const calendar = createCalendarIndex();
  const tags = createTagIndex();
  const attached = new Set<RowIndex>();
  const attach = (index: RowIndex) => {
    if (attached.has(index)) return;
    attached.add(index);
    model.addIndex(index);
  };
  for (const index of [tableView, tags]) attach(index);
  return { db, model, tableView, boardView, calendar, tags, attach, repository: applicationsRepository(db, { model }) };
}

export function DataProvider({ db, children }: { db: AppDatabase; children: ReactNode }) {
  const [data] = useState(() => createData(db));
  useEffect(() => {
    void data.model.start();
    const ticker = setInterval(() => data.model.tick(new Date()), TICK_MS);
    // The follow-up rule's days on the calendar follow the reminder settings; should reading
    // them fail, the calendar keeps the settings it had.
    const settingsWatch = liveQuery(() => readSetting(db, reminderSettingsSetting)).subscribe({
      next: (settings) => data.calendar.settingsChanged(settings),
      error: () => undefined,
    });
    return () => {
      clearInterval(ticker);
      settingsWatch.unsubscribe();
      data.model.stop();
    };
  }, [data, db]);
  return <DataContext.Provider value={data}>{children}</DataContext.Provider>;
}

export function useData(): Data {
  const data = useContext(DataContext);
  if (!data) throw new Error('useData must be used inside <DataProvider>');
  return data;
}
