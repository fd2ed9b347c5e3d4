// The CSV import's reading and checking as the dialog uses them, run in a worker so that a
// 10,000-row file never holds up the page; cancelling terminates the worker.
import type { Application } from '@shared/application';
import type { ImportPreview, ImportRow } from '@shared/csv/csvImport';
import { localeWritesDayFirst } from '@shared/csv/dateCell';
import type { Result } from '@shared/desktopApi';
import { regionCurrency } from '@shared/money/regionCurrency';
import { localTimeZone } from '@shared/zoneCountries';
import type { Pipeline } from '@shared/pipeline';
import { runJob, type JobWorker } from '../../workers/runJob';
import type {
  CheckSettings,
  csvImportJobs,
  CsvFileSummary,
  FileReadRequest,
  RowCheckOutcome,
  RowCheckRequest,
} from './csvImportJobs';

const csvImportWorker: JobWorker<typeof csvImportJobs> = {
  start: () => new Worker(new URL('./csvImport.worker.ts', import.meta.url), { type: 'module', name: 'CSV import' }),
  inThread: () => import('./csvImportJobs').then((module) => module.csvImportJobs),
  failures: { readAndCheck: 'The file could not be read', checkRows: 'The rows could not be checked' },
};

/**
 * What a check reads the rows with, from this page: its locale's and time zone's date order and
 * region's currency (as the editor proposes it), now.
 */
export function checkSettings(pipeline: Pipeline, databaseName: string): CheckSettings {
  const timeZone = localTimeZone();
  return {
    pipeline,
    localeDayFirst: localeWritesDayFirst(navigator.language),
    timeZone,
    regionCurrency: regionCurrency(timeZone, navigator.language),
    databaseName,
    now: new Date(),
  };
}

export type RowCheck =
  | { status: 'ready'; preview: ImportPreview; matched: Application[] }
  | { status: 'refused'; problems: string[] }
  | { status: 'cancelled' };

export interface CheckOptions {
  onProgress: (done: number, total: number) => void;
  signal: AbortSignal;
}

/** The check of the columns proposed for a file, begun in the worker that read it. */
export interface ProposedCheck {
  /**
   * Follows the check: its progress from now on, then its outcome; aborting the signal stops it.
   * Null once followed: a second look (the columns changed and back) checks anew.
   */
  follow(options: CheckOptions): Promise<RowCheck> | null;
}

export interface CsvFileReading {
  /** What the file holds and the columns proposed for it, or why it cannot be imported. */
  summary: Promise<Result<CsvFileSummary>>;
  proposedCheck: ProposedCheck;
}

/** The rows that came in parts put back into the outcome they belong to. */
function withRows(outcome: RowCheckOutcome, rows: ImportRow[]): RowCheck {
  return outcome.status === 'ready' ? { ...outcome, preview: { ...outcome.preview, rows } } : outcome;
}

/**
 * Reads a chosen file, then checks every row with the columns proposed for it, in one worker:
 * the file is read once for what the student most often keeps. Aborting `signal` stops both.
 */
export function readAndCheckCsv(request: FileReadRequest, signal: AbortSignal): CsvFileReading {
  const stop = new AbortController();
  const stopWith = (reason: unknown) => stop.abort(reason);
  signal.addEventListener('abort', () => stopWith(signal.reason), { once: true });
  let summarize!: (summary: Result<CsvFileSummary>) => void;
  let fail!: (error: unknown) => void;
  const summary = new Promise<Result<CsvFileSummary>>((resolve, reject) => {
    summarize = resolve;
    fail = reject;
  });
  const rows: ImportRow[] = [];
  let onProgress: CheckOptions['onProgress'] = () => {};
  const outcome = runJob(csvImportWorker, 'readAndCheck', request, {
    signal: stop.signal,
    onProgress: (progress) => {
      if (progress.kind === 'read') summarize(progress.summary);
      else if (progress.kind === 'rows') rows.push(...progress.rows);
      else onProgress(progress.done, progress.total);
    },
  }).then((done) => withRows(done, rows));
  // Failing before the file was read fails the summary; after, it is the follower's to hear.
  outcome.catch(fail);
  let followed = false;
  return {
    summary,
    proposedCheck: {
      follow(options) {
        if (followed || stop.signal.aborted) return null;
        followed = true;
        onProgress = options.onProgress;
        options.signal.addEventListener('abort', () => stopWith(options.signal.reason), { once: true });
        return outcome;
      },
    },
  };
}

export async function checkCsvRows(request: RowCheckRequest, options: CheckOptions): Promise<RowCheck> {
  const rows: ImportRow[] = [];
  const outcome = await runJob(csvImportWorker, 'checkRows', request, {
    signal: options.signal,
    onProgress: (progress) => {
      if (progress.kind === 'rows') rows.push(...progress.rows);
      else options.onProgress(progress.done, progress.total);
    },
  });
  return withRows(outcome, rows);
}
