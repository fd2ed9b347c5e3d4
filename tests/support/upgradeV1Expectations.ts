// What a schema-1 database becomes in schema 2, said by hand, field by field: the tests that
// open a schema-1 database compare every stored row with this, never with the migration's own
// output. Every schema-1 field has its line in FATE_OF_V1_FIELD, and every schema-2 field is
// either there or in NEW_FIELDS, so a field added to either schema fails these tests until it
// is accounted for.
import type { Application, Phase, Term } from '../../shared/application';
import type { Pipeline, Stage } from '../../shared/pipeline';
import type { ReminderSettings } from '../../shared/reminders/reminderSettings';
import type { Application as ApplicationV1, Priority, Status } from './schemaV1/application';
import type { ReminderSettings as ReminderSettingsV1 } from './schemaV1/reminderSettings';

/** A row as schema 1 stored it: the record and its `dates` index keys. */
export type RowV1 = ApplicationV1 & { dates: number[] };
export type RowV2 = Application & { dates: number[] };
type Row = Record<string, unknown>;

export const STAGE_OF_STATUS: Record<Status, { stageId: string; phase: Phase }> = {
  wishlist: { stageId: 'wishlist', phase: 'saved' },
  applied: { stageId: 'applied', phase: 'applied' },
  assessment: { stageId: 'online-assessment', phase: 'in-process' },
  interviewing: { stageId: 'interviewing', phase: 'in-process' },
  offer: { stageId: 'offer', phase: 'offer' },
  accepted: { stageId: 'accepted', phase: 'accepted' },
  rejected: { stageId: 'rejected', phase: 'closed' },
  withdrawn: { stageId: 'withdrawn', phase: 'closed' },
  declined: { stageId: 'declined', phase: 'closed' },
  ghosted: { stageId: 'ghosted', phase: 'closed' },
};

export const EXCITEMENT_OF_PRIORITY: Record<Priority, number> = { low: 1, normal: 3, high: 5 };

/** Each term text the tests write, as schema 2 holds it: the text stays when it says more. */
export const TERM_OF_TEXT: Record<string, Term> = {
  '': { season: null, year: null, text: '' },
  'Summer 2026': { season: 'summer', year: 2026, text: '' },
  'Fall 2026': { season: 'fall', year: 2026, text: '' },
  'summer 2027': { season: 'summer', year: 2027, text: '' },
  "Summer '27": { season: 'summer', year: 2027, text: '' },
  'Summer ’26': { season: 'summer', year: 2026, text: '' },
  '2027': { season: null, year: 2027, text: '' },
  Winter: { season: 'winter', year: null, text: '' },
  'Autumn 2025': { season: 'fall', year: 2025, text: '' },
  'Spring, 2027': { season: 'spring', year: 2027, text: '' },
  '2026 Summer': { season: 'summer', year: 2026, text: '' },
  '  Summer   2026 ': { season: 'summer', year: 2026, text: '' },
  'Summer/Fall 2026': { season: null, year: 2026, text: 'Summer/Fall 2026' },
  'Co-op term 2': { season: null, year: null, text: 'Co-op term 2' },
  'Jan–Apr 2027 (co-op, 4 months)': { season: null, year: 2027, text: 'Jan–Apr 2027 (co-op, 4 months)' },
  'Summer 2026 or Summer 2027': { season: 'summer', year: null, text: 'Summer 2026 or Summer 2027' },
  'Été 2026 🌞': { season: 'summer', year: 2026, text: 'Été 2026 🌞' },
  'Fall 2026 – 8 months': { season: 'fall', year: 2026, text: 'Fall 2026 – 8 months' },
};

/**
 * Lists whose ids schema 1 let repeat, and their ids in schema 2: the first keeps its id, each
 * later twin gets the first free `-2`, `-3`… (the order and every item stay).
 */
export const IDS_OF_TWINS: Record<string, string[]> = {
  'dup,dup': ['dup', 'dup-2'],
  'c,c,c-2': ['c', 'c-3', 'c-2'],
  'k,k': ['k', 'k-2'],
};

function withIds<T extends { id: string }>(items: readonly T[], field: string, owner: string): T[] {
  const ids = items.map((item) => item.id);
  if (new Set(ids).size === ids.length) return items.map((item) => ({ ...item }));
  const renamed = IDS_OF_TWINS[ids.join(',')];
  if (!renamed) throw new Error(`No expectation written for the twin ${field} ids ${ids.join(',')} of ${owner}`);
  return items.map((item, i) => ({ ...item, id: renamed[i]! }));
}

/** Every schema-1 field and what it is in schema 2. */
export const FATE_OF_V1_FIELD: { [K in keyof RowV1]-?: (row: RowV1) => Partial<RowV2> } = {
  id: (r) => ({ id: r.id }),
  company: (r) => ({ company: r.company }),
  role: (r) => ({ role: r.role }),
  postingUrl: (r) => ({ postingUrl: r.postingUrl }),
  source: (r) => ({ source: r.source }),
  employmentType: (r) => ({ employmentType: r.employmentType }),
  term: (r) => {
    const term = TERM_OF_TEXT[r.term];
    if (!term) throw new Error(`No expectation written for the term ${JSON.stringify(r.term)}`);
    return { term };
  },
  locations: (r) => ({ locations: r.locations }),
  workMode: (r) => ({ workMode: r.workMode }),
  status: (r) => STAGE_OF_STATUS[r.status],
  statusHistory: (r) => ({
    stageHistory: r.statusHistory.map((entry, i) => ({
      id: `v1-${i + 1}`,
      ...STAGE_OF_STATUS[entry.status],
      at: entry.at,
      note: entry.note,
    })),
  }),
  appliedAt: (r) => ({ appliedAt: r.appliedAt }),
  deadlines: (r) => ({ deadlines: withIds(r.deadlines, 'deadline', r.id) }),
  cohorts: (r) => ({ cohorts: withIds(r.cohorts, 'cohort', r.id) }),
  chosenCohortId: (r) => ({ chosenCohortId: r.chosenCohortId }),
  durationWeeks: (r) => ({ durationWeeks: r.durationWeeks }),
  pay: (r) => ({ pay: r.pay }),
  contacts: (r) => ({ contacts: withIds(r.contacts, 'contact', r.id) }),
  notes: (r) => ({ notes: r.notes }),
  postingText: (r) => ({ postingText: r.postingText }),
  tags: (r) => ({ tags: r.tags }),
  priority: (r) => ({ excitement: EXCITEMENT_OF_PRIORITY[r.priority] }),
  // Board columns start in the order the applications were created.
  createdAt: (r) => ({ createdAt: r.createdAt, boardRank: Date.parse(r.createdAt) }),
  updatedAt: (r) => ({ updatedAt: r.updatedAt }),
  archivedAt: (r) => ({ archivedAt: r.archivedAt }),
  // No events or follow-ups yet, so the same due times.
  dates: (r) => ({ dates: r.dates }),
};

/** The schema-2 fields schema 1 did not have, as an upgraded record holds them. */
export const NEW_FIELDS: Pick<
  RowV2,
  'offer' | 'events' | 'followUp' | 'sponsorship' | 'referral' | 'resumeVersion' | 'coverLetter'
> = {
  offer: null,
  events: [],
  followUp: null,
  sponsorship: 'unknown',
  referral: null,
  resumeVersion: '',
  coverLetter: '',
};

/** Every field of a stored schema-2 row, in order. */
export const FIELDS_OF_V2_ROW = [
  'appliedAt',
  'archivedAt',
  'boardRank',
  'chosenCohortId',
  'cohorts',
  'company',
  'contacts',
  'coverLetter',
  'createdAt',
  'dates',
  'deadlines',
  'durationWeeks',
  'employmentType',
  'events',
  'excitement',
  'followUp',
  'id',
  'locations',
  'notes',
  'offer',
  'pay',
  'phase',
  'postingText',
  'postingUrl',
  'referral',
  'resumeVersion',
  'role',
  'source',
  'sponsorship',
  'stageHistory',
  'stageId',
  'tags',
  'term',
  'updatedAt',
  'workMode',
];

/** A schema-1 row as schema 2 should hold it; throws when a field has no stated fate. */
export function expectedRowV2(row: RowV1): RowV2 {
  const unaccounted = Object.keys(row).filter((key) => !(key in FATE_OF_V1_FIELD));
  if (unaccounted.length > 0) throw new Error(`Schema-1 fields with no stated fate: ${unaccounted.join(', ')}`);
  return Object.assign(
    { ...NEW_FIELDS },
    ...Object.values(FATE_OF_V1_FIELD).map((fate: (row: RowV1) => Partial<RowV2>) => fate(row)),
  ) as RowV2;
}

const stage = (id: string, name: string, phase: Phase, color: Stage['color']): Stage => ({
  id,
  name,
  phase,
  color,
  removed: false,
});

/** The pipeline an upgraded database starts with; "Interviewing" only when some history used it. */
export function expectedPipeline(interviewingUsed: boolean): Pipeline {
  return {
    stages: [
      stage('wishlist', 'Wishlist', 'saved', 'gray'),
      stage('applied', 'Applied', 'applied', 'blue'),
      stage('online-assessment', 'Online assessment', 'in-process', 'teal'),
      ...(interviewingUsed ? [stage('interviewing', 'Interviewing', 'in-process', 'teal')] : []),
      stage('phone-screen', 'Phone screen', 'in-process', 'teal'),
      stage('technical-interview', 'Technical interview', 'in-process', 'purple'),
      stage('final-round', 'Final round', 'in-process', 'purple'),
      stage('offer', 'Offer', 'offer', 'amber'),
      stage('accepted', 'Accepted', 'accepted', 'green'),
      stage('rejected', 'Rejected', 'closed', 'red'),
      stage('withdrawn', 'Withdrawn', 'closed', 'gray'),
      stage('declined', 'Declined', 'closed', 'orange'),
      stage('ghosted', 'Ghosted', 'closed', 'gray'),
    ],
  };
}

/** Schema-1 reminder settings in schema 2: every value kept, the new parts at their first defaults. */
export function expectedReminderSettings(v1: ReminderSettingsV1): ReminderSettings {
  return {
    ...v1,
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

/** Deep equality of stored values: the same keys (none missing, none extra) and the same leaves. */
function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  return (
    keysA.length === keysB.length &&
    keysA.every((key) => Object.hasOwn(b, key) && sameValue((a as Row)[key], (b as Row)[key]))
  );
}

const shown = (value: unknown) => {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
};

/**
 * Every difference between the stored rows and what schema 2 should hold for each schema-1 row,
 * one line per record and field ("<id>: <field>: expected …, stored …"); none when all is kept.
 * Missing and extra records and fields count too.
 */
export function upgradeMismatches(rowsV1: readonly RowV1[], stored: readonly Row[]): string[] {
  const problems: string[] = [];
  const byId = new Map(stored.map((row) => [row.id, row]));
  const idsV1 = new Set<unknown>(rowsV1.map((row) => row.id));
  for (const id of byId.keys()) {
    if (!idsV1.has(id)) problems.push(`${String(id)}: a record schema 1 did not have`);
  }
  for (const rowV1 of rowsV1) {
    const row = byId.get(rowV1.id);
    if (!row) {
      problems.push(`${rowV1.id}: missing`);
      continue;
    }
    const expected = expectedRowV2(rowV1) as unknown as Row;
    const extra = Object.keys(row).filter((field) => !FIELDS_OF_V2_ROW.includes(field));
    if (extra.length > 0) problems.push(`${rowV1.id}: fields schema 2 does not have: ${extra.join(', ')}`);
    for (const field of FIELDS_OF_V2_ROW) {
      if (!Object.hasOwn(row, field)) problems.push(`${rowV1.id}: ${field}: missing`);
      else if (!sameValue(row[field], expected[field]))
        problems.push(`${rowV1.id}: ${field}: expected ${shown(expected[field])}, stored ${shown(row[field])}`);
    }
  }
  return problems;
}
