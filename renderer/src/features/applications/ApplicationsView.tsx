// The main screen: filters, the "already applied?" hint, the table and the selected
// application's details beside it.
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import type { Application } from '@shared/application';
import { useData } from '../../db/DataContext';
import { useNow } from '../../components/useNow';
import { NO_FILTERS, useUiStore } from '../../state/uiStore';
import { ApplicationDetail } from '../detail/ApplicationDetail';
import { AlreadyAppliedHint } from './AlreadyAppliedHint';
import { ApplicationTable } from './ApplicationTable';
import { EmptyState } from './EmptyState';
import { FilterBar } from './FilterBar';
import { firstScreen } from './firstScreen';
import { companyMatches, refilterRows, searchKey, sortRows, toTableRows, type Filtered } from './tableRows';

/** Rows shown from the date index while the whole table loads: a screenful and some. */
const FIRST_SCREEN_ROWS = 40;

/**
 * Every application, live. Until the whole table has been read, the first screenful in the
 * default order, so a large database shows rows at once (`complete` tells which).
 */
function useApplications(): { apps: Application[] | undefined; complete: boolean } {
  const { db } = useData();
  // undefined while the first screen is being read, null when the index could not tell it.
  const [preview, setPreview] = useState<Application[] | null | undefined>(undefined);
  useEffect(() => {
    let current = true;
    firstScreen(db, new Date(), FIRST_SCREEN_ROWS)
      .catch(() => null) // only a head start: the full read reports real errors
      .then((apps) => current && setPreview(apps));
    return () => {
      current = false;
    };
  }, [db]);
  // The full read waits for the first screen's few small reads: IndexedDB answers requests in
  // the order they were made, and the full read would hold them up for its whole length.
  const previewSettled = preview !== undefined;
  const all = useLiveQuery<Application[] | undefined>(
    () => (previewSettled ? db.applications.toArray() : undefined),
    [db, previewSettled],
  );
  if (all !== undefined) return { apps: all, complete: true };
  return { apps: preview ?? undefined, complete: false };
}

export function ApplicationsView() {
  const now = useNow();
  const { apps: loaded, complete } = useApplications();
  const search = useUiStore((s) => s.search);
  const filters = useUiStore((s) => s.filters);
  const sort = useUiStore((s) => s.sort);
  const selectedId = useUiStore((s) => s.selectedId);
  // The preview holds the first rows in the default order only; any other view waits for all.
  const isDefaultView = sort.key === 'nextDate' && sort.direction === 'asc' && search === '' && filters === NO_FILTERS;
  const apps = complete || isDefaultView ? loaded : undefined;

  const rows = useMemo(() => toTableRows(apps ?? [], now), [apps, now]);
  const sorted = useMemo(() => sortRows(rows, sort.key, sort.direction), [rows, sort]);
  // Kept from the last render so a keystroke that extends the search narrows the last result.
  const [lastFiltered, setLastFiltered] = useState<Filtered | null>(null);
  let filtered = lastFiltered;
  if (
    !filtered ||
    filtered.source !== sorted ||
    filtered.filters !== filters ||
    filtered.searchKey !== searchKey(search)
  ) {
    filtered = refilterRows(lastFiltered, sorted, filters, search);
    setLastFiltered(filtered);
  }
  const visible = filtered.rows;
  const matches = useMemo(() => companyMatches(rows, search), [rows, search]);
  const allTags = useMemo(() => [...new Set(rows.flatMap((r) => r.app.tags))].sort(), [rows]);
  const selected = rows.find((r) => r.app.id === selectedId)?.app ?? null;

  if (apps === undefined) return <p className="loading">Loading applications…</p>;
  if (complete && apps.length === 0) return <EmptyState />;

  return (
    <div className={selected ? 'applications-view with-detail' : 'applications-view'}>
      <div className="applications-main">
        <FilterBar allTags={allTags} shown={visible.length} total={complete ? rows.length : null} />
        <AlreadyAppliedHint matches={matches} search={search} />
        {visible.length > 0 ? (
          <ApplicationTable rows={visible} now={now} />
        ) : (
          <p className="no-results">No application matches these filters.</p>
        )}
      </div>
      {selected && <ApplicationDetail app={selected} now={now} />}
    </div>
  );
}
