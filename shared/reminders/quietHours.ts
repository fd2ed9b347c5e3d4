// Moves a reminder out of the student's quiet hours, on the local wall clock. Planned reminders
// and snoozes both go through here, so quiet hours mean the same for both.
import { addDays, set, startOfDay, subMinutes } from 'date-fns';
import { minutesOfDay, type ReminderSettings } from './reminderSettings';

type QuietHours = ReminderSettings['quietHours'];

/** The local moment of an `HH:mm`-style minute count on the day of `day`. */
function atMinuteOfDay(day: Date, minutes: number): Date {
  return set(startOfDay(day), { hours: Math.floor(minutes / 60), minutes: minutes % 60 });
}

/** Whether a minute of the day (09:30 is 570) falls in quiet hours. */
export function isQuietMinute(quiet: QuietHours, minute: number): boolean {
  const start = minutesOfDay(quiet.start);
  const end = minutesOfDay(quiet.end);
  if (!quiet.enabled || start === end) return false;
  return start > end ? minute >= start || minute < end : minute >= start && minute < end;
}

/** The stretch of quiet hours a moment falls in (when it began and ends), or null outside them. */
function quietHoursAround(quiet: QuietHours): (at: Date) => { start: Date; end: Date } | null {
  const start = minutesOfDay(quiet.start);
  const end = minutesOfDay(quiet.end);
  if (!quiet.enabled || start === end) return () => null;
  const overnight = start > end;
  const stretchOf = (at: Date) => {
    const minute = at.getHours() * 60 + at.getMinutes();
    if (!isQuietMinute(quiet, minute)) return null;
    const afterMidnight = overnight && minute < end;
    return {
      start: atMinuteOfDay(afterMidnight ? addDays(at, -1) : at, start),
      end: atMinuteOfDay(overnight && !afterMidnight ? addDays(at, 1) : at, end),
    };
  };
  return (at) => {
    const stretch = stretchOf(at);
    if (!stretch) return null;
    // The day the clocks go forward can skip the whole free time between two stretches (quiet
    // 03:00–02:00 leaves only 02:00–03:00): then the two are one.
    for (let next = stretchOf(stretch.end); next && next.end > stretch.end; next = stretchOf(stretch.end)) {
      stretch.end = next.end;
    }
    for (let last = stretchOf(subMinutes(stretch.start, 1)); last && last.start < stretch.start;) {
      stretch.start = last.start;
      last = stretchOf(subMinutes(stretch.start, 1));
    }
    return stretch;
  };
}

/**
 * When a reminder meant for `at` is shown: `at` itself outside quiet hours; inside them, when
 * they end, unless that is after `about` (the moment the reminder is about), in which case the
 * minute before they began, so it still comes in time. The quiet hours are read once, for a
 * whole plan of reminders.
 */
export function outsideQuietHours(quiet: QuietHours): (at: Date, about: Date) => Date {
  const around = quietHoursAround(quiet);
  return (at, about) => {
    const stretch = around(at);
    if (!stretch) return at;
    return stretch.end.getTime() <= about.getTime() ? stretch.end : subMinutes(stretch.start, 1);
  };
}

/**
 * When a snooze meant to end at `at` ends: then, or when the quiet hours it falls in end (a
 * snooze is never moved earlier than asked; one that then comes too late is not offered).
 */
export function snoozeEnd(quiet: QuietHours): (at: Date) => Date {
  const around = quietHoursAround(quiet);
  return (at) => around(at)?.end ?? at;
}
