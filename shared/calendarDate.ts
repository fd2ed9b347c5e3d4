// Calendar dates (cohort start/end, applied date) are plain `YYYY-MM-DD` strings that never
// shift with the time zone; instants (deadlines with a time, history entries) are ISO strings
// with an offset. This module is the one place that converts between the two.
import { format, isValid, parse, parseISO } from 'date-fns';

export type CalendarDate = string;

const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

/** True for a real `YYYY-MM-DD` date (rejects 2026-02-30). */
export function isCalendarDate(value: string): boolean {
  if (!CALENDAR_DATE.test(value)) return false;
  const date = parse(value, 'yyyy-MM-dd', new Date(2000, 0, 1));
  return isValid(date) && format(date, 'yyyy-MM-dd') === value;
}

/** True for an ISO instant with an explicit offset (`Z` or `±hh:mm`). */
export function isInstant(value: string): boolean {
  return INSTANT.test(value) && isValid(parseISO(value)) && isCalendarDate(value.slice(0, 10));
}

/** Midnight at the start of a calendar date in the machine's local time zone. */
export function startOfCalendarDate(date: CalendarDate): Date {
  return parse(date, 'yyyy-MM-dd', new Date(2000, 0, 1));
}

/** The local calendar date on which an instant falls. */
export function toCalendarDate(instant: Date): CalendarDate {
  return format(instant, 'yyyy-MM-dd');
}

/**
 * Serialises a Date as an ISO instant carrying the local offset
 * (2026-06-15T09:00:00-07:00), so a reader sees the wall-clock time the user meant.
 */
export function toInstant(date: Date): string {
  return format(date, "yyyy-MM-dd'T'HH:mm:ssxxx");
}
