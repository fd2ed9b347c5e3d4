// What becomes of the reminders that come due at one moment: which are shown, on time or late,
// and which are settled without a notification of their own. Reminders that come late together
// (the laptop was shut, the app not running) are combined per deadline, event or date.
import { reminderSubject, targetTime, type ReminderEntry } from './reminder';

/** A reminder shown more than this after its time was missed (asleep, closed) and is grouped. */
export const LATE_AFTER_MS = 5 * 60_000;

export interface DueReminder {
  entry: ReminderEntry;
  /** When it was due: its planned time, or the end of its snooze. */
  at: number;
}

export interface DueOutcome {
  /** The entry as it is now: shown (fired), missed, or back to shown when its snooze is dropped. */
  entry: ReminderEntry;
  /** How it is shown: on time with its own words, late by its date, or not at all. */
  shown: 'on-time' | 'late' | null;
}

/**
 * One outcome per due reminder, in the order given. Of the reminders of one deadline, event or
 * date due together, only the most urgent (the latest planned, "in 1 hour" over "tomorrow") is
 * shown; the others are settled without a notification of their own. One that is late when what
 * it is about is already over (an interview held, a deadline passed) is not shown at all: a
 * reminder planned never comes back, so it is marked missed. A snooze that comes back then just
 * ends, its reminder shown as it was. Reminders on time keep their own notifications.
 */
export function sortOutDue(due: readonly DueReminder[], now: number): DueOutcome[] {
  const firedAt = new Date(now).toISOString();
  const mostUrgent = new Map<string, DueReminder>();
  for (const reminder of due) {
    const subject = reminderSubject(reminder.entry.id);
    const known = mostUrgent.get(subject);
    if (!known || moreUrgent(reminder, known)) mostUrgent.set(subject, reminder);
  }
  return due.map((reminder): DueOutcome => {
    const { entry, at } = reminder;
    const late = now - at > LATE_AFTER_MS;
    const over = late && targetTime(entry.targetAt) <= now;
    if (mostUrgent.get(reminderSubject(entry.id)) === reminder && !over) {
      return { entry: { ...entry, state: 'fired', firedAt, snoozedUntil: null }, shown: late ? 'late' : 'on-time' };
    }
    // A snoozed reminder was shown before: it stays listed as shown then.
    if (entry.state === 'snoozed' && entry.firedAt !== null) {
      return { entry: { ...entry, state: 'fired', snoozedUntil: null }, shown: null };
    }
    return { entry: { ...entry, state: 'missed', firedAt, snoozedUntil: null }, shown: null };
  });
}

/** The later planned of two reminders of one thing is the more urgent: its lead time is shorter. */
function moreUrgent(a: DueReminder, b: DueReminder): boolean {
  const aAt = Date.parse(a.entry.fireAt);
  const bAt = Date.parse(b.entry.fireAt);
  return aAt > bAt || (aAt === bAt && a.at > b.at);
}
