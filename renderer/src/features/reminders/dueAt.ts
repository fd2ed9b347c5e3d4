// When an upcoming reminder comes: its planned time, or the end of its snooze.
import type { ReminderEntry } from '@shared/reminders/reminder';

export function dueAt(entry: ReminderEntry): number {
  return Date.parse(entry.state === 'snoozed' && entry.snoozedUntil !== null ? entry.snoozedUntil : entry.fireAt);
}
