// Everything the dashboard shows, from the rows the table shows for its filters and search (the
// table view keeps those up to date as records change), worked out again only when those rows,
// the range or the day change; what depends on one record alone is kept per record (recordFacts).
import { useMemo } from 'react';
import type { Application } from '@shared/application';
import { toCalendarDate } from '@shared/calendarDate';
import { countOf } from '@shared/countOf';
import { chosenRange, inRange, type DayRange } from '@shared/dashboard/dateRange';
import type { DueDay } from '@shared/dashboard/dueSoon';
import { offersOf, type OfferItem } from '@shared/dashboard/offers';
import { appliedPerWeekOn, statsOfFacts, type SearchStats, type WeekCount } from '@shared/dashboard/searchStats';
import { NEXT_DAYS } from '@shared/nextDays';
import { useApplicationCount, useModelNow, useTableRows } from '../../model/queries';
import type { TableQuery } from '../../model/tableView';
import { useUiStore } from '../../state/uiStore';
import { dueSoonOfRows } from './dueSoonRows';
import { recordFacts } from './recordFacts';
import { localeWeekStart } from './weekStart';

export const WEEKS_SHOWN = 12;

/** "3 applications have no applied date (…)", and "them" or "it" for the same count. */
export function noAppliedDate(count: number): { words: string; them: string } {
  const verb = count === 1 ? 'has' : 'have';
  return {
    words: `${countOf(count, 'application')} ${verb} no applied date (added or imported already applied)`,
    them: count === 1 ? 'it' : 'them',
  };
}
export const DUE_DAYS = NEXT_DAYS;

export interface Dashboard {
  /** Every application, and those that pass the table's filters and search. */
  total: number;
  matching: number;
  range: DayRange;
  /** The numbers and the funnel, for the matching applications that went out within the range. */
  stats: SearchStats;
  perWeek: WeekCount[];
  /** Matching applications that went out on a day nothing records: in All time, in no week. */
  undated: number;
  offers: OfferItem<Application>[];
  dueSoon: DueDay<Application>[];
}

export function useDashboard(): Dashboard {
  const now = useModelNow();
  const search = useUiStore((s) => s.search);
  const filters = useUiStore((s) => s.filters);
  const sort = useUiStore((s) => s.sort);
  const choice = useUiStore((s) => s.dashboardRange);
  // The table's own query: the table view answers it from what it already keeps.
  const query: TableQuery = useMemo(() => ({ sort, filters, search }), [sort, filters, search]);
  const rows = useTableRows(query);
  const total = useApplicationCount();
  const today = toCalendarDate(now);

  const facts = useMemo(() => rows.map((row) => recordFacts(row.app)), [rows]);
  const range = useMemo(() => chosenRange(choice, today), [choice, today]);
  const stats = useMemo(() => statsOfFacts(facts.filter((fact) => inRange(range, fact.wentOut))), [facts, range]);
  const perWeek = useMemo(
    () =>
      appliedPerWeekOn(
        facts.map((fact) => fact.appliedOn),
        today,
        WEEKS_SHOWN,
        localeWeekStart(navigator.language),
      ),
    [facts, today],
  );
  const undated = useMemo(() => facts.filter((fact) => fact.applied && fact.appliedOn === null).length, [facts]);
  const offers = useMemo(() => offersOf(rows.map((row) => row.app)), [rows]);
  const dueSoon = useMemo(() => dueSoonOfRows(rows, now, DUE_DAYS), [rows, now]);

  return { total, matching: rows.length, range, stats, perWeek, undated, offers, dueSoon };
}
