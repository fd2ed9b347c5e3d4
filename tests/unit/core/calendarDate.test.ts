// Calendar dates are plain YYYY-MM-DD strings that must read the same day in every time zone;
// instants carry their offset. Node re-reads process.env.TZ whenever it is assigned (checked
// below), so one file can walk through several zones.
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { isCalendarDate, isInstant, startOfCalendarDate, toCalendarDate, toInstant } from '@shared/calendarDate';
import { cohortWeeks } from '@shared/payNormalize';

const ORIGINAL_TZ = process.env.TZ;
function useZone(zone: string) {
  process.env.TZ = zone;
}
afterEach(() => {
  if (ORIGINAL_TZ === undefined) delete process.env.TZ;
  else process.env.TZ = ORIGINAL_TZ;
});

describe('isCalendarDate', () => {
  it('accepts real dates written YYYY-MM-DD', () => {
    for (const date of ['2026-05-18', '2026-08-07', '2028-02-29', '2026-12-31', '2026-01-01']) {
      expect(isCalendarDate(date), date).toBe(true);
    }
  });

  it('rejects dates that do not exist, like February 30 or February 29 of a common year', () => {
    for (const date of [
      '2026-02-30',
      '2026-02-29',
      '2026-04-31',
      '2026-13-01',
      '2026-00-10',
      '2026-05-00',
      '2026-05-32',
    ]) {
      expect(isCalendarDate(date), date).toBe(false);
    }
  });

  it('rejects other spellings, times and surrounding text', () => {
    for (const value of [
      '2026-5-18',
      '18/05/2026',
      '05/18/2026',
      '2026/05/18',
      '2026-05-18T00:00',
      ' 2026-05-18',
      '2026-05-18 ',
      '',
      'May 18',
    ]) {
      expect(isCalendarDate(value), JSON.stringify(value)).toBe(false);
    }
  });
});

describe('isInstant', () => {
  it('accepts ISO date-times with an explicit offset or Z', () => {
    for (const value of [
      '2026-05-18T09:00:00-07:00',
      '2026-05-18T09:00-07:00',
      '2026-05-18T16:00:00Z',
      '2026-05-18T16:00:00.123Z',
      '2026-05-18T21:30:00+05:30',
    ]) {
      expect(isInstant(value), value).toBe(true);
    }
  });

  it('rejects a date-time without an offset, since its moment would depend on the reader’s zone', () => {
    expect(isInstant('2026-05-18T09:00:00')).toBe(false);
    expect(isInstant('2026-05-18T09:00')).toBe(false);
  });

  it('rejects plain dates, impossible days and malformed offsets or hours', () => {
    for (const value of [
      '2026-05-18',
      '2026-02-30T09:00:00Z',
      '2026-05-18T25:00:00Z',
      '2026-05-18T09:61:00Z',
      '2026-05-18T09:00:00+5:00',
      '2026-05-18 09:00:00Z',
    ]) {
      expect(isInstant(value), value).toBe(false);
    }
  });
});

describe('toInstant', () => {
  it('writes the local wall-clock time with the local offset (Los Angeles, summer and winter)', () => {
    useZone('America/Los_Angeles');
    expect(toInstant(new Date('2026-06-15T16:00:00Z'))).toBe('2026-06-15T09:00:00-07:00');
    expect(toInstant(new Date('2026-01-15T17:00:00Z'))).toBe('2026-01-15T09:00:00-08:00');
  });

  it('produces a valid instant for the same moment (to the second) in any zone', () => {
    for (const zone of ['America/Los_Angeles', 'Asia/Kolkata', 'Pacific/Kiritimati', 'UTC']) {
      useZone(zone);
      fc.assert(
        fc.property(
          fc.date({ min: new Date('1990-01-01'), max: new Date('2090-01-01'), noInvalidDate: true }),
          (date) => {
            const instant = toInstant(date);
            expect(isInstant(instant)).toBe(true);
            expect(Date.parse(instant)).toBe(Math.floor(date.getTime() / 1000) * 1000);
          },
        ),
        { numRuns: 200 },
      );
    }
  });
});

describe('calendar dates in different time zones', () => {
  const ZONES = [
    'UTC',
    'America/Los_Angeles',
    'Pacific/Kiritimati', // UTC+14
    'Pacific/Pago_Pago', // UTC-11
    'Asia/Kolkata', // a half-hour offset
    'America/Santiago', // daylight saving starts at midnight: 2026-09-06 has no 00:00
  ];
  const DATES = ['2026-05-18', '2026-08-07', '2026-03-08', '2026-11-01', '2026-09-06', '2026-04-04', '2028-02-29'];

  it('really switches zone when TZ is assigned after dates were already used', () => {
    useZone('Pacific/Kiritimati');
    expect(new Date(2026, 0, 1).getTimezoneOffset()).toBe(-840);
    useZone('Pacific/Pago_Pago');
    expect(new Date(2026, 0, 1).getTimezoneOffset()).toBe(660);
  });

  it('round-trip to the same day through local midnight in every zone', () => {
    for (const zone of ZONES) {
      useZone(zone);
      for (const date of DATES) {
        const start = startOfCalendarDate(date);
        expect(toCalendarDate(start), `${date} in ${zone}`).toBe(date);
        // Midnight, or the first moment of the day where midnight is skipped.
        expect(start.getHours(), `${date} in ${zone}`).toBeLessThanOrEqual(1);
        expect(start.getMinutes()).toBe(0);
      }
    }
  });

  it('give the same cohort length everywhere: May 18 – Aug 7 2026 is 12 weeks', () => {
    for (const zone of ZONES) {
      useZone(zone);
      expect(cohortWeeks({ start: '2026-05-18', end: '2026-08-07' }), zone).toBe(12);
      // Across the March and November daylight-saving changes in the US.
      expect(cohortWeeks({ start: '2026-03-02', end: '2026-11-20' }), zone).toBe(38);
    }
  });

  it('are validated the same way in every zone', () => {
    for (const zone of ZONES) {
      useZone(zone);
      expect(isCalendarDate('2026-09-06'), zone).toBe(true);
      expect(isCalendarDate('2026-02-30'), zone).toBe(false);
    }
  });

  it('toCalendarDate gives the local day of an instant: the same moment is a different day in Tokyo', () => {
    const moment = new Date('2026-05-18T20:00:00Z');
    useZone('America/Los_Angeles');
    expect(toCalendarDate(moment)).toBe('2026-05-18');
    useZone('Asia/Tokyo');
    expect(toCalendarDate(moment)).toBe('2026-05-19');
  });
});
