// The web build's backups as the desktop API offers them, each call done by a worker over the
// backup store, so that writing or listing backups of 10,000 applications never holds up the page.
import type { DesktopApi, Result } from '@shared/desktopApi';
import { runJob, type JobWorker } from '../workers/runJob';
import type { browserBackupJobs } from './browserBackupJobs';

const STORE_FAILED = 'The browser’s backup store failed';

const backupStoreWorker: JobWorker<typeof browserBackupJobs> = {
  start: () => new Worker(new URL('./browserBackups.worker.ts', import.meta.url), { type: 'module', name: 'backups' }),
  inThread: () => import('./browserBackupJobs').then((module) => module.browserBackupJobs),
  failures: { writeBackup: STORE_FAILED, listBackups: STORE_FAILED, readBackup: STORE_FAILED },
};

/** The desktop API answers with results, never throws: a worker that failed becomes its message. */
async function answer<T>(work: Promise<Result<T>>): Promise<Result<T>> {
  try {
    return await work;
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

export function browserBackupsInWorker(
  now = () => new Date(),
): Pick<DesktopApi, 'writeBackup' | 'listBackups' | 'readBackup'> {
  return {
    writeBackup: (file, reason) => answer(runJob(backupStoreWorker, 'writeBackup', { file, reason, now: now() })),
    listBackups: () => answer(runJob(backupStoreWorker, 'listBackups', undefined)),
    readBackup: (id) => answer(runJob(backupStoreWorker, 'readBackup', id)),
  };
}
