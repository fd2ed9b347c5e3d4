// When a deadline is due, on its own so that what reads it (the next date, the reminders, the
// deadlines a move opens again) needs nothing else of theirs.
import type { Deadline } from './application';
import { isCalendarDate, startOfCalendarDate } from './calendarDate';

/** When a deadline is due: its instant, or the end of its day when it has no time. */
export function deadlineDueTime(deadline: Pick<Deadline, 'at'>): number {
  // Plain Date arithmetic (not date-fns endOfDay/parseISO): this runs for every deadline of
  // every application on each export, sort and reminder plan. Date.parse reads our instants exactly.
  return isCalendarDate(deadline.at)
    ? startOfCalendarDate(deadline.at).setHours(23, 59, 59, 999)
    : Date.parse(deadline.at);
}
