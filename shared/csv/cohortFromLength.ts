// A cohort's last day from its start and a length written beside it ("12 months", "10 weeks"), for a
// sheet with a start date and a length but no end date: months are calendar months, weeks 7 days,
// and the cohort ends the day before start + length (a 12-month placement from 5 July 2027 ends on
// 4 July 2028).
import { addDays, addMonths } from 'date-fns';
import { startOfCalendarDate, toCalendarDate, type CalendarDate } from '../calendarDate';
import type { WrittenLength } from './numberCell';

/** Null for a length of no whole months or weeks ("2.5 months"), which names no last day. */
export function lastDayAfter(start: CalendarDate, { amount, unit }: WrittenLength): CalendarDate | null {
  if (!Number.isInteger(amount) || amount < 1) return null;
  const first = startOfCalendarDate(start);
  const after = unit === 'month' ? addMonths(first, amount) : addDays(first, amount * 7);
  return toCalendarDate(addDays(after, -1));
}

/** "12 months", "1 week": the length as the import's review says it. */
export function lengthInWords({ amount, unit }: WrittenLength): string {
  return `${amount} ${unit}${amount === 1 ? '' : 's'}`;
}
