// The CSV summary export: one row per application, RFC 4180 quoting, CRLF line endings, UTF-8
// with a byte order mark (so Excel reads the accents right) and formula cells escaped. It comes
// comma-separated with decimal points, or separated by semicolons with decimal commas: the file
// Excel opens by double-click where the decimal mark is the comma (most of Europe, Latin
// America), whose list separator is then the semicolon. Control
// characters other than tab and line breaks (a NUL pasted into a note) are left out: they are
// invisible, spreadsheet apps refuse or mangle them, and a NUL makes a file look binary.
import Papa from 'papaparse/papaparse.js';
import type { Application, Cohort } from '../application';
import { nextDateAt, relevantCohorts } from '../nextDate';
import { normalizeApplicationPay, offerValue } from '../payNormalize';
import type { Pipeline } from '../pipeline';
import { readLocale } from '../readLocale';
import { EXPORT_COLUMNS, rowWriter, type CsvValue } from './exportColumns';
import { FORMULA_TRIGGER } from './formulaEscape';

export const CSV_BOM = '\uFEFF';
export const CSV_NEWLINE = '\r\n';

/**
 * The summary's formats: "comma", comma-separated with decimal points (1234.5); "semicolon",
 * semicolon-separated with decimal commas (1234,5). Neither writes thousands separators.
 */
export const CSV_FORMATS = ['comma', 'semicolon'] as const;
export type CsvFormat = (typeof CSV_FORMATS)[number];

/**
 * The format a spreadsheet of the student's locale opens as columns: semicolons where the
 * locale's decimal mark is the comma, else commas. The first locale of `preferred` that reads
 * as one decides ("de-DE" semicolon, "en-US" comma, a POSIX "fr_FR.UTF-8" semicolon).
 */
export function csvFormatOfLocale(preferred: readonly (string | undefined)[]): CsvFormat {
  for (const written of preferred) {
    const read = written === undefined ? null : readLocale(written);
    if (read === null) continue;
    try {
      const parts = new Intl.NumberFormat(read.tag).formatToParts(1.5);
      return parts.find((part) => part.type === 'decimal')?.value === ',' ? 'semicolon' : 'comma';
    } catch {
      // A tag Intl.Locale takes but NumberFormat does not: try the next.
    }
  }
  return 'comma';
}

export interface CsvExportOptions {
  /** The user's pipeline: stages are written by their names. */
  pipeline: Pipeline;
  /** Decides which date is "next". */
  now: Date;
  /** Separator and decimal mark; comma-separated with decimal points when not given. */
  format?: CsvFormat;
}

/** C0 control characters and DEL, but tab, LF and CR, which text holds. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
export const EXPORT_DROPS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

const written = (value: CsvValue): CsvValue => (typeof value === 'string' ? value.replace(EXPORT_DROPS, '') : value);

/**
 * The same with numbers in decimal commas ("2513,33"). Only the numeric cells change: text as
 * written, a pay's "$14.50/hr" or a housing's "2000.5/month", stays as it is.
 */
const writtenWithDecimalComma = (value: CsvValue): CsvValue =>
  typeof value === 'number' ? String(value).replace('.', ',') : written(value);

/**
 * The cohort Cohort start and end hold: the chosen one, else the only one. Reading them back marks
 * it chosen, which for an only cohort changes no date and no pay: it counts as chosen already.
 */
function cohortThatCounts(app: Application): Cohort | undefined {
  const counted = relevantCohorts(app);
  return counted.length === 1 ? counted[0] : undefined;
}

/** The header and one row per application, as written to the file (before quoting). */
export function csvExportRows(
  apps: readonly Application[],
  { pipeline, now, format = 'comma' }: CsvExportOptions,
): CsvValue[][] {
  const rows: CsvValue[][] = [EXPORT_COLUMNS.map((c) => c.header)];
  const nextDate = nextDateAt(now);
  const exportRow = rowWriter(pipeline);
  const cell = format === 'semicolon' ? writtenWithDecimalComma : written;
  for (const app of apps) {
    const row = exportRow(app, {
      next: nextDate(app),
      pay: normalizeApplicationPay(app),
      offerValue: offerValue(app),
      cohort: cohortThatCounts(app),
    });
    rows.push(row.map(cell));
  }
  return rows;
}

/** The complete file text. */
export function applicationsToCsv(apps: readonly Application[], options: CsvExportOptions): string {
  const body = Papa.unparse(csvExportRows(apps, options), {
    delimiter: options.format === 'semicolon' ? ';' : ',',
    newline: CSV_NEWLINE,
    escapeFormulae: FORMULA_TRIGGER,
  });
  return CSV_BOM + body + CSV_NEWLINE;
}
