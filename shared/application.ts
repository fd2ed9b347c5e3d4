// The Application model (schema v2): the one record the whole app revolves around, its
// vocabularies and its validation. Everything that enters the database passes
// `applicationSchema` first. The stages an application moves through are the user's own
// (pipeline.ts); each stage belongs to one fixed phase, which is what the app reasons with.
import { z } from './zod';
import { isCalendarDate, isInstant } from './calendarDate';
import { withQuickParser } from './zodParser';

/** The fixed phases every stage maps to, in the order an application moves through them. */
export const PHASES = ['saved', 'applied', 'in-process', 'offer', 'accepted', 'closed'] as const;
export type Phase = (typeof PHASES)[number];
export const PHASE_LABELS: Record<Phase, string> = {
  saved: 'Saved',
  applied: 'Applied',
  'in-process': 'In process',
  offer: 'Offer',
  accepted: 'Accepted',
  closed: 'Closed',
};

export const WORK_MODES = ['onsite', 'hybrid', 'remote'] as const;
export type WorkMode = (typeof WORK_MODES)[number];
export const WORK_MODE_LABELS: Record<WorkMode, string> = { onsite: 'On-site', hybrid: 'Hybrid', remote: 'Remote' };

/** The places to show after the work mode: not one that only repeats it ("Remote · Remote"). */
export function placesBesideMode(app: { locations: readonly string[]; workMode: WorkMode | null }): readonly string[] {
  const mode = app.workMode && WORK_MODE_LABELS[app.workMode].toLowerCase();
  return mode ? app.locations.filter((place) => place.trim().toLowerCase() !== mode) : app.locations;
}

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

/** The most hours a week a pay can be stated for: more is a typo (a month's hours, a day's minutes). */
export const MAX_HOURS_PER_WEEK = 80;
/** Said wherever hours a week are refused: the record's schema, the editor, a CSV cell. */
export const HOURS_PER_WEEK_MESSAGE = `Hours a week are a number above 0 and up to ${MAX_HOURS_PER_WEEK}`;

export const SEASONS = ['spring', 'summer', 'fall', 'winter'] as const;
export type Season = (typeof SEASONS)[number];
export const SEASON_LABELS: Record<Season, string> = {
  spring: 'Spring',
  summer: 'Summer',
  fall: 'Fall',
  winter: 'Winter',
};

export const EVENT_KINDS = [
  'online-assessment',
  'phone-screen',
  'technical',
  'behavioural',
  'final-round',
  'info-session',
  'other',
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];
export const EVENT_KIND_LABELS: Record<EventKind, string> = {
  'online-assessment': 'Online assessment',
  'phone-screen': 'Phone screen',
  technical: 'Technical interview',
  behavioural: 'Behavioural interview',
  'final-round': 'Final round / superday',
  'info-session': 'Info session',
  other: 'Other event',
};

export const EVENT_OUTCOMES = ['pending', 'passed', 'not-passed', 'cancelled'] as const;
export type EventOutcome = (typeof EVENT_OUTCOMES)[number];
export const EVENT_OUTCOME_LABELS: Record<EventOutcome, string> = {
  pending: 'Pending',
  passed: 'Passed',
  'not-passed': 'Did not pass',
  cancelled: 'Cancelled',
};

export const SPONSORSHIPS = ['unknown', 'offers', 'does-not-offer', 'citizenship-required'] as const;
export type Sponsorship = (typeof SPONSORSHIPS)[number];
export const SPONSORSHIP_LABELS: Record<Sponsorship, string> = {
  unknown: 'Unknown',
  offers: 'Offers visa sponsorship',
  'does-not-offer': 'Does not sponsor visas',
  'citizenship-required': 'Citizenship required',
};

/** Excitement about an application, 1 (meh) to 5 (dream internship). */
export const EXCITEMENT_LEVELS = [1, 2, 3, 4, 5] as const;
export type Excitement = (typeof EXCITEMENT_LEVELS)[number];

export const HOUSING_PERIODS = ['week', 'month', 'total'] as const;
export type HousingPeriod = (typeof HOUSING_PERIODS)[number];

export const instantSchema = z
  .string()
  .refine(isInstant, { message: 'Expected a date and time with a time zone, like 2026-05-18T09:00:00-07:00' });

/**
 * The record's schemas, built the first time a record is checked rather than as the app starts:
 * zod builds each object schema field by field, milliseconds the first screen would wait for.
 */
function buildSchemas() {
  const id = z.string().min(1, 'Missing id').max(100, 'Id is too long');

  const calendarDateSchema = z.string().refine(isCalendarDate, { message: 'Expected a date like 2026-05-18' });

  /** A calendar date (a whole day) or an instant with a time. */
  const dateOrInstantSchema = z.string().refine((v) => isCalendarDate(v) || isInstant(v), {
    message: 'Expected a date like 2026-05-18 or a date and time',
  });

  const amountSchema = z.number().finite().nonnegative('An amount cannot be negative');

  const deadlineSchema = z.object({
    id,
    kind: z.enum(DEADLINE_KINDS),
    /** A calendar date (due by the end of that day) or an instant with a time. */
    at: dateOrInstantSchema,
    label: z.string().max(200, 'Keep the label under 200 characters'),
    done: z.boolean(),
  });

  const cohortSchema = z
    .object({
      id,
      start: calendarDateSchema,
      end: calendarDateSchema,
      label: z.string().max(200, 'Keep the label under 200 characters'),
    })
    .refine((c) => c.end >= c.start, { message: 'The cohort ends before it starts', path: ['end'] });

  const paySchema = z
    .object({
      min: z.number().finite().nonnegative('Pay cannot be negative').nullable(),
      max: z.number().finite().nonnegative('Pay cannot be negative').nullable(),
      currency: z.string().regex(/^[A-Z]{3}$/, 'Expected a three-letter currency code like USD'),
      period: z.enum(PAY_PERIODS).nullable(),
      /** The pay exactly as the posting wrote it. */
      raw: z.string().max(500, 'Keep the pay text under 500 characters'),
      /**
       * The hours a week the pay is for, when stated (a part-time internship's 20 or 30): an hourly
       * rate and a monthly one are converted with them. Absent for the convention's 40, as in every
       * record made before it.
       */
      hoursPerWeek: z
        .number({ error: HOURS_PER_WEEK_MESSAGE })
        .positive(HOURS_PER_WEEK_MESSAGE)
        .max(MAX_HOURS_PER_WEEK, HOURS_PER_WEEK_MESSAGE)
        .optional(),
    })
    .refine((p) => p.min === null || p.max === null || p.min <= p.max, {
      message: 'The lowest pay is above the highest',
      path: ['max'],
    });

  const contactSchema = z.object({
    id,
    name: z.string().max(200, 'Keep the name under 200 characters'),
    role: z.string().max(200, 'Keep the role under 200 characters'),
    email: z.string().max(320, 'Keep the email under 320 characters'),
    phone: z.string().max(50, 'Keep the phone number under 50 characters'),
    notes: z.string().max(5_000, 'Keep the notes under 5,000 characters'),
  });

  /**
   * One entry of the stage history. `phase` is the phase of `stageId`; a stage's phase never
   * changes (pipeline.ts), so the entry can carry it and be reasoned about without the pipeline.
   */
  const stageChangeSchema = z.object({
    id,
    stageId: id,
    phase: z.enum(PHASES),
    at: instantSchema,
    /**
     * Set when only the day is known (entryTime.ts): `at` is then noon of that day, and is shown
     * and exported as the date. Absent for a time known, as in every record made before it.
     */
    dayOnly: z.literal(true).optional(),
    /**
     * Set when nobody recorded the day it was reached (a CSV row's status with no date for it):
     * `at` is then the latest moment it can have been (the import's), which orders it, and is
     * shown as "date not recorded"; nothing measures time from it (entryTime.ts).
     */
    dateUnknown: z.literal(true).optional(),
    note: z.string().max(2_000, 'Keep the note under 2,000 characters'),
  });

  /** An online assessment, an interview, an info session…: something that happens at a time. */
  const applicationEventSchema = z.object({
    id,
    kind: z.enum(EVENT_KINDS),
    /** Optional words of the user's own ("Round 2 with the ML team"); the kind's label otherwise. */
    title: z.string().max(200, 'Keep the title under 200 characters'),
    /** A calendar date (time not known yet) or an instant with the user's offset. */
    start: dateOrInstantSchema,
    durationMinutes: z
      .number()
      .int('Give the duration in whole minutes')
      .positive('The duration must be above zero')
      .max(14 * 24 * 60, 'Keep the duration under two weeks')
      .nullable(),
    /** Where: an address, a room, or a meeting link. */
    location: z.string().max(1_000, 'Keep the location under 1,000 characters'),
    /** Who: interviewers, panel, recruiter — free text. */
    people: z.string().max(1_000, 'Keep the people under 1,000 characters'),
    notes: z.string().max(10_000, 'Keep the notes under 10,000 characters'),
    outcome: z.enum(EVENT_OUTCOMES),
  });

  /** The day the student means to follow up (an email to the recruiter, a thank-you note…). */
  const followUpSchema = z.object({
    on: calendarDateSchema,
    note: z.string().max(2_000, 'Keep the note under 2,000 characters'),
    done: z.boolean(),
  });

  const housingSchema = z.discriminatedUnion('type', [
    z.object({ type: z.literal('stipend'), amount: amountSchema, period: z.enum(HOUSING_PERIODS) }),
    z.object({ type: z.literal('provided') }),
  ]);

  const offerPartSchema = z.object({
    id,
    label: z.string().trim().min(1, 'Name this part of the offer').max(200, 'Keep the label under 200 characters'),
    amount: amountSchema,
  });

  /**
   * The offer beyond its base pay (which stays in `pay`): every amount here is in `currency`, one
   * payment each unless a housing stipend says its period.
   */
  const offerSchema = z.object({
    currency: z.string().regex(/^[A-Z]{3}$/, 'Expected a three-letter currency code like USD'),
    offeredOn: calendarDateSchema.nullable(),
    housing: housingSchema.nullable(),
    relocation: amountSchema.nullable(),
    signOnBonus: amountSchema.nullable(),
    other: z.array(offerPartSchema).max(20, 'Keep it to 20 parts or fewer'),
    /** The deadline (kind offer-response) by which the student must answer. */
    responseDeadlineId: z.string().max(100, 'Id is too long').nullable(),
    returnOfferProspects: z.string().max(2_000, 'Keep this under 2,000 characters'),
  });

  const referralSchema = z.object({
    name: z.string().trim().min(1, 'Who referred you?').max(200, 'Keep the name under 200 characters'),
    relation: z.string().max(200, 'Keep the relation under 200 characters'),
  });

  /**
   * The term of an internship: season and year where they say it all ("Summer 2026"), `text`
   * only for what they cannot ("Summer/Fall 2026 co-op, 8 months"); season and year may still be
   * filled from such text for sorting and filtering.
   */
  const termSchema = z.object({
    season: z.enum(SEASONS).nullable(),
    year: z.number().int().min(1900, 'Expected a year like 2026').max(2200, 'Expected a year like 2026').nullable(),
    text: z.string().max(100, 'Keep the term under 100 characters'),
  });

  const postingUrlSchema = z
    .string()
    .max(2_000, 'The link is too long')
    .superRefine((value, ctx) => {
      const problem = value === '' ? null : webUrlProblem(value);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    });

  const storedApplicationSchema = z
    .object({
      id,
      company: z.string().trim().min(1, 'Company is required').max(200, 'Keep the company under 200 characters'),
      role: z.string().trim().min(1, 'Role is required').max(300, 'Keep the role under 300 characters'),
      postingUrl: postingUrlSchema,
      source: z.string().max(200, 'Keep the source under 200 characters'),
      employmentType: z.enum(EMPLOYMENT_TYPES).nullable(),
      term: termSchema,
      locations: z
        .array(
          z.string().trim().min(1, 'A location cannot be empty').max(200, 'Keep each location under 200 characters'),
        )
        .max(50, 'Keep it to 50 locations or fewer'),
      workMode: z.enum(WORK_MODES).nullable(),
      /** The current stage and its phase: always those of the latest history entry. */
      stageId: id,
      phase: z.enum(PHASES),
      // No upper bound: schema 1 had none, and no history may be cut short by the upgrade.
      stageHistory: z.array(stageChangeSchema).min(1, 'The stage history cannot be empty'),
      appliedAt: calendarDateSchema.nullable(),
      deadlines: z.array(deadlineSchema).max(100, 'Keep it to 100 deadlines or fewer'),
      cohorts: z.array(cohortSchema).max(20, 'Keep it to 20 cohorts or fewer'),
      chosenCohortId: z.string().max(100, 'Id is too long').nullable(),
      durationWeeks: z
        .number()
        .positive('Duration is at least one week')
        .max(104, 'Duration is over two years')
        .nullable(),
      pay: paySchema.nullable(),
      offer: offerSchema.nullable(),
      events: z.array(applicationEventSchema).max(100, 'Keep it to 100 events or fewer'),
      followUp: followUpSchema.nullable(),
      contacts: z.array(contactSchema).max(50, 'Keep it to 50 contacts or fewer'),
      notes: z.string().max(100_000, 'Keep the notes under 100,000 characters'),
      /** The job page text the application was created from, kept for reference. */
      postingText: z.string().max(1_000_000, 'Keep the posting text under 1,000,000 characters'),
      tags: z
        .array(z.string().trim().min(1, 'A tag cannot be empty').max(50, 'Keep each tag under 50 characters'))
        .max(50, 'Keep it to 50 tags or fewer'),
      excitement: z
        .number()
        .int()
        .min(1, 'Excitement goes from 1 to 5')
        .max(5, 'Excitement goes from 1 to 5')
        .nullable(),
      sponsorship: z.enum(SPONSORSHIPS),
      referral: referralSchema.nullable(),
      /** Which résumé and cover letter went with it: names or notes, free text. */
      resumeVersion: z.string().max(500, 'Keep this under 500 characters'),
      coverLetter: z.string().max(500, 'Keep this under 500 characters'),
      /** Order within its board column: lower first. */
      boardRank: z.number().finite(),
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
      const latest = app.stageHistory.at(-1);
      if (latest && (latest.stageId !== app.stageId || latest.phase !== app.phase)) {
        ctx.addIssue({
          code: 'custom',
          message: 'The stage does not match the latest history entry',
          path: ['stageId'],
        });
      }
      app.stageHistory.forEach((entry, index) => {
        if (entry.dayOnly && entry.dateUnknown)
          ctx.addIssue({
            code: 'custom',
            message: 'A history entry cannot be both on a known day and of a date not recorded',
            path: ['stageHistory', index, 'dateUnknown'],
          });
      });
      const responseDeadlineId = app.offer?.responseDeadlineId ?? null;
      if (responseDeadlineId !== null && !app.deadlines.some((d) => d.id === responseDeadlineId)) {
        ctx.addIssue({
          code: 'custom',
          message: 'The response deadline is not one of the deadlines',
          path: ['offer', 'responseDeadlineId'],
        });
      }
      for (const [path, items] of [
        [['deadlines'], app.deadlines],
        [['cohorts'], app.cohorts],
        [['events'], app.events],
        [['contacts'], app.contacts],
        [['stageHistory'], app.stageHistory],
        [['offer', 'other'], app.offer?.other ?? []],
      ] as const) {
        const seen = new Set<string>();
        items.forEach((item, index) => {
          if (seen.has(item.id))
            ctx.addIssue({ code: 'custom', message: 'Two entries share one id', path: [...path, index, 'id'] });
          seen.add(item.id);
        });
      }
    });

  const applicationSchema = storedApplicationSchema.superRefine((app, ctx) => {
    for (const { path, message } of outOfBounds(app)) ctx.addIssue({ code: 'custom', path, message, params: BOUND });
  });

  return {
    deadline: deadlineSchema,
    cohort: cohortSchema,
    pay: paySchema,
    contact: contactSchema,
    stageChange: stageChangeSchema,
    event: applicationEventSchema,
    followUp: followUpSchema,
    housing: housingSchema,
    offerPart: offerPartSchema,
    offer: offerSchema,
    referral: referralSchema,
    term: termSchema,
    // Every record checked passes one of these: valid ones are parsed without zod's runtime.
    stored: withQuickParser(storedApplicationSchema),
    application: withQuickParser(applicationSchema),
  };
}

type Schemas = ReturnType<typeof buildSchemas>;
let schemas: Schemas | undefined;
const built = () => (schemas ??= buildSchemas());

export type Deadline = z.infer<Schemas['deadline']>;
export type Cohort = z.infer<Schemas['cohort']>;
export type Pay = z.infer<Schemas['pay']>;
export type Contact = z.infer<Schemas['contact']>;
export type StageChange = z.infer<Schemas['stageChange']>;
export type ApplicationEvent = z.infer<Schemas['event']>;
export type FollowUp = z.infer<Schemas['followUp']>;
export type Housing = z.infer<Schemas['housing']>;
export type OfferPart = z.infer<Schemas['offerPart']>;
export type Offer = z.infer<Schemas['offer']>;

/** An offer in `currency` with nothing recorded yet. */
export function emptyOffer(currency: string): Offer {
  return {
    currency,
    offeredOn: null,
    housing: null,
    relocation: null,
    signOnBonus: null,
    other: [],
    responseDeadlineId: null,
    returnOfferProspects: '',
  };
}

export type Referral = z.infer<Schemas['referral']>;
export type Term = z.infer<Schemas['term']>;

/**
 * What the database may hold: every field of the right type and shape, the record consistent.
 * Records stored before the bounds (LIMITS) existed pass it, so they still load, back up and
 * restore; new input must pass `applicationSchema`.
 */
export const storedApplicationSchema = z.lazy(() => built().stored);
export type Application = z.infer<Schemas['stored']>;

/** What every new or changed record must be: a stored record, with each value within LIMITS. */
export const applicationSchema = z.lazy(() => built().application);

/**
 * The widest values a person could mean. 1e308 pay, 5e-324 weeks or a date in the year 9999
 * are typos or hostile files, and break what is computed from them (pay shown as "$∞", an
 * iCalendar date of +01000001, a reminder in the year 10000).
 */
export const LIMITS = {
  /** Per period, in any currency: a year's pay in Indonesian rupiah or Vietnamese dong fits. */
  amount: 1_000_000_000,
  durationWeeks: { min: 1, max: 104 },
  years: { first: 1970, last: 2200 },
  /** Board ranks are milliseconds since 1970 or between two of them. */
  boardRank: 1e15,
} as const;

const AMOUNT_LIMIT = LIMITS.amount.toLocaleString('en-US');

/** Marks an issue as a bound (rather than a broken record), which a stored value may exceed. */
const BOUND = { bound: true } as const;

/** True for an issue `applicationSchema` raises about a value outside LIMITS. */
export function isBoundIssue(issue: { code: string; params?: unknown }): boolean {
  return issue.code === 'custom' && (issue.params as { bound?: unknown } | undefined)?.bound === true;
}

function yearOf(dateOrInstant: string): number {
  return Number(dateOrInstant.slice(0, 4));
}

/** Control characters, and the invisible ones that make a link read as something else. */
// eslint-disable-next-line no-control-regex -- control characters are what this finds
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u2064\ufeff]/;

export interface BoundIssue {
  path: Array<string | number>;
  message: string;
}

/** The values of a record outside LIMITS, each at the path of its field. */
export function outOfBounds(app: Application): BoundIssue[] {
  const issues: BoundIssue[] = [];
  const outside = (path: Array<string | number>, message: string) => issues.push({ path, message });
  const amount = (path: Array<string | number>, value: number | null | undefined, what: string) => {
    if (value != null && value > LIMITS.amount) outside(path, `${what} above ${AMOUNT_LIMIT} is not a real amount`);
  };
  // Values with a problem of their own (not a date, not a link, zero weeks) get only that message.
  const date = (path: Array<string | number>, value: string | null | undefined) => {
    const year = value == null || !(isCalendarDate(value) || isInstant(value)) ? null : yearOf(value);
    if (year !== null && (year < LIMITS.years.first || year > LIMITS.years.last))
      outside(path, `Expected a date between ${LIMITS.years.first} and ${LIMITS.years.last}`);
  };

  amount(['pay', 'min'], app.pay?.min, 'Pay');
  // A single amount is kept as both ends of the range (an empty "Pay up to" takes "Pay from"):
  // it is one value, said once, where it was written.
  if (app.pay?.max !== app.pay?.min) amount(['pay', 'max'], app.pay?.max, 'Pay');
  if (app.offer) {
    const { housing } = app.offer;
    amount(['offer', 'housing', 'amount'], housing?.type === 'stipend' ? housing.amount : null, 'A stipend');
    amount(['offer', 'relocation'], app.offer.relocation, 'Relocation');
    amount(['offer', 'signOnBonus'], app.offer.signOnBonus, 'A bonus');
    app.offer.other.forEach((part, i) => amount(['offer', 'other', i, 'amount'], part.amount, 'An amount'));
    date(['offer', 'offeredOn'], app.offer.offeredOn);
  }
  if (app.durationWeeks !== null && app.durationWeeks > 0 && app.durationWeeks < LIMITS.durationWeeks.min)
    outside(['durationWeeks'], 'Duration is at least one week');
  if (Math.abs(app.boardRank) > LIMITS.boardRank) outside(['boardRank'], 'The board position is out of range');

  date(['appliedAt'], app.appliedAt);
  app.deadlines.forEach((d, i) => date(['deadlines', i, 'at'], d.at));
  app.cohorts.forEach((c, i) => {
    date(['cohorts', i, 'start'], c.start);
    date(['cohorts', i, 'end'], c.end);
  });
  app.events.forEach((e, i) => date(['events', i, 'start'], e.start));
  date(['followUp', 'on'], app.followUp?.on);
  app.stageHistory.forEach((h, i) => date(['stageHistory', i, 'at'], h.at));
  date(['createdAt'], app.createdAt);
  date(['updatedAt'], app.updatedAt);
  date(['archivedAt'], app.archivedAt);

  if (isWebUrl(app.postingUrl) && INVISIBLE.test(app.postingUrl))
    outside(['postingUrl'], 'The link contains control or invisible characters; paste it again from the address bar');
  app.contacts.forEach((c, i) => {
    if (c.email !== '' && !isEmailAddress(c.email))
      outside(['contacts', i, 'email'], 'Expected one email address like name@example.com');
  });
  return issues;
}

/** An http(s) address with a host; shared/ has no URL class, so this is a strict pattern. */
export function isWebUrl(value: string): boolean {
  return /^https?:\/\/[a-z0-9.-]+\.[a-z]{2,}(:\d{1,5})?([/?#][^\s]*)?$/i.test(value);
}

/** What keeps `value` from being a web address, in words to act on; null when it is one. */
export function webUrlProblem(value: string): string | null {
  if (isWebUrl(value)) return null;
  if (/\s/.test(value)) return 'A web address has no spaces: paste it as the browser’s address bar shows it';
  if (!/^https?:\/\//i.test(value)) return 'Expected a web address starting with https:// or http://';
  // A site's address, not this computer's or the local network's, and no sign-in written into it.
  const site = /^https?:\/\/([^/?#]*)/i.exec(value)![1]!;
  if (site.includes('@'))
    return 'A link with a name or password before the site (name:password@) is not kept: paste the address without it';
  if (site !== '' && !/\.[a-z]{2,}(:\d{1,5})?$/i.test(site))
    return 'Expected the address of a site on the web (like example.com), not of this computer or a local network';
  return 'Expected a web address like https://example.com/jobs/123';
}

/**
 * One plain email address: no display name, no list, no `?subject=` or other query, nothing
 * percent-encoded, so a `mailto:` link built from it can only open an empty message to it.
 */
export function isEmailAddress(value: string): boolean {
  return /^[A-Za-z0-9._'+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63})+$/.test(value) && value.length <= 254;
}
