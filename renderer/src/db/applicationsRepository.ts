// The one place that writes applications and the pipeline they move through. Every write
// validates what it stores first (the record, and that its stages are the pipeline's) and related
// writes share a transaction, so the database never holds a half-made change; once committed, the
// read model is told exactly what was written, so views update by the size of the change.
import type { ObservabilitySet, Table, Transaction } from 'dexie';
import { dequal } from 'dequal';
import type { Application } from '@shared/application';
import { toInstant } from '@shared/calendarDate';
import { mergeEdit } from '@shared/mergeEdit';
import { appliedEntryAt, newApplication, type ApplicationFields } from '@shared/newApplication';
import { recordedAt } from '@shared/entryTime';
import {
  firstStageOf,
  removeStage,
  stageById,
  stageInPlaceOf,
  stageLabel,
  stageNamed,
  stageRank,
  type Pipeline,
  type Stage,
} from '@shared/pipeline';
import {
  isNotAppliedYet,
  withStageChange,
  withStageChangeEdited,
  withStageChangeRemoved,
  type HistoryEdit,
  type StageMove,
} from '@shared/stageHistory';
import { changedSinceMessage, undoChange, type AppliedChange } from '@shared/undoChange';
import { validateApplication, type FieldIssue } from '@shared/validateApplication';
import type { ApplicationsModel, RecordChange } from '../model/applicationsModel';
import { fromRow, toRow, type AppDatabase, type DeletedRow, type SettingRow } from './db';
import {
  ChangedElsewhereError,
  ChangedSinceError,
  isQuotaExceeded,
  NotFoundError,
  StorageFullError,
  ValidationFailedError,
} from './errors';
import { pipelineSetting } from './pipelineSetting';
import { readSetting } from './settings';

export interface RepositoryDeps {
  now?: () => Date;
  newId?: () => string;
  /** The read model to tell of each committed write. */
  model?: Pick<ApplicationsModel, 'writing' | 'ownNotice' | 'written'>;
}

export type ApplicationsRepository = ReturnType<typeof applicationsRepository>;

/**
 * What undoing an import needs: the records it added and each record its merges replaced, as the
 * import wrote them, so that those changed since can be told apart and kept.
 */
export interface ImportUndo {
  added: Application[];
  merged: AppliedChange[];
}

/** What undoing a stage's removal needs: the stage, and each record it moved, before and after. */
export interface StageRemovalUndo {
  stageId: string;
  moved: { before: Application; after: Application }[];
}

type Committed = RecordChange | { reset: readonly Application[] };

/** A stage change as the user makes it: the stage, and optionally when (a day alone: dayOnly) and why. */
export interface StageChangeRequest {
  stageId: string;
  at?: string;
  dayOnly?: true;
  note?: string;
}

/** The removed stage a record would be in, if any. */
function removedStageOf(app: Application, pipeline: Pipeline): Stage | undefined {
  const stage = stageById(pipeline, app.stageId);
  return stage?.removed ? stage : undefined;
}

/**
 * Problems with the stages a record names, as field issues like the schema's. History may name a
 * removed stage; the current stage may not: the board, Settings and the pickers show none.
 */
function stageIssues(app: Application, pipeline: Pipeline): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const removed = removedStageOf(app, pipeline);
  if (removed)
    issues.push({
      path: 'stageId',
      message: `“${removed.name}” has been removed from your pipeline, so ${app.company} cannot be in it`,
    });
  const check = (path: string, stageId: string, phase: string) => {
    const stage = stageById(pipeline, stageId);
    if (!stage) issues.push({ path, message: `“${stageId}” is not a stage of your pipeline` });
    else if (stage.phase !== phase)
      issues.push({ path, message: `The stage “${stage.name}” is not in the phase ${phase}` });
  };
  check('stageId', app.stageId, app.phase);
  app.stageHistory.forEach((entry, i) => check(`stageHistory.${i}.stageId`, entry.stageId, entry.phase));
  return issues;
}

/** How long a deleted application is kept in Recently deleted. */
export const KEPT_DELETED_DAYS = 30;

/** "Stripe — Software Engineering Intern", as the delete's message names it. */
function nameOf(app: Application): string {
  return `${app.company} — ${app.role}`;
}

/**
 * What a transaction changed, as Dexie keeps it on the transaction and sends it in its notice
 * when it commits (not part of Dexie's typed API: undefined should that change, and the model
 * then reads back what the notice names, as it does another tab's).
 */
function noticeOf(transaction: Transaction): ObservabilitySet | undefined {
  return (transaction.idbtrans as IDBTransaction & { mutatedParts?: ObservabilitySet }).mutatedParts;
}

export function applicationsRepository(db: AppDatabase, deps: RepositoryDeps = {}) {
  const clock = deps.now ?? (() => new Date());
  const now = () => toInstant(clock());
  const newId = deps.newId ?? (() => crypto.randomUUID());

  /**
   * The record checked before it is written. `kept` is what was stored before: values it held
   * outside today's bounds may stay (validateApplication); a record put back as it was passes
   * itself as `kept`.
   */
  function validated(candidate: Application, pipeline: Pipeline, kept?: Application): Application {
    const result = validateApplication(candidate, kept);
    if (!result.ok) throw new ValidationFailedError(result.issues);
    return staged(result.value, pipeline);
  }

  /** A record already checked, once its stages are checked against the pipeline stored now. */
  function staged(app: Application, pipeline: Pipeline): Application {
    const issues = stageIssues(app, pipeline);
    if (issues.length > 0) throw new ValidationFailedError(issues);
    return app;
  }

  /**
   * Runs `work` in one read-write transaction over the applications, the settings (every write
   * checks stages against the stored pipeline) and Recently deleted (a delete keeps its records
   * there), then tells the model what it committed. `ids` are the records it writes ('all'
   * replaces them all).
   */
  async function write<T>(
    ids: readonly string[] | 'all',
    work: (pipeline: Pipeline) => Promise<T>,
    committed: (result: T) => Committed,
  ): Promise<T> {
    const end = deps.model?.writing(ids);
    let result: T;
    try {
      const tables: Table[] = [db.applications, db.settings, db.recentlyDeleted];
      result = await db.transaction('rw', tables, async (transaction) => {
        const done = await work(await readSetting(db, pipelineSetting));
        deps.model?.ownNotice(noticeOf(transaction));
        return done;
      });
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

  /** The stage by id, or the error the user sees for one that is not in the pipeline. */
  function stageOf(pipeline: Pipeline, stageId: string): Stage {
    const stage = stageById(pipeline, stageId);
    if (!stage || stage.removed)
      throw new ValidationFailedError([{ path: 'stageId', message: 'Choose a stage of your pipeline' }]);
    return stage;
  }

  /** Reads, changes and writes one application in a single transaction; returns it before and after. */
  async function modify(
    id: string,
    change: (app: Application, at: string, pipeline: Pipeline) => Application,
  ): Promise<{ before: Application; after: Application }> {
    return write(
      [id],
      async (pipeline) => {
        const before = await existing(id);
        const after = validated(change(before, now(), pipeline), pipeline, before);
        await db.applications.put(toRow(after));
        return { before, after };
      },
      ({ after }) => ({ put: [after], removed: [] }),
    );
  }

  /** A corrected history, unless it would put the application back in a removed stage. */
  function correctedHistory(edited: HistoryEdit, pipeline: Pipeline): Application {
    if (!edited.ok) throw new ValidationFailedError([{ path: 'stageHistory', message: edited.error }]);
    const removed = removedStageOf(edited.value, pipeline);
    if (removed)
      throw new ValidationFailedError([
        {
          path: 'stageHistory',
          message: `${edited.value.company} would be back in “${removed.name}”, which has been removed from your pipeline, so this entry stays. Edit it to change its stage, time or note.`,
        },
      ]);
    return edited.value;
  }

  /**
   * A record put back whole (a deleted one, one an import merged into, a backup's) that is in a
   * stage removed since: it moves on to the stage in that one's place, as the removal moved the
   * others, with a note. Refusing would lose it.
   */
  function outOfRemovedStage(app: Application, pipeline: Pipeline, at: string): Application {
    const removed = removedStageOf(app, pipeline);
    const to = removed && stageInPlaceOf(pipeline, removed.id);
    if (!to) return app;
    const note = `Moved from “${removed.name}”, which had been removed from your pipeline`;
    return withStageChange(app, { id: newId(), stage: to, at, note }, at);
  }

  function move(request: StageChangeRequest, pipeline: Pipeline, at: string): StageMove {
    return {
      id: newId(),
      stage: stageOf(pipeline, request.stageId),
      ...recordedAt(request.at === undefined ? { at } : { at: request.at, dayOnly: request.dayOnly }, at),
      note: request.note ?? '',
    };
  }

  return {
    /** Adds an application in the given stage, or the first stage of the pipeline. */
    async add(fields: Partial<ApplicationFields>, stageId?: string): Promise<Application> {
      const id = newId();
      return write(
        [id],
        async (pipeline) => {
          const chosen = stageId ? stageOf(pipeline, stageId) : firstStageOf(pipeline, 'saved');
          // Given the day it was applied to, it is not on the wish list any more.
          const stage = fields.appliedAt && isNotAppliedYet(chosen) ? firstStageOf(pipeline, 'applied') : chosen;
          const app = validated(newApplication(fields, { id, now: now(), stage }), pipeline);
          await db.applications.add(toRow(app));
          return app;
        },
        (app) => ({ put: [app], removed: [] }),
      );
    },

    /**
     * Saves an edited record, made from `opened` (the record as its form opened): only the fields
     * the edit changed are written, so what another tab saved meanwhile in the others stays, and
     * one both changed refuses the save, writing nothing (ChangedElsewhereError, mergeEdit). The
     * history, board place and creation time stay those stored. An applied date given to one not
     * applied to yet moves it to the first applied stage on that day, as recording the move would
     * (its deadline to apply is met). Returns the record before and after, for Undo.
     */
    async update(edited: Application, opened: Application): Promise<{ before: Application; after: Application }> {
      return modify(edited.id, (stored, at, pipeline) => {
        const merged = mergeEdit(opened, edited, stored);
        if (!merged.ok) throw new ChangedElsewhereError(stored, merged.fields);
        const saved: Application = { ...merged.value, updatedAt: at };
        if (!isNotAppliedYet(stored) || stored.appliedAt !== null || saved.appliedAt === null) return saved;
        const applied = { stageId: firstStageOf(pipeline, 'applied').id, ...appliedEntryAt(saved.appliedAt, at) };
        return withStageChange(saved, move(applied, pipeline, at), at, (stageId) => stageRank(pipeline, stageId));
      });
    },

    /** Records a move to another stage; returns the record before it, for Undo. */
    async changeStage(id: string, request: StageChangeRequest): Promise<{ before: Application; after: Application }> {
      return modify(id, (app, at, pipeline) =>
        withStageChange(app, move(request, pipeline, at), at, (stageId) => stageRank(pipeline, stageId)),
      );
    },

    /**
     * A move on the board: to a stage (recorded in the history like any move) and a place in
     * its column, in one write. Returns the record before it, for Undo.
     */
    async moveOnBoard(
      id: string,
      to: { stageId: string; boardRank: number },
    ): Promise<{ before: Application; after: Application }> {
      return modify(id, (app, at, pipeline) => {
        const moved = app.stageId === to.stageId ? app : withStageChange(app, move(to, pipeline, at), at);
        return { ...moved, boardRank: to.boardRank, updatedAt: at };
      });
    },

    /**
     * Corrects a history entry's stage, time or note; the current stage follows the latest entry.
     * A time sent without dayOnly is a time given: the entry is a timed one from then on.
     */
    async editHistoryEntry(
      id: string,
      entryId: string,
      change: { stageId?: string; at?: string; dayOnly?: true; note?: string },
    ): Promise<{ before: Application; after: Application }> {
      return modify(id, (app, at, pipeline) => {
        const { stageId, at: newAt, dayOnly, note } = change;
        const stage = stageId === undefined ? undefined : stageById(pipeline, stageId);
        if (stageId !== undefined && !stage)
          throw new ValidationFailedError([{ path: 'stageId', message: 'Choose a stage of your pipeline' }]);
        const edit = {
          ...(newAt !== undefined ? recordedAt({ at: newAt, dayOnly }, at) : {}),
          ...(stage ? { stage } : {}),
          ...(note !== undefined ? { note } : {}),
        };
        return correctedHistory(withStageChangeEdited(app, entryId, edit, at), pipeline);
      });
    },

    async removeHistoryEntry(id: string, entryId: string): Promise<{ before: Application; after: Application }> {
      return modify(id, (app, at, pipeline) => correctedHistory(withStageChangeRemoved(app, entryId, at), pipeline));
    },

    // The quick changes of the details. Each returns the record before and after, for Undo.
    async setDeadlineDone(id: string, deadlineId: string, done: boolean): Promise<AppliedChange> {
      return modify(id, (app, at) => ({
        ...app,
        deadlines: app.deadlines.map((d) => (d.id === deadlineId ? { ...d, done } : d)),
        updatedAt: at,
      }));
    },

    async setFollowUpDone(id: string, done: boolean): Promise<AppliedChange> {
      return modify(id, (app, at) => ({
        ...app,
        followUp: app.followUp ? { ...app.followUp, done } : null,
        updatedAt: at,
      }));
    },

    async chooseCohort(id: string, cohortId: string | null): Promise<AppliedChange> {
      return modify(id, (app, at) => ({ ...app, chosenCohortId: cohortId, updatedAt: at }));
    },

    /** Archives or unarchives those still stored; returns each change made, for Undo. */
    async setArchived(ids: string[], archived: boolean): Promise<AppliedChange[]> {
      return write(
        ids,
        async () => {
          const at = now();
          const rows = await db.applications.bulkGet(ids);
          const changes = rows
            .filter((row) => row !== undefined)
            .map(fromRow)
            .map((before) => ({ before, after: { ...before, archivedAt: archived ? at : null, updatedAt: at } }));
          await db.applications.bulkPut(changes.map((change) => toRow(change.after)));
          return changes;
        },
        (changes) => ({ put: changes.map((change) => change.after), removed: [] }),
      );
    },

    /**
     * Deletes, keeping each record whole in Recently deleted (one more write in the same
     * transaction); returns those entries, for Undo (`restoreDeleted`).
     */
    remove(ids: string[]): Promise<DeletedRow[]> {
      return write(
        ids,
        async () => {
          const rows = (await db.applications.bulkGet(ids)).filter((row) => row !== undefined);
          const deletedAt = clock().getTime();
          const entries = rows.map((row) => ({ id: newId(), deletedAt, application: fromRow(row) }));
          await db.applications.bulkDelete(rows.map((row) => row.id));
          await db.recentlyDeleted.bulkAdd(entries);
          return entries;
        },
        (entries) => ({ put: [], removed: entries.map((entry) => entry.application.id) }),
      );
    },

    /**
     * Undo of a deletion, and Restore in Recently deleted: puts the records back exactly as they
     * were, history included, but for one whose stage was removed since (outOfRemovedStage), and
     * takes them out of Recently deleted. All or nothing: refuses, changing nothing, when an
     * application with the id of one is back (a backup restored since, another window) or one is
     * no longer kept (deleted for good). Returns them as put back.
     */
    async restoreDeleted(entries: readonly DeletedRow[]): Promise<Application[]> {
      return write(
        entries.map((entry) => entry.application.id),
        async (pipeline) => {
          const kept = await db.recentlyDeleted.bulkGet(entries.map((entry) => entry.id));
          const back = await db.applications.bulkGet(entries.map((entry) => entry.application.id));
          const at = now();
          const apps = entries.map(({ application }, i) => {
            if (back[i] !== undefined)
              throw new Error(
                `${nameOf(application)} was not restored: an application with its id is in your list again (from a backup restored since, or another window).`,
              );
            if (kept[i] === undefined)
              throw new Error(`${nameOf(application)} was deleted for good, so it cannot be restored.`);
            const app = kept[i].application;
            return validated(outOfRemovedStage(app, pipeline, at), pipeline, app);
          });
          await db.applications.bulkAdd(apps.map(toRow));
          await db.recentlyDeleted.bulkDelete(entries.map((entry) => entry.id));
          return apps;
        },
        (apps) => ({ put: apps, removed: [] }),
      );
    },

    /** *Delete now*: takes entries out of Recently deleted; returns them, for Undo (`keepDeleted`). */
    async forgetDeleted(ids: readonly string[]): Promise<DeletedRow[]> {
      return write(
        [],
        async () => {
          const entries = (await db.recentlyDeleted.bulkGet([...ids])).filter((entry) => entry !== undefined);
          await db.recentlyDeleted.bulkDelete(entries.map((entry) => entry.id));
          return entries;
        },
        () => ({ put: [], removed: [] }),
      );
    },

    /** Undo of *Delete now*: the entries back in Recently deleted as they were. */
    async keepDeleted(entries: readonly DeletedRow[]): Promise<void> {
      await write(
        [],
        () => db.recentlyDeleted.bulkPut(entries),
        () => ({ put: [], removed: [] }),
      );
    },

    /**
     * Forgets what was deleted more than KEPT_DELETED_DAYS ago, found by the date index: the cost
     * is the entries that go, whatever else is kept. Returns how many went.
     */
    pruneDeleted(): Promise<number> {
      const cutoff = clock().getTime() - KEPT_DELETED_DAYS * 24 * 60 * 60_000;
      return db.recentlyDeleted.where('deletedAt').below(cutoff).delete();
    },

    /**
     * Moves applications found in a removed stage, as an older version could leave them (the Undo
     * of a move or a delete, a history entry removed), on to the stage in its place, with a note
     * (outOfRemovedStage), so that the board and Settings show them. Returns those moved.
     */
    async leaveRemovedStages(ids: readonly string[]): Promise<Application[]> {
      return write(
        ids,
        async (pipeline) => {
          const at = now();
          const stored = (await db.applications.bulkGet([...ids])).filter((row) => row !== undefined).map(fromRow);
          const moved = stored.flatMap((app) => {
            const out = outOfRemovedStage(app, pipeline, at);
            return out === app ? [] : [validated(out, pipeline, app)];
          });
          await db.applications.bulkPut(moved.map(toRow));
          return moved;
        },
        (moved) => ({ put: moved, removed: [] }),
      );
    },

    /**
     * Undo of changes (a move, a correction of the history, an archiving): takes back what each
     * set, keeping what was changed since (undoChange). All or nothing: throws, writing nothing,
     * when a field one of them set has changed again since. One deleted since stays deleted: only
     * its deletion's Undo brings it back; throws when every one of them is gone, so the student
     * hears why nothing happened. `alongside` (the neighbours a board move spread apart) are taken
     * back where nothing has changed them since, and left as they are otherwise.
     */
    async revert(changes: readonly AppliedChange[], alongside: readonly AppliedChange[] = []): Promise<void> {
      const all = [...changes, ...alongside];
      const ids = all.map((change) => change.after.id);
      await write(
        ids,
        async (pipeline) => {
          const stored = await db.applications.bulkGet(ids);
          const at = now();
          const undone: Application[] = [];
          all.forEach((change, i) => {
            const row = stored[i];
            if (row === undefined) return;
            const result = undoChange(fromRow(row), change);
            const removed = result.ok ? removedStageOf(result.value, pipeline) : undefined;
            // Until the removal is undone: the stage comes back with it.
            if (removed && i < changes.length)
              throw new ChangedSinceError(
                `${change.after.company} was in “${removed.name}”, which has been removed from your pipeline since, so it stays where it is. Undo the removal of the stage first, then this.`,
              );
            if (result.ok) undone.push(validated({ ...result.value, updatedAt: at }, pipeline, result.value));
            else if (i < changes.length) throw new ChangedSinceError(changedSinceMessage(change.after, result.field));
          });
          if (changes.length > 0 && !changes.some((_, i) => stored[i] !== undefined))
            throw new Error(`${changes[0]!.after.company} has been deleted since, so there is nothing to undo.`);
          await db.applications.bulkPut(undone.map(toRow));
          return undone;
        },
        (undone) => ({ put: undone, removed: [] }),
      );
    },

    /**
     * Writes new board ranks of records still stored (the neighbours a move spread apart);
     * returns each change made, for Undo.
     */
    async rerank(apps: readonly Application[]): Promise<AppliedChange[]> {
      return write(
        apps.map((app) => app.id),
        async (pipeline) => {
          const stored = await db.applications.bulkGet(apps.map((app) => app.id));
          const changes = apps.flatMap((app, i) => {
            const row = stored[i];
            if (row === undefined) return [];
            const before = fromRow(row);
            return [{ before, after: validated({ ...before, boardRank: app.boardRank }, pipeline, before) }];
          });
          await db.applications.bulkPut(changes.map((change) => toRow(change.after)));
          return changes;
        },
        (changes) => ({ put: changes.map((change) => change.after), removed: [] }),
      );
    },

    /**
     * An import, all or nothing: adds the new applications and replaces the merged ones, which
     * must still exist. Returns what `undoImport` needs. The plan's records were each checked
     * whole as the file was (validateApplication, in the import's worker, and for merges as they
     * were planned): checking 9,000 again here held the page up for a quarter of a second. What
     * may have changed since is checked: their stages, against the pipeline stored now, and, with
     * `merging` (the records the merges were worked out from, and how to work them out again),
     * the records merged into: when one was saved since (in another tab, while the import's
     * review was open), the merges are worked out again from the records as they are now, so
     * that save is not overwritten.
     */
    async importApplications(
      plan: { add: Application[]; update: Application[] },
      merging?: { from: readonly Application[]; again: (current: Application[]) => Application[] },
    ): Promise<ImportUndo> {
      return write(
        [...plan.add, ...plan.update, ...(merging?.from ?? [])].map((app) => app.id),
        async (pipeline) => {
          const add = plan.add.map((app) => staged(app, pipeline));
          let planned = plan.update;
          if (merging) {
            const rows = await db.applications.bulkGet(merging.from.map((app) => app.id));
            // One deleted since stays as read, and is refused below. Compared as records, as undoImport does.
            const current = merging.from.map((app, i) => (rows[i] ? fromRow(rows[i]) : app));
            if (current.some((app, i) => !dequal(app, fromRow(toRow(merging.from[i]!)))))
              planned = merging.again(current);
          }
          const stored = await db.applications.bulkGet(planned.map((app) => app.id));
          const missing = planned.find((_, i) => stored[i] === undefined);
          if (missing) throw new NotFoundError(missing.id);
          const update = planned.map((app) => staged(app, pipeline));
          await db.applications.bulkAdd(add.map(toRow));
          await db.applications.bulkPut(update.map(toRow));
          const merged = update.map((after, i) => ({ before: fromRow(stored[i]!), after }));
          return { add, update, undo: { added: add, merged } };
        },
        ({ add, update }) => ({ put: [...add, ...update], removed: [] }),
      ).then(({ undo }) => undo);
    },

    /**
     * Removes what an import added and puts back what it merged into, in one transaction. An
     * application changed since the import (edited, moved) is kept as it is now, so no later work
     * is lost; one deleted since stays deleted. Returns those kept; throws, writing nothing, when
     * that is every one of them.
     */
    async undoImport(undo: ImportUndo): Promise<Application[]> {
      const written = [...undo.added, ...undo.merged.map((change) => change.after)];
      const { kept } = await write(
        written.map((app) => app.id),
        async (pipeline) => {
          const stored = await db.applications.bulkGet(written.map((app) => app.id));
          const kept: Application[] = [];
          // Compared whole (updatedAt counts in seconds, and an edit may follow within one), as
          // records: the index keys depend on the time zone, which may have changed meanwhile.
          const untouched = written.map((app, i) => {
            const row = stored[i];
            const now = row && fromRow(row);
            const same = now !== undefined && dequal(now, fromRow(toRow(app)));
            if (now !== undefined && !same) kept.push(now);
            return same;
          });
          const removed = undo.added.filter((_, i) => untouched[i]).map((app) => app.id);
          const replaced = undo.merged
            .filter((_, i) => untouched[undo.added.length + i])
            .map(({ before }) => validated(outOfRemovedStage(before, pipeline, now()), pipeline, before));
          if (kept.length > 0 && removed.length === 0 && replaced.length === 0) {
            const [which, they] =
              kept.length === 1
                ? [`${kept[0]!.company} has`, 'it is']
                : [`all ${kept.length} applications have`, 'they are'];
            throw new Error(`Nothing to undo: ${which} changed since the import, so ${they} kept as ${they} now.`);
          }
          await db.applications.bulkDelete(removed);
          await db.applications.bulkPut(replaced.map(toRow));
          return { kept, removed, replaced };
        },
        ({ removed, replaced }) => ({ put: replaced, removed }),
      );
      return kept;
    },

    /** Saves an edited pipeline (renamed, recoloured, reordered, a stage added); returns the one before. */
    async savePipeline(pipeline: Pipeline): Promise<Pipeline> {
      return write(
        [],
        async (before) => {
          const parsed = pipelineSetting.schema.safeParse(pipeline);
          if (!parsed.success)
            throw new ValidationFailedError([{ path: 'pipeline', message: parsed.error.issues[0]!.message }]);
          // A stage that history names can be hidden, never dropped: its name and phase stay known.
          const dropped = before.stages.find((s) => !parsed.data.stages.some((t) => t.id === s.id));
          if (dropped)
            throw new ValidationFailedError([
              { path: 'pipeline', message: `The stage “${dropped.name}” cannot be dropped` },
            ]);
          await db.settings.put({ key: pipelineSetting.key, value: parsed.data });
          return before;
        },
        () => ({ put: [], removed: [] }),
      );
    },

    /**
     * Removes a stage: its applications move to `moveTo` (each move recorded in its history, saying
     * why) and the stage is hidden, in one transaction. Returns what `undoStageRemoval` needs.
     */
    async removeStage(stageId: string, moveTo: string): Promise<StageRemovalUndo> {
      const result = await write(
        'all',
        async (pipeline) => {
          const removedStage = stageOf(pipeline, stageId);
          const target = stageOf(pipeline, moveTo);
          if (target.id === removedStage.id)
            throw new ValidationFailedError([{ path: 'moveTo', message: 'Choose another stage to move them to' }]);
          const edit = removeStage(pipeline, stageId);
          if (!edit.ok) throw new ValidationFailedError([{ path: 'pipeline', message: edit.error }]);
          const at = now();
          const inStage = (await db.applications.filter((row) => row.stageId === stageId).toArray()).map(fromRow);
          const note = `Moved from “${stageLabel(pipeline, { stageId, phase: removedStage.phase })}” when that stage was removed`;
          const moved = inStage.map((app) =>
            validated(withStageChange(app, { id: newId(), stage: target, at, note }, at), edit.pipeline, app),
          );
          await db.applications.bulkPut(moved.map(toRow));
          await db.settings.put({ key: pipelineSetting.key, value: edit.pipeline });
          return { moved, undo: { stageId, moved: inStage.map((before, i) => ({ before, after: moved[i]! })) } };
        },
        ({ moved }) => ({ put: moved, removed: [] }),
      );
      return result.undo;
    },

    /**
     * Brings a removed stage back, and moves back the records its removal moved, in one
     * transaction. What changed since is kept: the rest of the pipeline as it is now, and a record
     * edited after the move stays as edited. Returns how many records were left as they are.
     */
    async undoStageRemoval(undo: StageRemovalUndo): Promise<{ keptAsEdited: number }> {
      const result = await write(
        undo.moved.map(({ after }) => after.id),
        async (pipeline) => {
          const restored = {
            stages: pipeline.stages.map((s) => (s.id === undo.stageId ? { ...s, removed: false } : s)),
          };
          const stage = stageById(pipeline, undo.stageId)!;
          const namesake = stageNamed(pipeline, stage.name);
          if (namesake && namesake.id !== stage.id)
            throw new ChangedSinceError(
              `Another stage is called “${namesake.name}” now, so the removed one cannot come back: rename that one first, then undo this.`,
            );
          const stored = await db.applications.bulkGet(undo.moved.map(({ after }) => after.id));
          // Moved back only while still as the removal left it: an edit since is the student's.
          const back = undo.moved
            .filter(({ after }, i) => stored[i]?.updatedAt === after.updatedAt && stored[i]?.stageId === after.stageId)
            .map(({ before }) => before);
          await db.settings.put({ key: pipelineSetting.key, value: pipelineSetting.schema.parse(restored) });
          await db.applications.bulkPut(back.map(toRow));
          return back;
        },
        (back) => ({ put: back, removed: [] }),
      );
      return { keptAsEdited: undo.moved.length - result.length };
    },

    /**
     * Replaces everything, applications and settings, with a backup's tables in one transaction:
     * if anything fails, the database is left as it was.
     */
    async replaceAll(tables: { applications: Application[]; settings: SettingRow[] }): Promise<void> {
      await write(
        'all',
        async () => {
          await Promise.all([db.applications.clear(), db.settings.clear()]);
          await db.settings.bulkAdd(tables.settings);
          const pipeline = await readSetting(db, pipelineSetting);
          const at = now();
          const apps = tables.applications.map((app) => validated(outOfRemovedStage(app, pipeline, at), pipeline, app));
          await db.applications.bulkAdd(apps.map(toRow));
          return apps;
        },
        (apps) => ({ reset: apps }),
      );
    },
  };
}
