// "in 3 hours", "2 days ago": how far a reminder's time is from now, for the reminder centre.
import { formatDistanceStrict } from 'date-fns';

export function relativeTime(at: number, now: Date): string {
  // The list refreshes every minute: "in 40 seconds" would be stale before it is read.
  if (Math.abs(at - now.getTime()) < 60_000) return 'now';
  return formatDistanceStrict(at, now, { addSuffix: true });
}
