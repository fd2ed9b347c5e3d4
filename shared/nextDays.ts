// "The next 7 days", one window for every view that says it: the dashboard's "Due in the next 7
// days" and the count beside Reminders. It runs from now to the end of the 7th day after today,
// so a date the table calls "in 7 days" is in it, and one "in 8 days" is not.
import { addDays } from 'date-fns';
import { startOfCalendarDate, toCalendarDate } from './calendarDate';

export const NEXT_DAYS = 7;

/** The first moment after the next `days` days: the start of the day `days + 1` days after today. */
export function nextDaysEnd(now: Date, days: number = NEXT_DAYS): Date {
  return addDays(startOfCalendarDate(toCalendarDate(now)), days + 1);
}
