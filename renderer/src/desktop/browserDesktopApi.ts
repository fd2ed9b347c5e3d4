// The desktop API for the web build and the end-to-end tests: the same contract as the Electron
// preload, done with what a browser tab can do.
import type { AppCommand, DesktopApi, DesktopSettings, Result } from '@shared/desktopApi';
import { createBrowserBackups } from './browserBackups';
import { createBrowserReminderStore } from './browserReminderStore';
import { createBrowserReminders } from './browserReminders';
import { downloadFile } from './downloadFile';
import { openExternalInBrowser } from './openExternalInBrowser';

const SETTINGS_KEY = 'internship-tracker.desktop-settings';
// A browser tab has no tray and no login items; these stay at their defaults.
const DEFAULT_SETTINGS: DesktopSettings = { closeToTray: false, openAtLogin: false, trayHintShown: true };

function readSettings(): DesktopSettings {
  try {
    return {
      ...DEFAULT_SETTINGS,
      ...(JSON.parse(localStorage.getItem(SETTINGS_KEY) ?? '{}') as Partial<DesktopSettings>),
    };
  } catch {
    return DEFAULT_SETTINGS;
  }
}

const ok = <T>(value: T): Result<T> => ({ ok: true, value });

export function createBrowserDesktopApi(): DesktopApi {
  const listeners = new Set<(command: AppCommand) => void>();
  const emit = (command: AppCommand) => listeners.forEach((listener) => listener(command));
  const reminders = createBrowserReminders({ onCommand: emit, store: createBrowserReminderStore() });
  const backups = createBrowserBackups();

  return {
    platform: 'browser',
    replaceReminderPlan: reminders.replaceReminderPlan,
    reminderCentre: reminders.reminderCentre,
    snoozeReminder: reminders.snoozeReminder,
    dismissReminder: reminders.dismissReminder,
    async saveFile(request) {
      return ok(downloadFile(request));
    },
    async openExternal(url) {
      return openExternalInBrowser(url);
    },
    async getDesktopSettings() {
      return ok(readSettings());
    },
    async updateDesktopSettings(patch) {
      const next = { ...readSettings(), ...patch };
      localStorage.setItem(SETTINGS_KEY, JSON.stringify(next));
      return ok(next);
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
