// Where the dashboard's weeks begin: the locale's own first day of the week.
import { describe, expect, it } from 'vitest';
import { localeWeekStart } from '../../../renderer/src/features/dashboard/weekStart';

describe('localeWeekStart', () => {
  it('is Sunday in the US, Monday in Britain and Germany, Saturday in Egypt', () => {
    expect(['en-US', 'en-GB', 'de-DE', 'ar-EG'].map(localeWeekStart)).toEqual([0, 1, 1, 6]);
  });

  it('is Monday, as ISO 8601 has it, for a language tag the engine does not know', () => {
    expect(localeWeekStart('not a language tag')).toBe(1);
  });
});
