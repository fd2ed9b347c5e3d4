// How the calendar names days, months and ranges, from the dates' own digits (so in every time
// zone alike), in English of the user's region: "Tuesday, March 3, 2026", "March 2026",
// "Mar 2 – Mar 29, 2026".
import { startOfCalendarDate, type CalendarDate } from '@shared/calendarDate';
import { dates } from '../../components/formatDates';

export const fullDayName = (day: CalendarDate) => dates.fullDay(startOfCalendarDate(day));
export const weekdayName = (day: CalendarDate) => dates.weekday(startOfCalendarDate(day));
export const shortWeekdayName = (day: CalendarDate) => dates.shortWeekday(startOfCalendarDate(day));
export const monthName = (day: CalendarDate) => dates.monthAndYear(startOfCalendarDate(day));
/** "Tue, Mar 3", for a day's own heading where the month is known. */
export const shortDayName = (day: CalendarDate) => dates.weekdayMonthDay(startOfCalendarDate(day));

/** "Mar 2 – Mar 29, 2026"; the first year too when the range crosses one. */
export function rangeName(from: CalendarDate, to: CalendarDate): string {
  const start = startOfCalendarDate(from);
  const sameYear = from.slice(0, 4) === to.slice(0, 4);
  return `${sameYear ? dates.monthDay(start) : dates.monthDayYear(start)} – ${dates.monthDayYear(startOfCalendarDate(to))}`;
}
