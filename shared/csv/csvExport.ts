// The CSV summary export: one row per application, RFC 4180 quoting, CRLF line endings, UTF-8
// with a byte order mark (so Excel reads the accents right) and formula cells escaped. Control
// characters other than tab and line breaks (a NUL pasted into a note) are left out: they are
// invisible, spreadsheet apps refuse or mangle them, and a NUL makes a file look binary.
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

/** C0 control characters and DEL, but tab, LF and CR, which text holds. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
export const EXPORT_DROPS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

const written = (value: CsvValue): CsvValue => (typeof value === 'string' ? value.replace(EXPORT_DROPS, '') : value);

/** The header and one row per application, as written to the file (before quoting). */
export function csvExportRows(apps: readonly Application[], { pipeline, now }: CsvExportOptions): CsvValue[][] {
  const rows: CsvValue[][] = [EXPORT_COLUMNS.map((c) => c.header)];
  const nextDate = nextDateAt(now);
  const exportRow = rowWriter(pipeline);
  for (const app of apps) {
    const chosen = app.chosenCohortId === null ? undefined : app.cohorts.find((c) => c.id === app.chosenCohortId);
    const row = exportRow(app, {
      next: nextDate(app),
      pay: normalizeApplicationPay(app),
      offerValue: offerValue(app),
      chosen,
    });
    rows.push(row.map(written));
  }
  return rows;
}

/** The complete file text. */
export function applicationsToCsv(apps: readonly Application[], options: CsvExportOptions): string {
  const body = Papa.unparse(csvExportRows(apps, options), { newline: CSV_NEWLINE, escapeFormulae: FORMULA_TRIGGER });
  return CSV_BOM + body + CSV_NEWLINE;
}
