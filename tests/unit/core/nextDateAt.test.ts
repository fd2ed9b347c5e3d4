import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { nextDate, nextDateAt } from '@shared/nextDate';
import { applicationArb } from '../arbitraries';

const originalTz = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalTz;
});

describe('nextDateAt', () => {
  it.each(['UTC', 'America/Los_Angeles', 'Pacific/Kiritimati'])(
    'finds the same next date as nextDate for every application of a batch in %s',
    (zone) => {
      process.env.TZ = zone;
      fc.assert(
        fc.property(
          fc.array(applicationArb, { maxLength: 12 }),
          fc.date({ min: new Date('2020-01-01'), max: new Date('2032-01-01'), noInvalidDate: true }),
          (apps, now) => {
            // Apps share dates often enough that a batch answers from what it already worked out.
            const batch = [...apps, ...apps];
            const next = nextDateAt(now);
            expect(batch.map((app) => next(app))).toEqual(batch.map((app) => nextDate(app, now)));
          },
        ),
        { numRuns: 150 },
      );
    },
  );
});
