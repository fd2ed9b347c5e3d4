// The schemas of the IPC payloads, declared once: the main process parses every payload with
// these before acting on it. The channel names are in ipcChannels.ts.
import { z } from './zod';
import { instantSchema } from './application';
import { BACKUP_REASONS, FILE_FORMATS, type BackupReason, type DesktopApi, type Result } from './desktopApi';
import { IPC } from './ipcChannels';
import {
  checkReminders,
  MAX_APPLICATIONS_PER_CHANGE,
  MAX_REMINDERS_PER_CHANGE,
  MAX_REMINDERS_PER_SCHEDULE,
  type ApplicationSchedule,
  type ReminderPlanChange,
} from './reminders/reminder';

const MAX_FILE_CHARS = 200 * 1024 * 1024;
/** UTF-8 takes up to three bytes for a character JavaScript counts as one. */
const MAX_FILE_BYTES = 3 * MAX_FILE_CHARS;

const applicationIdSchema = z.string().min(1).max(100);

const applicationScheduleSchema = z
  .strictObject({
    applicationId: applicationIdSchema,
    fingerprint: z.string().min(1).max(100),
    reminders: z.array(z.unknown()).max(MAX_REMINDERS_PER_SCHEDULE),
  })
  // Each reminder is checked on its own: a bad one (a time in year 10000, one of another
  // application) is left out and reported by the scheduler, never the whole plan refused.
  .transform(({ reminders, ...schedule }): ApplicationSchedule => ({
    ...schedule,
    ...checkReminders(schedule.applicationId, reminders),
  }));

const reminderPlanChangeSchema = z
  .strictObject({
    schedules: z.array(applicationScheduleSchema).max(MAX_APPLICATIONS_PER_CHANGE),
    removed: z.array(applicationIdSchema).max(MAX_APPLICATIONS_PER_CHANGE),
  })
  .refine((change) => change.schedules.reduce((n, s) => n + s.reminders.length, 0) <= MAX_REMINDERS_PER_CHANGE, {
    message: `A change holds more than ${MAX_REMINDERS_PER_CHANGE.toLocaleString('en-US')} reminders`,
    path: ['schedules'],
  })
  .refine((change) => new Set(change.schedules.map((s) => s.applicationId)).size === change.schedules.length, {
    message: 'A change holds two schedules of one application',
    path: ['schedules'],
  })
  .refine(
    (change) => {
      const scheduled = new Set(change.schedules.map((s) => s.applicationId));
      return change.removed.every((id) => !scheduled.has(id));
    },
    { message: 'A change both schedules and removes one application', path: ['removed'] },
  ) satisfies z.ZodType<ReminderPlanChange>;

/** The desktop API methods that are IPC calls, by channel. */
export const CHANNEL_METHODS = {
  [IPC.applyReminderChanges]: 'applyReminderChanges',
  [IPC.reminderFingerprints]: 'reminderFingerprints',
  [IPC.reminderCentre]: 'reminderCentre',
  [IPC.snoozeReminder]: 'snoozeReminder',
  [IPC.dismissReminder]: 'dismissReminder',
  [IPC.restoreReminder]: 'restoreReminder',
  [IPC.saveFile]: 'saveFile',
  [IPC.openExternal]: 'openExternal',
  [IPC.getDesktopSettings]: 'getDesktopSettings',
  [IPC.updateDesktopSettings]: 'updateDesktopSettings',
  [IPC.writeBackup]: 'writeBackup',
  [IPC.listBackups]: 'listBackups',
  [IPC.readBackup]: 'readBackup',
} as const satisfies Record<string, keyof DesktopApi>;

export type InvokeChannel = keyof typeof CHANNEL_METHODS;

/** Where the preload sends on something else than the API was given: a backup file's bytes, read from its Blob. */
interface SentInstead {
  [IPC.writeBackup]: [backupFile: Uint8Array<ArrayBuffer>, reason: BackupReason];
}

/** The arguments a channel carries: those of the desktop API method behind it, or what is sent instead. */
export type ChannelArgs<C extends InvokeChannel> = C extends keyof SentInstead
  ? SentInstead[C]
  : Parameters<DesktopApi[(typeof CHANNEL_METHODS)[C]]>;

/**
 * One argument schema per channel, each parsing to exactly the arguments of its desktop API
 * method: a schema that yields other types, or refuses a type the API takes, fails typecheck.
 */
export type ChannelArgSchemas<Schemas> = {
  [C in InvokeChannel]: z.ZodType<ChannelArgs<C>> &
    (C extends keyof Schemas
      ? ChannelArgs<C> extends z.output<Schemas[C]>
        ? unknown
        : `The schema of ${C} refuses arguments its desktop API method takes`
      : unknown);
};

/** Binds a channel → schema map to the desktop API's parameter types (see ChannelArgSchemas). */
export function channelArgSchemas<const Schemas extends ChannelArgSchemas<Schemas>>(schemas: Schemas): Schemas {
  return schemas;
}

/** The arguments of each invoke channel, as a tuple schema. */
export const ipcArgs = channelArgSchemas({
  [IPC.applyReminderChanges]: z.tuple([reminderPlanChangeSchema]),
  [IPC.reminderFingerprints]: z.tuple([]),
  [IPC.reminderCentre]: z.tuple([z.strictObject({ upcomingBefore: instantSchema.nullable() })]),
  [IPC.snoozeReminder]: z.tuple([
    z.string().min(1).max(300),
    z
      .number()
      .int()
      .min(1)
      .max(60 * 24 * 30),
  ]),
  [IPC.dismissReminder]: z.tuple([z.string().min(1).max(300)]),
  [IPC.restoreReminder]: z.tuple([z.string().min(1).max(300)]),
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
  [IPC.writeBackup]: z.tuple([
    z
      .instanceof(Uint8Array)
      .refine((file) => file.byteLength >= 2 && file.byteLength <= MAX_FILE_BYTES, 'Not the size of a backup file'),
    z.enum(BACKUP_REASONS),
  ]),
  [IPC.listBackups]: z.tuple([]),
  [IPC.readBackup]: z.tuple([z.string().regex(/^[\w.-]{1,120}$/, 'Not a backup id')]),
});

/**
 * The arguments of a call on `channel`, parsed with its schema, or why they are refused. The main
 * process parses every IPC call with it, and the web build every call of its desktop API.
 */
export function parseCallArgs<C extends InvokeChannel>(channel: C, args: unknown): Result<ChannelArgs<C>> {
  // Each schema parses to its channel's arguments (see ChannelArgSchemas); TypeScript cannot follow that through C.
  const parsed = (ipcArgs[channel] as unknown as z.ZodType<ChannelArgs<C>>).safeParse(args);
  if (parsed.success) return { ok: true, value: parsed.data };
  const issue = parsed.error.issues[0];
  const where = issue && issue.path.length > 0 ? ` (argument ${issue.path.join('.')})` : '';
  return { ok: false, error: `Refused ${channel}: ${issue?.message ?? 'invalid arguments'}${where}.` };
}
