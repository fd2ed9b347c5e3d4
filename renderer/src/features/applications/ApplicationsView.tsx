// The main screen: filters, the "already applied?" hint, the table and the selected
// application's details beside it. Reads everything from the read model (model/queries.ts).
import { useEffect, useMemo, useRef } from 'react';
import { countOf } from '@shared/countOf';
import { useData } from '../../db/DataContext';
import {
  useAllTags,
  useApplicationCount,
  useCompanyMatches,
  useModelError,
  useModelNow,
  useModelStatus,
  usePreviewRows,
  useTableRow,
  useTableRows,
} from '../../model/queries';
import { paidCurrencies } from '../../model/tableRows';
import type { TableQuery } from '../../model/tableView';
import { NO_FILTERS, useUiStore } from '../../state/uiStore';
import { CompareSelectionBar } from '../compare/CompareSelectionBar';
import { ApplicationDetail } from '../detail/ApplicationDetail';
import { AlreadyAppliedHint, HINT_MIN_LENGTH } from './AlreadyAppliedHint';
import { ApplicationTable } from './ApplicationTable';
import { EmptyState } from './EmptyState';
import { FilterBar } from './FilterBar';
import { paySortNote } from './paySortNote';

/** Why the table is empty: the search, the filters, or both. */
function noResults(search: string, filtered: boolean): string {
  if (search === '') return 'No application matches these filters.';
  return filtered ? `No application matches “${search}” with these filters.` : `No application matches “${search}”.`;
}

export function ApplicationsView() {
  const status = useModelStatus();
  const error = useModelError();
  const now = useModelNow();
  const search = useUiStore((s) => s.search);
  const filters = useUiStore((s) => s.filters);
  const sort = useUiStore((s) => s.sort);
  const selectedId = useUiStore((s) => s.selectedId);
  const filtersChanged = useUiStore((s) => s.filtersChanged);
  const focusRequest = useUiStore((s) => s.tableFocusRequest);
  const tableFocused = useUiStore((s) => s.tableFocused);
  const noRowsMessage = useRef<HTMLParagraphElement>(null);
  const query: TableQuery = useMemo(() => ({ sort, filters, search }), [sort, filters, search]);

  // The last row shown went (deleted, archived): the message in the table's place takes the focus
  // meant for it, so it is read out and the keyboard's place is kept.
  useEffect(() => {
    if (focusRequest === null || !noRowsMessage.current) return;
    noRowsMessage.current.focus();
    tableFocused();
  });

  const rows = useTableRows(query);
  const preview = usePreviewRows();
  const total = useApplicationCount();
  const matches = useCompanyMatches(search);
  const allTags = useAllTags();
  const selected = useTableRow(selectedId)?.app ?? null;
  const { tableView } = useData();
  // Sorted by pay, the rows come in their currencies' order: the note lists them as the table shows them.
  const payNote = useMemo(
    () => (sort.key === 'payPerMonth' ? paySortNote(paidCurrencies(rows), tableView.firstCurrency) : null),
    [sort.key, rows, tableView],
  );

  if (status === 'failed') {
    return (
      <p className="field-error" role="alert">
        The applications could not be read: {error}
      </p>
    );
  }
  // The preview holds the first rows in the default order only; any other view waits for all.
  const isDefaultView = sort.key === 'nextDate' && sort.direction === 'asc' && search === '' && filters === NO_FILTERS;
  const complete = status === 'ready';
  const visible = complete ? rows : isDefaultView ? preview : null;
  if (visible === null) return <p className="loading">Loading applications…</p>;
  if (complete && total === 0) return <EmptyState />;
  const filtered = filters !== NO_FILTERS;
  // With nothing found at all, the hint's answer is the table's too: one message, not two.
  const hintSpeaksForTable =
    visible.length === 0 && !filtered && matches.length === 0 && search.trim().length >= HINT_MIN_LENGTH;

  return (
    <div className={selected ? 'applications-view with-detail' : 'applications-view'}>
      <div className="applications-main">
        <FilterBar
          allTags={allTags}
          shown={visible.length}
          total={complete ? total : null}
          sortedByPay={sort.key === 'payPerMonth'}
          note={payNote}
        />
        <AlreadyAppliedHint
          matches={matches}
          shown={visible}
          search={search}
          tableEmpty={hintSpeaksForTable}
          emptyTableMessage={noRowsMessage}
        />
        <CompareSelectionBar />
        {visible.length > 0 ? (
          <ApplicationTable rows={visible} now={now} payNoted={payNote !== null} />
        ) : complete && search.trim() === '' && !filtered ? (
          // Nothing chosen hides them: every application is archived.
          <p ref={noRowsMessage} tabIndex={-1} className="no-results">
            {total === 1 ? 'Your one application is archived.' : `All ${countOf(total, 'application')} are archived.`}{' '}
            <button type="button" className="link-button" onClick={() => filtersChanged({ showArchived: true })}>
              Show archived applications
            </button>
          </p>
        ) : (
          !hintSpeaksForTable && (
            <p ref={noRowsMessage} tabIndex={-1} className="no-results">
              {noResults(search.trim(), filtered)}
            </p>
          )
        )}
      </div>
      {selected && <ApplicationDetail app={selected} now={now} />}
    </div>
  );
}
