// The offer comparison view: up to four applications side by side, added from the table's ticks,
// the dashboard's offers or the list here; exported as CSV.
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Application } from '@shared/application';
import { COMPARE_LIMIT, compareOffers, comparedName } from '@shared/compare/compareOffers';
import { countOf } from '@shared/countOf';
import { PAY_CONVENTION } from '@shared/payNormalize';
import { dates } from '../../components/formatDates';
import { useModelError, useModelNow, useModelStatus, usePipeline } from '../../model/queries';
import { useUiStore } from '../../state/uiStore';
import { runExport } from '../export/exportFiles';
import { AddToComparison } from './AddToComparison';
import { ComparisonTable } from './ComparisonTable';
import { usePickedApplications } from './compareSelection';
import { exportComparison } from './exportComparison';

function Comparison() {
  const picked = usePickedApplications();
  const now = useModelNow();
  const pipeline = usePipeline();
  const compareChanged = useUiStore((s) => s.compareChanged);
  const applicationOpened = useUiStore((s) => s.applicationOpened);
  const apps = useMemo(() => picked.slice(0, COMPARE_LIMIT), [picked]);
  const waiting = picked.slice(COMPARE_LIMIT);
  const rows = useMemo(() => compareOffers(apps, { pipeline, now, dates }), [apps, pipeline, now]);
  const pickedIds = useMemo(() => picked.map((app) => app.id), [picked]);
  const [busy, setBusy] = useState(false);

  const selectRef = useRef<HTMLSelectElement>(null);
  const removeRefs = useRef<(HTMLButtonElement | null)[]>([]);
  /** The column whose Remove was used: focus goes to the Remove of the column now in its place. */
  const focusAfterRemove = useRef<number | null>(null);
  // Once the columns have changed: a render for anything else first would put the keyboard on the
  // Remove that is about to go.
  useEffect(() => {
    if (focusAfterRemove.current === null) return;
    const index = Math.min(focusAfterRemove.current, apps.length - 1);
    focusAfterRemove.current = null;
    (removeRefs.current[index] ?? selectRef.current)?.focus();
  }, [apps]);

  function remove(app: Application, index: number) {
    focusAfterRemove.current = index;
    compareChanged(pickedIds.filter((id) => id !== app.id));
  }

  async function exportCsv() {
    if (busy || apps.length === 0) return;
    setBusy(true);
    await runExport(() => exportComparison(apps, rows, new Date()));
    setBusy(false);
  }

  return (
    <div className="compare-view">
      <header className="compare-header">
        <div>
          <h2 id="compare-title">Compare offers</h2>
          <p className="muted">
            {apps.length === 0
              ? 'Two to four applications side by side, one row per fact.'
              : `${countOf(apps.length, 'application')} side by side. The best value of each row is marked.`}
          </p>
        </div>
        <div className="button-row">
          <button type="button" aria-disabled={busy || apps.length === 0} onClick={() => void exportCsv()}>
            {busy ? 'Exporting…' : 'Export CSV'}
          </button>
          {picked.length > 0 && (
            <button
              type="button"
              onClick={() => {
                // The button goes with the columns: the keyboard goes to the list to add from.
                selectRef.current?.focus();
                compareChanged([]);
              }}
            >
              Clear
            </button>
          )}
        </div>
      </header>

      <AddToComparison picked={pickedIds} shown={apps.length} selectRef={selectRef} />

      {waiting.length > 0 && (
        <p className="notice">
          Showing the first {COMPARE_LIMIT} of the {picked.length} picked. Removing a column brings in the next:{' '}
          {waiting.map(comparedName).join('; ')}.
        </p>
      )}

      {apps.length === 0 ? (
        <section className="compare-empty" aria-labelledby="compare-empty-title">
          <h3 id="compare-empty-title">Nothing to compare yet</h3>
          <p>
            Tick two to four applications in the table (Space ticks the row you are on) and choose <em>Compare</em>, or
            add them here one at a time.
          </p>
        </section>
      ) : (
        <>
          <ComparisonTable
            apps={apps}
            rows={rows}
            openDetails={(app) => applicationOpened(app.id)}
            remove={remove}
            removeRefs={removeRefs}
          />
          {apps.length === 1 && <p className="notice">Add another application to see which is best in each row.</p>}
        </>
      )}

      <p className="compare-convention muted small">
        Figures assume {PAY_CONVENTION}. Totals are over the chosen cohort, or the stated duration. A range counts by
        its lowest figure, amounts in different currencies are not compared, and every value that ties for best is
        marked.
      </p>
    </div>
  );
}

export function CompareView() {
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
  return <Comparison />;
}
