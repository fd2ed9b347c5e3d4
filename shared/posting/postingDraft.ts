// What the posting parser proposes from a pasted job page: application fields, each with the
// spans of text it came from, so the user can confirm or correct them before saving.
import type { EmploymentType, Pay, Sponsorship, Term, WorkMode } from '../application';
import type { CalendarDate } from '../calendarDate';
import type { DeadlineTime } from './deadlineTime';

/** Half-open character range `[start, end)` in `PostingDraft.text`. */
export interface TextRange {
  start: number;
  end: number;
}

export interface DraftCohort {
  start: CalendarDate;
  end: CalendarDate;
}

export const DRAFT_FIELDS = [
  'source',
  'company',
  'title',
  'locations',
  'workMode',
  'employmentType',
  'pay',
  'durationWeeks',
  'cohorts',
  'deadline',
  'postingUrl',
  'term',
  'sponsorship',
] as const;
export type DraftField = (typeof DRAFT_FIELDS)[number];

/**
 * Where each found field came from. Array fields (locations, cohorts) have one range per item,
 * in the same order. A field taken from the page's structured data (JSON-LD) whose value does
 * not appear in the visible text has no entry.
 */
export type DraftEvidence = Partial<Record<DraftField, TextRange[]>>;

export interface PostingDraft {
  /** The job site the page was copied from (Talent.com, LinkedIn, ...), if the page shows it. */
  source: string | null;
  company: string | null;
  title: string | null;
  /** Cities, as "City, Region" when the region is known ("Palo Alto, CA"). */
  locations: string[];
  workMode: WorkMode | null;
  employmentType: EmploymentType | null;
  pay: Pay | null;
  durationWeeks: number | null;
  cohorts: DraftCohort[];
  /** The application deadline. */
  deadline: CalendarDate | null;
  /** The time of day the deadline is due, where the page writes one beside its date. */
  deadlineTime: DeadlineTime | null;
  postingUrl: string | null;
  /** The term as the page names it ("Summer 2026"), read with parseTerm. */
  term: Term | null;
  /** What the page states about visa sponsorship; null when it says nothing. */
  sponsorship: Exclude<Sponsorship, 'unknown'> | null;
  /** The plain text the evidence ranges index into. */
  text: string;
  evidence: DraftEvidence;
  /** Short remarks for the user: contradictions, values inferred from elsewhere on the page. */
  notes: string[];
}
