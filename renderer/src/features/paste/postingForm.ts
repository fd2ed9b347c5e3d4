// A parsed posting as the editor's form, and which part of the form each piece of evidence
// belongs to. Only what the page states is filled in: absent facts stay empty.
import { format } from 'date-fns';
import { toCalendarDate } from '@shared/calendarDate';
import { isUnpaid, UNPAID } from '@shared/money/unpaid';
import { deadlineInstant } from '@shared/posting/deadlineTime';
import type { DraftField, PostingDraft } from '@shared/posting/postingDraft';
import type { Term } from '@shared/application';
import { splitTrailingTerm, termLabel } from '@shared/term';
import type { AnnotatedPart } from '../editor/ApplicationFormSections';
import { draftFromApplication, type EditorDraft } from '../editor/editorDraft';
import { deadlineWithoutYear } from './noteFields';

export interface PostingForm {
  draft: EditorDraft;
  /** Which of the posting's cohorts each proposed cohort row holds, by row id. */
  cohortIndex: Readonly<Record<string, number>>;
  /** The proposed application-deadline row, when the posting states a deadline. */
  deadlineId: string | null;
}

const text = (value: number | null) => (value === null ? '' : String(value));

/** `payCurrency`: the currency a new application's pay is proposed in, for a page that states none. */
export function formFromPosting(
  posting: PostingDraft,
  payCurrency: string,
  newId: () => string = () => crypto.randomUUID(),
): PostingForm {
  const cohorts = posting.cohorts.map((c) => ({ id: newId(), start: c.start, end: c.end, label: '' }));
  const deadlineId = posting.deadline === null ? null : newId();
  const pay = posting.pay;
  const yearless = posting.deadline === null ? deadlineWithoutYear(posting.notes) : null;
  const draft: EditorDraft = {
    ...draftFromApplication(null, payCurrency),
    company: posting.company ?? '',
    role: roleOf(posting.title ?? '', posting.term),
    term: posting.term === null ? '' : termLabel(posting.term),
    employmentType: posting.employmentType ?? '',
    workMode: posting.workMode ?? '',
    locations: posting.locations.join('\n'),
    postingUrl: posting.postingUrl ?? '',
    source: posting.source ?? '',
    durationWeeks: text(posting.durationWeeks),
    // An unpaid role's pay as the editor shows it.
    payMin: pay && isUnpaid(pay) ? UNPAID : text(pay?.min ?? null),
    // A single amount is written once, as the editor asks.
    payMax: pay && pay.max !== pay.min ? text(pay.max) : '',
    payCurrency: pay?.currency ?? payCurrency,
    payPeriod: pay?.period ?? '',
    payRaw: pay?.raw ?? '',
    payHours: text(pay?.hoursPerWeek ?? null),
    cohorts,
    chosenCohortId: null,
    deadlines:
      deadlineId === null
        ? []
        : [{ id: deadlineId, kind: 'application', ...deadlineWhen(posting), label: '', done: false }],
    // A page that says nothing about sponsorship leaves it unknown, as a new application has it.
    sponsorship: posting.sponsorship ?? 'unknown',
    // A deadline the page gives without its year cannot be a date, but it is not thrown away:
    // the notes keep it, where the student sees it and can add it with the year they know.
    notes: yearless === null ? '' : `Deadline on the posting, without a year: “${yearless}”`,
  };
  return {
    draft,
    cohortIndex: Object.fromEntries(cohorts.map((c, i) => [c.id, i])),
    deadlineId,
  };
}

/**
 * The proposed deadline's day and time on the user's clock: a time in a zone the page names is
 * moved into the user's own ("11:59 PM PT" is 08:59 the next day in Berlin); one without a zone
 * is taken as the user's time.
 */
export function deadlineWhen(posting: PostingDraft): { date: string; time: string } {
  const date = posting.deadline!;
  const time = posting.deadlineTime;
  if (time === null) return { date, time: '' };
  const instant = deadlineInstant(date, time);
  return instant === null
    ? { date, time: time.time }
    : { date: toCalendarDate(instant), time: format(instant, 'HH:mm') };
}

/**
 * The title without a term at its end that the Term field holds ("Data Intern, Summer 2027"
 * becomes "Data Intern"), so the table does not say it twice. Another term stays in the title,
 * and so does one saying more than the Term field ("Jan 2027" where it holds "2027").
 */
function roleOf(title: string, term: Term | null): string {
  const split = splitTrailingTerm(title);
  if (term === null || split === null || split.before.trim() === '') return title;
  const written = split.term;
  const held =
    written.text === ''
      ? written.year === term.year && (written.season === null || written.season === term.season)
      : termLabel(written).toLowerCase() === termLabel(term).toLowerCase();
  return held ? split.before : title;
}

/** The posting's evidence for a part of the form: all of a field's spans, or one item's. */
export interface EvidenceTarget {
  field: DraftField;
  /** The item (cohort) the part holds; null for every span of the field. */
  index: number | null;
}

const FIELD_OF_PART = new Map<string, DraftField>([
  ['company', 'company'],
  ['role', 'title'],
  ['employmentType', 'employmentType'],
  ['workMode', 'workMode'],
  ['locations', 'locations'],
  ['pay', 'pay'],
  ['durationWeeks', 'durationWeeks'],
  ['cohorts', 'cohorts'],
  ['deadlines', 'deadline'],
  ['postingUrl', 'postingUrl'],
  ['source', 'source'],
  ['term', 'term'],
  ['sponsorship', 'sponsorship'],
] satisfies Array<[AnnotatedPart, DraftField]>);

/** `part` names an AnnotatedPart (as the form's `data-annotation` says); anything else has none. */
export function evidenceTarget(part: string, form: PostingForm): EvidenceTarget | null {
  const field = FIELD_OF_PART.get(part);
  if (field) return { field, index: null };
  if (part.startsWith('cohort:')) {
    const index = form.cohortIndex[part.slice('cohort:'.length)];
    return index === undefined ? null : { field: 'cohorts', index };
  }
  if (part.startsWith('deadline:')) {
    return part.slice('deadline:'.length) === form.deadlineId ? { field: 'deadline', index: 0 } : null;
  }
  return null;
}
