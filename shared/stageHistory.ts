// The stage history of an application: every move, kept in time order, each entry with an id so
// it can be corrected or removed. The current stage is always the latest entry's.
import type { Application, StageChange } from './application';
import type { Stage } from './pipeline';

/** A move to a stage, as the user records it. */
export interface StageMove {
  id: string;
  stage: Pick<Stage, 'id' | 'phase'>;
  at: string;
  note: string;
}

export type HistoryEdit = { ok: true; value: Application } | { ok: false; error: string };

function entryOf(move: StageMove): StageChange {
  return { id: move.id, stageId: move.stage.id, phase: move.stage.phase, at: move.at, note: move.note };
}

/** Inserts after every entry at or before the same moment, so equal times keep their order. */
function inserted(history: readonly StageChange[], entry: StageChange): StageChange[] {
  const result = [...history];
  const at = Date.parse(entry.at);
  let index = result.length;
  while (index > 0 && Date.parse(result[index - 1]!.at) > at) index -= 1;
  result.splice(index, 0, entry);
  return result;
}

/** The application with this history: stage and phase follow its latest entry. */
function withHistory(app: Application, history: StageChange[], now: string): Application {
  const latest = history.at(-1)!;
  return { ...app, stageHistory: history, stageId: latest.stageId, phase: latest.phase, updatedAt: now };
}

/**
 * Records a move in the history. A back-dated move earlier than the latest entry is filed in its
 * place and leaves the current stage as it was. The first move into the phase `applied` sets the
 * applied date (the day of the move, in the zone it was recorded in) unless an earlier one is set.
 */
export function withStageChange(app: Application, move: StageMove, now: string): Application {
  const entry = entryOf(move);
  const next = withHistory(app, inserted(app.stageHistory, entry), now);
  const day = entry.at.slice(0, 10);
  const appliedAt = entry.phase === 'applied' && (app.appliedAt === null || day < app.appliedAt) ? day : app.appliedAt;
  return { ...next, appliedAt };
}

/** Corrects an entry's stage, time or note; it moves to its new place in time. */
export function withStageChangeEdited(
  app: Application,
  entryId: string,
  change: Partial<Omit<StageMove, 'id'>>,
  now: string,
): HistoryEdit {
  const old = app.stageHistory.find((e) => e.id === entryId);
  if (!old) return { ok: false, error: 'This history entry no longer exists' };
  const entry: StageChange = {
    ...old,
    ...(change.stage ? { stageId: change.stage.id, phase: change.stage.phase } : {}),
    ...(change.at !== undefined ? { at: change.at } : {}),
    ...(change.note !== undefined ? { note: change.note } : {}),
  };
  const others = app.stageHistory.filter((e) => e.id !== entryId);
  return { ok: true, value: withHistory(app, inserted(others, entry), now) };
}

/** Removes an entry; the only entry cannot go (an application is always in some stage). */
export function withStageChangeRemoved(app: Application, entryId: string, now: string): HistoryEdit {
  if (!app.stageHistory.some((e) => e.id === entryId))
    return { ok: false, error: 'This history entry no longer exists' };
  if (app.stageHistory.length === 1)
    return { ok: false, error: 'The only entry of the history cannot be removed: an application is always in a stage' };
  return {
    ok: true,
    value: withHistory(
      app,
      app.stageHistory.filter((e) => e.id !== entryId),
      now,
    ),
  };
}

/** Applications in this phase are over: no reminders, no next date. */
export function isClosed(app: Pick<Application, 'phase'>): boolean {
  return app.phase === 'closed';
}
