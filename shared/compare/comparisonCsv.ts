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

/** "Stripe — SWE Intern (highest total value)", ties joined; else why the row has no best. */
function bestText(row: FactRow, names: readonly string[]): string {
  const best = names.filter((_, i) => row.cells[i]!.best);
  if (best.length === 0) return row.note || row.noBest;
  const text = `${best.join('; ')} (${row.bestMeans})`;
  return row.note ? `${text}. ${row.note}` : text;
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
