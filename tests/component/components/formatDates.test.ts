// How the table and the board say when something comes: the date, and how far off it is.
process.env.TZ = 'America/Los_Angeles';

import { describe, expect, it } from 'vitest';
import { dateAndDistance } from '../../../renderer/src/components/formatDates';

describe('dateAndDistance', () => {
  const now = new Date('2026-12-05T10:00:00-08:00');

  it('leaves the year out within half a year either way, where the days say which it is', () => {
    expect(dateAndDistance('2026-12-06', now)).toBe('Dec 6 · tomorrow');
    expect(dateAndDistance('2027-01-17', now)).toBe('Jan 17 · in 43 days');
    expect(dateAndDistance('2027-06-01', now)).toBe('Jun 1 · in 178 days');
    expect(dateAndDistance('2026-07-01', now)).toBe('Jul 1 · 157 days ago');
    expect(dateAndDistance('2027-01-17T17:00:00.000Z', now)).toBe('Jan 17 · in 43 days');
  });

  it('writes the year further off', () => {
    expect(dateAndDistance('2027-06-19', now)).toBe('Jun 19, 2027 · in 196 days');
    expect(dateAndDistance('2025-12-01', now)).toBe('Dec 1, 2025 · 369 days ago');
  });
});
