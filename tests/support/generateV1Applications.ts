// Schema-1 applications in bulk for the upgrade tests, built by the frozen schema-1 code
// (newApplication, withStatusChange) the way that version built them. The same data every run,
// and every schema-1 field in use across the set: every status and priority, back-dated and
// same-moment history entries with notes, archived and done ones, odd terms, deadlines with and
// without a time, chosen cohorts, pay of every period (ranges, open ends, none), contacts, tags,
// posting text, accents and emoji. A few records carry the twin ids schema 1 allowed in a list.
import type {
  Application as ApplicationV1,
  Cohort,
  Contact,
  Deadline,
  DeadlineKind,
  EmploymentType,
  Pay,
  Priority,
  Status,
  WorkMode,
} from './schemaV1/application';
import { newApplication } from './schemaV1/newApplication';
import type { ReminderSettings } from './schemaV1/reminderSettings';
import type { Theme } from './schemaV1/settings';
import { withStatusChange } from './schemaV1/status';

export type { ApplicationV1 };

/** The settings a schema-1 user had set: a theme, and reminders changed from every default. */
export interface SettingsV1 {
  theme: Theme;
  reminders: ReminderSettings;
}

export const SETTINGS_V1: SettingsV1 = {
  theme: 'dark',
  reminders: {
    cohortStarts: { enabled: false, daysBefore: [21, 7, 0] },
    deadlines: {
      enabled: true,
      leadTimes: [
        { amount: 2, unit: 'days' },
        { amount: 6, unit: 'hours' },
      ],
    },
    remindAt: '07:30',
    quietHours: { enabled: false, start: '23:00', end: '06:45' },
  },
};

/** Every term text the set uses; the tests say by hand what schema 2 reads in each. */
export const TERMS_V1 = [
  'Summer 2026',
  'Fall 2026',
  '',
  'summer 2027',
  "Summer '27",
  'Summer ’26',
  '2027',
  'Winter',
  'Autumn 2025',
  'Spring, 2027',
  '2026 Summer',
  '  Summer   2026 ',
  'Summer/Fall 2026',
  'Co-op term 2',
  'Jan–Apr 2027 (co-op, 4 months)',
  'Summer 2026 or Summer 2027',
  'Été 2026 🌞',
  'Fall 2026 – 8 months',
] as const;

const COMPANIES = [
  'Pinterest',
  'Stripe',
  'Nestlé',
  'Société Générale',
  'Zürich Versicherung',
  'Mercari 株式会社',
  'Café ☕ Labs',
  'Rocket 🚀 Robotics',
  "O'Reilly Media",
  'Ørsted',
  'Figma',
  'Datadog',
  'Shopify',
  'Jane Street',
  'Señor Frog’s Analytics',
  'Ramp',
  'Duolingo',
];
const ROLES = [
  'Software Engineering Intern',
  "Master's Machine Learning Internship 2026 (USA)",
  'Stagiaire ingénieur·e logiciel',
  'Data Science Intern — Ads',
  'Product Design Intern 🎨',
  'Quant Research Intern',
  'Werkstudent (m/w/d) Backend',
];
const URLS = [
  '',
  'https://www.pinterest.com/careers/jobs/5678?gh_src=abc#apply',
  'http://careers.nestle.com/job/12345',
  'https://jobs.example.co.uk/listing/ml-intern',
];
const SOURCES = ['', 'LinkedIn', 'Referral', 'Handshake', 'Talent.com', 'Career fair — Fall 2025'];
const EMPLOYMENT_TYPES: (EmploymentType | null)[] = ['internship', 'co-op', 'part-time', 'full-time', null];
const WORK_MODES: (WorkMode | null)[] = ['onsite', 'hybrid', 'remote', null];
const CITIES = ['San Francisco, CA', 'New York, NY', 'Zürich, Switzerland', 'Montréal, QC', 'São Paulo', 'Remote'];
const TAGS = ['ml', 'backend', 'dream', 'visa-ok', 'café', '⭐ top', 'fintech'];
const NOTES = [
  '',
  'Referral from Dana.',
  'Recruiter said “soon” 🤞\nFollow up on Friday.',
  'Entretien en français — préparer la présentation.',
  'Line one\r\nLine two\twith a tab',
];
const HISTORY_NOTES = ['', 'Applied on the careers site', 'HackerRank link by email 📧', 'Deux entretiens', 'No reply'];
const DEADLINE_KINDS: DeadlineKind[] = ['application', 'assessment', 'interview', 'offer-response', 'other'];
const DEADLINE_LABELS = ['', 'HackerRank, 90 minutes', 'Panel — room “Ågård”', 'Sign by Friday ✍️'];
const PRIORITIES: Priority[] = ['low', 'normal', 'high'];
const DURATIONS = [null, 12, 10.5, 104, 0.5, 16, 24];
const PAYS: (Pay | null)[] = [
  null,
  { min: 11000, max: 11000, currency: 'USD', period: 'month', raw: '$11,000 monthly' },
  { min: 55, max: 62.5, currency: 'USD', period: 'hour', raw: '$55–$62.50/hr' },
  { min: null, max: 90000, currency: 'CAD', period: 'year', raw: 'up to C$90k' },
  { min: 40000, max: null, currency: 'EUR', period: 'year', raw: 'ab 40.000 € / Jahr' },
  { min: null, max: null, currency: 'CHF', period: null, raw: 'Competitive' },
  { min: 30000, max: 30000, currency: 'USD', period: 'total', raw: '$30k for the summer' },
  { min: 1200, max: 1500, currency: 'GBP', period: 'week', raw: '£1,200–£1,500 per week' },
  { min: 0, max: 0, currency: 'INR', period: 'month', raw: 'Unpaid' },
  { min: 250000, max: 300000, currency: 'JPY', period: 'month', raw: '月給25万〜30万円' },
  { min: 45.5, max: null, currency: 'USD', period: 'hour', raw: '' },
];

/** Status paths, each ending in the status the application is in; together they use all ten. */
const PATHS: Status[][] = [
  ['wishlist'],
  ['applied'],
  ['wishlist', 'applied'],
  ['applied', 'assessment'],
  ['wishlist', 'applied', 'assessment', 'interviewing'],
  ['applied', 'interviewing', 'offer'],
  ['applied', 'assessment', 'interviewing', 'offer', 'accepted'],
  ['applied', 'rejected'],
  ['wishlist', 'withdrawn'],
  ['applied', 'interviewing', 'offer', 'declined'],
  ['applied', 'ghosted'],
  ['wishlist', 'applied', 'assessment', 'interviewing', 'interviewing', 'rejected'],
  ['applied', 'assessment', 'applied', 'interviewing', 'assessment', 'interviewing', 'offer', 'offer', 'accepted'],
];

/** Offsets the instants are written in, minutes east of UTC (Z among them). */
const OFFSETS = [-480, -420, 0, 60, 330, -300, 540];

/**
 * Lists with twin ids, as schema 1 allowed, and the ids a few records use for them. The ids
 * are chosen to collide with a later suffix too (`c`, `c`, `c-2`).
 */
export const TWIN_IDS = {
  deadlines: ['dup', 'dup'],
  contacts: ['c', 'c', 'c-2'],
  cohorts: ['k', 'k'],
} as const;

const DAY = 86_400_000;
const START = Date.parse('2024-08-01T16:00:00Z');

/** A small fast PRNG so every run generates the same data. */
function mulberry32(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** An ISO instant at `ms` written in the offset, with or without seconds or milliseconds. */
function instant(ms: number, offsetMinutes: number, style: 'seconds' | 'minutes' | 'millis'): string {
  const wall = new Date(ms + offsetMinutes * 60_000);
  const date = `${wall.getUTCFullYear()}-${pad(wall.getUTCMonth() + 1)}-${pad(wall.getUTCDate())}`;
  let time = `${pad(wall.getUTCHours())}:${pad(wall.getUTCMinutes())}`;
  if (style !== 'minutes') time += `:${pad(wall.getUTCSeconds())}`;
  if (style === 'millis') time += `.${pad(wall.getUTCMilliseconds(), 3)}`;
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  const zone = offsetMinutes === 0 ? 'Z' : `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
  return `${date}T${time}${zone}`;
}

/** The calendar date (UTC) of a moment: generated dates need no time zone. */
function calendarDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function uuid(random: () => number): string {
  const hex = (n: number) => Array.from({ length: n }, () => Math.floor(random() * 16).toString(16)).join('');
  return `${hex(8)}-${hex(4)}-4${hex(3)}-${'89ab'[Math.floor(random() * 4)]}${hex(3)}-${hex(12)}`;
}

export function generateV1Applications(count: number, seed = 7): ApplicationV1[] {
  const random = mulberry32(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  /** `n` different items of the list, in a shuffled order. */
  const some = <T>(list: readonly T[], n: number): T[] => {
    const shuffled = [...list];
    for (let k = shuffled.length - 1; k > 0; k--) {
      const j = Math.floor(random() * (k + 1));
      [shuffled[k], shuffled[j]] = [shuffled[j]!, shuffled[k]!];
    }
    return shuffled.slice(0, n);
  };

  return Array.from({ length: count }, (_, i) => {
    const offset = OFFSETS[i % OFFSETS.length]!;
    const style = (['seconds', 'minutes', 'millis'] as const)[i % 3]!;
    const created = START + i * 13 * 3_600_000 + Math.floor(random() * 3_600_000);
    const path = PATHS[i % PATHS.length]!;
    const twins = i % 97 === 13;

    const deadlines: Deadline[] = twins
      ? TWIN_IDS.deadlines.map((id, k) => ({
          id,
          kind: 'other',
          at: calendarDate(created + (k + 3) * DAY),
          label: `Twin ${k}`,
          done: k > 0,
        }))
      : Array.from({ length: i % 5 }, (_, k) => {
          const due = created + (5 + Math.floor(random() * 200)) * DAY;
          return {
            id: k === 0 && i % 2 === 0 ? uuid(random) : `d-${k}`,
            kind: DEADLINE_KINDS[(i + k) % DEADLINE_KINDS.length]!,
            at: (i + k) % 2 === 0 ? calendarDate(due) : instant(due, pick(OFFSETS), style),
            label: DEADLINE_LABELS[(i + k) % DEADLINE_LABELS.length]!,
            done: random() < 0.35,
          };
        });

    const cohortIds = twins ? [...TWIN_IDS.cohorts] : Array.from({ length: (i * 3) % 4 }, (_, k) => `cohort-${k}`);
    const cohorts: Cohort[] = cohortIds.map((id, k) => {
      const start = created + (60 + k * 28 + Math.floor(random() * 120)) * DAY;
      // Now and then a one-day cohort: it ends the day it starts.
      const weeks = (i + k) % 9 === 0 ? 0 : 10 + Math.floor(random() * 6);
      return {
        id,
        start: calendarDate(start),
        end: calendarDate(start + weeks * 7 * DAY),
        label: k === 1 ? 'June cohort' : '',
      };
    });
    const chosenCohortId = cohorts.length > 0 && (i % 3 === 0 || twins) ? pick(cohorts).id : null;

    const contactIds = twins
      ? [...TWIN_IDS.contacts]
      : Array.from({ length: i % 4 === 3 ? 2 : i % 4 === 1 ? 1 : 0 }, () => uuid(random));
    const contacts: Contact[] = contactIds.map((id, k) => ({
      id,
      name: ['Dana Whitfield', 'Zoë Ångström 🙂', 'Jürgen Müller'][k % 3]!,
      role: k === 0 ? 'Recruiter' : '',
      email: k === 0 ? 'dana@example.com' : '',
      phone: k === 1 ? '+41 44 123 45 67' : '',
      notes: k === 0 ? 'Prefers email — “no calls”' : '',
    }));

    let notes = NOTES[i % NOTES.length]!;
    if (i === 500) notes = 'Long notes ✍️ '.repeat(2_000);
    let postingText =
      i % 10 === 4 ? `About the role\n${pick(ROLES)} at ${pick(COMPANIES)}…\nPay: ${pick(PAYS)?.raw ?? '—'}` : '';
    if (i === 501) postingText = 'Posting text with “quotes”, naïve café and 🚀.\n'.repeat(6_000);

    const createdAt = instant(created, offset, style);
    let app = newApplication(
      {
        company: COMPANIES[i % COMPANIES.length]!,
        role: ROLES[(i * 5) % ROLES.length]!,
        postingUrl: URLS[i % URLS.length]!,
        source: SOURCES[i % SOURCES.length]!,
        employmentType: EMPLOYMENT_TYPES[i % EMPLOYMENT_TYPES.length]!,
        term: TERMS_V1[i % TERMS_V1.length]!,
        locations: some(CITIES, i % 4),
        workMode: WORK_MODES[(i >> 1) % WORK_MODES.length]!,
        // Some applied dates were set by hand, without an "applied" entry.
        appliedAt: !path.includes('applied') && i % 5 === 0 ? calendarDate(created + 2 * DAY) : null,
        deadlines,
        cohorts,
        chosenCohortId,
        durationWeeks: DURATIONS[i % DURATIONS.length]!,
        pay: PAYS[i % PAYS.length]!,
        contacts,
        notes,
        postingText,
        tags: some(TAGS, (i * 7) % 5),
        priority: PRIORITIES[(i >> 2) % PRIORITIES.length]!,
      },
      { id: uuid(random), now: createdAt, status: path[0]!, note: HISTORY_NOTES[i % HISTORY_NOTES.length]! },
    );

    let at = created;
    for (const [k, status] of path.slice(1).entries()) {
      // Every eleventh application records one change at the very moment of the one before.
      if (!(i % 11 === 5 && k === 0)) at += (1 + Math.floor(random() * 20)) * DAY + Math.floor(random() * 3_600_000);
      const stamp = instant(at, pick(OFFSETS), style);
      app = withStatusChange(
        app,
        { status, at: stamp, note: HISTORY_NOTES[(i + k + 1) % HISTORY_NOTES.length]! },
        stamp,
      );
    }
    // A change logged late: back-dated between the first entry and the latest, filed in its place.
    const first = Date.parse(app.statusHistory[0]!.at);
    const latest = Date.parse(app.statusHistory.at(-1)!.at);
    if (i % 7 === 3 && latest - first > DAY) {
      const loggedAt = instant(latest + DAY, offset, 'seconds');
      const back = instant(first + Math.floor((latest - first) / 2), offset, 'seconds');
      app = withStatusChange(
        app,
        { status: 'assessment', at: back, note: 'Logged late: the OA was that week' },
        loggedAt,
      );
    }
    // An edit after the last change, then archived (schema 1 set updatedAt with archivedAt).
    if (i % 4 === 2) app = { ...app, updatedAt: instant(Math.max(at, created) + 2 * DAY, offset, style) };
    if (i % 8 === 0) {
      const archivedAt = instant(Math.max(at, created) + 3 * DAY + 7_000, -480, 'seconds');
      app = { ...app, archivedAt, updatedAt: archivedAt };
    }
    return app;
  });
}
