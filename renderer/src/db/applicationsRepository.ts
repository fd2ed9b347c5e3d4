// The one place that writes applications. Every write validates the record first and related
// writes share a transaction, so the database never holds a half-made change; once committed,
// the read model is told exactly what was written, so views update by the size of the change.
import type { Table } from 'dexie';
import type { Application, Status } from '@shared/application';
import { toInstant } from '@shared/calendarDate';
import { newApplication, type ApplicationFields } from '@shared/newApplication';
import { withStatusChange } from '@shared/status';
import { validateApplication } from '@shared/validateApplication';
import type { ApplicationsModel, RecordChange } from '../model/applicationsModel';
import { fromRow, toRow, type AppDatabase, type SettingRow } from './db';
import { isQuotaExceeded, NotFoundError, StorageFullError, ValidationFailedError } from './errors';

export interface RepositoryDeps {
  now?: () => Date;
  newId?: () => string;
  /** The read model to tell of each committed write. */
  model?: Pick<ApplicationsModel, 'writing' | 'written'>;
}

type Committed = RecordChange | { reset: readonly Application[] };

export type ApplicationsRepository = ReturnType<typeof applicationsRepository>;

/** What undoing an import needs: the ids it added and the records its merges replaced. */
export interface ImportUndo {
  addedIds: string[];
  replaced: Application[];
}

export function applicationsRepository(db: AppDatabase, deps: RepositoryDeps = {}) {
  const now = () => toInstant((deps.now ?? (() => new Date()))());
  const newId = deps.newId ?? (() => crypto.randomUUID());

  function validated(candidate: Application): Application {
    const result = validateApplication(candidate);
    if (!result.ok) throw new ValidationFailedError(result.issues);
    return result.value;
  }

  /**
   * Runs `work` in one read-write transaction, on the applications unless `tables` says more,
   * then tells the model what it committed. `ids` are the records it writes ('all' replaces them).
   */
  async function write<T>(
    ids: readonly string[] | 'all',
    work: () => Promise<T>,
    committed: (result: T) => Committed,
    tables: Table[] = [db.applications],
  ): Promise<T> {
    const end = deps.model?.writing(ids);
    let result: T;
    try {
      result = await db.transaction('rw', tables, work);
    } catch (error) {
      throw isQuotaExceeded(error) ? new StorageFullError() : error;
    } finally {
      end?.();
    }
    deps.model?.written(committed(result));
    return result;
  }

  async function existing(id: string): Promise<Application> {
    const row = await db.applications.get(id);
    if (!row) throw new NotFoundError(id);
    return fromRow(row);
  }

  /** Reads, changes and writes one application in a single transaction. */
  function modify(id: string, change: (app: Application, at: string) => Application): Promise<Application> {
    return write(
      [id],
      async () => {
        const next = validated(change(await existing(id), now()));
        await db.applications.put(toRow(next));
        return next;
      },
      (next) => ({ put: [next], removed: [] }),
    );
  }

  return {
    async add(fields: Partial<ApplicationFields>, status: Status = 'wishlist'): Promise<Application> {
      const app = validated(newApplication(fields, { id: newId(), now: now(), status }));
      await write(
        [app.id],
        () => db.applications.add(toRow(app)),
        () => ({ put: [app], removed: [] }),
      );
      return app;
    },

    /** Saves an edited record; the history and creation time stay those stored. */
    update(edited: Application): Promise<Application> {
      return modify(edited.id, (stored, at) => ({
        ...edited,
        status: stored.status,
        statusHistory: stored.statusHistory,
        createdAt: stored.createdAt,
        updatedAt: at,
      }));
    },

    changeStatus(id: string, status: Status, options: { at?: string; note?: string } = {}): Promise<Application> {
      return modify(id, (app, at) =>
        withStatusChange(app, { status, at: options.at ?? at, note: options.note ?? '' }, at),
      );
    },

    setDeadlineDone(id: string, deadlineId: string, done: boolean): Promise<Application> {
      return modify(id, (app, at) => ({
        ...app,
        deadlines: app.deadlines.map((d) => (d.id === deadlineId ? { ...d, done } : d)),
        updatedAt: at,
      }));
    },

    chooseCohort(id: string, cohortId: string | null): Promise<Application> {
      return modify(id, (app, at) => ({ ...app, chosenCohortId: cohortId, updatedAt: at }));
    },

    async setArchived(ids: string[], archived: boolean): Promise<void> {
      await write(
        ids,
        async () => {
          const at = now();
          const rows = await db.applications.bulkGet(ids);
          const changed = rows
            .filter((row) => row !== undefined)
            .map((row) => ({ ...fromRow(row), archivedAt: archived ? at : null, updatedAt: at }));
          await db.applications.bulkPut(changed.map(toRow));
          return changed;
        },
        (changed) => ({ put: changed, removed: [] }),
      );
    },

    /** Deletes and returns the full records, so the deletion can be undone with `restore`. */
    remove(ids: string[]): Promise<Application[]> {
      return write(
        ids,
        async () => {
          const rows = (await db.applications.bulkGet(ids)).filter((row) => row !== undefined);
          await db.applications.bulkDelete(rows.map((row) => row.id));
          return rows.map(fromRow);
        },
        (removed) => ({ put: [], removed: removed.map((app) => app.id) }),
      );
    },

    /** Puts records back exactly as they were, history included. */
    async restore(apps: Application[]): Promise<void> {
      const valid = apps.map(validated);
      await write(
        valid.map((app) => app.id),
        () => db.applications.bulkPut(valid.map(toRow)),
        () => ({ put: valid, removed: [] }),
      );
    },

    /**
     * An import, all or nothing: adds the new applications and replaces the merged ones, which
     * must still exist. Returns what `undoImport` needs.
     */
    async importApplications(plan: { add: Application[]; update: Application[] }): Promise<ImportUndo> {
      const add = plan.add.map(validated);
      const update = plan.update.map(validated);
      return write(
        [...add, ...update].map((app) => app.id),
        async () => {
          const stored = await db.applications.bulkGet(update.map((app) => app.id));
          const missing = update.find((_, i) => stored[i] === undefined);
          if (missing) throw new NotFoundError(missing.id);
          await db.applications.bulkAdd(add.map(toRow));
          await db.applications.bulkPut(update.map(toRow));
          return { addedIds: add.map((app) => app.id), replaced: stored.map((row) => fromRow(row!)) };
        },
        () => ({ put: [...add, ...update], removed: [] }),
      );
    },

    /** Removes what an import added and puts back what it merged into, in one transaction. */
    async undoImport(undo: ImportUndo): Promise<void> {
      const replaced = undo.replaced.map(validated);
      await write(
        [...undo.addedIds, ...replaced.map((app) => app.id)],
        async () => {
          await db.applications.bulkDelete(undo.addedIds);
          await db.applications.bulkPut(replaced.map(toRow));
        },
        () => ({ put: replaced, removed: undo.addedIds }),
      );
    },

    /**
     * Replaces everything, applications and settings, with a backup's tables in one transaction:
     * if anything fails, the database is left as it was.
     */
    async replaceAll(tables: { applications: Application[]; settings: SettingRow[] }): Promise<void> {
      const apps = tables.applications.map(validated);
      await write(
        'all',
        async () => {
          await Promise.all([db.applications.clear(), db.settings.clear()]);
          await db.applications.bulkAdd(apps.map(toRow));
          await db.settings.bulkAdd(tables.settings);
        },
        () => ({ reset: apps }),
        [db.applications, db.settings],
      );
    },
  };
}
