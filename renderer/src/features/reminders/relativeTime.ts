// "in 3 hours", "tomorrow", "5 days ago": how far a reminder's time is from now, for the reminder centre.
import { formatDistanceStrict } from 'date-fns';
import { relativeDay } from '../../components/formatDates';

const DAY_MS = 24 * 60 * 60_000;

export function relativeTime(instant: string, now: Date): string {
  const at = Date.parse(instant);
  const distance = Math.abs(at - now.getTime());
  // The list refreshes every minute: "in 40 seconds" would be stale before it is read.
  if (distance < 60_000) return 'now';
  // Under a day by the clock, as a reminder's title says it: "in 40 minutes", "in 23 hours" (whole
  // ones, never "in 24 hours").
  if (distance < DAY_MS) return formatDistanceStrict(at, now, { addSuffix: true, roundingMethod: 'floor' });
  // Further off by calendar days, as the table counts them: 20:59 the day after is "tomorrow"
  // at 07:30 today, not the "in 2 days" that its 37 hours round to.
  return relativeDay(instant, now);
}
