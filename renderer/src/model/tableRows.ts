// What the table shows of each application, derived once per record version: its stage, the next
// date, the normalised pay and the search text. Sorting, filtering and searching work on these rows.
import { WORK_MODE_LABELS, type Application } from '@shared/application';
import { isCalendarDate } from '@shared/calendarDate';
import { UNPAID } from '@shared/money/unpaid';
import { nextDateAt, type DateEvent } from '@shared/nextDate';
import { normalizeApplicationPay, type NormalizedPay } from '@shared/payNormalize';
import { stageById, stageRank, type Pipeline, type Stage } from '@shared/pipeline';
import { searchableText, withoutCaseOrAccents } from '@shared/normalizeWord';
import { termLabel } from '@shared/term';
import type { Filters, SortDirection, SortKey } from '../state/uiStore';
import { tagKey } from './tagIndex';

export interface TableRow {
  app: Application;
  /** The stage the application is in; undefined only for a record naming no stage of the pipeline. */
  stage: Stage | undefined;
  /** Its place in the pipeline, for sorting. */
  stageRank: number;
  next: DateEvent | null;
  /**
   * When `next` stops being true as time passes (the deadline passes, the day of an all-day date
   * ends); Infinity when only an edit can change it.
   */
  nextChangesAt: number;
  pay: NormalizedPay | null;
  /**
   * Lower-cased, accent-free company and notes: worked out by the first search that reads it
   * (haystackOf), not for every row as the table loads.
   */
  haystack: string | undefined;
  /**
   * The same of what the table shows of the row besides its company (shownTextOf). (A row is made
   * anew when the pipeline changes, so a renamed stage is found by its new name.)
   */
  shown: string | undefined;
}

/** A search as it is compared: lower case without accents, so "nestle" finds "Nestlé". */
export const searchKey = withoutCaseOrAccents;

export type NextDateOf = (app: Application) => DateEvent | null;

/** What deriving rows needs besides the record: the pipeline, and next dates at one moment. */
export interface RowContext {
  pipeline: Pipeline;
  nextDate: NextDateOf;
}

export function rowContext(pipeline: Pipeline, now: Date): RowContext {
  return { pipeline, nextDate: nextDateAt(now) };
}

/** When a next date stops being next: a time once it passes, a calendar date once its day ends. */
function changesAt(next: DateEvent | null): number {
  if (next === null) return Infinity;
  if (!isCalendarDate(next.at)) return next.time + 1;
  const endOfDay = new Date(next.time);
  endOfDay.setDate(endOfDay.getDate() + 1);
  return endOfDay.setHours(0, 0, 0, 0);
}

/** The row of one application; the context is shared by a batch of rows. */
export function toTableRow(app: Application, { pipeline, nextDate }: RowContext): TableRow {
  const next = nextDate(app);
  return {
    app,
    stage: stageById(pipeline, app.stageId),
    stageRank: stageRank(pipeline, app.stageId),
    next,
    nextChangesAt: changesAt(next),
    pay: normalizeApplicationPay(app),
    haystack: undefined,
    shown: undefined,
  };
}

/** The same row with its next date worked out again at a later moment. */
export function withNextDate(row: TableRow, { nextDate }: RowContext): TableRow {
  const next = nextDate(row.app);
  return { ...row, next, nextChangesAt: changesAt(next) };
}

export function toTableRows(apps: readonly Application[], pipeline: Pipeline, now: Date): TableRow[] {
  const context = rowContext(pipeline, now);
  return apps.map((app) => toTableRow(app, context));
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** Ascending comparators; rows without a value sort last in either direction. */
const COMPARE: Record<SortKey, (a: TableRow, b: TableRow) => number> = {
  company: (a, b) => collator.compare(a.app.company, b.app.company) || collator.compare(a.app.role, b.app.role),
  stage: (a, b) => a.stageRank - b.stageRank,
  nextDate: (a, b) => (a.next?.time ?? Infinity) - (b.next?.time ?? Infinity),
  payPerMonth: (a, b) => (a.pay?.monthly.min ?? -Infinity) - (b.pay?.monthly.min ?? -Infinity),
  updatedAt: (a, b) => Date.parse(a.app.updatedAt) - Date.parse(b.app.updatedAt),
};

/** Code-point order, for ids and currency codes: no locale, so it is the same everywhere. */
function compareCodes(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function hasValue(row: TableRow, key: SortKey): boolean {
  if (key === 'nextDate') return row.next !== null;
  if (key === 'payPerMonth') return row.pay !== null;
  return true;
}

export type RowOrder = (a: TableRow, b: TableRow) => number;

/**
 * The table's order for a sort key and direction, pay in `firstCurrency` before others
 * (payGroups). Company then id make it total: no two rows compare equal, so a row's place can be
 * found (and kept) by binary search.
 */
export function rowOrder(key: SortKey, direction: SortDirection, firstCurrency: string | null): RowOrder {
  const sign = direction === 'asc' ? 1 : -1;
  const compare = COMPARE[key];
  const group = key === 'payPerMonth' ? payGroups(sign, firstCurrency) : noGroups;
  return (a, b) => {
    const aHas = hasValue(a, key);
    const bHas = hasValue(b, key);
    if (aHas !== bHas) return aHas ? -1 : 1;
    return (
      group(a, b) ||
      sign * compare(a, b) ||
      collator.compare(a.app.company, b.app.company) ||
      compareCodes(a.app.id, b.app.id)
    );
  };
}

const noGroups: RowOrder = () => 0;

/**
 * Amounts in different currencies are not compared (there is no rate offline): pay sorts within
 * each currency, whichever way it sorts `first` (the student's region's) first, then the others
 * in the order of their codes; the table says so (paySortNote.ts). Unpaid is nothing in any
 * currency, so it is the lowest pay of all: after every paid row from highest down, first from
 * lowest up; a pay not known is no figure and stays last (hasValue).
 */
function payGroups(sign: number, first: string | null): RowOrder {
  return (a, b) => {
    const aUnpaid = a.pay?.unpaid === true;
    if (aUnpaid !== (b.pay?.unpaid === true)) return aUnpaid ? -sign : sign;
    return aUnpaid ? 0 : compareCodes(currencyGroup(a, first), currencyGroup(b, first));
  };
}

/** A paid row's currency as payGroups orders it: `first` as '', before every code. */
function currencyGroup(row: TableRow, first: string | null): string {
  const currency = row.pay?.currency ?? '';
  return currency === first ? '' : currency;
}

/**
 * The currencies of the paid rows of rows sorted by pay, in the order they show them, which the
 * table names when there are two or more. Sorted by pay, each currency's rows lie together (as do
 * the unpaid and the unknown): a search for each run's end looks at a few rows per currency, not
 * at every row each time one changes.
 */
export function paidCurrencies(sortedByPay: readonly TableRow[]): string[] {
  const runOf = ({ pay }: TableRow) => (pay === null ? '\u0000unknown' : pay.unpaid ? '\u0000unpaid' : pay.currency);
  const currencies: string[] = [];
  for (let start = 0; start < sortedByPay.length;) {
    const run = runOf(sortedByPay[start]!);
    if (!run.startsWith('\u0000')) currencies.push(run);
    // Galloping: double the step while still in the run, then halve the gap to its end.
    let inRun = start;
    let step = 1;
    while (inRun + step < sortedByPay.length && runOf(sortedByPay[inRun + step]!) === run) {
      inRun += step;
      step *= 2;
    }
    let after = Math.min(inRun + step, sortedByPay.length);
    while (after - inRun > 1) {
      const middle = (inRun + after) >> 1;
      if (runOf(sortedByPay[middle]!) === run) inRun = middle;
      else after = middle;
    }
    start = after;
  }
  return currencies;
}

/** Each distinct text's place in the collator's order; texts it finds equal share a place. */
function collationRanks(texts: Iterable<string>): Map<string, number> {
  const distinct = [...new Set(texts)].sort(collator.compare);
  const ranks = new Map<string, number>();
  let rank = 0;
  distinct.forEach((text, i) => {
    if (i > 0 && collator.compare(distinct[i - 1]!, text) !== 0) rank += 1;
    ranks.set(text, rank);
  });
  return ranks;
}

/** Numbers in order, NaN (a date that does not parse) equal to anything, as in rowOrder's subtraction. */
function compareNumbers(a: number, b: number): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Every row in `rowOrder(key, direction, firstCurrency)`, sorted at once: each row's place is
 * first written as numbers (its value, its company's place among the companies, its role's), so
 * the collator compares each name once per sort rather than once per comparison: ten thousand
 * rows share a few hundred companies, and a comparison of names costs a hundred of numbers.
 */
export function sortRows(
  rows: readonly TableRow[],
  key: SortKey,
  direction: SortDirection,
  firstCurrency: string | null,
): TableRow[] {
  const sign = direction === 'asc' ? 1 : -1;
  const companies = collationRanks(rows.map((row) => row.app.company));
  const roles = key === 'company' ? collationRanks(rows.map((row) => row.app.role)) : null;
  const valueOf: Record<SortKey, (row: TableRow) => number> = {
    company: (row) => companies.get(row.app.company)!,
    stage: (row) => row.stageRank,
    nextDate: (row) => row.next?.time ?? Infinity,
    payPerMonth: (row) => row.pay?.monthly.min ?? -Infinity,
    updatedAt: (row) => Date.parse(row.app.updatedAt),
  };
  const keyed = rows.map((row) => ({
    row,
    missing: hasValue(row, key) ? 0 : 1,
    // As payGroups: unpaid the lowest pay in any currency.
    unpaid: key === 'payPerMonth' && row.pay?.unpaid ? 1 : 0,
    group: key === 'payPerMonth' && !row.pay?.unpaid ? currencyGroup(row, firstCurrency) : '',
    value: sign * valueOf[key](row),
    role: roles ? sign * roles.get(row.app.role)! : 0,
    company: companies.get(row.app.company)!,
  }));
  keyed.sort(
    (a, b) =>
      a.missing - b.missing ||
      sign * (b.unpaid - a.unpaid) ||
      compareCodes(a.group, b.group) ||
      compareNumbers(a.value, b.value) ||
      a.role - b.role ||
      a.company - b.company ||
      compareCodes(a.row.app.id, b.row.app.id),
  );
  return keyed.map(({ row }) => row);
}

/**
 * What the table shows of a row besides its company, as search reads it: role, stage, term,
 * places, work mode ("Remote · New York") and tags. Kept on the row once worked out (a new version
 * of the record is a new row).
 */
export function shownTextOf(row: TableRow): string {
  const { app, stage } = row;
  const mode = app.workMode === null ? '' : WORK_MODE_LABELS[app.workMode];
  // "Unpaid" is a word the pay column shows, so searching for it finds those rows.
  const unpaid = row.pay?.unpaid ? [UNPAID] : [];
  row.shown ??= searchableText(
    [app.role, stage?.name ?? '', termLabel(app.term), ...app.locations, mode, ...unpaid, ...app.tags].join('\n'),
  );
  return row.shown;
}

/** The rest of a row's search text: its company and notes, kept likewise. */
function haystackOf(row: TableRow): string {
  row.haystack ??= searchableText(`${row.app.company}\n${row.app.notes}`);
  return row.haystack;
}

/** Work per idle moment: short, so a key pressed meanwhile is not held up. */
const IDLE_SLICE_MS = 5;

/** Works the rows' search text out ahead, in the page's idle moments, so the first search finds it ready. */
export function prepareSearchWhenIdle(rows: readonly TableRow[]): void {
  if (typeof requestIdleCallback !== 'function' || rows.length === 0) return;
  let next = 0;
  const work = (deadline: IdleDeadline) => {
    const until = performance.now() + Math.min(deadline.timeRemaining(), IDLE_SLICE_MS);
    // At least one row a turn, however short the moment.
    do {
      const row = rows[next++]!;
      haystackOf(row);
      shownTextOf(row);
    } while (next < rows.length && performance.now() < until);
    if (next < rows.length) requestIdleCallback(work);
  };
  requestIdleCallback(work);
}

/** Whether a row passes the filters and contains every word of the search. */
export function rowMatcher(filters: Filters, search: string): (row: TableRow) => boolean {
  const terms = searchKey(search).split(/\s+/).filter(Boolean);
  const phases = new Set(filters.phases);
  const stageIds = new Set(filters.stageIds);
  const workModes = new Set(filters.workModes);
  const tags = filters.tags.map(tagKey);
  const anyStage = phases.size === 0 && stageIds.size === 0;
  return (row) => {
    const { app } = row;
    if (!filters.showArchived && app.archivedAt !== null) return false;
    if (!anyStage && !phases.has(app.phase) && !stageIds.has(app.stageId)) return false;
    if (workModes.size > 0 && (app.workMode === null || !workModes.has(app.workMode))) return false;
    if (tags.length > 0 && !tags.every((tag) => app.tags.some((own) => tagKey(own) === tag))) return false;
    if (terms.length === 0) return true;
    // A word of the search has no line break, so it lies within one of the two texts.
    const haystack = haystackOf(row);
    const shown = shownTextOf(row);
    return terms.every((term) => shown.includes(term) || haystack.includes(term));
  };
}

export function filterRows(rows: readonly TableRow[], filters: Filters, search: string): TableRow[] {
  return rows.filter(rowMatcher(filters, search));
}
