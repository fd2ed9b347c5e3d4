import { describe, expect, it } from 'vitest';
import {
  NO_SUCH_DATE,
  NO_SUCH_DATE_MESSAGE,
  NO_SUCH_TIME,
  NO_SUCH_TIME_MESSAGE,
} from '../../../renderer/src/components/DateInput';
import { entryInputProblem, LATER_THAN_NOW } from '../../../renderer/src/components/dateTimeInput';

// Local wall-clock noon, so "today" and "an hour later" are the same calendar day in any zone.
const now = new Date(2026, 11, 7, 12, 0);

describe('entryInputProblem', () => {
  it('accepts a past day, a past time today, and both fields empty', () => {
    expect(entryInputProblem('2026-12-06', '', now)).toBeNull();
    expect(entryInputProblem('2026-12-07', '', now)).toBeNull();
    expect(entryInputProblem('2026-12-07', '11:59', now)).toBeNull();
    expect(entryInputProblem('', '', now)).toBeNull();
  });

  it('names the field that does not exist', () => {
    expect(entryInputProblem(NO_SUCH_DATE, '10:00', now)).toEqual({ field: 'when', message: NO_SUCH_DATE_MESSAGE });
    expect(entryInputProblem('2026-12-01', NO_SUCH_TIME, now)).toEqual({
      field: 'time',
      message: NO_SUCH_TIME_MESSAGE,
    });
  });

  it('asks for the day of a time given alone', () => {
    expect(entryInputProblem('', '09:30', now)).toEqual({
      field: 'when',
      message: 'Enter the day of this change too, or clear the time',
    });
  });

  it('blames the date for a later day and the time for a later hour today', () => {
    expect(entryInputProblem('2026-12-08', '', now)).toEqual({ field: 'when', message: LATER_THAN_NOW });
    expect(entryInputProblem('2026-12-08', '08:00', now)).toEqual({ field: 'when', message: LATER_THAN_NOW });
    expect(entryInputProblem('2026-12-07', '12:01', now)).toEqual({ field: 'time', message: LATER_THAN_NOW });
  });
});
