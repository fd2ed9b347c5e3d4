import { describe, expect, it } from 'vitest';
import { findDates, yearsNamed } from '@shared/posting/dateMentions';
import { findDeadline } from '@shared/posting/deadline';

function deadline(text: string) {
  return findDeadline(text, findDates(text), yearsNamed(text));
}

describe('findDeadline', () => {
  it.each([
    ['Apply by March 1, 2026.', '2026-03-01'],
    ['Applications close 2026-02-15.', '2026-02-15'],
    ['Deadline: 15 January 2026', '2026-01-15'],
    ['Application deadline is January 31st, 2026', '2026-01-31'],
    ['Please submit your application by 11:59 p.m. Pacific on Friday, February 6, 2026.', '2026-02-06'],
    ['Closing date: 31 October 2025. Only shortlisted candidates will be notified.', '2025-10-31'],
    ['Last date to apply: 20 December 2025', '2025-12-20'],
    ['Applications are reviewed on a rolling basis until April 10, 2026.', '2026-04-10'],
    ['Apply before 31/07/2026', '2026-07-31'],
    ['Application Deadline:\nSep 18, 2026 09:00 AM', '2026-09-18'],
    ['Closes on Friday, January 2, 2026', '2026-01-02'],
    ['Applications will open on November 1, 2023 and close 11:59pm on February 1, 2024.', '2024-02-01'],
    ['Applications will be accepted through January 9, 2023.', '2023-01-09'],
    ['Opportunities are open until 15 December 2019 and are available in engineering.', '2019-12-15'],
    ['CLOSING DATE 02.09.2025', '2025-09-02'],
    ['Applications for this job will be accepted at least until December 15, 2026.', '2026-12-15'],
  ])('reads "%s"', (text, expected) => {
    expect(deadline(text).deadline?.value).toBe(expected);
  });

  it("takes a year-less deadline's year from its sentence or from its weekday, saying so", () => {
    expect(deadline('The deadline for summer 2023 internships was Sunday, February 26.')).toEqual({
      deadline: { value: '2023-02-26', ranges: [expect.anything()] },
      notes: [
        'The deadline "deadline for summer 2023 internships was Sunday, February 26" has no year; 2023 is read from its sentence or its weekday.',
      ],
    });
    // 18 January is a Sunday in 2026, not in 2025.
    const timeline =
      'Thank you 2025 interns! The 2026 timeline follows.\nThe application will close at 11:59pm on Sunday, January 18th.';
    expect(deadline(timeline).deadline?.value).toBe('2026-01-18');
    expect(deadline('Thanks 2025 and 2026 interns.\nApplications close on January 18th.').deadline).toBeNull();
  });

  it('points its evidence from the wording to the date', () => {
    const text = 'Details. Apply by March 1, 2026; interviews follow.';
    const found = deadline(text).deadline!;
    expect(text.slice(found.ranges[0]!.start, found.ranges[0]!.end)).toBe('Apply by March 1, 2026');
  });

  it('does not take a posting date for a deadline', () => {
    expect(deadline('Posted on February 2, 2026').deadline).toBeNull();
    expect(deadline('Posted 3 days ago · Date posted: 2026-01-12').deadline).toBeNull();
  });

  it('does not take a date far from the wording, or on another line', () => {
    expect(deadline('Deadline: rolling. We will let you know.\nStart date: June 1, 2026').deadline).toBeNull();
  });

  it('skips a deadline wording with no date and keeps looking', () => {
    expect(deadline('Deadline: rolling.\nApplications close 2026-02-15.').deadline?.value).toBe('2026-02-15');
  });

  it('reports a deadline without a year instead of guessing it', () => {
    expect(deadline('Summer 2026. Apply by March 1.')).toEqual({
      deadline: null,
      notes: ['The deadline "Apply by March 1" has no year.'],
    });
  });
});
