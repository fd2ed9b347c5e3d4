import { afterEach, describe, expect, it } from 'vitest';
import { timeZoneRules } from '../../../renderer/src/features/reminders/timeZoneRules';

describe('the time zone rules', () => {
  const zoneOfTheRun = process.env.TZ;
  afterEach(() => {
    process.env.TZ = zoneOfTheRun;
  });

  it('change with the time zone, and only then', () => {
    process.env.TZ = 'America/Los_Angeles';
    const california = timeZoneRules(new Date('2026-03-02T12:00:00Z'));
    expect(timeZoneRules(new Date('2026-11-02T12:00:00Z'))).toBe(california);
    process.env.TZ = 'Europe/Berlin';
    expect(timeZoneRules(new Date('2026-03-02T12:00:00Z'))).not.toBe(california);
    process.env.TZ = 'America/Los_Angeles';
    expect(timeZoneRules(new Date('2026-03-02T12:00:00Z'))).toBe(california);
  });
});
