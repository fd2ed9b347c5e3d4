import { describe, expect, it } from 'vitest';
import type { PlannedReminder } from '@shared/reminders/reminder';
import { scheduleFingerprint } from '../../../renderer/src/features/reminders/scheduleFingerprint';

const reminder: PlannedReminder = {
  id: 'app-1|cohort:c1:start@2026-06-15|3d',
  applicationId: 'app-1',
  fireAt: '2026-06-12T09:00:00-07:00',
  targetAt: '2026-06-15',
  title: 'Pinterest ML Intern starts in 3 days',
  body: 'Mon, Jun 15',
  summary: 'Pinterest ML Intern starts Mon, Jun 15',
};

describe('the fingerprint of a schedule', () => {
  it('is the same for the same reminders, and says how many there are', () => {
    expect(scheduleFingerprint([{ ...reminder }])).toBe(scheduleFingerprint([structuredClone(reminder)]));
    expect(scheduleFingerprint([reminder])).toMatch(/^1:[0-9a-z]+$/);
    expect(scheduleFingerprint([])).toMatch(/^0:[0-9a-z]+$/);
  });

  it('changes when any field of any reminder changes', () => {
    const fields = Object.keys(reminder) as (keyof PlannedReminder)[];
    const prints = fields.map((field) =>
      scheduleFingerprint([reminder, { ...reminder, [field]: `${reminder[field]}!` }]),
    );
    expect(new Set([scheduleFingerprint([reminder, reminder]), ...prints]).size).toBe(fields.length + 1);
  });

  it('changes when text moves from one field to the next', () => {
    expect(scheduleFingerprint([{ ...reminder, title: 'ab', body: 'c' }])).not.toBe(
      scheduleFingerprint([{ ...reminder, title: 'a', body: 'bc' }]),
    );
  });
});
