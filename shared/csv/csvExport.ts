// The CSV summary export: one row per application, RFC 4180 quoting, CRLF line endings, UTF-8
// with a byte order mark (so Excel reads the accents right) and formula cells escaped.
import Papa from 'papaparse/papaparse.js';
import type { Application } from '../application';
import { nextDateAt } from '../nextDate';
import { normalizeApplicationPay, offerValue } from '../payNormalize';
import type { Pipeline } from '../pipeline';
import { EXPORT_COLUMNS, rowWriter, type CsvValue } from './exportColumns';
import { FORMULA_TRIGGER } from './formulaEscape';

export const CSV_BOM = '\uFEFF';
export const CSV_NEWLINE = '\r\n';

export interface CsvExportOptions {
  /** The user's pipeline: stages are written by their names. */
  pipeline: Pipeline;
  /** Decides which date is "next". */
  now: Date;
}

/** The header and one row per application, as written to the file (before quoting). */
export function csvExportRows(apps: readonly Application[], { pipeline, now }: CsvExportOptions): CsvValue[][] {
  const rows: CsvValue[][] = [EXPORT_COLUMNS.map((c) => c.header)];
  const nextDate = nextDateAt(now);
  const exportRow = rowWriter(pipeline);
  for (const app of apps) {
    const chosen = app.chosenCohortId === null ? undefined : app.cohorts.find((c) => c.id === app.chosenCohortId);
    rows.push(
      exportRow(app, { next: nextDate(app), pay: normalizeApplicationPay(app), offerValue: offerValue(app), chosen }),
    );
  }
  return rows;
}

/** The complete file text. */
export function applicationsToCsv(apps: readonly Application[], options: CsvExportOptions): string {
  const body = Papa.unparse(csvExportRows(apps, options), { newline: CSV_NEWLINE, escapeFormulae: FORMULA_TRIGGER });
  return CSV_BOM + body + CSV_NEWLINE;
}
