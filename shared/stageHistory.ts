// The stage history of an application: every move, kept in time order, each entry with an id so
// it can be corrected or removed. The current stage is always the latest entry's.
import type { Application, StageChange } from './application';
import { withDeadlinesOfMove } from './deadlinesMetByStage';
import { entryDay, knownDay, timeOf, withTime, type EntryTime } from './entryTime';
import { CREATED_ENTRY_ID } from './newApplication';
import type { Stage } from './pipeline';

/** A move to a stage, as the user records it: at a time, or on a day (EntryTime's dayOnly). */
export interface StageMove extends EntryTime {
  id: string;
  stage: Pick<Stage, 'id' | 'phase'>;
  note: string;
}

export type HistoryEdit = { ok: true; value: Application } | { ok: false; error: string };

function entryOf(move: StageMove): StageChange {
  return { id: move.id, stageId: move.stage.id, phase: move.stage.phase, ...timeOf(move), note: move.note };
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

/** The earliest known day of an entry in the phase `applied`, if any (one of a date not recorded gives none). */
function firstAppliedDay(history: readonly StageChange[]): string | null {
  let first: string | null = null;
  for (const entry of history) {
    const day = knownDay(entry);
    if (entry.phase === 'applied' && day !== null && (first === null || day < first)) first = day;
  }
  return first;
}

/**
 * The application with this history: stage and phase follow its latest entry. The applied date
 * follows the history while it is the day of the first `applied` entry (a correction moves it
 * too); a date the user set otherwise only moves back, to an earlier `applied` entry given in
 * `added`. When no `applied` entry is left, the date stays: it is the user's to clear.
 */
function withHistory(app: Application, history: StageChange[], now: string, added: StageChange | null): Application {
  const latest = history.at(-1)!;
  const deadlines = withDeadlinesOfMove(app.deadlines, app.phase, latest.phase, now);
  const followed = firstAppliedDay(app.stageHistory);
  let appliedAt = app.appliedAt;
  if (followed !== null && app.appliedAt === followed) appliedAt = firstAppliedDay(history) ?? app.appliedAt;
  else if (added?.phase === 'applied' && !added.dateUnknown && (appliedAt === null || entryDay(added) < appliedAt))
    appliedAt = entryDay(added);
  return {
    ...app,
    stageHistory: history,
    stageId: latest.stageId,
    phase: latest.phase,
    appliedAt,
    deadlines,
    updatedAt: now,
  };
}

/** A stage's place in the student's pipeline (stageRank), to tell a stage that comes after another. */
export type StageOrder = (stageId: string) => number;

/**
 * The history with its first entry moved back to the time of `entry` where that entry is earlier
 * and the first is the one the app made when the application was added, at the moment it was
 * added: that entry says when it was added, not when its stage was reached. So a stage the student
 * records as reached before it does not fall behind it: any stage, after an entry of a list ("added
 * today, applied last week"); a stage that comes after it in the pipeline, after an entry of one
 * reached ("added at the assessment today, phone screen yesterday": the assessment came first).
 */
function withAddedEntryBefore(
  app: Pick<Application, 'stageHistory' | 'createdAt'>,
  entry: Pick<StageChange, 'stageId' | 'at' | 'dayOnly' | 'dateUnknown'>,
  order?: StageOrder,
): readonly StageChange[] {
  const [first, ...rest] = app.stageHistory;
  if (!first || first.id !== CREATED_ENTRY_ID || Date.parse(entry.at) >= Date.parse(first.at)) return app.stageHistory;
  const movesBack =
    first.phase === 'saved' ||
    (first.at === app.createdAt && order !== undefined && order(entry.stageId) > order(first.stageId));
  return movesBack ? [withTime(first, entry), ...rest] : app.stageHistory;
}

/** Whether a move to `stageId` recorded at `at` is filed among earlier entries, leaving the current stage as it is. */
export function isFiledBeforeLatest(
  app: Pick<Application, 'stageHistory' | 'createdAt'>,
  move: Pick<StageChange, 'stageId' | 'at'>,
  order?: StageOrder,
): boolean {
  return Date.parse(move.at) < Date.parse(withAddedEntryBefore(app, move, order).at(-1)!.at);
}

/**
 * Records a move in the history. A back-dated move earlier than the latest entry is filed in its
 * place and leaves the current stage as it was, except before the entry made when the application
 * was added, which may move back with it (withAddedEntryBefore; `order` tells which stages come
 * after it). The first move into the phase `applied` sets the applied date (the day of the move,
 * in the zone it was recorded in) unless an earlier one is set.
 */
export function withStageChange(app: Application, move: StageMove, now: string, order?: StageOrder): Application {
  const entry = entryOf(move);
  return withHistory(app, inserted(withAddedEntryBefore(app, entry, order), entry), now, entry);
}

/**
 * Corrects an entry's stage, time or note. An entry whose time changes moves to its new place in
 * time; one whose time stays keeps its place, so correcting a note never changes the current stage.
 * A new time is day-only as `change` says (a time given makes a day-only entry a timed one); a
 * date given to an entry of a date not recorded makes it one of that date.
 */
export function withStageChangeEdited(
  app: Application,
  entryId: string,
  change: Partial<Omit<StageMove, 'id'>>,
  now: string,
): HistoryEdit {
  const index = app.stageHistory.findIndex((e) => e.id === entryId);
  const old = app.stageHistory[index];
  if (!old) return { ok: false, error: 'This history entry no longer exists' };
  const entry: StageChange = {
    ...(change.at !== undefined ? withTime(old, { at: change.at, dayOnly: change.dayOnly }) : old),
    ...(change.stage ? { stageId: change.stage.id, phase: change.stage.phase } : {}),
    ...(change.note !== undefined ? { note: change.note } : {}),
  };
  const history =
    Date.parse(entry.at) === Date.parse(old.at)
      ? app.stageHistory.with(index, entry)
      : inserted(
          app.stageHistory.filter((e) => e.id !== entryId),
          entry,
        );
  return { ok: true, value: withHistory(app, history, now, entry) };
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
      null,
    ),
  };
}

/** Applications in this phase are over: no reminders, no next date. */
export function isClosed(app: Pick<Application, 'phase'>): boolean {
  return app.phase === 'closed';
}

/**
 * Only saved (the wishlist), not applied to yet: its deadlines are what it is kept for, but its
 * start date is no reminder's business until the student has applied.
 */
export function isNotAppliedYet(app: Pick<Application, 'phase'>): boolean {
  return app.phase === 'saved';
}
