// What the applications table shows, derived from the stored records: the rows with their
// computed columns, then filtered, searched and sorted. Sorting happens once per data or sort
// change; a keystroke in search only filters the already-sorted rows.
import type { Application } from '@shared/application';
import { nextDateAt, type DateEvent } from '@shared/nextDate';
import { normalizeApplicationPay, type NormalizedPay } from '@shared/payNormalize';
import { withoutCaseOrAccents } from '@shared/sameApplication';
import { statusRank } from '@shared/status';
import type { Filters, SortDirection, SortKey } from '../../state/uiStore';

export interface TableRow {
  app: Application;
  next: DateEvent | null;
  pay: NormalizedPay | null;
  /** Lower-cased, accent-free company, role, notes, locations, tags and term. */
  haystack: string;
  companyKey: string;
}

/** What search compares: lower case without accents, so "nestle" finds "Nestlé". */
export const searchKey = withoutCaseOrAccents;

export function toTableRows(apps: readonly Application[], now: Date): TableRow[] {
  const nextDate = nextDateAt(now);
  return apps.map((app) => ({
    app,
    next: nextDate(app),
    pay: normalizeApplicationPay(app),
    haystack: searchKey([app.company, app.role, app.notes, app.term, ...app.locations, ...app.tags].join('\n')),
    companyKey: searchKey(app.company),
  }));
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** Ascending comparators; rows without a value sort last in either direction. */
const COMPARE: Record<SortKey, (a: TableRow, b: TableRow) => number> = {
  company: (a, b) => collator.compare(a.app.company, b.app.company) || collator.compare(a.app.role, b.app.role),
  status: (a, b) => statusRank(a.app.status) - statusRank(b.app.status),
  nextDate: (a, b) => (a.next?.time ?? Infinity) - (b.next?.time ?? Infinity),
  payPerMonth: (a, b) => (a.pay?.monthly.min ?? -Infinity) - (b.pay?.monthly.min ?? -Infinity),
  updatedAt: (a, b) => Date.parse(a.app.updatedAt) - Date.parse(b.app.updatedAt),
};

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function hasValue(row: TableRow, key: SortKey): boolean {
  if (key === 'nextDate') return row.next !== null;
  if (key === 'payPerMonth') return row.pay !== null;
  return true;
}

export function sortRows(rows: readonly TableRow[], key: SortKey, direction: SortDirection): TableRow[] {
  const sign = direction === 'asc' ? 1 : -1;
  const compare = COMPARE[key];
  return [...rows].sort((a, b) => {
    const aHas = hasValue(a, key);
    const bHas = hasValue(b, key);
    if (aHas !== bHas) return aHas ? -1 : 1;
    // Company then id make the order total, so a partial list sorts like the full one.
    return sign * compare(a, b) || collator.compare(a.app.company, b.app.company) || compareIds(a.app.id, b.app.id);
  });
}

export function filterRows(rows: readonly TableRow[], filters: Filters, search: string): TableRow[] {
  const terms = searchKey(search).split(/\s+/).filter(Boolean);
  const statuses = new Set(filters.statuses);
  const workModes = new Set(filters.workModes);
  return rows.filter(({ app, haystack }) => {
    if (!filters.showArchived && app.archivedAt !== null) return false;
    if (statuses.size > 0 && !statuses.has(app.status)) return false;
    if (workModes.size > 0 && (app.workMode === null || !workModes.has(app.workMode))) return false;
    if (filters.tags.length > 0 && !filters.tags.every((tag) => app.tags.includes(tag))) return false;
    return terms.every((term) => haystack.includes(term));
  });
}

/** A filtered list with what it was filtered from, so the next keystroke can narrow it. */
export interface Filtered {
  source: readonly TableRow[];
  filters: Filters;
  searchKey: string;
  rows: TableRow[];
}

/**
 * filterRows for a search typed one key at a time: when the new search only adds to the last
 * one (same rows, same filters), every match is among the last matches, so only those are read.
 */
export function refilterRows(
  last: Filtered | null,
  source: readonly TableRow[],
  filters: Filters,
  search: string,
): Filtered {
  const key = searchKey(search);
  const narrows = last !== null && last.source === source && last.filters === filters && key.startsWith(last.searchKey);
  return { source, filters, searchKey: key, rows: filterRows(narrows ? last.rows : source, filters, search) };
}

/**
 * "Have I applied here already?": every application, archived ones included, at a company
 * whose name contains what was typed.
 */
export function companyMatches(rows: readonly TableRow[], search: string): TableRow[] {
  const key = searchKey(search.trim());
  if (key.length < 2) return [];
  return rows.filter((row) => row.companyKey.includes(key));
}
