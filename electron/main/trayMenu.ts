// The tray icon's menu: open the window, the next reminders, quit.
import type { MenuItemConstructorOptions } from 'electron';
import type { DateWords } from '@shared/dateWords';
import { dueAt, type ReminderEntry } from '@shared/reminders/reminder';

export const TRAY_REMINDERS_SHOWN = 10;

export interface TrayMenuDeps {
  upcoming: readonly ReminderEntry[];
  /** How dates read in the system's region. */
  dates: DateWords;
  open: () => void;
  showApplication: (applicationId: string) => void;
  openReminders: () => void;
  quit: () => void;
}

/** A menu label: "&" would become a keyboard mnemonic on Windows and Linux. */
function label(text: string): string {
  const short = text.length > 80 ? `${text.slice(0, 79)}…` : text;
  return short.replace(/&/g, '&&');
}

/** "Tue Jun 2, 8:30 AM": short, as a menu is. */
function when(date: Date, dates: DateWords): string {
  return `${dates.shortWeekday(date)} ${dates.monthDay(date)}, ${dates.time(date)}`;
}

export function trayMenuTemplate(deps: TrayMenuDeps): MenuItemConstructorOptions[] {
  const shown = deps.upcoming.slice(0, TRAY_REMINDERS_SHOWN);
  const reminders: MenuItemConstructorOptions[] =
    shown.length === 0
      ? [{ label: 'No upcoming reminders', enabled: false }]
      : [
          ...shown.map((entry) => ({
            label: label(`${when(new Date(dueAt(entry)), deps.dates)}: ${entry.summary}`),
            click: () => deps.showApplication(entry.applicationId),
          })),
          { type: 'separator' },
          { label: 'All reminders…', click: deps.openReminders },
        ];
  return [
    { label: 'Open Internship Tracker', click: deps.open },
    { type: 'separator' },
    { label: 'Upcoming reminders', submenu: reminders },
    { type: 'separator' },
    { label: 'Quit', click: deps.quit },
  ];
}
