// The schemas of the IPC payloads, declared once: the main process parses every payload with
// these before acting on it. The channel names are in ipcChannels.ts.
import { z } from 'zod';
import { BACKUP_REASONS, FILE_FORMATS } from './desktopApi';
import { IPC } from './ipcChannels';
import { MAX_PLAN_LENGTH, plannedReminderSchema } from './reminders/reminder';

const MAX_FILE_CHARS = 200 * 1024 * 1024;

/** The arguments of each invoke channel, as a tuple schema. */
export const ipcArgs = {
  [IPC.replaceReminderPlan]: z.tuple([z.array(plannedReminderSchema).max(MAX_PLAN_LENGTH)]),
  [IPC.reminderCentre]: z.tuple([]),
  [IPC.snoozeReminder]: z.tuple([
    z.string().min(1).max(300),
    z
      .number()
      .int()
      .min(1)
      .max(60 * 24 * 30),
  ]),
  [IPC.dismissReminder]: z.tuple([z.string().min(1).max(300)]),
  [IPC.saveFile]: z.tuple([
    z
      .object({
        suggestedName: z
          .string()
          .min(1)
          .max(200)
          // eslint-disable-next-line no-control-regex -- control characters are exactly what a file name may not hold
          .regex(/^[^/\\:*?"<>|\u0000-\u001f]+$/, 'The file name has characters a file name cannot have'),
        content: z.string().max(MAX_FILE_CHARS),
        format: z.enum(FILE_FORMATS),
      })
      .strict(),
  ]),
  [IPC.openExternal]: z.tuple([z.string().min(1).max(2_000)]),
  [IPC.getDesktopSettings]: z.tuple([]),
  [IPC.updateDesktopSettings]: z.tuple([
    z.object({ closeToTray: z.boolean(), openAtLogin: z.boolean(), trayHintShown: z.boolean() }).partial().strict(),
  ]),
  [IPC.writeBackup]: z.tuple([z.string().min(2).max(MAX_FILE_CHARS), z.enum(BACKUP_REASONS)]),
  [IPC.listBackups]: z.tuple([]),
  [IPC.readBackup]: z.tuple([z.string().regex(/^[\w.-]{1,120}$/, 'Not a backup id')]),
} as const;

export type InvokeChannel = keyof typeof ipcArgs;
