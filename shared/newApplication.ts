// Builds a complete, valid Application from the fields a user (or an importer) provides.
import type { Application } from './application';
import type { CalendarDate } from './calendarDate';
import { dayOnlyTime, type EntryTime } from './entryTime';
import { withDeadlinesMetByMove } from './deadlinesMetByStage';
import type { Stage } from './pipeline';
import { EMPTY_TERM } from './term';

/** Every field a person fills in; the rest (ids, history, rank, timestamps) is derived. */
export type ApplicationFields = Omit<
  Application,
  'id' | 'stageId' | 'phase' | 'stageHistory' | 'boardRank' | 'createdAt' | 'updatedAt' | 'archivedAt'
>;

export const EMPTY_FIELDS: ApplicationFields = {
  company: '',
  role: '',
  postingUrl: '',
  source: '',
  employmentType: 'internship',
  term: EMPTY_TERM,
  locations: [],
  workMode: null,
  appliedAt: null,
  deadlines: [],
  cohorts: [],
  chosenCohortId: null,
  durationWeeks: null,
  pay: null,
  offer: null,
  events: [],
  followUp: null,
  contacts: [],
  notes: '',
  postingText: '',
  tags: [],
  excitement: null,
  sponsorship: 'unknown',
  referral: null,
  resumeVersion: '',
  coverLetter: '',
};

/** The stage every default pipeline starts with; callers with the user's pipeline pass its own. */
export const WISHLIST: Pick<Stage, 'id' | 'phase'> = { id: 'wishlist', phase: 'saved' };

/** The id of the history entry a new application starts with (ids are unique per application). */
export const CREATED_ENTRY_ID = 'created';

export interface NewApplicationOptions {
  id: string;
  /** ISO instant: creation time, and the first history entry's unless added as applied on an earlier day. */
  now: string;
  stage?: Pick<Stage, 'id' | 'phase'>;
  note?: string;
}

/**
 * When the history says an application applied on `appliedAt` reached its applied stage: an
 * earlier day, known without its time (at noon, so that what is recorded after that day comes
 * after it); `now` for today.
 */
export function appliedEntryAt(appliedAt: CalendarDate, now: string): EntryTime {
  return appliedAt < now.slice(0, 10) ? dayOnlyTime(appliedAt) : { at: now };
}

export function newApplication(fields: Partial<ApplicationFields>, options: NewApplicationOptions): Application {
  const stage = options.stage ?? WISHLIST;
  const today = options.now.slice(0, 10);
  const appliedAt = fields.appliedAt ?? (stage.phase === 'applied' ? today : null);
  const time =
    stage.phase === 'applied' && appliedAt !== null ? appliedEntryAt(appliedAt, options.now) : { at: options.now };
  const deadlines = fields.deadlines ?? [];
  return {
    ...EMPTY_FIELDS,
    ...fields,
    // Added as sent, or with its offer accepted: the deadlines to apply, or to answer, are met.
    deadlines: withDeadlinesMetByMove(deadlines, 'saved', stage.phase),
    appliedAt,
    id: options.id,
    stageId: stage.id,
    phase: stage.phase,
    stageHistory: [{ id: CREATED_ENTRY_ID, stageId: stage.id, phase: stage.phase, ...time, note: options.note ?? '' }],
    // New applications go to the end of their column: ranks grow with time.
    boardRank: Date.parse(options.now),
    createdAt: options.now,
    updatedAt: options.now,
    archivedAt: null,
  };
}
