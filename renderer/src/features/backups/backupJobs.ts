// The backup work done in a worker (backup.worker.ts), so reading and hashing 10,000
// applications never holds up the page: the worker opens the same database and hands back the
// finished file as a Blob, which the page only passes on: its megabytes never enter the page's heap.
import { openDatabase } from '../../db/db';
import { backupText, readTables } from './databaseBackup';

export interface DatabaseBackup {
  /** The backup file (JSON). */
  file: Blob;
  counts: { applications: number; settings: number };
}

export const backupJobs = {
  /** A backup of the whole database as it is now, read through a connection of its own. */
  async backUpDatabase({ databaseName, now }: { databaseName: string; now: Date }): Promise<DatabaseBackup> {
    const db = openDatabase(databaseName);
    try {
      const tables = await readTables(db);
      return {
        file: new Blob([await backupText(tables, now)], { type: 'application/json' }),
        counts: { applications: tables.applications.length, settings: tables.settings.length },
      };
    } finally {
      db.close();
    }
  },
};
