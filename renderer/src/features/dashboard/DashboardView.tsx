// The dashboard: how the search is going (numbers, the funnel, applications per week), the offers
// on the table and what is due this week, for the applications the table's filters and search
// let through, counted within a date range.
import { useRef } from 'react';
import { countOf } from '@shared/countOf';
import type { DayRange } from '@shared/dashboard/dateRange';
import { toCalendarDate } from '@shared/calendarDate';
import { formatWhen } from '../../components/formatDates';
import { useModelError, useModelNow, useModelStatus } from '../../model/queries';
import { useUiStore } from '../../state/uiStore';
import { DueSoonPanel } from './DueSoonPanel';
import { FunnelChart } from './FunnelChart';
import { OffersPanel } from './OffersPanel';
import { RangePicker } from './RangePicker';
import { SearchNumbers } from './SearchNumbers';
import { DUE_DAYS, noAppliedDate, useDashboard } from './useDashboard';
import { WeeklyChart } from './WeeklyChart';

function rangeWords(range: DayRange): string {
  if (range.from === null && range.to === null) return 'all time';
  if (range.from === null) return `up to ${formatWhen(range.to!)}`;
  if (range.to === null) return `from ${formatWhen(range.from)}`;
  return `${formatWhen(range.from)} to ${formatWhen(range.to)}`;
}

/** Says that the table's filters and search apply here, and how many applications they let through. */
function FilterNote({ matching, total }: { matching: number; total: number }) {
  const search = useUiStore((s) => s.search);
  const filters = useUiStore((s) => s.filters);
  const filtersCleared = useUiStore((s) => s.filtersCleared);
  const noteRef = useRef<HTMLParagraphElement>(null);
  const chosen = filters.phases.length + filters.stageIds.length + filters.workModes.length + filters.tags.length;
  const active = chosen > 0 || filters.showArchived || search !== '';
  return (
    <p ref={noteRef} className="filter-note" role="status" tabIndex={-1}>
      {active ? (
        <>
          The table’s filters and search apply: {matching.toLocaleString('en-US')} of {countOf(total, 'application')}.{' '}
          <button
            type="button"
            className="link-button"
            onClick={() => {
              // The button goes with the filters: the note keeps the keyboard's place.
              noteRef.current?.focus();
              filtersCleared();
            }}
          >
            Clear filters
          </button>
        </>
      ) : (
        <>Counting the {countOf(matching, 'application')} the table shows; its filters and search apply here too.</>
      )}
    </p>
  );
}

function DashboardContent() {
  const now = useModelNow();
  const dashboard = useDashboard();
  const editorOpened = useUiStore((s) => s.editorOpened);
  const { stats, range } = dashboard;
  const undated = dashboard.undated > 0 ? noAppliedDate(dashboard.undated) : null;

  if (dashboard.total === 0) {
    return (
      <div className="dashboard">
        <h2>Dashboard</h2>
        <section className="dashboard-card card-empty-state">
          <h3>No applications yet</h3>
          <p>
            Once you track applications, this page shows how many reached each phase, how often and how fast companies
            answer, your offers and their deadlines, and what is due this week.
          </p>
          <button type="button" className="primary" onClick={() => editorOpened(null)}>
            Add your first application
          </button>
        </section>
      </div>
    );
  }

  return (
    <div className="dashboard">
      <header className="dashboard-header">
        <div>
          <h2>Dashboard</h2>
          <p className="muted">
            Counting applications by the day they went out ({rangeWords(range)}): the applied date, or the day it was
            saved for one not applied to yet.
          </p>
        </div>
        <RangePicker today={toCalendarDate(now)} />
      </header>
      <FilterNote matching={dashboard.matching} total={dashboard.total} />
      {undated && (range.from !== null || range.to !== null) && (
        <p className="muted">
          {undated.words}: All time counts {undated.them}, no shorter range does.
        </p>
      )}
      {dashboard.matching === 0 ? (
        <p className="dashboard-card card-empty">No application matches the table’s filters and search.</p>
      ) : (
        <>
          {stats.total === 0 ? (
            <p className="dashboard-card card-empty">
              No application went out in this range ({rangeWords(range)}): choose a longer one, or All time.
            </p>
          ) : (
            <>
              <h3 className="visually-hidden">The search in numbers</h3>
              <SearchNumbers stats={stats} />
            </>
          )}
          <div className="dashboard-grid">
            {stats.total > 0 && <FunnelChart funnel={stats.funnel} />}
            <WeeklyChart weeks={dashboard.perWeek} undated={dashboard.undated} />
            <OffersPanel offers={dashboard.offers} now={now} />
            <DueSoonPanel days={dashboard.dueSoon} now={now} dayCount={DUE_DAYS} />
          </div>
        </>
      )}
    </div>
  );
}

export function DashboardView() {
  const status = useModelStatus();
  const error = useModelError();
  if (status === 'failed') {
    return (
      <p className="field-error" role="alert">
        The applications could not be read: {error}
      </p>
    );
  }
  if (status !== 'ready') return <p className="loading">Loading applications…</p>;
  return <DashboardContent />;
}
