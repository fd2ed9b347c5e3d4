// What a change ticked done or opened again of the deadlines it was given, in words for its
// message: a stage move meets deadlines, and a move back opens them again (deadlinesMetByStage.ts);
// the student should hear which.
import type { Application, Deadline } from './application';
import { listInWords } from './listInWords';
import { DEADLINE_KIND_LABELS } from './nextDate';

const named = (deadlines: readonly Deadline[]) =>
  listInWords(deadlines.map((d) => d.label || DEADLINE_KIND_LABELS[d.kind]));

/**
 * " Ticked done: Offer response due." for deadlines the change ticked that were open, and
 * " Reopened: Offer response due." for those it opened that were ticked; '' when it did neither.
 */
export function deadlinesChangedSentence(
  before: Pick<Application, 'deadlines'>,
  after: Pick<Application, 'deadlines'>,
): string {
  const doneBefore = new Map(before.deadlines.map((d) => [d.id, d.done]));
  const ticked = after.deadlines.filter((d) => d.done && doneBefore.get(d.id) === false);
  const reopened = after.deadlines.filter((d) => !d.done && doneBefore.get(d.id) === true);
  return (
    (ticked.length > 0 ? ` Ticked done: ${named(ticked)}.` : '') +
    (reopened.length > 0 ? ` Reopened: ${named(reopened)}.` : '')
  );
}
