// The main process's answers to every desktop API call, from the parts that do the work.
import type { Result } from '@shared/desktopApi';
import type { ReminderScheduler } from '@shared/reminders/reminderScheduler';
import type { BackupStore } from './backups';
import type { DesktopSettingsStore } from './desktopSettings';
import { openExternalUrl } from '@shared/externalUrl';
import type { MainHandlers } from './ipcRegistry';
import { saveFileWithDialog, type SaveFileDeps } from './saveFile';

export interface MainHandlerDeps {
  scheduler: ReminderScheduler;
  settings: DesktopSettingsStore;
  backups: BackupStore;
  saveFile: SaveFileDeps;
  openExternal: (url: string) => Promise<void>;
}

export function mainHandlers(deps: MainHandlerDeps): MainHandlers {
  return {
    applyReminderChanges: (change) => deps.scheduler.applyChanges(change),
    reminderFingerprints: () => deps.scheduler.fingerprints(),
    reminderCentre: (query) => deps.scheduler.centre(query),
    snoozeReminder: (id, minutes) => deps.scheduler.snooze(id, minutes),
    dismissReminder: (id) => deps.scheduler.dismiss(id),
    restoreReminder: (id) => deps.scheduler.restore(id),
    saveFile: (request) => saveFileWithDialog(request, deps.saveFile),
    openExternal: (url) => openExternalUrl(url, deps.openExternal),
    getDesktopSettings: async () => ({ ok: true, value: deps.settings.get() }) as const,
    updateDesktopSettings: (patch) => deps.settings.update(patch),
    writeBackup: (json, reason) => deps.backups.write(json, reason),
    listBackups: () => deps.backups.list(),
    readBackup: (id): Promise<Result<string>> => deps.backups.read(id),
  };
}
