// "Due in the next 7 days" from the table's rows, against the same list worked out from every
// record: passing over the rows whose next date is beyond the window must leave nothing out.
process.env.TZ = 'America/Los_Angeles';

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dueWithin } from '@shared/dashboard/dueSoon';
import { dateEvents } from '@shared/nextDate';
import { DEFAULT_PIPELINE } from '@shared/pipeline';
import { dueSoonOfRows } from '../../../renderer/src/features/dashboard/dueSoonRows';
import { toTableRows } from '../../../renderer/src/model/tableRows';
import { applicationArb } from '../../unit/arbitraries';

const HOUR = 3_600_000;

describe('dueSoonOfRows', () => {
  it('lists what dueWithin lists from every record, at moments near their dates', () => {
    fc.assert(
      fc.property(
        fc.array(applicationArb, { minLength: 1, maxLength: 25 }),
        fc.nat(),
        fc.integer({ min: -8 * 24, max: 24 }),
        (apps, pick, hours) => {
          // A moment from a few days after one of their dates to 8 days before it, so windows hold some.
          const times = apps.flatMap((app) => dateEvents(app).map((event) => event.time));
          fc.pre(times.length > 0);
          const now = new Date(times[pick % times.length]! + hours * HOUR);
          const rows = toTableRows(apps, DEFAULT_PIPELINE, now);
          expect(dueSoonOfRows(rows, now, 7)).toEqual(dueWithin(apps, now, 7));
        },
      ),
      { numRuns: 300 },
    );
  });
});
