// The applications table: sortable columns, windowed rows (only what is on screen is in the
// DOM, so 10,000 rows scroll smoothly) and keyboard navigation with the arrow keys; Enter opens a
// row, Space ticks it for the offer comparison.
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { placesBesideMode, WORK_MODE_LABELS, type Application } from '@shared/application';
import { comparedName } from '@shared/compare/compareOffers';
import { monthlyPayText } from '@shared/payNormalize';
import { StageBadge } from '../../components/StageBadge';
import { formatShortDate, nearDate, relativeDay } from '../../components/formatDates';
import { useData } from '../../db/DataContext';
import { useUiStore, type SortKey } from '../../state/uiStore';
import { useCloseDetailsOnEscape } from '../detail/closeDetailsOnEscape';
import type { TableRow } from '../../model/tableRows';
import { compareToggled } from '../compare/compareSelection';
import { PAY_SORT_NOTE_ID } from './paySortNote';

const ROW_HEIGHT = 52;

interface Column {
  label: string;
  sortKey?: SortKey;
}

const COLUMNS: Column[] = [
  { label: 'Company and role', sortKey: 'company' },
  { label: 'Stage', sortKey: 'stage' },
  { label: 'Next date', sortKey: 'nextDate' },
  { label: 'Pay per month', sortKey: 'payPerMonth' },
  { label: 'Locations' },
  { label: 'Updated', sortKey: 'updatedAt' },
];

/** The first column: a box per row that picks it for the offer comparison (Space on the row too). */
function CompareHeader() {
  return (
    <div role="columnheader" className="compare-column" title="Tick to compare (Space on a row)">
      <span className="visually-hidden">Compare</span>
      <span aria-hidden="true">⇆</span>
    </div>
  );
}

function CompareCell({ app, picked, toggle }: { app: Application; picked: boolean; toggle: () => void }) {
  return (
    <div role="gridcell" className="compare-column">
      <input
        type="checkbox"
        // One tab stop for the whole grid: Space on the row ticks this box.
        tabIndex={-1}
        aria-label={`Compare ${comparedName(app)}`}
        checked={picked}
        onChange={toggle}
        // Ticking is not opening: the row's click would open the details.
        onClick={(event) => event.stopPropagation()}
      />
    </div>
  );
}

/** `describedBy`: the id of a note on how the column sorts, read when its button has focus. */
function SortHeader({ column, describedBy }: { column: Column; describedBy?: string }) {
  const sort = useUiStore((s) => s.sort);
  const sortRequested = useUiStore((s) => s.sortRequested);
  const { sortKey } = column;
  if (!sortKey) return <div role="columnheader">{column.label}</div>;
  const active = sort.key === sortKey;
  return (
    <div role="columnheader" aria-sort={active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'}>
      <button
        type="button"
        className="sort-button"
        aria-describedby={describedBy}
        onClick={() => sortRequested(sortKey)}
      >
        {column.label}
        <span aria-hidden="true" className="sort-arrow">
          {active ? (sort.direction === 'asc' ? '▲' : '▼') : ''}
        </span>
      </button>
    </div>
  );
}

// Every cell keeps to its column, however long its text: what does not fit is cut with an
// ellipsis and is whole in the cell's tooltip.

function PayCell({ row }: { row: TableRow }) {
  const pay = monthlyPayText(row.pay, row.app.pay);
  if (pay.unpaid) {
    return (
      <div role="gridcell" className="numeric pay-amount" title={pay.title}>
        {pay.amount}
      </div>
    );
  }
  if (pay.monthly) {
    // A range too wide for its column goes on two lines after its dash, never cut: "$3,813–" over "$12,480".
    const [low, high] = pay.amount.split('–');
    // Hours a week the pay states go under a single amount; a range may need both lines, and its
    // tooltip says them.
    if (high === undefined && pay.hours) {
      return (
        <div role="gridcell" className="numeric two-line" title={pay.title}>
          <span className="truncate">{pay.amount}</span>
          <span className="muted small truncate">{pay.hours}</span>
        </div>
      );
    }
    return (
      <div role="gridcell" className="numeric pay-amount" title={pay.title}>
        {high === undefined ? (
          pay.amount
        ) : (
          <>
            {low}–<wbr />
            {high}
          </>
        )}
      </div>
    );
  }
  // Not a monthly figure: muted, with what it is below it ("no period", "in all").
  return (
    <div role="gridcell" className="numeric two-line" title={pay.title || 'No pay'}>
      <span className="muted truncate">{pay.amount || '—'}</span>
      {pay.what && <span className="muted small truncate">{pay.what}</span>}
    </div>
  );
}

function NextDateCell({ row, now }: { row: TableRow; now: Date }) {
  if (!row.next) {
    return (
      <div role="gridcell">
        <span className="muted">—</span>
      </div>
    );
  }
  const day = nearDate(row.next.at, now);
  const distance = relativeDay(row.next.at, now);
  return (
    <div role="gridcell" className="two-line" title={`${day} · ${distance}\n${row.next.label}`}>
      <span className="truncate">
        {/* Moved to the second line where the table is narrowest: how far off it is says more. */}
        <span className="next-day">{day} · </span>
        {distance}
      </span>
      <span className="muted small truncate">
        {/* Where the first line has no room for the day, it heads the second. */}
        <span className="next-day-below">{day} · </span>
        {row.next.label}
      </span>
    </div>
  );
}

interface ApplicationTableProps {
  rows: readonly TableRow[];
  now: Date;
  /** Whether the note on pay sorted within each currency shows (paySortNote.ts). */
  payNoted: boolean;
}

export function ApplicationTable({ rows, now, payNoted }: ApplicationTableProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const gridRef = useRef<HTMLDivElement>(null);
  const selectedId = useUiStore((s) => s.selectedId);
  const applicationSelected = useUiStore((s) => s.applicationSelected);
  const closeDetailsOnEscape = useCloseDetailsOnEscape();
  const [focusIndex, setFocusIndex] = useState(0);
  const focusRequest = useUiStore((s) => s.tableFocusRequest);
  const tableFocusRequested = useUiStore((s) => s.tableFocusRequested);
  const tableFocused = useUiStore((s) => s.tableFocused);
  const compareIds = useUiStore((s) => s.compareIds);
  const sortKey = useUiStore((s) => s.sort.key);
  const { model } = useData();
  const toggleCompared = (app: Application) => compareToggled(app, (id) => model.get(id) !== undefined);

  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    // Render a screenful on the very first render, before the scroll area has been measured.
    initialRect: { width: 1000, height: 800 },
  });

  const activeIndex = Math.min(focusIndex, Math.max(rows.length - 1, 0));

  // A row outside the window exists only once the scroll has re-rendered it (after End, Page
  // Down, or closing details scrolled away from), so the request stays open until it is there.
  const virtualItems = virtualizer.getVirtualItems();
  useEffect(() => {
    if (focusRequest === null) return;
    // With no row named, the open application's: a remembered place may hold another row by now,
    // after a change re-sorted the table.
    const wanted = focusRequest.id ?? selectedId;
    const asked = wanted === null ? -1 : rows.findIndex((row) => row.app.id === wanted);
    if (asked >= 0 && asked !== activeIndex) return setFocusIndex(asked);
    const target = rows[activeIndex];
    if (target === undefined) return tableFocused();
    if (target.app.id === focusRequest.except) return;
    const row = scrollRef.current?.querySelector<HTMLElement>(`[data-index="${activeIndex}"]`);
    if (!row) return virtualizer.scrollToIndex(activeIndex);
    // In a view too low for the whole of it (a zoomed window), the view scrolls the table into
    // sight, its column headers with the row, rather than only as far as the row.
    gridRef.current?.scrollIntoView({ block: 'nearest' });
    row.focus();
    tableFocused();
  }, [focusRequest, selectedId, activeIndex, rows, virtualItems, virtualizer, tableFocused]);

  // Emptied (an import undone, the last application deleted elsewhere), the table gives way to
  // the empty state: focus in it goes there, not to the top of the page. Not when another view
  // takes its place. A layout effect's cleanup runs while the grid is still in the page.
  useLayoutEffect(() => {
    const grid = gridRef.current;
    return () => {
      if (grid?.contains(document.activeElement) && useUiStore.getState().view === 'applications')
        tableFocusRequested();
    };
  }, [tableFocusRequested]);

  function moveFocus(index: number) {
    const clamped = Math.max(0, Math.min(rows.length - 1, index));
    setFocusIndex(clamped);
    virtualizer.scrollToIndex(clamped);
    tableFocusRequested();
  }

  function onRowKeyDown(event: KeyboardEvent, index: number, app: Application) {
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? ROW_HEIGHT * 10) / ROW_HEIGHT) - 1);
    const moves: Record<string, number> = {
      ArrowDown: index + 1,
      ArrowUp: index - 1,
      PageDown: index + page,
      PageUp: index - page,
      Home: 0,
      End: rows.length - 1,
    };
    if (event.key in moves) {
      event.preventDefault();
      moveFocus(moves[event.key]!);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      applicationSelected(app.id);
    } else if (event.key === ' ' && event.target === event.currentTarget) {
      event.preventDefault();
      toggleCompared(app);
    } else {
      closeDetailsOnEscape(event);
    }
  }

  return (
    <div
      ref={gridRef}
      role="grid"
      aria-label="Applications"
      aria-readonly="true"
      aria-rowcount={rows.length + 1}
      className="app-table"
      // A narrow table keeps the column it is sorted by in sight (app.css).
      data-sorted={sortKey}
    >
      <div role="rowgroup" className="table-head">
        <div role="row" aria-rowindex={1} className="table-row table-header-row">
          <CompareHeader />
          {COLUMNS.map((column) => (
            <SortHeader
              key={column.label}
              column={column}
              describedBy={payNoted && column.sortKey === 'payPerMonth' ? PAY_SORT_NOTE_ID : undefined}
            />
          ))}
        </div>
      </div>
      <div role="rowgroup" ref={scrollRef} className="table-scroll">
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualItems.map((item) => {
            const row = rows[item.index]!;
            const { app } = row;
            const selected = app.id === selectedId;
            const places = placesBesideMode(app);
            return (
              <div
                key={app.id}
                role="row"
                aria-rowindex={item.index + 2}
                aria-selected={selected}
                data-index={item.index}
                tabIndex={item.index === activeIndex ? 0 : -1}
                className={`table-row${selected ? ' selected' : ''}${app.archivedAt ? ' archived' : ''}`}
                style={{ transform: `translateY(${item.start}px)`, height: ROW_HEIGHT }}
                onClick={() => {
                  setFocusIndex(item.index);
                  applicationSelected(app.id);
                }}
                // Focus that came another way (a screen reader's cursor) makes this the row the
                // keyboard is on, where focus comes back to when the details close.
                onFocus={() => setFocusIndex(item.index)}
                onKeyDown={(event) => onRowKeyDown(event, item.index, app)}
              >
                <CompareCell app={app} picked={compareIds.includes(app.id)} toggle={() => toggleCompared(app)} />
                <div role="gridcell" className="two-line" title={`${app.company}\n${app.role}`}>
                  <span className="company truncate">{app.company}</span>
                  <span className="role muted small truncate">{app.role}</span>
                </div>
                <div role="gridcell" className="truncate">
                  <StageBadge stageId={app.stageId} phase={app.phase} />
                  {app.archivedAt && <span className="muted small"> (archived)</span>}
                </div>
                <NextDateCell row={row} now={now} />
                <PayCell row={row} />
                <div role="gridcell" className="truncate" title={places.join('; ')}>
                  {app.workMode && (
                    <span className="muted">
                      {WORK_MODE_LABELS[app.workMode]}
                      {places.length > 0 && ' · '}
                    </span>
                  )}
                  {places.join('; ') || (!app.workMode && <span className="muted">—</span>)}
                </div>
                <div role="gridcell" className="muted">
                  {formatShortDate(app.updatedAt, now)}
                </div>
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
