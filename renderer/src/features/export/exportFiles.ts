// The files the Export menu makes: the CSV summary (of everything, or of what the table shows,
// in its order) and the calendar of deadlines and cohort dates.
import type { Application } from '@shared/application';
import { countOf } from '@shared/countOf';
import { applicationsToCsv } from '@shared/csv/csvExport';
import { applicationsToIcs } from '@shared/ics/calendarExport';
import { fromRow, type AppDatabase } from '../../db/db';
import { readSetting } from '../../db/settings';
import { showError, useToastStore } from '../../state/toastStore';
import { useUiStore } from '../../state/uiStore';
import { filterRows, sortRows, toTableRows } from '../applications/tableRows';
import { reminderSettingsSetting } from '../reminders/reminderSettingsSetting';
import { exportFileName, saveExport } from './saveExport';

export type CsvScope = 'all' | 'shown';

async function allApplications(db: AppDatabase): Promise<Application[]> {
  return (await db.applications.toArray()).map(fromRow);
}

/** The table's rows as it shows them now: its filters, search and sort. */
export function shownInTable(apps: readonly Application[], now: Date): Application[] {
  const { filters, search, sort } = useUiStore.getState();
  return filterRows(sortRows(toTableRows(apps, now), sort.key, sort.direction), filters, search).map((row) => row.app);
}

function nothingToExport(message: string): void {
  useToastStore.getState().toastShown({ message, tone: 'info' });
}

export async function exportCsv(db: AppDatabase, scope: CsvScope, now: Date): Promise<void> {
  const all = await allApplications(db);
  const apps = scope === 'all' ? all : shownInTable(all, now);
  if (apps.length === 0) {
    return nothingToExport(
      scope === 'all' || all.length === 0
        ? 'There are no applications to export yet.'
        : 'The table shows no applications with these filters, so there is nothing to export.',
    );
  }
  const stem = scope === 'all' ? 'internship-applications' : 'internship-applications-filtered';
  await saveExport(
    { suggestedName: exportFileName(stem, 'csv', now), content: applicationsToCsv(apps, now), format: 'csv' },
    countOf(apps.length, 'application'),
  );
}

export async function exportCalendar(db: AppDatabase, now: Date): Promise<void> {
  const [apps, settings] = await Promise.all([allApplications(db), readSetting(db, reminderSettingsSetting)]);
  const content = applicationsToIcs(apps, { now, alarms: settings });
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
