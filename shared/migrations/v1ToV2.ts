// Schema 1 → schema 2: one pure step for the database upgrade and for old backups alike.
//
// Schema 1 is frozen here as it shipped (its types and its rules), and so is what this step
// writes of schema 2 (the pipeline, the new reminder settings): the app's model and defaults
// may change later, what a schema-1 record becomes may not. Every schema-1 record becomes a
// valid schema-2 record and nothing in it is dropped; what is not a schema-1 record is refused.
import { z } from '../zod';
import { storedApplicationSchema, type Application, type Phase, type StageChange } from '../application';
import { isCalendarDate, isInstant } from '../calendarDate';
import type { Pipeline, Stage, StageColor } from '../pipeline';
import type { ReminderSettings } from '../reminders/reminderSettings';
import { parseTerm } from '../term';

// ---- Schema 1, as it shipped ----

export const STATUSES_V1 = [
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
export type StatusV1 = (typeof STATUSES_V1)[number];
export const PRIORITIES_V1 = ['low', 'normal', 'high'] as const;
export type PriorityV1 = (typeof PRIORITIES_V1)[number];

const idV1 = z.string().min(1, 'Missing id').max(100, 'Id is too long');
const calendarDateV1 = z.string().refine(isCalendarDate, { message: 'Expected a date like 2026-05-18' });
const instantV1 = z
  .string()
  .refine(isInstant, { message: 'Expected a date and time with a time zone, like 2026-05-18T09:00:00-07:00' });

const applicationV1Schema = z
  .object({
    id: idV1,
    company: z.string().trim().min(1, 'Company is required').max(200),
    role: z.string().trim().min(1, 'Role is required').max(300),
    postingUrl: z
      .string()
      .max(2_000)
      .refine((v) => v === '' || /^https?:\/\/[a-z0-9.-]+\.[a-z]{2,}(:\d{1,5})?([/?#][^\s]*)?$/i.test(v), {
        message: 'Expected a web address starting with https://',
      }),
    source: z.string().max(200),
    employmentType: z.enum(['internship', 'co-op', 'part-time', 'full-time']).nullable(),
    term: z.string().max(100),
    locations: z.array(z.string().trim().min(1).max(200)).max(50),
    workMode: z.enum(['onsite', 'hybrid', 'remote']).nullable(),
    status: z.enum(STATUSES_V1),
    statusHistory: z
      .array(z.object({ status: z.enum(STATUSES_V1), at: instantV1, note: z.string().max(2_000) }))
      .min(1, 'The status history cannot be empty'),
    appliedAt: calendarDateV1.nullable(),
    deadlines: z
      .array(
        z.object({
          id: idV1,
          kind: z.enum(['application', 'assessment', 'interview', 'offer-response', 'other']),
          at: z.string().refine((v) => isCalendarDate(v) || isInstant(v), {
            message: 'Expected a date like 2026-05-18 or a date and time',
          }),
          label: z.string().max(200),
          done: z.boolean(),
        }),
      )
      .max(100),
    cohorts: z
      .array(
        z
          .object({ id: idV1, start: calendarDateV1, end: calendarDateV1, label: z.string().max(200) })
          .refine((c) => c.end >= c.start, { message: 'The cohort ends before it starts', path: ['end'] }),
      )
      .max(20),
    chosenCohortId: z.string().nullable(),
    durationWeeks: z.number().positive().max(104).nullable(),
    pay: z
      .object({
        min: z.number().finite().nonnegative().nullable(),
        max: z.number().finite().nonnegative().nullable(),
        currency: z.string().regex(/^[A-Z]{3}$/),
        period: z.enum(['hour', 'week', 'month', 'year', 'total']).nullable(),
        raw: z.string().max(500),
      })
      .refine((p) => p.min === null || p.max === null || p.min <= p.max, {
        message: 'The lowest pay is above the highest',
        path: ['max'],
      })
      .nullable(),
    contacts: z
      .array(
        z.object({
          id: idV1,
          name: z.string().max(200),
          role: z.string().max(200),
          email: z.string().max(320),
          phone: z.string().max(50),
          notes: z.string().max(5_000),
        }),
      )
      .max(50),
    notes: z.string().max(100_000),
    postingText: z.string().max(1_000_000),
    tags: z.array(z.string().trim().min(1).max(50)).max(50),
    priority: z.enum(PRIORITIES_V1),
    createdAt: instantV1,
    updatedAt: instantV1,
    archivedAt: instantV1.nullable(),
  })
  .superRefine((app, ctx) => {
    if (app.chosenCohortId !== null && !app.cohorts.some((c) => c.id === app.chosenCohortId))
      ctx.addIssue({
        code: 'custom',
        message: 'The chosen cohort is not one of the cohorts',
        path: ['chosenCohortId'],
      });
    if (app.statusHistory.at(-1)?.status !== app.status)
      ctx.addIssue({ code: 'custom', message: 'The status does not match the latest history entry', path: ['status'] });
  });

/** An application as schema 1 stored it. */
export type ApplicationV1 = z.infer<typeof applicationV1Schema>;

/** A row of the `settings` table, in either schema. */
export interface SettingRowV1 {
  key: string;
  value: unknown;
}

export interface DataV1 {
  applications: readonly unknown[];
  settings: readonly SettingRowV1[];
}

export interface DataV2 {
  applications: Application[];
  settings: SettingRowV1[];
}

// ---- What this step writes of schema 2 ----

const stage = (id: string, name: string, phase: Phase, color: StageColor): Stage => ({
  id,
  name,
  phase,
  color,
  removed: false,
});

/** The pipeline schema 2 starts with (DEFAULT_PIPELINE as it first shipped). */
const PIPELINE_V2: readonly Stage[] = [
  stage('wishlist', 'Wishlist', 'saved', 'gray'),
  stage('applied', 'Applied', 'applied', 'blue'),
  stage('online-assessment', 'Online assessment', 'in-process', 'teal'),
  stage('phone-screen', 'Phone screen', 'in-process', 'teal'),
  stage('technical-interview', 'Technical interview', 'in-process', 'purple'),
  stage('final-round', 'Final round', 'in-process', 'purple'),
  stage('offer', 'Offer', 'offer', 'amber'),
  stage('accepted', 'Accepted', 'accepted', 'green'),
  stage('rejected', 'Rejected', 'closed', 'red'),
  stage('withdrawn', 'Withdrawn', 'closed', 'gray'),
  stage('declined', 'Declined', 'closed', 'orange'),
  stage('ghosted', 'Ghosted', 'closed', 'gray'),
];

/**
 * Schema 1's "Interviewing" said less than any stage of the new pipeline (phone screen?
 * final round?), so it keeps a stage of its own rather than being made more specific.
 */
const INTERVIEWING = stage('interviewing', 'Interviewing', 'in-process', 'teal');

const STAGE_OF_STATUS: Record<StatusV1, Pick<Stage, 'id' | 'phase'>> = {
  wishlist: { id: 'wishlist', phase: 'saved' },
  applied: { id: 'applied', phase: 'applied' },
  assessment: { id: 'online-assessment', phase: 'in-process' },
  interviewing: { id: INTERVIEWING.id, phase: INTERVIEWING.phase },
  offer: { id: 'offer', phase: 'offer' },
  accepted: { id: 'accepted', phase: 'accepted' },
  rejected: { id: 'rejected', phase: 'closed' },
  withdrawn: { id: 'withdrawn', phase: 'closed' },
  declined: { id: 'declined', phase: 'closed' },
  ghosted: { id: 'ghosted', phase: 'closed' },
};

const EXCITEMENT_OF_PRIORITY: Record<PriorityV1, number> = { low: 1, normal: 3, high: 5 };

/** The reminder settings schema 2 added, at the defaults it shipped with (a fresh copy each time). */
function newReminderParts(): Pick<ReminderSettings, 'events' | 'followUps'> {
  return {
    events: {
      enabled: true,
      leadTimes: [
        { amount: 1, unit: 'days' },
        { amount: 1, unit: 'hours' },
      ],
    },
    followUps: { enabled: true, afterApplying: { enabled: false, days: 7 } },
  };
}

export const PIPELINE_SETTING_KEY = 'pipeline';
export const REMINDERS_SETTING_KEY = 'reminders';

// ---- The step ----

/** Reads a schema-1 application, or throws saying which record it is and what is wrong with it. */
export function parseApplicationV1(record: unknown): ApplicationV1 {
  const parsed = applicationV1Schema.safeParse(record);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const where = issue && issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
  throw new Error(`${recordName(record)} is not a schema-1 application (${where}${issue?.message ?? 'unreadable'})`);
}

function recordName(record: unknown): string {
  if (typeof record !== 'object' || record === null) return `A ${record === null ? 'null' : typeof record} record`;
  const { id, company, role } = record as Record<string, unknown>;
  const name = [company, role].filter((v) => typeof v === 'string' && v.trim() !== '').join(' — ');
  const idText = typeof id === 'string' ? `id ${JSON.stringify(id.slice(0, 100))}` : 'no id';
  return name === '' ? `The record with ${idText}` : `“${name}” (${idText})`;
}

/** Schema 1 did not require ids to be unique within a list; schema 2 does. Later twins are renamed. */
function withUniqueIds<T extends { id: string }>(items: readonly T[]): T[] {
  const taken = new Set(items.map((item) => item.id));
  const seen = new Set<string>();
  return items.map((item) => {
    if (!seen.has(item.id)) {
      seen.add(item.id);
      return item;
    }
    let id = item.id;
    for (let n = 2; taken.has(id); n++) id = `${item.id.slice(0, 90)}-${n}`;
    taken.add(id);
    seen.add(id);
    return { ...item, id };
  });
}

/** One schema-1 application as schema 2 holds it. */
export function migrateV1Application(record: unknown): Application {
  const { status: _status, statusHistory, priority, term, ...unchanged } = parseApplicationV1(record);
  const stageHistory: StageChange[] = statusHistory.map((entry, index) => ({
    id: `v1-${index + 1}`,
    stageId: STAGE_OF_STATUS[entry.status].id,
    phase: STAGE_OF_STATUS[entry.status].phase,
    at: entry.at,
    note: entry.note,
  }));
  const latest = stageHistory.at(-1)!;
  const migrated: Application = {
    ...unchanged,
    deadlines: withUniqueIds(unchanged.deadlines),
    cohorts: withUniqueIds(unchanged.cohorts),
    contacts: withUniqueIds(unchanged.contacts),
    term: parseTerm(term),
    stageId: latest.stageId,
    phase: latest.phase,
    stageHistory,
    excitement: EXCITEMENT_OF_PRIORITY[priority],
    offer: null,
    events: [],
    followUp: null,
    sponsorship: 'unknown',
    referral: null,
    resumeVersion: '',
    coverLetter: '',
    // Board columns start in creation order.
    boardRank: Date.parse(unchanged.createdAt),
  };
  // Stored data, kept whole: values outside the bounds new input must keep stay as they were.
  const checked = storedApplicationSchema.safeParse(migrated);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    throw new Error(
      `${recordName(record)} could not be brought to schema 2 (${issue?.path.join('.')}: ${issue?.message})`,
    );
  }
  return checked.data;
}

/**
 * The applications and settings of a schema-1 database or backup as schema 2 holds them: every
 * application migrated; the pipeline written (with "Interviewing" when some history used it);
 * the reminder settings given the parts schema 2 added, every value the user set kept; every
 * other setting as it was.
 */
export function migrateV1Data(data: DataV1): DataV2 {
  const applications = data.applications.map(migrateV1Application);
  if (data.settings.some((row) => row.key === PIPELINE_SETTING_KEY))
    throw new Error('The settings already hold a pipeline, so they are not schema-1 settings');
  const interviewingUsed = applications.some((app) => app.stageHistory.some((e) => e.stageId === INTERVIEWING.id));
  const pipeline: Pipeline = { stages: withInterviewing(PIPELINE_V2, interviewingUsed) };
  const settings = data.settings.map((row) =>
    row.key === REMINDERS_SETTING_KEY ? { key: row.key, value: withNewReminderParts(row.value) } : row,
  );
  return { applications, settings: [...settings, { key: PIPELINE_SETTING_KEY, value: pipeline }] };
}

/** The stages, with "Interviewing" right after "Online assessment" when it is used. */
function withInterviewing(stages: readonly Stage[], used: boolean): Stage[] {
  if (!used) return stages.map((s) => ({ ...s }));
  const at = stages.findIndex((s) => s.id === 'online-assessment') + 1;
  return [...stages.slice(0, at), INTERVIEWING, ...stages.slice(at)].map((s) => ({ ...s }));
}

/**
 * Schema-1 reminder settings with the parts schema 2 added. A stored value is carried forward
 * as it is, whatever it holds: a value that does not read as settings is kept for what it is,
 * never replaced by the defaults here.
 */
function withNewReminderParts(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  return { ...newReminderParts(), ...value };
}
