// What the reminder scheduler receives from the renderer and reports back to the reminder
// centre.
import { z } from '../zod';
import { instantSchema } from '../application';
import { isCalendarDate, isInstant } from '../calendarDate';
import { deadlineDueTime } from '../deadlineDue';

// Strict: a plan carrying fields nobody declared is refused, not silently trimmed.
export const plannedReminderSchema = z.strictObject({
  /** Stable across re-plans: application, target and lead time (see reminderId). */
  id: z.string().min(1).max(300),
  applicationId: z.string().min(1).max(100),
  /** When to notify (ISO instant). */
  fireAt: instantSchema,
  /** The date the reminder is about: a calendar date or an instant. */
  targetAt: z
    .string()
    .max(40)
    .refine((v) => isCalendarDate(v) || isInstant(v), {
      message: 'Expected a date like 2026-05-18 or a date and time',
    }),
  title: z.string().min(1).max(200),
  body: z.string().max(1_000),
  /**
   * What and when without relative wording ("Pinterest: Online assessment, Thu, Mar 5, 5:00 PM"),
   * for lists and for reminders shown late, when "in 3 hours" would no longer be true.
   */
  summary: z.string().min(1).max(300),
});
export type PlannedReminder = z.infer<typeof plannedReminderSchema>;

/**
 * A reminder's id: what it is about (the application and its deadline, event or date) and how
 * long before. The lead time goes last, so the thing a reminder is about is the id without it.
 */
export function reminderId(applicationId: string, targetKey: string, lead: string): string {
  return `${applicationId}|${targetKey}|${lead}`;
}

/**
 * What a reminder is about, the same for every lead time of one deadline, event or date: its id
 * without the lead time (an id not made by reminderId is its own).
 */
export function reminderSubject(id: string): string {
  const leadStarts = id.lastIndexOf('|');
  return leadStarts === -1 ? id : id.slice(0, leadStarts);
}

/** A reminder left out of a schedule, and why, in words for the student. */
export interface RefusedReminder {
  id: string | null;
  reason: string;
}

/**
 * One schedule's reminders checked one by one: the valid ones, and the others with why they were
 * left out. One bad entry (a time in year 10000, a reminder of another application) never costs
 * the rest of the plan.
 */
export function checkReminders(
  applicationId: string,
  values: readonly unknown[],
): { reminders: PlannedReminder[]; refused: RefusedReminder[] } {
  const reminders: PlannedReminder[] = [];
  const refused: RefusedReminder[] = [];
  for (const value of values) {
    const parsed = plannedReminderSchema.safeParse(value);
    const field = (name: string) =>
      typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[name] : undefined;
    const id = typeof field('id') === 'string' ? (field('id') as string) : null;
    const title = typeof field('title') === 'string' ? (field('title') as string).slice(0, 200) : (id ?? 'A reminder');
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      refused.push({
        id,
        reason: `"${title}" was left out (${issue?.path.join('.') || 'reminder'}: ${issue?.message})`,
      });
    } else if (parsed.data.applicationId !== applicationId) {
      refused.push({ id, reason: `"${title}" was left out (it belongs to another application's schedule)` });
    } else reminders.push(parsed.data);
  }
  return { reminders, refused };
}

/**
 * One application's whole reminder schedule, past reminders included (planned from before any
 * reminder, so it does not depend on the time); the scheduler keeps what is still ahead.
 */
export interface ApplicationSchedule {
  applicationId: string;
  /** Changes whenever the schedule does; opaque to the scheduler, which keeps the last one. */
  fingerprint: string;
  reminders: PlannedReminder[];
  /** Reminders the IPC boundary left out of this schedule (see checkReminders), for the scheduler to report. */
  refused?: RefusedReminder[];
}

/** What changed since the scheduler last heard: whole schedules of some applications, others deleted. */
export interface ReminderPlanChange {
  schedules: ApplicationSchedule[];
  /** Ids of deleted applications. */
  removed: string[];
}

/** The most applications one change names, in `schedules` and in `removed` each; larger ones go in batches. */
export const MAX_APPLICATIONS_PER_CHANGE = 1_000;
/** 100 deadlines with 10 lead times and 20 cohorts with 10 reminders each make 1,200. */
export const MAX_REMINDERS_PER_SCHEDULE = 2_000;
/** The most reminders one change carries, all its schedules together. */
export const MAX_REMINDERS_PER_CHANGE = 50_000;

/**
 * 'missed': it came late (the app was not running) and was never shown on its own: what it is
 * about was over by then, or a later reminder of the same thing was shown in its place.
 * 'unplanned': shown, then its application's plan stopped giving it (its deadline moved or was
 * done, the application ended, was archived or deleted). It never comes again, but it is not
 * dismissed: a snooze it had stays in snoozedUntil, and should the plan give it again (an edit
 * undone) it is back as it was, shown or snoozed.
 */
export type ReminderState = 'scheduled' | 'snoozed' | 'fired' | 'dismissed' | 'missed' | 'unplanned';

export interface ReminderEntry extends PlannedReminder {
  state: ReminderState;
  /** When it was shown, for fired reminders; when it came and was not shown, for missed ones. */
  firedAt: string | null;
  /** The new fire time of a snoozed reminder. */
  snoozedUntil: string | null;
}

export interface ReminderCentre {
  upcoming: ReminderEntry[];
  /** Shown in the last RECENT_MS, newest first; missed ones were never shown and are not listed. */
  recent: ReminderEntry[];
  /** What the scheduler had to leave out or repair since it started (damaged saved state, bad plan entries). */
  notices: string[];
}

/**
 * Which upcoming reminders to send: those due before an instant, or every one (null). A count
 * of the coming week needs a few, not the tens of thousands a large search plans.
 */
export interface ReminderCentreQuery {
  upcomingBefore: string | null;
}

export const EVERY_UPCOMING: ReminderCentreQuery = { upcomingBefore: null };

/** When an upcoming reminder comes: its planned time, or the end of its snooze. */
export function dueAt(entry: ReminderEntry): number {
  return Date.parse(entry.state === 'snoozed' && entry.snoozedUntil !== null ? entry.snoozedUntil : entry.fireAt);
}

/** When the thing a reminder is about happens: the instant, or the end of the calendar date. */
export function targetTime(targetAt: string): number {
  // A reminder's target is due as a deadline is: a date counts until its day is over.
  return deadlineDueTime({ at: targetAt });
}
