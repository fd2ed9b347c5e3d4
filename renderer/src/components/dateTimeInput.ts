// A history entry's time in a form: a date field and an optional time field (the local wall
// clock, "2026-03-03" and "14:02"), to and from an instant with the local offset, as entries store
// times. A date with its time left empty is an entry known only by its day.
import { format, isValid, parse, parseISO } from 'date-fns';
import { isCalendarDate, toCalendarDate, toInstant } from '@shared/calendarDate';
import { dayOnlyTime, entryDay, type EntryTime } from '@shared/entryTime';
import { NO_SUCH_DATE, NO_SUCH_DATE_MESSAGE, NO_SUCH_TIME, NO_SUCH_TIME_MESSAGE } from './DateInput';

/** What the time field says under it: an entry is recorded with the day alone where that is all that is known. */
export const ENTRY_TIME_HINT = 'Leave empty if you know only the day';

/** What a stage change's time after now is refused with: a change is recorded once it has happened. */
export const LATER_THAN_NOW = 'Enter a time no later than now';

/**
 * The date and time fields' values for an entry's time: its date alone, with no time, for one known
 * only by its day; both empty for one whose date nobody recorded (its `at` is no date anybody gave).
 */
export function entryInputValues(time: EntryTime): { date: string; time: string } {
  if (time.dateUnknown) return { date: '', time: '' };
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

/** Which of a history entry's two fields cannot be recorded, and why. */
export interface EntryInputProblem {
  field: 'when' | 'time';
  message: string;
}

/**
 * Why a history entry's date and time fields cannot be recorded as they are: a date or time that
 * does not exist, a time with no day, or a moment after now. Null when they can, an empty date
 * with an empty time included (the form decides what that means).
 */
export function entryInputProblem(when: string, time: string, now: Date): EntryInputProblem | null {
  if (when === NO_SUCH_DATE) return { field: 'when', message: NO_SUCH_DATE_MESSAGE };
  if (time === NO_SUCH_TIME) return { field: 'time', message: NO_SUCH_TIME_MESSAGE };
  if (when === '')
    return time === '' ? null : { field: 'when', message: 'Enter the day of this change too, or clear the time' };
  const entered = entryTimeFromInputs(when, time);
  if (entered === null) return { field: 'when', message: NO_SUCH_DATE_MESSAGE };
  if (!isEntryLaterThan(entered, now)) return null;
  // A later day is the date's fault; a later hour today, the time's.
  return { field: when > toCalendarDate(now) ? 'when' : 'time', message: LATER_THAN_NOW };
}
