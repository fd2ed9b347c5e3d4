// The files the Export menu makes: the CSV summary (of everything, or of what the table shows,
// in the table's order either way, in the format picked in Settings → Export) and the calendar
// of deadlines and cohort dates.
import type { Application } from '@shared/application';
import { countOf } from '@shared/countOf';
import { applicationsToCsv } from '@shared/csv/csvExport';
import { applicationsToIcs } from '@shared/ics/calendarExport';
import type { Data } from '../../db/DataContext';
import { readSetting } from '../../db/settings';
import { showError, useToastStore } from '../../state/toastStore';
import { sortRows } from '../../model/tableRows';
import { useUiStore } from '../../state/uiStore';
import { reminderSettingsSetting } from '../reminders/reminderSettingsSetting';
import { csvFormatSetting } from './csvFormatSetting';
import { exportFileName, saveExport } from './saveExport';

export type CsvScope = 'all' | 'shown';

/** Every application, archived ones too, from the read model once it has loaded them all. */
async function allApplications({ model }: Pick<Data, 'model'>): Promise<Application[]> {
  await model.start();
  return [...model.rows()].map((row) => row.app);
}

/** The same in the table's order, as a student reading the file would look for them. */
async function allInTableOrder({ model, tableView }: Pick<Data, 'model' | 'tableView'>): Promise<Application[]> {
  await model.start();
  const { key, direction } = useUiStore.getState().sort;
  return sortRows([...model.rows()], key, direction, tableView.firstCurrency).map((row) => row.app);
}

/** The table's rows as it shows them now: its filters, search and sort. */
function shownInTable({ tableView }: Pick<Data, 'tableView'>): Application[] {
  const { filters, search, sort } = useUiStore.getState();
  return tableView.rows({ filters, search, sort }).map((row) => row.app);
}

function nothingToExport(message: string): void {
  useToastStore.getState().toastShown({ message, tone: 'info' });
}

export async function exportCsv(
  data: Pick<Data, 'db' | 'model' | 'tableView'>,
  scope: CsvScope,
  now: Date,
): Promise<void> {
  const [all, format] = await Promise.all([allInTableOrder(data), readSetting(data.db, csvFormatSetting)]);
  const apps = scope === 'all' ? all : shownInTable(data);
  if (apps.length === 0) {
    return nothingToExport(
      scope === 'all' || all.length === 0
        ? 'There are no applications to export yet.'
        : 'The table shows no applications with these filters, so there is nothing to export.',
    );
  }
  const stem = scope === 'all' ? 'internship-applications' : 'internship-applications-filtered';
  await saveExport(
    {
      suggestedName: exportFileName(stem, 'csv', now),
      content: applicationsToCsv(apps, { pipeline: data.model.pipeline(), now, format }),
      format: 'csv',
    },
    countOf(apps.length, 'application'),
  );
}

export async function exportCalendar(data: Pick<Data, 'db' | 'model'>, now: Date): Promise<void> {
  const [apps, settings] = await Promise.all([allApplications(data), readSetting(data.db, reminderSettingsSetting)]);
  const content = applicationsToIcs(apps, { now, alarms: settings, pipeline: data.model.pipeline() });
  const events = content.split('\r\nBEGIN:VEVENT\r\n').length - 1;
  if (events === 0) {
    return nothingToExport('There is nothing to put in a calendar: no open deadlines or internship dates.');
  }
  await saveExport(
    { suggestedName: exportFileName('internship-dates', 'ics', now), content, format: 'ics' },
    countOf(events, 'calendar event'),
  );
}

/** Runs an export, showing what went wrong in words for the user. */
export async function runExport(work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (error) {
    showError(error);
  }
}
