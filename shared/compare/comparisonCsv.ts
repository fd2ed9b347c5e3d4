// The offer comparison as a CSV file: facts as rows, the applications as columns, and a last
// column naming the best of each row. Written like the CSV summary: UTF-8 with a byte order mark,
// CRLF line endings, formula cells escaped.
import Papa from 'papaparse/papaparse.js';
import type { Application } from '../application';
import { CSV_BOM, CSV_NEWLINE } from '../csv/csvExport';
import { FORMULA_TRIGGER } from '../csv/formulaEscape';
import { PAY_CONVENTION } from '../payNormalize';
import { comparedName, type FactCell, type FactRow } from './compareOffers';

/** What one cell of the file says: its lines, then the detail ("in 3 days") in brackets. */
export function cellText({ lines, detail }: Pick<FactCell, 'lines' | 'detail'>): string {
  if (lines.length === 0) return detail;
  return detail ? `${lines.join('\n')} (${detail})` : lines.join('\n');
}

/**
 * "Stripe — SWE Intern (highest total value)", ties joined; else why a ranked row has no best. On
 * screen a row without a badge speaks for itself; a file read later has only this column to say it.
 */
function bestText(row: FactRow, names: readonly string[]): string {
  const best = names.filter((_, i) => row.cells[i]!.best);
  if (best.length === 0) return row.note || noBestReason(row);
  const text = `${best.join('; ')} (${row.bestMeans})`;
  return row.note ? `${text}. ${row.note}` : text;
}

/** Why markBest marked nothing in a ranked row its note says nothing of. */
function noBestReason(row: FactRow): string {
  if (row.bestMeans === null) return '';
  const known = row.cells.filter((cell) => cell.score !== null);
  return known.length < 2 ? 'Not compared: known for fewer than two.' : 'No best: none of them has one.';
}

/** The rows of the file, before quoting. */
export function comparisonCsvRows(apps: readonly Application[], rows: readonly FactRow[]): string[][] {
  const names = apps.map(comparedName);
  return [
    ['Fact', ...names, 'Best'],
    ...rows.map((row) => [row.label, ...row.cells.map(cellText), bestText(row, names)]),
    ['Figures assume', `${PAY_CONVENTION}; a range counts by its lowest figure`],
  ];
}

/** The complete file text. */
export function comparisonToCsv(apps: readonly Application[], rows: readonly FactRow[]): string {
  const body = Papa.unparse(comparisonCsvRows(apps, rows), { newline: CSV_NEWLINE, escapeFormulae: FORMULA_TRIGGER });
  return CSV_BOM + body + CSV_NEWLINE;
}
