// The backup work done in a worker (backup.worker.ts), so reading and hashing 10,000
// applications never holds up the page: the worker opens the same database and hands over the
// finished file's bytes, which the page only passes on, without copying them.
import { openDatabase } from '../../db/db';
import { transferring } from '../../workers/jobProtocol';
import { backupText, readTables } from './databaseBackup';

export interface DatabaseBackup {
  /** The backup file: its JSON as UTF-8. */
  file: Uint8Array<ArrayBuffer>;
  counts: { applications: number; settings: number };
}

export const backupJobs = {
  /** A backup of the whole database as it is now, read through a connection of its own. */
  async backUpDatabase({ databaseName, now }: { databaseName: string; now: Date }): Promise<DatabaseBackup> {
    const db = openDatabase(databaseName);
    try {
      const tables = await readTables(db);
      const file = new TextEncoder().encode(await backupText(tables, now));
      const counts = { applications: tables.applications.length, settings: tables.settings.length };
      return transferring({ file, counts }, [file.buffer]);
    } finally {
      db.close();
    }
  },
};
