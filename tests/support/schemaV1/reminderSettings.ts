// FROZEN: schema 1 as it shipped (shared/reminders/reminderSettings.ts at main 0b915b0). Never
// edit: the migration tests prove that what this code wrote opens in every later version. Only
// the stored value's schema and defaults are kept.

// What the student chooses about reminders: which kinds, how long before, what time of day,
// and the quiet hours in which none are shown.
import { z } from 'zod';

const clockTimeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Expected a time of day like 09:00');

export const leadTimeSchema = z.object({
  amount: z.number().int().min(0, 'A lead time cannot be negative').max(365, 'Keep lead times under a year'),
  /**
   * Days count on the calendar (3 days before 17:00 Thursday is 17:00 Monday, whatever DST
   * does in between); hours count elapsed time.
   */
  unit: z.enum(['days', 'hours']),
});
export type LeadTime = z.infer<typeof leadTimeSchema>;

export const reminderSettingsSchema = z.object({
  cohortStarts: z.object({
    enabled: z.boolean(),
    /** Days before the first day of the internship; 0 is the morning of that day. */
    daysBefore: z.array(z.number().int().min(0).max(365)).max(10, 'Keep it to 10 reminders or fewer'),
  }),
  deadlines: z.object({
    enabled: z.boolean(),
    leadTimes: z.array(leadTimeSchema).max(10, 'Keep it to 10 reminders or fewer'),
  }),
  /**
   * Local time of day for reminders about a calendar date without a time: cohort starts, and
   * the day-based reminders of date-only deadlines.
   */
  remindAt: clockTimeSchema,
  /**
   * No reminder is shown from `start` to `end` (it may span midnight). One that falls inside
   * is shown when the quiet hours end, unless that is too late for what it is about: then it
   * is shown just before the quiet hours begin. `start` equal to `end` means no quiet hours.
   */
  quietHours: z.object({
    enabled: z.boolean(),
    start: clockTimeSchema,
    end: clockTimeSchema,
  }),
});
export type ReminderSettings = z.infer<typeof reminderSettingsSchema>;

export const DEFAULT_REMINDER_SETTINGS: ReminderSettings = {
  cohortStarts: { enabled: true, daysBefore: [14, 3, 1] },
  deadlines: {
    enabled: true,
    leadTimes: [
      { amount: 3, unit: 'days' },
      { amount: 1, unit: 'days' },
      { amount: 3, unit: 'hours' },
    ],
  },
  remindAt: '09:00',
  quietHours: { enabled: true, start: '22:00', end: '08:00' },
};
