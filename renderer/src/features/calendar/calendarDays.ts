// Day arithmetic on calendar dates (YYYY-MM-DD) for the month grid and the agenda. It counts on
// the dates themselves, in UTC, so no time zone and no change to summer time can move a day.
import type { CalendarDate } from '@shared/calendarDate';

/** Day of the week: 0 Sunday … 6 Saturday. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

function toUtc(day: CalendarDate): Date {
  const date = new Date(0);
  date.setUTCFullYear(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
  return date;
}

function fromUtc(date: Date): CalendarDate {
  return date.toISOString().slice(0, 10);
}

export function addDays(day: CalendarDate, days: number): CalendarDate {
  const date = toUtc(day);
  date.setUTCDate(date.getUTCDate() + days);
  return fromUtc(date);
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 1 && leap ? 29 : DAYS_IN_MONTH[month]!;
}

/** The same day of another month, or that month's last day when it is shorter (Jan 31 + 1 → Feb 28). */
export function addMonths(day: CalendarDate, months: number): CalendarDate {
  const monthIndex = Number(day.slice(5, 7)) - 1 + months;
  const year = Number(day.slice(0, 4)) + Math.floor(monthIndex / 12);
  const month = ((monthIndex % 12) + 12) % 12;
  const dayOfMonth = Math.min(Number(day.slice(8, 10)), daysInMonth(year, month));
  return `${String(year).padStart(4, '0')}-${String(month + 1).padStart(2, '0')}-${String(dayOfMonth).padStart(2, '0')}`;
}

export function weekdayOf(day: CalendarDate): Weekday {
  return toUtc(day).getUTCDay() as Weekday;
}

/** The first day of the week `day` is in, for weeks that start on `weekStart`. */
export function startOfWeek(day: CalendarDate, weekStart: Weekday): CalendarDate {
  return addDays(day, -((weekdayOf(day) - weekStart + 7) % 7));
}

export function startOfMonth(day: CalendarDate): CalendarDate {
  return `${day.slice(0, 8)}01`;
}

/** The month as "YYYY-MM". */
export function monthOf(day: CalendarDate): string {
  return day.slice(0, 7);
}

/**
 * The weeks a month grid shows for the month of `day`: from the week holding its first day to
 * the week holding its last, seven days each, the days of the months around it included.
 */
export function monthWeeks(day: CalendarDate, weekStart: Weekday): CalendarDate[][] {
  const first = startOfMonth(day);
  const last = addDays(addMonths(first, 1), -1);
  const weeks: CalendarDate[][] = [];
  for (let start = startOfWeek(first, weekStart); start <= last; start = addDays(start, 7)) {
    weeks.push(Array.from({ length: 7 }, (_, i) => addDays(start, i)));
  }
  return weeks;
}

/** `count` days from `first` on. */
export function daysFrom(first: CalendarDate, count: number): CalendarDate[] {
  return Array.from({ length: count }, (_, i) => addDays(first, i));
}
