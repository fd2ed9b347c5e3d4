// What a change ticked done or opened again of the deadlines it was given, in words for its
// message: a stage move meets deadlines, and a move back opens them again (deadlinesMetByStage.ts),
// whether it is recorded, corrected or taken out of the history, or made by a stage's removal; the
// student should hear which.
import type { Application, Deadline } from './application';
import { listInWords } from './listInWords';
import { DEADLINE_KIND_LABELS } from './nextDate';

const nameOf = (d: Deadline) => d.label || DEADLINE_KIND_LABELS[d.kind];

/** The deadlines `after` holds ticked that were open in `before`, and those open that were ticked. */
function changed(before: Pick<Application, 'deadlines'>, after: Pick<Application, 'deadlines'>) {
  const doneBefore = new Map(before.deadlines.map((d) => [d.id, d.done]));
  return {
    ticked: after.deadlines.filter((d) => d.done && doneBefore.get(d.id) === false),
    reopened: after.deadlines.filter((d) => !d.done && doneBefore.get(d.id) === true),
  };
}

function sentence(ticked: readonly string[], reopened: readonly string[]): string {
  return (
    (ticked.length > 0 ? ` Ticked done: ${listInWords(ticked)}.` : '') +
    (reopened.length > 0 ? ` Reopened: ${listInWords(reopened)}.` : '')
  );
}

/**
 * " Ticked done: Offer response due." for deadlines the change ticked that were open, and
 * " Reopened: Offer response due." for those it opened that were ticked; '' when it did neither.
 */
export function deadlinesChangedSentence(
  before: Pick<Application, 'deadlines'>,
  after: Pick<Application, 'deadlines'>,
): string {
  const { ticked, reopened } = changed(before, after);
  return sentence(ticked.map(nameOf), reopened.map(nameOf));
}

/**
 * The same for a change of several applications (a stage's removal moves them all), each deadline
 * named with its company: " Reopened: Offer response due (Stripe) and Deadline (Figma)."
 */
export function deadlinesChangedSentenceOfMany(
  changes: readonly { before: Pick<Application, 'company' | 'deadlines'>; after: Pick<Application, 'deadlines'> }[],
): string {
  const ticked: string[] = [];
  const reopened: string[] = [];
  for (const { before, after } of changes) {
    const of = changed(before, after);
    ticked.push(...of.ticked.map((d) => `${nameOf(d)} (${before.company})`));
    reopened.push(...of.reopened.map((d) => `${nameOf(d)} (${before.company})`));
  }
  return sentence(ticked, reopened);
}
