// A move to another stage can meet deadlines: one to apply is met once the application is sent,
// and one to answer an offer once the offer is accepted. Either gives no reminder and no next
// date after that. It is ticked, as any met deadline is, so the student sees it and can untick
// it; Undo of the move brings the deadlines back as they were.
import type { Deadline, DeadlineKind, Phase } from './application';

/** Whether an application in this phase has been sent: past its list, and not closed. */
export function isSent(phase: Phase): boolean {
  return phase !== 'saved' && phase !== 'closed';
}

/** The kinds of deadline a move from phase `from` to `to` meets. */
export function kindsMetByMove(from: Phase, to: Phase): DeadlineKind[] {
  const kinds: DeadlineKind[] = [];
  if (!isSent(from) && isSent(to)) kinds.push('application');
  if (from !== 'accepted' && to === 'accepted') kinds.push('offer-response');
  return kinds;
}

/** The deadlines with every one a move from `from` to `to` meets ticked; the same list when it meets none. */
export function withDeadlinesMetByMove(deadlines: Deadline[], from: Phase, to: Phase): Deadline[] {
  const kinds = kindsMetByMove(from, to);
  if (kinds.length === 0) return deadlines;
  return deadlines.map((d) => (kinds.includes(d.kind) && !d.done ? { ...d, done: true } : d));
}
