// A backup of the whole database, made in a worker: the page waits for the text, and its
// thread stays free while 10,000 applications are read, hashed and written out as JSON.
import type { AppDatabase } from '../../db/db';
import { runJob, type JobWorker } from '../../workers/runJob';
import type { backupJobs, DatabaseBackup } from './backupJobs';

const backupWorker: JobWorker<typeof backupJobs> = {
  start: () => new Worker(new URL('./backup.worker.ts', import.meta.url), { type: 'module', name: 'backup' }),
  inThread: () => import('./backupJobs').then((module) => module.backupJobs),
  failures: { backUpDatabase: 'The backup could not be made' },
};

export function backUpDatabase(db: AppDatabase, now: Date, signal?: AbortSignal): Promise<DatabaseBackup> {
  return runJob(backupWorker, 'backUpDatabase', { databaseName: db.name, now }, { signal });
}

export function isEmpty(backup: DatabaseBackup): boolean {
  return backup.counts.applications === 0 && backup.counts.settings === 0;
}
