// What a change ticked done of the deadlines it was given, in words for its message: a stage move
// meets deadlines (deadlinesMetByStage.ts), and the student should hear which.
import type { Application } from './application';
import { listInWords } from './listInWords';
import { DEADLINE_KIND_LABELS } from './nextDate';

/** " Ticked done: Offer response due." when the change ticked deadlines that were open; '' otherwise. */
export function deadlinesTickedSentence(
  before: Pick<Application, 'deadlines'>,
  after: Pick<Application, 'deadlines'>,
): string {
  const open = new Set(before.deadlines.filter((d) => !d.done).map((d) => d.id));
  const ticked = after.deadlines.filter((d) => d.done && open.has(d.id));
  if (ticked.length === 0) return '';
  return ` Ticked done: ${listInWords(ticked.map((d) => d.label || DEADLINE_KIND_LABELS[d.kind]))}.`;
}
