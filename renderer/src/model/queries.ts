// How components read applications: from the one read model, each hook re-rendering only when
// what it returns changes. No component queries the applications table itself.
import { useCallback, useRef, useState, useSyncExternalStore } from 'react';
import type { Application } from '@shared/application';
import { proposedPayCurrency } from '@shared/money/proposedCurrency';
import { regionCurrency } from '@shared/money/regionCurrency';
import { localTimeZone } from '@shared/zoneCountries';
import type { CalendarItem } from '@shared/calendarItems';
import type { Pipeline } from '@shared/pipeline';
import { useData } from '../db/DataContext';
import type { ApplicationsModel, ModelStatus } from './applicationsModel';
import type { TableRow } from './tableRows';
import type { BoardQuery, Columns } from './boardView';
import type { CalendarQuery } from './calendarIndex';
import type { TableQuery } from './tableView';

/** A value read from the model, kept while the model does not change it. */
function useModelValue<T>(read: (model: ApplicationsModel) => T): T {
  const { model } = useData();
  return useSyncExternalStore(model.subscribe, () => read(model));
}

export function useModelStatus(): ModelStatus {
  return useModelValue((model) => model.status());
}

export function useModelError(): string | null {
  return useModelValue((model) => model.error());
}

/**
 * The moment next dates were last worked out for: it moves on every minute, but this draws again
 * only when rows change or the day does (dates and "in 3 days").
 */
export function useModelNow(): Date {
  return useModelValue((model) => model.now());
}

/** The model's time, drawn again every minute: for a view that says "1 hour ago" or "in 3 hours". */
export function useMinuteNow(): Date {
  const { model } = useData();
  return useSyncExternalStore(model.subscribeClock, () => model.now());
}

/** One application; null when there is none with this id (deleted, or not loaded yet). */
export function useApplication(id: string | null): Application | null {
  return useModelValue((model) => (id === null ? null : (model.get(id)?.app ?? null)));
}

export function useTableRow(id: string | null): TableRow | null {
  return useModelValue((model) => (id === null ? null : (model.get(id) ?? null)));
}

export function useApplicationCount(): number {
  return useModelValue((model) => model.count());
}

/** The first screenful shown while everything loads; null once loaded. */
export function usePreviewRows(): readonly TableRow[] | null {
  return useModelValue((model) => model.preview());
}

export function useTableRows(query: TableQuery): readonly TableRow[] {
  const { tableView } = useData();
  return useModelValue(() => tableView.rows(query));
}

/** The board's cards by stage, in board order, for the table's filters and search. */
export function useBoardColumns(query: BoardQuery): Columns {
  const { boardView } = useData();
  return useModelValue(() => boardView.columns(query));
}

/** The calendar's items from one day to another, for the table's filters and search. */
export function useCalendarItems(query: CalendarQuery): readonly CalendarItem[] {
  const { model, calendar } = useData();
  // The items change with the rows (the model tells) and with the reminder settings (the index).
  const subscribe = useCallback(
    (listener: () => void) => {
      const unsubscribeModel = model.subscribe(listener);
      const unsubscribeCalendar = calendar.subscribe(listener);
      return () => {
        unsubscribeModel();
        unsubscribeCalendar();
      };
    },
    [model, calendar],
  );
  return useSyncExternalStore(subscribe, () => calendar.items(query));
}

export function useAllTags(): readonly string[] {
  const { tags } = useData();
  return useModelValue(() => tags.tags());
}

/** "Have I applied here already?" for what is typed: worked out again only when either changes. */
export function useCompanyMatches(search: string): readonly TableRow[] {
  const data = useData();
  const last = useRef<{ version: number; search: string; rows: TableRow[] } | null>(null);
  const read = useCallback(
    (model: ApplicationsModel) => {
      const version = model.version();
      if (last.current?.version !== version || last.current.search !== search) {
        // The index is built by the first search, not while the table loads.
        last.current = { version, search, rows: search.trim() === '' ? [] : data.companies.matching(search) };
      }
      return last.current.rows;
    },
    [data, search],
  );
  return useModelValue(read);
}

const NO_APPLICATIONS: readonly Application[] = [];

/**
 * Every application, for work that needs them all at once (the duplicate check of a new one);
 * none while not `needed`, so that a form editing one record does no work for the others.
 */
export function useApplications(needed = true): readonly Application[] {
  const last = useRef<{ version: number; apps: Application[] } | null>(null);
  return useModelValue((model) => {
    if (!needed) return NO_APPLICATIONS;
    if (last.current?.version !== model.version())
      last.current = { version: model.version(), apps: [...model.rows()].map((row) => row.app) };
    return last.current.apps;
  });
}

/**
 * The currency a pay not written yet is proposed in: the one most applications are paid in, else
 * the region's (the time zone's country, else the language's), else USD. Worked out once, when the
 * form asking for it opens, not as the student types in it.
 */
export function useProposedPayCurrency(): string {
  const { model } = useData();
  const [currency] = useState(() =>
    proposedPayCurrency(
      [...model.rows()].map((row) => row.app),
      regionCurrency(localTimeZone(), navigator.language),
    ),
  );
  return currency;
}

/** Finds applications by id; a new function whenever the applications change, so lists re-render. */
export function useApplicationLookup(): (id: string) => Application | null {
  const { model } = useData();
  const version = useModelValue((m) => m.version());
  // eslint-disable-next-line react-hooks/exhaustive-deps -- version is what makes a new lookup
  return useCallback((id: string) => model.get(id)?.app ?? null, [model, version]);
}

/** Finds rows by id, like useApplicationLookup: for filtering what is not in an index (reminders). */
export function useRowLookup(): (id: string) => TableRow | undefined {
  const { model } = useData();
  const version = useModelValue((m) => m.version());
  // eslint-disable-next-line react-hooks/exhaustive-deps -- version is what makes a new lookup
  return useCallback((id: string) => model.get(id), [model, version]);
}

/** The student's pipeline, as the rows were derived with it. */
export function usePipeline(): Pipeline {
  return useModelValue((model) => model.pipeline());
}

/**
 * How many applications are in each stage, archived ones included (a stage that is removed
 * moves them all); null until every application is loaded, when a count would be too low.
 */
export function useStageCounts(): ReadonlyMap<string, number> | null {
  const last = useRef<{ version: number; counts: ReadonlyMap<string, number> | null } | null>(null);
  return useModelValue((model) => {
    if (last.current?.version !== model.version()) {
      let counts: Map<string, number> | null = null;
      if (model.status() === 'ready') {
        counts = new Map();
        for (const row of model.rows()) counts.set(row.app.stageId, (counts.get(row.app.stageId) ?? 0) + 1);
      }
      last.current = { version: model.version(), counts };
    }
    return last.current.counts;
  });
}
