// How the calendar names days, months and ranges, from the dates' own digits (so in every time
// zone alike): "Tuesday, March 3, 2026", "March 2026", "Mar 2 – Mar 29, 2026".
import { format } from 'date-fns';
import { startOfCalendarDate, type CalendarDate } from '@shared/calendarDate';

const formatDay = (day: CalendarDate, pattern: string) => format(startOfCalendarDate(day), pattern);

export const fullDayName = (day: CalendarDate) => formatDay(day, 'EEEE, MMMM d, yyyy');
export const weekdayName = (day: CalendarDate) => formatDay(day, 'EEEE');
export const shortWeekdayName = (day: CalendarDate) => formatDay(day, 'EEE');
export const monthName = (day: CalendarDate) => formatDay(day, 'MMMM yyyy');
/** "Tue, Mar 3", for a day's own heading where the month is known. */
export const shortDayName = (day: CalendarDate) => formatDay(day, 'EEE, MMM d');

/** "Mar 2 – Mar 29, 2026"; the first year too when the range crosses one. */
export function rangeName(from: CalendarDate, to: CalendarDate): string {
  const sameYear = from.slice(0, 4) === to.slice(0, 4);
  return `${formatDay(from, sameYear ? 'MMM d' : 'MMM d, yyyy')} – ${formatDay(to, 'MMM d, yyyy')}`;
}
