// A move to another stage can meet deadlines: one to apply is met once the application is sent,
// and one to answer an offer once the offer is accepted. Either gives no reminder and no next
// date after that. It is ticked, as any met deadline is, so the student sees it and can untick
// it; Undo of the move brings the deadlines back as they were. A move back the other way (out of
// Accepted to a stage before it, or from a sent stage back to the list) opens them again: the
// offer is open, or the application unsent, once more.
import { PHASES, type Deadline, type DeadlineKind, type Phase } from './application';
import { deadlineDueTime } from './deadlineDue';

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

/**
 * The kinds of deadline a move from phase `from` back to `to` opens again: those a move the other
 * way meets. Not on a move to a closed stage: one closed after it was sent was still sent, and an
 * offer declined after accepting it was still answered.
 */
export function kindsReopenedByMove(from: Phase, to: Phase): DeadlineKind[] {
  const kinds: DeadlineKind[] = [];
  if (isSent(from) && to === 'saved') kinds.push('application');
  if (from === 'accepted' && PHASES.indexOf(to) < PHASES.indexOf('accepted')) kinds.push('offer-response');
  return kinds;
}

/** The deadlines with every one a move from `from` to `to` meets ticked; the same list when it meets none. */
export function withDeadlinesMetByMove(deadlines: Deadline[], from: Phase, to: Phase): Deadline[] {
  const kinds = kindsMetByMove(from, to);
  if (kinds.length === 0) return deadlines;
  return deadlines.map((d) => (kinds.includes(d.kind) && !d.done ? { ...d, done: true } : d));
}

/**
 * The deadlines after a move from `from` to `to` at `now`: those it meets ticked, and those it
 * opens again unticked. A deadline does not record whether the move ticked it or the student did,
 * so a move back opens only those still ahead: one whose time has gone by gives no reminder or
 * next date open or not, and stays as the student last saw it.
 */
export function withDeadlinesOfMove(deadlines: Deadline[], from: Phase, to: Phase, now: string): Deadline[] {
  const met = withDeadlinesMetByMove(deadlines, from, to);
  const kinds = kindsReopenedByMove(from, to);
  if (kinds.length === 0) return met;
  const nowTime = Date.parse(now);
  return met.map((d) => (kinds.includes(d.kind) && d.done && deadlineDueTime(d) > nowTime ? { ...d, done: false } : d));
}
