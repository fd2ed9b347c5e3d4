// The editor's form state and its conversion to and from an Application. Inputs hold text;
// turning text into numbers and dates happens here, with messages for what does not convert.
import { format, parse, parseISO } from 'date-fns';
import type { Application, Contact, DeadlineKind, EmploymentType, PayPeriod, WorkMode } from '@shared/application';
import { isCalendarDate, toCalendarDate, toInstant } from '@shared/calendarDate';
import { EMPTY_FIELDS, newApplication, type ApplicationFields } from '@shared/newApplication';
import { parseTerm, termLabel } from '@shared/term';
import { validateApplication, type FieldIssue } from '@shared/validateApplication';

export interface DeadlineDraft {
  id: string;
  kind: DeadlineKind;
  date: string;
  /** Empty for a deadline due by the end of the day. */
  time: string;
  label: string;
  done: boolean;
}

export interface CohortDraft {
  id: string;
  start: string;
  end: string;
  label: string;
}

export interface EditorDraft {
  company: string;
  role: string;
  /** The stage a new application starts in (an existing one moves through its history instead). */
  stageId: string;
  /** The term as written ("Summer 2026"); read into season and year on save. */
  term: string;
  employmentType: EmploymentType | '';
  workMode: WorkMode | '';
  locations: string;
  postingUrl: string;
  source: string;
  appliedAt: string;
  durationWeeks: string;
  payMin: string;
  payMax: string;
  payCurrency: string;
  payPeriod: PayPeriod | '';
  payRaw: string;
  cohorts: CohortDraft[];
  chosenCohortId: string | null;
  deadlines: DeadlineDraft[];
  contacts: Contact[];
  tags: string;
  /** '' for not rated, else '1'–'5'. */
  excitement: string;
  notes: string;
}

const text = (value: number | null | undefined) => (value === null || value === undefined ? '' : String(value));

export function draftFromApplication(app: Application | null): EditorDraft {
  const source = app ?? newApplication(EMPTY_FIELDS, { id: '', now: toInstant(new Date()) });
  return {
    company: source.company,
    role: source.role,
    stageId: source.stageId,
    term: termLabel(source.term),
    employmentType: source.employmentType ?? '',
    workMode: source.workMode ?? '',
    locations: source.locations.join('\n'),
    postingUrl: source.postingUrl,
    source: source.source,
    appliedAt: source.appliedAt ?? '',
    durationWeeks: text(source.durationWeeks),
    payMin: text(source.pay?.min),
    payMax: text(source.pay?.max),
    payCurrency: source.pay?.currency ?? 'USD',
    payPeriod: source.pay?.period ?? '',
    payRaw: source.pay?.raw ?? '',
    cohorts: source.cohorts.map((c) => ({ ...c })),
    chosenCohortId: source.chosenCohortId,
    deadlines: source.deadlines.map((d) => ({
      id: d.id,
      kind: d.kind,
      date: isCalendarDate(d.at) ? d.at : toCalendarDate(parseISO(d.at)),
      time: isCalendarDate(d.at) ? '' : format(parseISO(d.at), 'HH:mm'),
      label: d.label,
      done: d.done,
    })),
    contacts: source.contacts.map((c) => ({ ...c })),
    tags: source.tags.join(', '),
    excitement: source.excitement === null ? '' : String(source.excitement),
    notes: source.notes,
  };
}

/** "11,000" and "11000" both read as 11000; anything else is not a number. */
function parseAmount(value: string): number | null | 'invalid' {
  const cleaned = value.replace(/[,\s]/g, '');
  if (cleaned === '') return null;
  const amount = Number(cleaned);
  return Number.isFinite(amount) ? amount : 'invalid';
}

function splitList(value: string, separator: RegExp): string[] {
  return [
    ...new Set(
      value
        .split(separator)
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  ];
}

/** A contact row that is kept: one left empty (no name, email or phone) is dropped. */
export function isFilledIn(contact: Pick<Contact, 'name' | 'email' | 'phone'>): boolean {
  return contact.name.trim() !== '' || contact.email.trim() !== '' || contact.phone !== '';
}

export interface DraftConversion {
  candidate: Application;
  /** Inputs that are not even the right kind of value (text where a number belongs). */
  issues: FieldIssue[];
}

/**
 * Builds the record the draft describes on top of `base` (the stored record, or a new one).
 * The result still has to pass validation.
 */
export function applicationFromDraft(draft: EditorDraft, base: Application): DraftConversion {
  const issues: FieldIssue[] = [];
  const amount = (value: string, path: string, label: string, example: string) => {
    const parsed = parseAmount(value);
    if (parsed !== 'invalid') return parsed;
    issues.push({ path, message: `${label}: enter a number like ${example} (got '${value}')` });
    return null;
  };

  const payMin = amount(draft.payMin, 'pay.min', 'Pay from', '11000');
  const payMax = amount(draft.payMax, 'pay.max', 'Pay up to', '11000');
  const durationWeeks = amount(draft.durationWeeks, 'durationWeeks', 'Duration', '12');
  const hasPay = payMin !== null || payMax !== null || draft.payRaw.trim() !== '';

  const deadlines = draft.deadlines.map((d) => {
    let at = d.date;
    if (d.time && isCalendarDate(d.date)) {
      at = toInstant(parse(`${d.date} ${d.time}`, 'yyyy-MM-dd HH:mm', new Date()));
    }
    return { id: d.id, kind: d.kind, at, label: d.label.trim(), done: d.done };
  });

  const candidate: Application = {
    ...base,
    company: draft.company.trim(),
    role: draft.role.trim(),
    term: parseTerm(draft.term),
    employmentType: draft.employmentType || null,
    workMode: draft.workMode || null,
    locations: splitList(draft.locations, /[\n;]/),
    postingUrl: draft.postingUrl.trim(),
    source: draft.source.trim(),
    appliedAt: draft.appliedAt || null,
    durationWeeks,
    pay: hasPay
      ? {
          min: payMin,
          max: payMax ?? payMin,
          currency: draft.payCurrency.trim().toUpperCase(),
          period: draft.payPeriod || null,
          raw: draft.payRaw.trim(),
        }
      : null,
    cohorts: draft.cohorts.map((c) => ({ ...c, label: c.label.trim() })),
    chosenCohortId: draft.cohorts.some((c) => c.id === draft.chosenCohortId) ? draft.chosenCohortId : null,
    deadlines,
    contacts: draft.contacts.filter(isFilledIn).map((c) => ({ ...c, name: c.name.trim(), email: c.email.trim() })),
    tags: splitList(draft.tags, /,/),
    excitement: draft.excitement === '' ? null : Number(draft.excitement),
    notes: draft.notes,
  };
  return { candidate, issues };
}

/** The record the draft describes with every problem in it: inputs that do not convert, then validation. */
export function checkDraft(draft: EditorDraft, base: Application): DraftConversion {
  const { candidate, issues } = applicationFromDraft(draft, base);
  const validation = validateApplication(candidate);
  return { candidate, issues: [...issues, ...(validation.ok ? [] : validation.issues)] };
}

/**
 * The message for a field: an issue at its path, or inside it (a tag's issue is at `tags.3`, and
 * is shown on the Tags field).
 */
export function issueAt(issues: readonly FieldIssue[], path: string): string | undefined {
  return issues.find((issue) => issue.path === path || issue.path.startsWith(`${path}.`))?.message;
}

/** What a new record is made of: the fields entered, without id, stage, history, rank or timestamps. */
export function enteredFields(app: Application): ApplicationFields {
  const {
    id: _id,
    stageId: _stage,
    phase: _phase,
    stageHistory: _history,
    boardRank: _rank,
    createdAt: _created,
    updatedAt: _updated,
    archivedAt: _archived,
    ...fields
  } = app;
  return fields;
}
