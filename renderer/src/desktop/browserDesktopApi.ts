// The desktop API for the web build and the end-to-end tests: the same contract as the Electron
// preload, done with what a browser tab can do.
import type { AppCommand, DesktopApi, Result } from '@shared/desktopApi';
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
    async saveFile(request) {
      return ok(downloadFile(request));
    },
    async openExternal(url) {
      return openExternalInBrowser(url);
    },
    async getDesktopSettings() {
      return DESKTOP_ONLY;
    },
    async updateDesktopSettings() {
      return DESKTOP_ONLY;
    },
    writeBackup: backups.writeBackup,
    listBackups: backups.listBackups,
    readBackup: backups.readBackup,
    onCommand(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
