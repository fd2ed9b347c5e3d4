// A history entry's time in a form: a date field and an optional time field (the local wall
// clock, "2026-03-03" and "14:02"), to and from an instant with the local offset, as entries store
// times. A date with its time left empty is an entry known only by its day.
import { format, isValid, parse, parseISO } from 'date-fns';
import { isCalendarDate, toCalendarDate, toInstant } from '@shared/calendarDate';
import { dayOnlyTime, entryDay, type EntryTime } from '@shared/entryTime';

/** What the time field says under it: an entry is recorded with the day alone where that is all that is known. */
export const ENTRY_TIME_HINT = 'Leave empty if you know only the day';

/** What a stage change's time after now is refused with: a change is recorded once it has happened. */
export const LATER_THAN_NOW = 'Enter a time no later than now';

/** The date and time fields' values for an entry's time: its date alone, with no time, for one known only by its day. */
export function entryInputValues(time: EntryTime): { date: string; time: string } {
  if (time.dayOnly) return { date: entryDay(time), time: '' };
  const at = parseISO(time.at);
  return { date: toCalendarDate(at), time: format(at, 'HH:mm') };
}

/**
 * The time a date field and a time field give a history entry: the date at that time, or, with
 * no time, the date alone (a day-only entry); null when the date is empty or not a date.
 */
export function entryTimeFromInputs(date: string, time: string): EntryTime | null {
  if (time === '') return isCalendarDate(date) ? dayOnlyTime(date) : null;
  const at = parse(`${date}T${time}`, "yyyy-MM-dd'T'HH:mm", new Date());
  return isValid(at) ? { at: toInstant(at) } : null;
}

/** Whether an entry's time is after now: one known only by its day, when that day is after today. */
export function isEntryLaterThan(time: EntryTime, now: Date): boolean {
  return time.dayOnly ? entryDay(time) > toCalendarDate(now) : parseISO(time.at).getTime() > now.getTime();
}
