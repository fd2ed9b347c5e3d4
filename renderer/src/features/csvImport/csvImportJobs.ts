// The CSV import's heavy work, done in a worker (csvImport.worker.ts): decoding and parsing the
// file, and checking every row against the applications already there. The page gets only what
// it shows: the columns and first rows, then the check's results.
import type { Application } from '@shared/application';
import type { MappingProposal } from '@shared/csv/columnFit';
import type { ColumnMapping, CsvPreset } from '@shared/csv/columnMapping';
import { prepareCsvImport, type ImportPreview, type ImportRow } from '@shared/csv/csvImport';
import { unescapeFormula } from '@shared/csv/formulaEscape';
import type { CsvRow, CsvTable } from '@shared/csv/readCsvText';
import type { Result } from '@shared/desktopApi';
import type { Pipeline } from '@shared/pipeline';
import { fromRow, openDatabase } from '../../db/db';
import type { JobContext } from '../../workers/jobProtocol';
import { readCsvFile, type CsvFileRead } from './readCsvFile';

/** The rows shown under the column names. */
const FIRST_ROWS = 5;
/**
 * Checked rows cross to the page in parts of this many. Receiving a part is one task of the
 * page's: 250 rows took 9 ms under a fourfold CPU slowdown, the first part 68 ms.
 */
const ROWS_PER_PART = 100;

/** A chosen file as the import's first screen shows it. */
export interface CsvFileSummary {
  fileName: string;
  header: string[];
  firstRows: CsvRow[];
  rowCount: number;
  /** The separator found: ',', ';', tab or '|'. */
  delimiter: string;
  proposal: MappingProposal;
  /** What reading the file changed, said before anything is imported. */
  warnings: string[];
}

/** What checking a file's rows needs besides the file and its columns. */
export interface CheckSettings {
  /** The pipeline stage names are read against. */
  pipeline: Pipeline;
  /** Whether the page's locale writes dates day first: proposed when the file does not say. */
  localeDayFirst: boolean;
  /** The page's time zone: where it lies is proposed before the locale's order. */
  timeZone: string;
  /**
   * The currency of the student's region (the time zone's country, else the language's), for an
   * amount that writes none where its column's other amounts do not say one; null where unknown.
   */
  regionCurrency: string | null;
  /** The database whose applications rows may duplicate. */
  databaseName: string;
  now: Date;
}

/** A chosen file, to read and then check with the columns proposed for it. */
export interface FileReadRequest extends CheckSettings {
  file: File;
}

/** The file checked again with columns or a date order the student chose. */
export interface RowCheckRequest extends FileReadRequest {
  mapping: ColumnMapping;
  preset: CsvPreset;
  /** Whether 05/06/2026 is 5 June, when the student chose; otherwise found from the file. */
  dayFirst?: boolean;
  /** Whether rows under a merged company cell take the company above (the student's choice). */
  companyFromAbove?: boolean;
  /** The stage id the student chose for a status, by the status. */
  stageChoices?: Readonly<Record<string, string>>;
}

/** How far the check is, then the valid rows in parts (the final answer leaves them out). */
export type RowCheckProgress = { kind: 'checked'; done: number; total: number } | { kind: 'rows'; rows: ImportRow[] };

/** The file's summary as soon as it is read, then the check of the proposed columns. */
export type FileReadProgress = { kind: 'read'; summary: Result<CsvFileSummary> } | RowCheckProgress;

export type RowCheckOutcome =
  | {
      status: 'ready';
      preview: Omit<ImportPreview, 'rows'>;
      /** The applications already there that rows duplicate: all that planning the import needs of them. */
      matched: Application[];
    }
  | { status: 'refused'; problems: string[] }
  | { status: 'cancelled' };

/**
 * Between chunks of rows. On the page's thread (where there are no workers) it lets the screen
 * paint and a click on Cancel through; in a worker it costs a few milliseconds.
 */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

async function readApplications(databaseName: string): Promise<Application[]> {
  const db = openDatabase(databaseName);
  try {
    return (await db.applications.toArray()).map(fromRow);
  } finally {
    db.close();
  }
}

function summaryOf(read: Extract<CsvFileRead, { ok: true }>): CsvFileSummary {
  const { header, rows, delimiter } = read.table;
  return {
    fileName: read.fileName,
    header,
    // Shown as they will be imported: our export's escape of formula-like text taken off.
    firstRows: rows
      .slice(0, FIRST_ROWS)
      .map((row) => (read.proposal.preset === 'own-export' ? { ...row, cells: row.cells.map(unescapeFormula) } : row)),
    rowCount: rows.length,
    delimiter,
    proposal: read.proposal,
    warnings: read.warnings,
  };
}

/** Checks every row of a file read, then hands the valid ones to the page in parts. */
async function checkTable(
  table: CsvTable,
  // The check's settings go on as they are; which database to read is the caller's business.
  { databaseName: _, ...settings }: Omit<RowCheckRequest, 'file'>,
  existing: Promise<Application[]>,
  { progress, signal }: JobContext<RowCheckProgress>,
): Promise<RowCheckOutcome> {
  const outcome = await prepareCsvImport(table, {
    ...settings,
    existing,
    newId: () => crypto.randomUUID(),
    signal,
    onProgress: (done, total) => progress({ kind: 'checked', done, total }),
    pause: nextTask,
  });
  if (outcome.status !== 'ready') return outcome;
  const { rows, ...rest } = outcome.preview;
  for (let start = 0; start < rows.length; start += ROWS_PER_PART) {
    progress({ kind: 'rows', rows: rows.slice(start, start + ROWS_PER_PART) });
  }
  const duplicated = new Set(rows.flatMap((row) => (row.duplicateOf?.kind === 'existing' ? [row.duplicateOf.id] : [])));
  return { status: 'ready', preview: rest, matched: (await existing).filter((app) => duplicated.has(app.id)) };
}

/**
 * The stored applications, asked for before the file is read: the database reads them while the
 * file is parsed and its rows are read, which needs them only to find duplicates at the end. A
 * failure to read them is heard there, or not at all when the file itself is refused.
 */
function existingApplications(databaseName: string): Promise<Application[]> {
  const existing = readApplications(databaseName);
  existing.catch(() => undefined);
  return existing;
}

export const csvImportJobs = {
  /**
   * Reads a chosen file and says what it holds, then goes straight on to check every row with the
   * columns proposed for it: what the student most often keeps, checked without reading the file again.
   */
  async readAndCheck(request: FileReadRequest, context: JobContext<FileReadProgress>): Promise<RowCheckOutcome> {
    const existing = existingApplications(request.databaseName);
    const read = await readCsvFile(request.file, request.pipeline);
    context.progress({ kind: 'read', summary: read.ok ? { ok: true, value: summaryOf(read) } : read });
    if (!read.ok) return { status: 'refused', problems: [read.error] };
    const { mapping, preset } = read.proposal;
    return checkTable(read.table, { ...request, mapping, preset }, existing, context);
  },

  /** Reads the file again (the page never holds all its rows) and checks every row. */
  async checkRows(request: RowCheckRequest, context: JobContext<RowCheckProgress>): Promise<RowCheckOutcome> {
    const existing = existingApplications(request.databaseName);
    const read = await readCsvFile(request.file, request.pipeline);
    if (!read.ok) return { status: 'refused', problems: [read.error] };
    return checkTable(read.table, request, existing, context);
  },
};
