// FROZEN: schema 1 as it shipped (shared/application.ts at main 0b915b0). Never edit: the
// migration tests prove that what this code wrote opens in every later version.

// The Application model: the one record the whole app revolves around, its vocabularies and
// its validation. Everything that enters the database passes `applicationSchema` first.
import { z } from 'zod';
import { isCalendarDate, isInstant } from './calendarDate';

export const STATUSES = [
  'wishlist',
  'applied',
  'assessment',
  'interviewing',
  'offer',
  'accepted',
  'rejected',
  'withdrawn',
  'declined',
  'ghosted',
] as const;
export type Status = (typeof STATUSES)[number];

export const WORK_MODES = ['onsite', 'hybrid', 'remote'] as const;
export type WorkMode = (typeof WORK_MODES)[number];
export const WORK_MODE_LABELS: Record<WorkMode, string> = { onsite: 'On-site', hybrid: 'Hybrid', remote: 'Remote' };

export const EMPLOYMENT_TYPES = ['internship', 'co-op', 'part-time', 'full-time'] as const;
export type EmploymentType = (typeof EMPLOYMENT_TYPES)[number];
export const EMPLOYMENT_TYPE_LABELS: Record<EmploymentType, string> = {
  internship: 'Internship',
  'co-op': 'Co-op',
  'part-time': 'Part-time',
  'full-time': 'Full-time',
};

export const DEADLINE_KINDS = ['application', 'assessment', 'interview', 'offer-response', 'other'] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];

export const PAY_PERIODS = ['hour', 'week', 'month', 'year', 'total'] as const;
export type PayPeriod = (typeof PAY_PERIODS)[number];

export const PRIORITIES = ['low', 'normal', 'high'] as const;
export type Priority = (typeof PRIORITIES)[number];
export const PRIORITY_LABELS: Record<Priority, string> = { low: 'Low', normal: 'Normal', high: 'High' };

const id = z.string().min(1, 'Missing id').max(100, 'Id is too long');

export const calendarDateSchema = z.string().refine(isCalendarDate, { message: 'Expected a date like 2026-05-18' });

export const instantSchema = z
  .string()
  .refine(isInstant, { message: 'Expected a date and time with a time zone, like 2026-05-18T09:00:00-07:00' });

export const deadlineSchema = z.object({
  id,
  kind: z.enum(DEADLINE_KINDS),
  /** A calendar date (due by the end of that day) or an instant with a time. */
  at: z.string().refine((v) => isCalendarDate(v) || isInstant(v), {
    message: 'Expected a date like 2026-05-18 or a date and time',
  }),
  label: z.string().max(200, 'Keep the label under 200 characters'),
  done: z.boolean(),
});
export type Deadline = z.infer<typeof deadlineSchema>;

export const cohortSchema = z
  .object({
    id,
    start: calendarDateSchema,
    end: calendarDateSchema,
    label: z.string().max(200, 'Keep the label under 200 characters'),
  })
  .refine((c) => c.end >= c.start, { message: 'The cohort ends before it starts', path: ['end'] });
export type Cohort = z.infer<typeof cohortSchema>;

export const paySchema = z
  .object({
    min: z.number().finite().nonnegative('Pay cannot be negative').nullable(),
    max: z.number().finite().nonnegative('Pay cannot be negative').nullable(),
    currency: z.string().regex(/^[A-Z]{3}$/, 'Expected a three-letter currency code like USD'),
    period: z.enum(PAY_PERIODS).nullable(),
    /** The pay exactly as the posting wrote it. */
    raw: z.string().max(500, 'Keep the pay text under 500 characters'),
  })
  .refine((p) => p.min === null || p.max === null || p.min <= p.max, {
    message: 'The lowest pay is above the highest',
    path: ['max'],
  });
export type Pay = z.infer<typeof paySchema>;

export const contactSchema = z.object({
  id,
  name: z.string().max(200, 'Keep the name under 200 characters'),
  role: z.string().max(200, 'Keep the role under 200 characters'),
  email: z.string().max(320, 'Keep the email under 320 characters'),
  phone: z.string().max(50, 'Keep the phone number under 50 characters'),
  notes: z.string().max(5_000, 'Keep the notes under 5,000 characters'),
});
export type Contact = z.infer<typeof contactSchema>;

export const statusChangeSchema = z.object({
  status: z.enum(STATUSES),
  at: instantSchema,
  note: z.string().max(2_000, 'Keep the note under 2,000 characters'),
});
export type StatusChange = z.infer<typeof statusChangeSchema>;

const postingUrlSchema = z
  .string()
  .max(2_000, 'The link is too long')
  .refine((value) => value === '' || isWebUrl(value), { message: 'Expected a web address starting with https://' });

export const applicationSchema = z
  .object({
    id,
    company: z.string().trim().min(1, 'Company is required').max(200, 'Keep the company under 200 characters'),
    role: z.string().trim().min(1, 'Role is required').max(300, 'Keep the role under 300 characters'),
    postingUrl: postingUrlSchema,
    source: z.string().max(200, 'Keep the source under 200 characters'),
    employmentType: z.enum(EMPLOYMENT_TYPES).nullable(),
    term: z.string().max(100, 'Keep the term under 100 characters'),
    locations: z
      .array(z.string().trim().min(1, 'A location cannot be empty').max(200, 'Keep each location under 200 characters'))
      .max(50, 'Keep it to 50 locations or fewer'),
    workMode: z.enum(WORK_MODES).nullable(),
    status: z.enum(STATUSES),
    statusHistory: z.array(statusChangeSchema).min(1, 'The status history cannot be empty'),
    appliedAt: calendarDateSchema.nullable(),
    deadlines: z.array(deadlineSchema).max(100),
    cohorts: z.array(cohortSchema).max(20),
    chosenCohortId: z.string().nullable(),
    durationWeeks: z.number().positive('Duration must be above zero').max(104, 'Duration is over two years').nullable(),
    pay: paySchema.nullable(),
    contacts: z.array(contactSchema).max(50),
    notes: z.string().max(100_000, 'Keep the notes under 100,000 characters'),
    /** The job page text the application was created from, kept for reference. */
    postingText: z.string().max(1_000_000),
    tags: z
      .array(z.string().trim().min(1, 'A tag cannot be empty').max(50, 'Keep each tag under 50 characters'))
      .max(50, 'Keep it to 50 tags or fewer'),
    priority: z.enum(PRIORITIES),
    createdAt: instantSchema,
    updatedAt: instantSchema,
    archivedAt: instantSchema.nullable(),
  })
  .superRefine((app, ctx) => {
    if (app.chosenCohortId !== null && !app.cohorts.some((c) => c.id === app.chosenCohortId)) {
      ctx.addIssue({
        code: 'custom',
        message: 'The chosen cohort is not one of the cohorts',
        path: ['chosenCohortId'],
      });
    }
    const latest = app.statusHistory.at(-1);
    if (latest && latest.status !== app.status) {
      ctx.addIssue({ code: 'custom', message: 'The status does not match the latest history entry', path: ['status'] });
    }
  });
export type Application = z.infer<typeof applicationSchema>;

/** An http(s) address with a host; shared/ has no URL class, so this is a strict pattern. */
export function isWebUrl(value: string): boolean {
  return /^https?:\/\/[a-z0-9.-]+\.[a-z]{2,}(:\d{1,5})?([/?#][^\s]*)?$/i.test(value);
}
