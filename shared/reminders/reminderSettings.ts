// What the student chooses about reminders: which kinds, how long before, what time of day,
// and the quiet hours in which none are shown.
import { z } from '../zod';

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

/**
 * The days before a date without a time that a lead time reminds on, at the reminder time of day:
 * its days, or for hours a whole day for every 24 (hours before such a date are on its day).
 */
export function leadDaysBeforeDate(lead: LeadTime): number {
  return lead.unit === 'days' ? lead.amount : Math.floor(lead.amount / 24);
}

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
  /** Interviews, assessments and other events with a time; date-only events get none. */
  events: z.object({
    enabled: z.boolean(),
    leadTimes: z.array(leadTimeSchema).max(10, 'Keep it to 10 reminders or fewer'),
  }),
  followUps: z.object({
    /** Reminders on the follow-up date an application has. */
    enabled: z.boolean(),
    /**
     * "Remind me to follow up N days after applying with no response": while an application
     * is still where applying put it, one reminder N days after that move.
     */
    afterApplying: z.object({
      enabled: z.boolean(),
      days: z
        .number()
        .int('Give a whole number of days')
        .min(1, 'Follow up 1 to 90 days after applying')
        .max(90, 'Follow up 1 to 90 days after applying'),
    }),
  }),
  /**
   * Local time of day for reminders about a calendar date without a time: cohort starts,
   * follow-ups, and the day-based reminders of date-only deadlines.
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
  events: {
    enabled: true,
    leadTimes: [
      { amount: 1, unit: 'days' },
      { amount: 1, unit: 'hours' },
    ],
  },
  followUps: { enabled: true, afterApplying: { enabled: false, days: 7 } },
  remindAt: '09:00',
  quietHours: { enabled: true, start: '22:00', end: '08:00' },
};

/** Minutes after midnight of an `HH:mm` time of day. */
export function minutesOfDay(clockTime: string): number {
  const [hours, minutes] = clockTime.split(':').map(Number);
  return (hours ?? 0) * 60 + (minutes ?? 0);
}
