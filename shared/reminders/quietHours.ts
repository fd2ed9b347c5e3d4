// Moves a reminder out of the student's quiet hours, on the local wall clock.
import { addDays, set, startOfDay, subMinutes } from 'date-fns';
import { minutesOfDay, type ReminderSettings } from './reminderSettings';

/** The local moment of an `HH:mm`-style minute count on the day of `day`. */
function atMinuteOfDay(day: Date, minutes: number): Date {
  return set(startOfDay(day), { hours: Math.floor(minutes / 60), minutes: minutes % 60 });
}

/**
 * When a reminder meant for `at` is shown: `at` itself outside quiet hours; inside them, when
 * they end, unless that is after `about` (the moment the reminder is about), in which case the
 * minute before they began, so it still comes in time. The quiet hours are read once, for a
 * whole plan of reminders.
 */
export function outsideQuietHours(quiet: ReminderSettings['quietHours']): (at: Date, about: Date) => Date {
  const start = minutesOfDay(quiet.start);
  const end = minutesOfDay(quiet.end);
  if (!quiet.enabled || start === end) return (at) => at;
  const overnight = start > end;
  return (at, about) => {
    const minute = at.getHours() * 60 + at.getMinutes();
    const inQuiet = overnight ? minute >= start || minute < end : minute >= start && minute < end;
    if (!inQuiet) return at;
    const afterMidnight = overnight && minute < end;
    const quietStart = atMinuteOfDay(afterMidnight ? addDays(at, -1) : at, start);
    const quietEnd = atMinuteOfDay(overnight && !afterMidnight ? addDays(at, 1) : at, end);
    return quietEnd.getTime() <= about.getTime() ? quietEnd : subMinutes(quietStart, 1);
  };
}
