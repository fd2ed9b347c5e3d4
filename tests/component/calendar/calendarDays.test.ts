// Day arithmetic of the month grid: on the dates themselves, so no zone or summer time moves a day.
process.env.TZ = 'America/Los_Angeles';

import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  daysFrom,
  monthWeeks,
  startOfWeek,
  weekdayOf,
} from '../../../renderer/src/features/calendar/calendarDays';

describe('calendar day arithmetic', () => {
  it('adds days across months, years and the change to summer time', () => {
    expect(addDays('2026-03-07', 1)).toBe('2026-03-08');
    expect(addDays('2026-03-08', 1)).toBe('2026-03-09');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
  });

  it('adds months keeping the day, or the last day of a shorter month', () => {
    expect(addMonths('2026-03-16', 1)).toBe('2026-04-16');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
    expect(addMonths('2026-12-15', 1)).toBe('2027-01-15');
    expect(addMonths('2026-01-15', -1)).toBe('2025-12-15');
    expect(addMonths('2026-03-16', -12)).toBe('2025-03-16');
  });

  it('knows the day of the week and where a week starts', () => {
    expect(weekdayOf('2026-03-01')).toBe(0); // a Sunday
    expect(weekdayOf('2026-03-07')).toBe(6);
    expect(startOfWeek('2026-03-04', 0)).toBe('2026-03-01');
    expect(startOfWeek('2026-03-04', 1)).toBe('2026-03-02');
    expect(startOfWeek('2026-03-01', 1)).toBe('2026-02-23');
    expect(startOfWeek('2026-03-04', 6)).toBe('2026-02-28');
  });

  it('lays out a month in whole weeks from the week start', () => {
    // March 2026 begins on a Sunday and ends on a Tuesday.
    const sundays = monthWeeks('2026-03-16', 0);
    expect(sundays.map((week) => week[0])).toEqual([
      '2026-03-01',
      '2026-03-08',
      '2026-03-15',
      '2026-03-22',
      '2026-03-29',
    ]);
    expect(sundays.at(-1)!.at(-1)).toBe('2026-04-04');
    const mondays = monthWeeks('2026-03-16', 1);
    expect(mondays.map((week) => week[0])).toEqual([
      '2026-02-23',
      '2026-03-02',
      '2026-03-09',
      '2026-03-16',
      '2026-03-23',
      '2026-03-30',
    ]);
    expect(mondays.every((week) => week.length === 7)).toBe(true);
    // February 2026 fits four Sunday weeks exactly.
    expect(monthWeeks('2026-02-10', 0)).toHaveLength(4);
  });

  it('lists days from a first day', () => {
    expect(daysFrom('2026-02-27', 4)).toEqual(['2026-02-27', '2026-02-28', '2026-03-01', '2026-03-02']);
  });
});
