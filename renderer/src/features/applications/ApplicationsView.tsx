// The main screen: filters, the "already applied?" hint, the table and the selected
// application's details beside it.
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { useData } from '../../db/DataContext';
import { useNow } from '../../components/useNow';
import { useUiStore } from '../../state/uiStore';
import { ApplicationDetail } from '../detail/ApplicationDetail';
import { AlreadyAppliedHint } from './AlreadyAppliedHint';
import { ApplicationTable } from './ApplicationTable';
import { EmptyState } from './EmptyState';
import { FilterBar } from './FilterBar';
import { companyMatches, filterRows, sortRows, toTableRows } from './tableRows';

export function ApplicationsView() {
  const { db } = useData();
  const now = useNow();
  const apps = useLiveQuery(() => db.applications.toArray(), [db]);
  const search = useUiStore((s) => s.search);
  const filters = useUiStore((s) => s.filters);
  const sort = useUiStore((s) => s.sort);
  const selectedId = useUiStore((s) => s.selectedId);

  const rows = useMemo(() => toTableRows(apps ?? [], now), [apps, now]);
  const sorted = useMemo(() => sortRows(rows, sort.key, sort.direction), [rows, sort]);
  const visible = useMemo(() => filterRows(sorted, filters, search), [sorted, filters, search]);
  const matches = useMemo(() => companyMatches(rows, search), [rows, search]);
  const allTags = useMemo(() => [...new Set(rows.flatMap((r) => r.app.tags))].sort(), [rows]);
  const selected = rows.find((r) => r.app.id === selectedId)?.app ?? null;

  if (apps === undefined) return <p className="loading">Loading applications…</p>;
  if (apps.length === 0) return <EmptyState />;

  return (
    <div className={selected ? 'applications-view with-detail' : 'applications-view'}>
      <div className="applications-main">
        <FilterBar allTags={allTags} shown={visible.length} total={rows.length} />
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
