// Undo of one change to an application (a move, a correction of its history, an archiving),
// taken back field by field: each field the change set goes back to what it was, and whatever
// was changed since stays (notes saved after a move keep their words). A field the change set
// that has been changed again since cannot go back without losing that later change: the undo is
// refused instead, naming the field.
import { dequal } from 'dequal';
import type { Application } from './application';

/** A change as it was written: the record before it and after it. */
export interface AppliedChange {
  before: Application;
  after: Application;
}

export type Undone = { ok: true; value: Application } | { ok: false; field: keyof Application };

/** `current` with `change` taken back, or the first field it set that has changed since. */
export function undoChange(current: Application, { before, after }: AppliedChange): Undone {
  const undone: Record<string, unknown> = { ...current };
  const fields = new Set([...Object.keys(before), ...Object.keys(after)]) as Set<keyof Application>;
  for (const field of fields) {
    // Every write sets it: the undo's own write sets it again.
    if (field === 'updatedAt' || dequal(before[field], after[field])) continue;
    if (!dequal(current[field], after[field])) return { ok: false, field };
    undone[field] = before[field];
  }
  return { ok: true, value: undone as unknown as Application };
}

/** How a field changed since is named in the message that refuses the undo. */
const FIELD_WORDS: Partial<Record<keyof Application, string>> = {
  stageId: 'its stage',
  phase: 'its stage',
  stageHistory: 'its stage history',
  boardRank: 'its place on the board',
  archivedAt: 'whether it is archived',
};

/** Why a change to `app` cannot be undone yet: `field` has changed since. */
export function changedSinceMessage(app: Application, field: keyof Application): string {
  return `${app.company} has changed since (${FIELD_WORDS[field] ?? 'the same details'}), so undo the later change first, then this one.`;
}
