// IPC channel names and the schemas of their payloads, declared once for main and preload.
// The main process parses every payload with these before acting on it.
import { z } from 'zod';
import { plannedReminderSchema } from './reminders/reminder';

export const IPC = {
  replaceReminderPlan: 'reminders:replace-plan',
  reminderCentre: 'reminders:centre',
  snoozeReminder: 'reminders:snooze',
  dismissReminder: 'reminders:dismiss',
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

const MAX_FILE_CHARS = 200 * 1024 * 1024;

/** The arguments of each invoke channel, as a tuple schema. */
export const ipcArgs = {
  [IPC.replaceReminderPlan]: z.tuple([z.array(plannedReminderSchema).max(50_000)]),
  [IPC.reminderCentre]: z.tuple([]),
  [IPC.snoozeReminder]: z.tuple([z.string().min(1).max(300), z.number().int().min(1).max(60 * 24 * 30)]),
  [IPC.dismissReminder]: z.tuple([z.string().min(1).max(300)]),
  [IPC.saveFile]: z.tuple([
    z.object({
      suggestedName: z
        .string()
        .min(1)
        .max(200)
        .regex(/^[^/\\:*?"<>|\u0000-\u001f]+$/, 'The file name has characters a file name cannot have'),
      content: z.string().max(MAX_FILE_CHARS),
      format: z.enum(['csv', 'ics', 'json']),
    }),
  ]),
  [IPC.openExternal]: z.tuple([z.string().min(1).max(2_000)]),
  [IPC.getDesktopSettings]: z.tuple([]),
  [IPC.updateDesktopSettings]: z.tuple([
    z
      .object({ closeToTray: z.boolean(), openAtLogin: z.boolean(), trayHintShown: z.boolean() })
      .partial()
      .strict(),
  ]),
  [IPC.writeBackup]: z.tuple([
    z.string().min(2).max(MAX_FILE_CHARS),
    z.enum(['daily', 'before-restore', 'before-import', 'manual']),
  ]),
  [IPC.listBackups]: z.tuple([]),
  [IPC.readBackup]: z.tuple([z.string().regex(/^[\w.-]{1,120}$/, 'Not a backup id')]),
} as const;

export type InvokeChannel = keyof typeof ipcArgs;
