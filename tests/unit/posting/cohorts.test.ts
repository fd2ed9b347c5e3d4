import { describe, expect, it } from 'vitest';
import { findCohorts } from '@shared/posting/cohorts';
import { findDateRanges, soleYear } from '@shared/posting/dateMentions';

function cohorts(text: string) {
  return findCohorts(text, findDateRanges(text), soleYear(text));
}
const values = (text: string) => cohorts(text).cohorts.map((c) => c.value);

describe('findCohorts', () => {
  it('takes each offered date range as a cohort, with its text as evidence', () => {
    const text =
      'We offer 2 internship start dates :\n  • May 18, 2026 - August 7, 2026\n  • June 15, 2026 - September 4, 2026';
    const found = cohorts(text).cohorts;
    expect(found.map((c) => c.value)).toEqual([
      { start: '2026-05-18', end: '2026-08-07' },
      { start: '2026-06-15', end: '2026-09-04' },
    ]);
    expect(found.map((c) => text.slice(c.ranges[0]!.start, c.ranges[0]!.end))).toEqual([
      'May 18, 2026 - August 7, 2026',
      'June 15, 2026 - September 4, 2026',
    ]);
  });

  it('does not take month-only starts for cohorts', () => {
    expect(values('Internships start in May or June 2026 and run through August.')).toEqual([]);
  });

  it('does not take application windows, interview weeks or events for cohorts', () => {
    expect(values('Applications are open from September 1 to October 15, 2025.')).toEqual([]);
    expect(values('Interviews run January 12 – February 6, 2026.')).toEqual([]);
    expect(values('Info sessions: October 1 - October 30, 2025')).toEqual([]);
  });

  it('ignores spans too short or too long to be a cohort', () => {
    expect(values('Orientation week: June 1 – June 5, 2026')).toEqual([]);
    expect(values('Valid January 1, 2026 – December 31, 2027')).toEqual([]);
  });

  it('lists a cohort named twice only once', () => {
    expect(values('Dates: June 1 – August 21, 2026. Reminder: June 1 – August 21, 2026.')).toHaveLength(1);
  });

  it('takes the year from the page when the range has none, and says so', () => {
    const found = cohorts('Summer 2026 internship. Our program runs June 1 – August 21.');
    expect(found.cohorts.map((c) => c.value)).toEqual([{ start: '2026-06-01', end: '2026-08-21' }]);
    expect(found.notes).toEqual([
      'The year of "June 1 – August 21" is not written next to it; 2026 is the only year the page names.',
    ]);
  });

  it('leaves out a range without a year when the page names several years', () => {
    expect(values('Graduating 2026 or 2027. The program runs June 1 – August 21.')).toEqual([]);
  });
});
