// A deadline to apply is met once the application is sent: it gives no reminder and no next date
// after that. The deadline is ticked, as any met deadline is, so the student sees it and can
// untick it; Undo of the move brings the deadlines back as they were.
import type { Deadline, Phase } from './application';

/** Whether an application in this phase has been sent: past its list, and not closed. */
export function isSent(phase: Phase): boolean {
  return phase !== 'saved' && phase !== 'closed';
}

/** The deadlines with every deadline to apply ticked. */
export function withDeadlinesToApplyMet(deadlines: readonly Deadline[]): Deadline[] {
  return deadlines.map((d) => (d.kind === 'application' && !d.done ? { ...d, done: true } : d));
}
