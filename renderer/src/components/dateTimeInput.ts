// The value of an <input type="datetime-local"> ("2026-03-03T14:02", the local wall clock) to
// and from an instant with the local offset, as history entries store times.
import { format, isValid, parse, parseISO } from 'date-fns';
import { isCalendarDate, toCalendarDate, toInstant } from '@shared/calendarDate';
import { dayOnlyTime, entryDay, type EntryTime } from '@shared/entryTime';

const DATE_TIME_INPUT = "yyyy-MM-dd'T'HH:mm";

/** The input's value for an instant, in local time. */
export function dateTimeInputValue(instant: string | Date): string {
  return format(typeof instant === 'string' ? parseISO(instant) : instant, DATE_TIME_INPUT);
}

/** The instant an input's value stands for; null when it is empty or not a date and time. */
export function instantFromDateTimeInput(value: string): string | null {
  const date = parse(value, DATE_TIME_INPUT, new Date());
  return isValid(date) ? toInstant(date) : null;
}

/** What a stage change's time after now is refused with: a change is recorded once it has happened. */
export const LATER_THAN_NOW = 'Enter a time no later than now';

/** Whether an instant is after `now`, as a time the student entered for a change must not be. */
export function isLaterThan(instant: string, now: Date): boolean {
  return parseISO(instant).getTime() > now.getTime();
}

/**
 * The time a date field and a time field give a history entry: the date at that time, or, with
 * no time, the date alone (a day-only entry); null when the date is empty or not a date.
 */
export function entryTimeFromInputs(date: string, time: string): EntryTime | null {
  if (time === '') return isCalendarDate(date) ? dayOnlyTime(date) : null;
  const at = instantFromDateTimeInput(`${date}T${time}`);
  return at === null ? null : { at };
}

/** Whether an entry's time is after now: one known only by its day, when that day is after today. */
export function isEntryLaterThan(time: EntryTime, now: Date): boolean {
  return time.dayOnly ? entryDay(time) > toCalendarDate(now) : isLaterThan(time.at, now);
}
