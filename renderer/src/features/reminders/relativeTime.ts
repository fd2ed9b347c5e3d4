// "in 3 hours", "tomorrow", "5 days ago": how far a reminder's time is from now, for the reminder centre.
import { clockDistance } from '@shared/reminders/clockDistance';
import { relativeDay } from '../../components/formatDates';

export function relativeTime(instant: string, now: Date): string {
  // Under a day by the clock, by the rule a reminder's title follows, so the centre never words
  // the same distance otherwise. Further off by calendar days, as the table counts them: 20:59
  // the day after is "tomorrow" at 07:30 today, not the "in 2 days" that its 37 hours round to.
  return clockDistance(new Date(Date.parse(instant)), now) ?? relativeDay(instant, now);
}
