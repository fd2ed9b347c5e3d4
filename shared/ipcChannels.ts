// IPC channel names, declared once for main and preload. Kept apart from the payload schemas so
// the sandboxed preload, which only needs the names, does not bundle zod.
export const IPC = {
  applyReminderChanges: 'reminders:apply-changes',
  reminderFingerprints: 'reminders:fingerprints',
  reminderCentre: 'reminders:centre',
  snoozeReminder: 'reminders:snooze',
  dismissReminder: 'reminders:dismiss',
  restoreReminder: 'reminders:restore',
  saveFile: 'files:save',
  openExternal: 'shell:open-external',
  getDesktopSettings: 'settings:get',
  updateDesktopSettings: 'settings:update',
  writeBackup: 'backups:write',
  listBackups: 'backups:list',
  readBackup: 'backups:read',
  /** Main to renderer: an AppCommand. */
  command: 'app:command',
} as const;

/** The argument that tells the preload the locale to write dates in (DesktopApi.dateLocale). */
export const DATE_LOCALE_ARG = '--date-locale=';

/** The argument that tells the preload the system's regional format (DesktopApi.regionLocale). */
export const REGION_LOCALE_ARG = '--region-locale=';
