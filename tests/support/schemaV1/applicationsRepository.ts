// FROZEN: schema 1 as it shipped (renderer/src/db/applicationsRepository.ts at main 0b915b0).
// Never edit: the migration tests prove that what this code wrote opens in every later version.
// Only the import (how schema 1 wrote many finished records at once) is kept.

// The one place that writes applications. Every write validates the record first and related
// writes share a transaction, so the database never holds a half-made change.
import type { Table } from 'dexie';
import type { Application } from './application';
import { validateApplication } from './validateApplication';
import { fromRow, toRow, type AppDatabase } from './db';
import { isQuotaExceeded, NotFoundError, StorageFullError, ValidationFailedError } from './errors';

/** What undoing an import needs: the ids it added and the records its merges replaced. */
export interface ImportUndo {
  addedIds: string[];
  replaced: Application[];
}

export function applicationsRepository(db: AppDatabase) {
  function validated(candidate: Application): Application {
    const result = validateApplication(candidate);
    if (!result.ok) throw new ValidationFailedError(result.issues);
    return result.value;
  }

  /** Runs `work` in one read-write transaction, on the applications unless `tables` says more. */
  async function write<T>(work: () => Promise<T>, tables: Table[] = [db.applications]): Promise<T> {
    try {
      return await db.transaction('rw', tables, work);
    } catch (error) {
      throw isQuotaExceeded(error) ? new StorageFullError() : error;
    }
  }

  return {
    /**
     * An import, all or nothing: adds the new applications and replaces the merged ones, which
     * must still exist. Returns what `undoImport` needs.
     */
    async importApplications(plan: { add: Application[]; update: Application[] }): Promise<ImportUndo> {
      const add = plan.add.map(validated);
      const update = plan.update.map(validated);
      return write(async () => {
        const stored = await db.applications.bulkGet(update.map((app) => app.id));
        const missing = update.find((_, i) => stored[i] === undefined);
        if (missing) throw new NotFoundError(missing.id);
        await db.applications.bulkAdd(add.map(toRow));
        await db.applications.bulkPut(update.map(toRow));
        return { addedIds: add.map((app) => app.id), replaced: stored.map((row) => fromRow(row!)) };
      });
    },
  };
}
