// How far off a moment under a day away is, by the clock. A reminder's title and the reminder
// centre both say it with this one rule, so the same distance never reads differently in the two.
const MINUTE = 60_000;
const DAY_IN_MINUTES = 24 * 60;

/**
 * "now", "in 40 minutes", "in 5 hours", "3 hours ago"; null a day or more away, where calendar
 * days say it ("tomorrow"). Whole hours, over by a quarter of an hour at most: 5 h 31 min is
 * "in 5 hours" (the student has less time than "6" says), a minute short of 3 hours still "in 3 hours".
 */
export function clockDistance(at: Date, from: Date): string | null {
  const minutes = Math.round((at.getTime() - from.getTime()) / MINUTE);
  const away = Math.abs(minutes);
  if (away >= DAY_IN_MINUTES) return null;
  if (away < 1) return 'now';
  const amount = away < 60 ? counted(away, 'minute') : counted(Math.floor((away + 15) / 60), 'hour');
  return minutes > 0 ? `in ${amount}` : `${amount} ago`;
}

/**
 * "1 hour", "5 hours": without countOf's locale formatting, which a count under 1,440 never
 * needs and which the planner would pay for in every title of a plan.
 */
function counted(count: number, unit: string): string {
  return `${count} ${unit}${count === 1 ? '' : 's'}`;
}
