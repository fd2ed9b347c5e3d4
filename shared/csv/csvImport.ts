// The CSV import after the file is read: validates every row in chunks (so the screen stays
// responsive and the user can cancel), marks duplicates, and, once the user chose to skip or
// merge them, plans what to write. Nothing is written here: the caller imports or cancels.
import { dequal } from 'dequal';
import type { Application } from '../application';
import { toCalendarDate } from '../calendarDate';
import { countOf } from '../countOf';
import { inferDecimalMark, type DecimalMark } from '../money/amount';
import { stageNameKey, type Pipeline } from '../pipeline';
import { validateApplication } from '../validateApplication';
import {
  isBookkeepingHeader,
  isSkippedByPreset,
  mappingProblems,
  type ColumnMapping,
  type CsvPreset,
} from './columnMapping';
import { dateOrderOfZone } from '../dateOrderOfZone';
import type { DateWords } from '../dateWords';
import {
  dayAndMonth,
  detectDateOrder,
  listedDates,
  numericDates,
  twoReadings,
  type DateOrder,
  type MixedDates,
} from './dateCell';
import { hasLostCurrencySign } from './decodeCsvBytes';
import { duplicateIndex } from './duplicates';
import { DATE_FIELDS, type ImportField } from './importFields';
import { addedByMerge, mergeApplications } from './mergeApplications';
import { readPayColumn, type PayColumnFacts } from './payCell';
import { shorten } from './quotedValue';
import type { CsvTable } from './readCsvText';
import { rowReader, type StartAlone } from './rowToApplication';
import { detectExcitementScale, excitementFromCell, excitementScaleInHeader, isBlankCell } from './vocabularyWords';

/** What the import needs of an AbortSignal (shared/ has no DOM types; a real one fits). */
export interface CancelSignal {
  readonly aborted: boolean;
}

export interface CsvImportOptions {
  mapping: ColumnMapping;
  preset: CsvPreset;
  /** The user's pipeline: stage names and status words are read against it. */
  pipeline: Pipeline;
  /**
   * The applications already in the database, for duplicate detection. May still be on its way:
   * rows are read while the database reads them, and matched once both are done.
   */
  existing: readonly Application[] | Promise<readonly Application[]>;
  newId: () => string;
  now: Date;
  /**
   * The currency of the student's region (regionCurrency.ts): an amount that writes none, in a
   * column whose other amounts do not settle one, is in it (and a bare "$" too, when it is a
   * dollar, as the editor reads it). USD when not given.
   */
  regionCurrency?: string | null;
  /** Whether 05/06/2026 is 5 June (the student's choice); found from the file's dates when not given. */
  dayFirst?: boolean;
  /**
   * Whether the student's locale writes dates day first (en-GB, de, fr): the order proposed when
   * the file's dates do not settle it and nothing else in the file speaks for one.
   */
  localeDayFirst?: boolean;
  /** The student's time zone ("Europe/London"): where it lies says more of their dates than their language. */
  timeZone?: string;
  /** Whether excitement goes to 5 or to 10; found from the file's ratings when not given. */
  excitementScale?: 5 | 10;
  /** Whether the rows of companyFromAbove (ImportPreview) take the company of the row above (the student's choice). */
  companyFromAbove?: boolean;
  /** The stage id the student chose for a status (ImportPreview's statuses), by the status as written. */
  stageChoices?: Readonly<Record<string, string>>;
  /** Rows validated between pauses; 500 when not given. */
  chunkSize?: number;
  signal?: CancelSignal;
  onProgress?: (done: number, total: number) => void;
  /** Awaited between chunks; the renderer passes a macrotask (setTimeout) so the screen can paint. */
  pause?: () => Promise<void>;
}

export type DuplicateOf = { kind: 'existing'; id: string } | { kind: 'row'; rowNumber: number };

export interface ImportRow {
  rowNumber: number;
  application: Application;
  duplicateOf: DuplicateOf | null;
  startAlone: StartAlone | null;
}

export interface ImportPreview {
  /** Valid rows, in file order. */
  rows: ImportRow[];
  /** One message per problem, "Row 14: 'Deadline' is not a date (got '31/31/2026')". */
  errors: string[];
  /** Rows imported with a guess, "Row 9: 'Status' is not a stage in your pipeline ...". */
  warnings: string[];
  /**
   * How whole columns were read, said once each: "'Excitement' goes up to 10 …", "'Status': your
   * pipeline has no stage 'Interview' … (12 rows)".
   */
  notes: string[];
  /** Rows that had at least one error (not imported). */
  rejectedRows: number[];
  /** Columns left on Ignore that hold something of the applications: "Card URL", "Attachment Links". */
  ignoredColumns: string[];
  dayFirst: boolean;
  /** A date the two orders read differently, when the file's dates did not settle which it is. */
  unsettledDate: string | null;
  /** The order proposed, and what it went by, when the file's dates did not settle it. */
  dateOrderProposal: DateOrderProposal | null;
  /** Dates only day first and only month first read, when the file has both (see detectDateOrder). */
  mixedDates: MixedDates | null;
  excitementScale: 5 | 10;
  /** A quote never closed, which took every line of text from there to the end of the file into one value. */
  unclosedQuote: CsvTable['unclosedQuote'];
  /**
   * Rows with no company right under a row that has one, or under such rows: a company cell
   * merged over several rows, which a sheet writes on its first row only. They take the company
   * above when the student chooses so (CsvImportOptions), and are refused for it otherwise.
   */
  companyFromAbove: number[];
  /**
   * Each status the Stage column writes (as first written, in the order first met), the stage its
   * rows were read as, and how many imported rows write it: the student may choose another stage.
   */
  statuses: StatusReading[];
}

export interface StatusReading {
  status: string;
  stageId: string;
  rows: number;
}

/**
 * The order proposed where the dates do not settle it, and what it went by: the dates of what has
 * happened, kept out of the future; a file separated by semicolons; the time zone; the language.
 */
export interface DateOrderProposal {
  dayFirst: boolean;
  basis: { kind: 'past' } | { kind: 'semicolons' } | { kind: 'zone'; zone: string } | { kind: 'language' };
}

export type ImportOutcome =
  { status: 'ready'; preview: ImportPreview } | { status: 'refused'; problems: string[] } | { status: 'cancelled' };

/**
 * The values of the columns read as these fields, of the rows that are read: a row left out (a
 * summary under the table, a title row, the column names again) says nothing of how the
 * applications are written, so its "Average, $2,150.00" settles no decimal mark.
 */
function cellsOf(table: CsvTable, mapping: ColumnMapping, fields: readonly ImportField[]): Generator<string> {
  return cellsOfColumns(
    table,
    mapping.flatMap((field, i) => (field !== null && fields.includes(field) ? [i] : [])),
  );
}

/** The values of these columns, of the rows that are read (see cellsOf). */
function* cellsOfColumns(table: CsvTable, indexes: readonly number[]): Generator<string> {
  for (const row of table.rows) {
    if (row.problem !== null) continue;
    for (const i of indexes) yield row.cells[i] ?? '';
  }
}

const SAME_COMPANY = '↳';

const MONEY_FIELDS: readonly ImportField[] = ['pay', 'payMin', 'payMax', 'housing', 'relocation', 'signOnBonus'];

/**
 * The numeric columns of our own export, which its semicolon-separated format writes with a
 * decimal comma ("14,125" is fourteen and an eighth, not 14,125). The pay as written and the
 * housing are text and keep their decimal points.
 */
const OWN_NUMBER_FIELDS: readonly ImportField[] = [
  'payMin',
  'payMax',
  'payHours',
  'relocation',
  'signOnBonus',
  'durationWeeks',
];

/**
 * The decimal mark of each money column, from its values: a column is written in one convention,
 * so "1.234,56" in one row says how "2.500" in another reads. Our own export writes plain numbers,
 * with a decimal comma when separated by semicolons.
 */
function moneyDecimalMarks(table: CsvTable, mapping: ColumnMapping, preset: CsvPreset) {
  const marks: Partial<Record<ImportField, DecimalMark | null>> = {};
  if (preset === 'own-export') {
    for (const field of MONEY_FIELDS) marks[field] = '.';
    if (table.delimiter === ';') for (const field of OWN_NUMBER_FIELDS) marks[field] = ',';
    return marks;
  }
  for (const field of MONEY_FIELDS) marks[field] = inferDecimalMark(cellsOf(table, mapping, [field]));
  return marks;
}

const PAY_FIELDS: readonly ImportField[] = ['pay', 'payMin', 'payMax'];

/**
 * What each pay column's amounts state of their currency and period (readPayColumn), for those
 * that state none: a column is one person's sheet, its "2.500" among euros in euros, its "1.800 €"
 * among monthly pay monthly. Rows left out (a summary under the table) do not count. Our own
 * export writes both in their own columns.
 */
function payColumnFacts(
  table: CsvTable,
  mapping: ColumnMapping,
  preset: CsvPreset,
  marks: Partial<Record<ImportField, DecimalMark | null>>,
): Partial<Record<ImportField, PayColumnFacts>> {
  const facts: Partial<Record<ImportField, PayColumnFacts>> = {};
  if (preset === 'own-export') return facts;
  for (const field of PAY_FIELDS) {
    const index = mapping.indexOf(field);
    if (index < 0) continue;
    const values = table.rows.flatMap((row) => {
      const value = row.cells[index] ?? '';
      return row.problem === null && !hasLostCurrencySign(value) ? [value] : [];
    });
    facts[field] = readPayColumn(values, marks[field]);
  }
  return facts;
}

/**
 * What an excitement column's values were read as, when that was not plain 1–5, of the rows
 * imported: a row refused or left out was read as nothing.
 */
function excitementNote(
  table: CsvTable,
  mapping: ColumnMapping,
  scale: 5 | 10,
  imported: readonly (readonly string[])[],
): string | null {
  const column = mapping.indexOf('excitement');
  if (column < 0) return null;
  const header = table.header[column] ?? `Column ${column + 1}`;
  const words = new Map<string, number>();
  for (const cells of imported) {
    const value = (cells[column] ?? '').trim();
    if (words.size >= 6 || words.has(value)) continue;
    const read = excitementFromCell(value, scale);
    if (read?.fromWord && read.value !== null) words.set(value, read.value);
  }
  const sentences: string[] = [];
  if (scale === 10)
    sentences.push(
      `'${header}' goes up to 10, so it was read onto excitement from 1 to 5: 1–2 as 1, 3–4 as 2, 5–6 as 3, 7–8 as 4, 9–10 as 5.`,
    );
  if (words.size > 0) {
    const read = [...words].map(([word, level]) => `'${shorten(word)}' as ${level}`).join(', ');
    sentences.push(`'${header}' has words, read as excitement from 1 to 5: ${read}.`);
  }
  return sentences.length > 0 ? sentences.join(' ') : null;
}

/**
 * Month or day first: what the dates settle, else what the file and the student's computer say
 * (still asked, that answer proposed): the order that keeps the dates of what has happened
 * (applied, saved, offered) out of the future when only one does; else day first in a file
 * separated by semicolons, from a spreadsheet in a locale whose decimal mark is the comma, most
 * of which write the day first; else the order of the time zone's country, where it has one (a
 * UK student's browser is often set to en-US); else the language's. LinkedIn writes month first.
 */
function dateOrderOf(table: CsvTable, options: CsvImportOptions): DateOrder & { proposal: DateOrderProposal | null } {
  if (options.preset === 'linkedin') return { dayFirst: false, unsettled: null, mixed: null, proposal: null };
  const found = detectDateOrder(cellsOf(table, options.mapping, DATE_FIELDS));
  if (found.unsettled === null) return { ...found, proposal: null };
  const proposal = proposeDateOrder(table, options);
  return { ...found, dayFirst: proposal.dayFirst, proposal };
}

function proposeDateOrder(table: CsvTable, options: CsvImportOptions): DateOrderProposal {
  const past = orderKeepingThePastPast(table, options.mapping, options.now);
  if (past !== null) return { dayFirst: past, basis: { kind: 'past' } };
  if (table.delimiter === ';') return { dayFirst: true, basis: { kind: 'semicolons' } };
  const zone = options.timeZone;
  const zoned = zone === undefined ? null : dateOrderOfZone(zone);
  if (zoned !== null) return { dayFirst: zoned === 'day-first', basis: { kind: 'zone', zone: zone! } };
  return { dayFirst: options.localeDayFirst ?? false, basis: { kind: 'language' } };
}

/** Dates of what has already happened: none of them can be after today. */
const PAST_FIELDS: readonly ImportField[] = ['appliedAt', 'dateSaved', 'offeredOn'];

/**
 * Day first (true) or month first (false) when the other order alone puts a date that has
 * happened after today (12/11/2026 read as December 11 on December 6); null when neither or both do.
 */
function orderKeepingThePastPast(table: CsvTable, mapping: ColumnMapping, now: Date): boolean | null {
  const today = toCalendarDate(now);
  let monthFirstAhead = false;
  let dayFirstAhead = false;
  for (const cell of cellsOf(table, mapping, PAST_FIELDS)) {
    const readings = twoReadings(cell);
    if (readings === null) continue;
    monthFirstAhead ||= readings.monthFirst.date > today;
    dayFirstAhead ||= readings.dayFirst.date > today;
    if (monthFirstAhead && dayFirstAhead) return null;
  }
  return monthFirstAhead === dayFirstAhead ? null : monthFirstAhead;
}

/**
 * In a file whose dates are written in both orders, a warning for each date that reads both
 * ways, since its reading is the date order's guess: "Row 6: 'Date Applied' mixes day-first
 * (15/10/2026) and month-first (10/20/2026) dates, so '03/11/2026' could be 3 November or 11
 * March; read as 11 March, month first as the date order above says".
 */
function mixedOrderWarnings(table: CsvTable, mapping: ColumnMapping, mixed: MixedDates | null, dayFirst: boolean) {
  if (mixed === null) return () => [];
  const columns = mapping.flatMap((field, i) => {
    if (field === null || !DATE_FIELDS.includes(field)) return [];
    const header = table.header[i] ?? `Column ${i + 1}`;
    const own = detectDateOrder(cellsOfColumns(table, [i])).mixed;
    return [{ index: i, header, own }];
  });
  const order = dayFirst ? 'day first' : 'month first';
  return (rowNumber: number, cells: readonly string[]): string[] =>
    columns.flatMap(({ index, header, own }) =>
      listedDates(cells[index] ?? '')
        .flatMap((part) => (twoReadings(part) === null ? numericDates(part) : [part]))
        .flatMap((date) => {
          const readings = twoReadings(date);
          if (readings === null) return [];
          const both = `'${shorten(date)}' could be ${dayAndMonth(readings.dayFirst.date)} or ${dayAndMonth(readings.monthFirst.date)}`;
          const why = own
            ? `'${header}' mixes day-first (${own.dayFirst}) and month-first (${own.monthFirst}) dates, so ${both}`
            : `'${header}': the file mixes day-first (${mixed.dayFirst}) and month-first (${mixed.monthFirst}) dates, so ${both}`;
          const read = dayAndMonth((dayFirst ? readings.dayFirst : readings.monthFirst).date);
          return [`Row ${rowNumber}: ${why}; read as ${read}, ${order} as the date order above says`];
        }),
    );
}

/**
 * Watches the columns left on Ignore for values a student would miss, row by row. Not counted:
 * a preset's columns left out on purpose, a tracker's bookkeeping (ids, counts), whole numbers
 * with no name the app knows (Trello's "List Position", "Checklist Items Completed"), and a value
 * every row shares (the board's name), which says nothing of any one application.
 */
function ignoredColumnsWatch(table: CsvTable, mapping: ColumnMapping, preset: CsvPreset) {
  const watched = table.header.flatMap((header, index) =>
    (mapping[index] ?? null) !== null || isSkippedByPreset(preset, header) || isBookkeepingHeader(header)
      ? []
      : [{ index, header: header || `Column ${index + 1}`, filled: 0, values: new Set<string>(), numbers: true }],
  );
  return {
    see(cells: readonly string[]) {
      for (const column of watched) {
        const value = (cells[column.index] ?? '').trim();
        if (isBlankCell(value)) continue;
        column.filled += 1;
        if (column.values.size < 2) column.values.add(value);
        if (!/^\d+$/.test(value)) column.numbers = false;
      }
    },
    withData(): string[] {
      const shared = (c: (typeof watched)[number]) =>
        table.rows.length > 1 && c.filled === table.rows.length && c.values.size === 1;
      return watched.filter((c) => c.filled > 0 && !c.numbers && !shared(c)).map((c) => c.header);
    },
  };
}

interface ReadRow {
  rowNumber: number;
  application: Application;
  startAlone: StartAlone | null;
  /** Whether a later row naming the same application is this one again. */
  comparedWithRows: boolean;
}

/** Each row with the application already there, or the earlier row of the file, it repeats. */
function markDuplicates(read: readonly ReadRow[], existing: readonly Application[]): ImportRow[] {
  const existingIds = duplicateIndex<string>();
  for (const app of existing) existingIds.add(app, app.id);
  const earlierRows = duplicateIndex<number>();
  return read.map(({ rowNumber, application, startAlone, comparedWithRows }) => {
    const existingId = existingIds.find(application);
    const earlierRow = comparedWithRows ? earlierRows.find(application) : undefined;
    const duplicateOf: DuplicateOf | null =
      existingId !== undefined
        ? { kind: 'existing', id: existingId }
        : earlierRow !== undefined
          ? { kind: 'row', rowNumber: earlierRow }
          : null;
    // Only a row that is added can be the one a later row duplicates: a row that duplicates an
    // application already there is merged into it or skipped, so a later row matching that row
    // alone (a missing term matches any) would have nothing to merge into, and be lost.
    if (duplicateOf === null && comparedWithRows) earlierRows.add(application, rowNumber);
    return { rowNumber, application, duplicateOf, startAlone };
  });
}

export async function prepareCsvImport(table: CsvTable, options: CsvImportOptions): Promise<ImportOutcome> {
  const problems = mappingProblems(table.header, options.mapping);
  if (problems.length > 0) return { status: 'refused', problems };

  const dateOrder = dateOrderOf(table, options);
  const dayFirst = options.dayFirst ?? dateOrder.dayFirst;
  const excitementColumn = options.mapping.indexOf('excitement');
  // A scale the column's name states wins over the values: a file of 1–10 ratings may hold no 6.
  const excitementScale =
    options.excitementScale ??
    excitementScaleInHeader(table.header[excitementColumn] ?? '') ??
    detectExcitementScale(cellsOf(table, options.mapping, ['excitement']));
  const mixedOrder = mixedOrderWarnings(table, options.mapping, dateOrder.mixed, dayFirst);
  // Readings said once per column, counted over the rows they were made on: gathered per row and
  // kept once the row is read, as a refused row imports nothing, so was read as nothing.
  const notices = new Map<string, { message: string; rows: number }>();
  const rowNotices = new Map<string, string>();
  const decimalMarks = moneyDecimalMarks(table, options.mapping, options.preset);
  const readRow = rowReader({
    header: table.header,
    mapping: options.mapping,
    preset: options.preset,
    pipeline: options.pipeline,
    dayFirst,
    excitementScale,
    regionCurrency: options.regionCurrency ?? null,
    decimalMarks,
    payColumns: payColumnFacts(table, options.mapping, options.preset, decimalMarks),
    now: options.now,
    newId: options.newId,
    notice: (key, message) => {
      if (!rowNotices.has(key)) rowNotices.set(key, message);
    },
    stageChoices: new Map(
      Object.entries(options.stageChoices ?? {}).map(([status, stageId]) => [stageNameKey(status), stageId]),
    ),
  });
  const statuses = new Map<string, StatusReading>();
  const preview: ImportPreview = {
    rows: [],
    errors: [],
    warnings: [],
    notes: [],
    rejectedRows: [],
    ignoredColumns: [],
    dayFirst,
    unsettledDate: dateOrder.unsettled,
    dateOrderProposal: dateOrder.proposal,
    mixedDates: dateOrder.mixed,
    excitementScale,
    unclosedQuote: table.unclosedQuote,
    companyFromAbove: [],
    statuses: [],
  };
  const chunkSize = Math.max(1, options.chunkSize ?? 500);
  const total = table.rows.length;
  const companyColumn = options.mapping.indexOf('company');
  const titleColumn = options.mapping.indexOf('companyAndRole');
  let companyAbove = '';
  /** The company of the run of rows up to this one that a merged cell may have named: '' once it ends. */
  let mergedCompany = '';
  const ignored = ignoredColumnsWatch(table, options.mapping, options.preset);
  const read: ReadRow[] = [];
  const importedCells: (readonly string[])[] = [];

  for (let start = 0; start < total; start += chunkSize) {
    if (options.signal?.aborted) return { status: 'cancelled' };
    for (const written of table.rows.slice(start, start + chunkSize)) {
      ignored.see(written.cells);
      // Simplify's internship lists write "↳" for the company of the row above.
      const company = written.cells[companyColumn]?.trim() ?? '';
      // A row that is no application (the column names again, a summary) ends a run; so does one of
      // no company under none. A title column naming the company gives it one. A row that cannot be
      // read as it stands (a value too many) is still one of the run, left out for its own problem.
      const inRun =
        companyColumn >= 0 &&
        company === '' &&
        (written.cells[titleColumn]?.trim() ?? '') === '' &&
        mergedCompany !== '' &&
        !written.notAnApplication;
      const underMerged = inRun && written.problem === null;
      if (underMerged) preview.companyFromAbove.push(written.rowNumber);
      const taken =
        company === SAME_COMPANY && companyAbove !== ''
          ? companyAbove
          : underMerged && options.companyFromAbove
            ? mergedCompany
            : null;
      const row =
        taken !== null
          ? { ...written, cells: written.cells.map((cell, i) => (i === companyColumn ? taken : cell)) }
          : written;
      if (company !== SAME_COMPANY && company !== '') companyAbove = company;
      if (!inRun) mergedCompany = written.notAnApplication ? '' : (taken ?? company.replace(SAME_COMPANY, ''));
      rowNotices.clear();
      const result = readRow(row);
      if (!result.ok) {
        // How a refused row's values were read ("imported as Wishlist") would be untrue of it.
        preview.errors.push(...result.errors);
        preview.rejectedRows.push(row.rowNumber);
        continue;
      }
      preview.warnings.push(...result.warnings);
      for (const [key, message] of rowNotices) {
        const seen = notices.get(key);
        if (seen) seen.rows += 1;
        else notices.set(key, { message, rows: 1 });
      }
      if (result.status !== null) {
        const key = stageNameKey(result.status);
        const seen = statuses.get(key);
        if (seen) seen.rows += 1;
        else statuses.set(key, { status: result.status, stageId: result.application.stageId, rows: 1 });
      }
      preview.warnings.push(...mixedOrder(row.rowNumber, row.cells));
      importedCells.push(row.cells);
      // A company alone does not say which of its applications a row is: two cards named "Meta"
      // may be two. Tracked with the same stand-in role, it is the one an earlier import of the
      // file gave. A list's closed postings are each its own, their address withheld: one may be
      // tracked, but is no other row.
      read.push({
        rowNumber: row.rowNumber,
        application: result.application,
        startAlone: result.startAlone,
        comparedWithRows: result.roleGiven && !result.postingClosed,
      });
    }
    options.onProgress?.(Math.min(start + chunkSize, total), total);
    if (options.pause) await options.pause();
  }
  if (options.signal?.aborted) return { status: 'cancelled' };
  preview.rows = markDuplicates(read, await options.existing);
  if (options.signal?.aborted) return { status: 'cancelled' };
  const excitement = excitementNote(table, options.mapping, excitementScale, importedCells);
  if (excitement !== null) preview.notes.push(excitement);
  preview.ignoredColumns = ignored.withData();
  preview.statuses = [...statuses.values()];
  // A column's notes together (each status word read, say), the columns in the order first met.
  const byColumn = new Map<string, string[]>();
  for (const { message, rows } of notices.values()) {
    const column = /^'(.*?)': /.exec(message)?.[1] ?? '';
    const said = byColumn.get(column) ?? [];
    said.push(`${message} (${countOf(rows, 'row')}).`);
    byColumn.set(column, said);
  }
  preview.notes.push(...[...byColumn.values()].flat());
  return { status: 'ready', preview };
}

export interface ImportPlan {
  add: Application[];
  /** Existing applications with imported rows merged in (same ids), each changed by them. */
  update: Application[];
  /** Rows merged into existing applications that gained nothing from them (our own export merged back). */
  unchangedRows: number;
  /** Merges that would break a limit (e.g. over 50 tags); those rows change nothing. */
  problems: string[];
  /**
   * Dates of merged rows left out for the student's own: "Row 3: Arm (Graduate Intern, CPU) keeps
   * its 'Application deadline: Tue, Dec 8, 2026, 9:00 AM': the file's … is not added".
   */
  kept: string[];
}

/**
 * The row's application as merged into `base`: a start date alone (StartAlone) on the day a
 * cohort of `base` starts is that cohort, chosen as a cohort of the file's starting that day is
 * (mergeApplications), and not written into the notes too. Where `base` has another cohort
 * chosen, the merge keeps that one, so the start stays in the notes rather than being lost.
 */
function mergedRow(base: Application, row: ImportRow): Application {
  const alone = row.startAlone;
  const cohort = alone && base.cohorts.find((c) => c.start === alone.date && (base.chosenCohortId ?? c.id) === c.id);
  if (!cohort) return row.application;
  return {
    ...row.application,
    notes: alone.notes,
    cohorts: [...row.application.cohorts, cohort],
    chosenCohortId: cohort.id,
  };
}

/**
 * What to write for the user's choice on duplicates: 'skip' leaves them out; 'merge' merges
 * each into the existing application, or into the earlier row of the file (mergeApplications,
 * which orders stages by the user's pipeline).
 */
export function planImport(
  preview: ImportPreview,
  choice: 'skip' | 'merge',
  existing: readonly Application[],
  now: string,
  pipeline: Pipeline,
  dates: DateWords,
): ImportPlan {
  const add: Application[] = [];
  const addIndexByRow = new Map<number, number>();
  const byId = new Map(existing.map((app) => [app.id, app]));
  const updated = new Map<string, Application>();
  const problems: string[] = [];
  // With the tracked application each was said of (none for an earlier row's, always added).
  const keptInto: { id: string | null; message: string }[] = [];
  const rowsInto = new Map<string, number>();

  for (const row of preview.rows) {
    const duplicate = row.duplicateOf;
    if (duplicate === null) {
      addIndexByRow.set(row.rowNumber, add.length);
      add.push(row.application);
      continue;
    }
    if (choice === 'skip') continue;
    const addIndex = duplicate.kind === 'row' ? addIndexByRow.get(duplicate.rowNumber) : undefined;
    const base = duplicate.kind === 'existing' ? (updated.get(duplicate.id) ?? byId.get(duplicate.id)) : add[addIndex!];
    if (base === undefined) continue;
    const merging = mergeApplications(base, mergedRow(base, row), now, pipeline, dates);
    const merged = validateApplication(merging.application);
    if (!merged.ok) {
      problems.push(
        `Row ${row.rowNumber}: not merged into ${base.company} (${base.role}): ${merged.issues[0]!.message}`,
      );
      continue;
    }
    const into = duplicate.kind === 'existing' ? duplicate.id : null;
    for (const message of merging.kept) keptInto.push({ id: into, message: `Row ${row.rowNumber}: ${message}` });
    if (duplicate.kind === 'existing') {
      updated.set(duplicate.id, merged.value);
      rowsInto.set(duplicate.id, (rowsInto.get(duplicate.id) ?? 0) + 1);
    } else {
      add[addIndex!] = merged.value;
    }
  }
  // A merge that only stamps the time is no change: it is not written, nor offered to undo.
  const changed = (app: Application) => !dequal({ ...app, updatedAt: byId.get(app.id)!.updatedAt }, byId.get(app.id));
  const update = [...updated.values()].filter(changed);
  const unchangedRows = [...updated.values()]
    .filter((app) => !changed(app))
    .reduce((rows, app) => rows + rowsInto.get(app.id)!, 0);
  // What a merge not written would have written into the notes is there already (an earlier merge of the file).
  const written = new Set(update.map((app) => app.id));
  const kept = keptInto.filter(({ id }) => id === null || written.has(id)).map(({ message }) => message);
  return { add, update, unchangedRows, problems, kept };
}

/**
 * By row number, what a duplicate row holds that the application it matches lacks or states otherwise,
 * which skipping it leaves out ("the contact Tom Becker", "the applied date 'Mon, Sep 15, 2025'",
 * "notes"): a row per contact repeats its application, a row per office its role. For
 * the review, the same whichever way the duplicates go, so that choosing can be weighed; the
 * import itself does not need it.
 */
export function leftOutBySkipping(
  preview: ImportPreview,
  existing: readonly Application[],
  now: string,
  pipeline: Pipeline,
  dates: DateWords,
): Map<number, string[]> {
  const byId = new Map(existing.map((app) => [app.id, app]));
  // Rows as read, before any merge into them.
  const byRow = new Map(preview.rows.map((row) => [row.rowNumber, row.application]));
  const leftOut = new Map<number, string[]>();
  for (const row of preview.rows) {
    const duplicate = row.duplicateOf;
    if (duplicate === null) continue;
    const matched = duplicate.kind === 'existing' ? byId.get(duplicate.id) : byRow.get(duplicate.rowNumber);
    if (matched === undefined) continue;
    const merging = mergeApplications(matched, mergedRow(matched, row), now, pipeline, dates);
    const added = addedByMerge(matched, merging, pipeline);
    if (added.length > 0) leftOut.set(row.rowNumber, added);
  }
  return leftOut;
}
