// The desktop API for the web build and the end-to-end tests: the same contract as the Electron
// preload, done with what a browser tab can do. Its calls are parsed with the same schemas as the
// main process parses IPC calls with (the reminder calls in browserReminders).
import { BACKUP_REASONS, type AppCommand, type DesktopApi, type Result } from '@shared/desktopApi';
import { parseCallArgs } from '@shared/ipc';
import { IPC } from '@shared/ipcChannels';
import { browserBackupsInWorker } from './browserBackupsInWorker';
import { createBrowserReminderStore } from './browserReminderStore';
import { createBrowserReminders } from './browserReminders';
import { downloadFile } from './downloadFile';
import { openExternalInBrowser } from './openExternalInBrowser';

// A browser tab has no tray and no login items: these settings exist only in the desktop app,
// whose Settings screen is the only place that shows them.
const DESKTOP_ONLY: Result<never> = { ok: false, error: 'This setting exists only in the desktop app.' };

const ok = <T>(value: T): Result<T> => ({ ok: true, value });

export function createBrowserDesktopApi(): DesktopApi {
  const listeners = new Set<(command: AppCommand) => void>();
  const emit = (command: AppCommand) => listeners.forEach((listener) => listener(command));
  const reminders = createBrowserReminders({ onCommand: emit, store: createBrowserReminderStore() });
  const backups = browserBackupsInWorker();

  return {
    platform: 'browser',
    applyReminderChanges: reminders.applyReminderChanges,
    reminderFingerprints: reminders.reminderFingerprints,
    reminderCentre: reminders.reminderCentre,
    snoozeReminder: reminders.snoozeReminder,
    dismissReminder: reminders.dismissReminder,
    restoreReminder: reminders.restoreReminder,
    async saveFile(...args) {
      const parsed = parseCallArgs(IPC.saveFile, args);
      return parsed.ok ? ok(downloadFile(...parsed.value)) : parsed;
    },
    async openExternal(...args) {
      const parsed = parseCallArgs(IPC.openExternal, args);
      return parsed.ok ? openExternalInBrowser(...parsed.value) : parsed;
    },
    async getDesktopSettings() {
      return DESKTOP_ONLY;
    },
    async updateDesktopSettings() {
      return DESKTOP_ONLY;
    },
    // The desktop app is sent the file's bytes instead of its Blob (see SentInstead): only the
    // reason has a schema to share.
    async writeBackup(file, reason) {
      if (!BACKUP_REASONS.includes(reason))
        return { ok: false, error: `Refused ${IPC.writeBackup}: not a backup reason.` };
      return backups.writeBackup(file, reason);
    },
    listBackups: backups.listBackups,
    async readBackup(...args) {
      const parsed = parseCallArgs(IPC.readBackup, args);
      return parsed.ok ? backups.readBackup(...parsed.value) : parsed;
    },
    onCommand(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
