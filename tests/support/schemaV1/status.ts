// FROZEN: schema 1 as it shipped (shared/status.ts at main 0b915b0). Never edit: the
// migration tests prove that what this code wrote opens in every later version.

// The status pipeline: its order, which statuses end an application, and how a change is
// recorded in the history.
import type { Application, Status, StatusChange } from './application';

/** The statuses an application moves through, in pipeline order. */
export const PIPELINE: readonly Status[] = ['wishlist', 'applied', 'assessment', 'interviewing', 'offer', 'accepted'];

/** Statuses after which nothing more happens with an application. */
export const ENDED_STATUSES: readonly Status[] = ['rejected', 'withdrawn', 'declined', 'ghosted'];

export const STATUS_LABELS: Record<Status, string> = {
  wishlist: 'Wishlist',
  applied: 'Applied',
  assessment: 'Assessment',
  interviewing: 'Interviewing',
  offer: 'Offer',
  accepted: 'Accepted',
  rejected: 'Rejected',
  withdrawn: 'Withdrawn',
  declined: 'Declined',
  ghosted: 'Ghosted',
};

export function isEnded(status: Status): boolean {
  return ENDED_STATUSES.includes(status);
}

/** Sort rank: pipeline statuses in order, ended statuses after them. */
export function statusRank(status: Status): number {
  const inPipeline = PIPELINE.indexOf(status);
  return inPipeline >= 0 ? inPipeline : PIPELINE.length + ENDED_STATUSES.indexOf(status);
}

/**
 * Records a status change in the history, kept in time order. A back-dated change earlier
 * than the latest entry is logged in its place and leaves the current status as it was: the
 * current status is always that of the latest entry.
 */
export function withStatusChange(app: Application, change: StatusChange, now: string): Application {
  const history = [...app.statusHistory];
  const at = Date.parse(change.at);
  // Insert after every entry at or before the same moment, so equal times keep their order.
  let index = history.length;
  while (index > 0 && Date.parse(history[index - 1]!.at) > at) index -= 1;
  history.splice(index, 0, change);
  const latest = history.at(-1)!;
  // The applied date is the day of the earliest 'applied' entry, in the zone it was recorded in.
  const changeDate = change.at.slice(0, 10);
  const appliedAt =
    change.status === 'applied' && (app.appliedAt === null || changeDate < app.appliedAt) ? changeDate : app.appliedAt;
  return { ...app, statusHistory: history, status: latest.status, appliedAt, updatedAt: now };
}
