// The CSV import's reading and checking as the dialog uses them, run in a worker so that a
// 10,000-row file never holds up the page; cancelling terminates the worker.
import type { Application } from '@shared/application';
import type { ImportPreview, ImportRow } from '@shared/csv/csvImport';
import type { Result } from '@shared/desktopApi';
import { runJob, type JobWorker } from '../../workers/runJob';
import type { csvImportJobs, CsvFileSummary, FileReadRequest, RowCheckRequest } from './csvImportJobs';

const csvImportWorker: JobWorker<typeof csvImportJobs> = {
  start: () => new Worker(new URL('./csvImport.worker.ts', import.meta.url), { type: 'module', name: 'CSV import' }),
  inThread: () => import('./csvImportJobs').then((module) => module.csvImportJobs),
  failures: { readFile: 'The file could not be read', checkRows: 'The rows could not be checked' },
};

export function readCsvSummary(request: FileReadRequest, signal: AbortSignal): Promise<Result<CsvFileSummary>> {
  return runJob(csvImportWorker, 'readFile', request, { signal });
}

export type RowCheck =
  | { status: 'ready'; preview: ImportPreview; matched: Application[] }
  | { status: 'refused'; problems: string[] }
  | { status: 'cancelled' };

export async function checkCsvRows(
  request: RowCheckRequest,
  options: { onProgress: (done: number, total: number) => void; signal: AbortSignal },
): Promise<RowCheck> {
  const rows: ImportRow[] = [];
  const outcome = await runJob(csvImportWorker, 'checkRows', request, {
    signal: options.signal,
    onProgress: (progress) => {
      if (progress.kind === 'rows') rows.push(...progress.rows);
      else options.onProgress(progress.done, progress.total);
    },
  });
  return outcome.status === 'ready' ? { ...outcome, preview: { ...outcome.preview, rows } } : outcome;
}
