// The comparison itself: a table with the applications as columns and one row per fact, grouped;
// the best value of each row that compares carries a visible "Best" and says why to screen readers.
import type { RefObject } from 'react';
import type { Application } from '@shared/application';
import {
  comparedName,
  FACT_GROUP_LABELS,
  type FactCell,
  type FactGroup,
  type FactRow,
} from '@shared/compare/compareOffers';
import { StageBadge } from '../../components/StageBadge';
import { ClampedNotes } from './ClampedNotes';

interface ComparisonTableProps {
  apps: readonly Application[];
  rows: readonly FactRow[];
  openDetails: (app: Application) => void;
  remove: (app: Application, index: number) => void;
  /** Each column's Remove button, so focus can move to a neighbour's once one is removed. */
  removeRefs: RefObject<(HTMLButtonElement | null)[]>;
}

function groupsOf(rows: readonly FactRow[]): [FactGroup, FactRow[]][] {
  const groups = new Map<FactGroup, FactRow[]>();
  for (const row of rows) groups.set(row.group, [...(groups.get(row.group) ?? []), row]);
  return [...groups];
}

function Stars({ count }: { count: number }) {
  return (
    <span className="excitement-stars" aria-hidden="true">
      {'★'.repeat(count)}
      {/* Hollow, not only paler: high-contrast modes draw every star in one colour. */}
      <span className="stars-off">{'☆'.repeat(5 - count)}</span>
    </span>
  );
}

function CellValue({ row, cell, app }: { row: FactRow; cell: FactCell; app: Application }) {
  if (cell.lines.length === 0) {
    return cell.detail ? (
      <span className="fact-missing">{cell.detail}</span>
    ) : (
      <>
        <span className="muted" aria-hidden="true">
          —
        </span>
        <span className="visually-hidden">Not recorded</span>
      </>
    );
  }
  if (row.id === 'stage') return <StageBadge stageId={app.stageId} phase={app.phase} />;
  if (row.id === 'notes') return <ClampedNotes text={cell.lines[0]!} of={comparedName(app)} />;
  return (
    <>
      {cell.lines.map((line, index) => (
        <span key={index} className={index === cell.marked ? 'fact-line marked' : 'fact-line'}>
          {index === cell.marked && (
            <span className="chosen-mark" aria-hidden="true">
              ✓{' '}
            </span>
          )}
          {row.id === 'excitement' && app.excitement !== null && <Stars count={app.excitement} />}
          {line}
        </span>
      ))}
    </>
  );
}

function Cell({ row, cell, app }: { row: FactRow; cell: FactCell; app: Application }) {
  return (
    <td className={cell.best ? 'best' : undefined}>
      <div className="fact-cell">
        <div className="fact-value">
          <CellValue row={row} cell={cell} app={app} />
        </div>
        {cell.best && (
          <span className="best-badge">
            Best<span className="visually-hidden">: {row.bestMeans}</span>
          </span>
        )}
        {cell.lines.length > 0 && cell.detail && (
          <span className={cell.urgent ? 'fact-detail urgent' : 'fact-detail'}>{cell.detail}</span>
        )}
      </div>
    </td>
  );
}

export function ComparisonTable({ apps, rows, openDetails, remove, removeRefs }: ComparisonTableProps) {
  const columns = apps.length + 1;
  return (
    <table className={`compare-table columns-${apps.length}`} aria-labelledby="compare-title">
      <colgroup>
        <col className="fact-column" />
        {apps.map((app) => (
          <col key={app.id} />
        ))}
      </colgroup>
      <thead>
        <tr className="compare-heads">
          <td className="compare-corner" />
          {apps.map((app) => (
            <th key={app.id} scope="col">
              <span className="compare-company" title={app.company}>
                {app.company}
              </span>
              <span className="compare-role" title={app.role}>
                {app.role}
              </span>
            </th>
          ))}
        </tr>
        <tr className="compare-actions">
          <td className="compare-corner" />
          {apps.map((app, index) => (
            <td key={app.id}>
              <button
                type="button"
                className="link-button small"
                aria-label={`Open details of ${comparedName(app)}`}
                onClick={() => openDetails(app)}
              >
                Open details
              </button>
              <button
                ref={(element) => {
                  removeRefs.current[index] = element;
                }}
                type="button"
                className="link-button small"
                aria-label={`Remove ${comparedName(app)} from the comparison`}
                onClick={() => remove(app, index)}
              >
                Remove
              </button>
            </td>
          ))}
        </tr>
      </thead>
      {groupsOf(rows).map(([group, groupRows]) => (
        <tbody key={group}>
          <tr className="group-row">
            <th scope="rowgroup" colSpan={columns}>
              {FACT_GROUP_LABELS[group]}
            </th>
          </tr>
          {groupRows.map((row) => (
            <tr key={row.id} className={`fact-row fact-${row.id}`}>
              <th scope="row">
                {row.label}
                {row.note && <span className="row-note">{row.note}</span>}
              </th>
              {row.cells.map((cell, index) => (
                <Cell key={apps[index]!.id} row={row} cell={cell} app={apps[index]!} />
              ))}
            </tr>
          ))}
        </tbody>
      ))}
    </table>
  );
}
