// "What is due in the next 7 days": every open deadline, event, follow-up and cohort start of the
// applications still going, from now to the end of the 7th day after today (see nextDays.ts),
// grouped by day.
import type { Application } from '../application';
import { isCalendarDate, toCalendarDate, type CalendarDate } from '../calendarDate';
import { dateEvents, isAllDay, type DateEvent } from '../nextDate';
import { nextDaysEnd } from '../nextDays';
import { isClosed } from '../stageHistory';

type DueApplication = Pick<Application, 'phase' | 'deadlines' | 'cohorts' | 'chosenCohortId' | 'events' | 'followUp'>;

export interface DueItem<T> {
  app: T;
  event: DateEvent;
}

export interface DueDay<T> {
  day: CalendarDate;
  items: DueItem<T>[];
}

/** The last moment of the window: the end of the day `days` days after today. */
export function dueWindowEnd(now: Date, days: number): number {
  return nextDaysEnd(now, days).getTime() - 1;
}

/** The day a date falls on: its own for a calendar date, the local day of its moment otherwise. */
function dayOf(event: DateEvent): CalendarDate {
  return isCalendarDate(event.at) ? event.at : toCalendarDate(new Date(event.time));
}

/**
 * Dates from today to the day `days` days after it (the table's "in 7 days") that are not over:
 * an all-day date counts until its day ends, a deadline until it is due (the end of its day when
 * it has no time), an event until it starts. Days in order, and within a day by time: all-day
 * dates first, deadlines without a time last.
 */
export function dueWithin<T extends DueApplication>(apps: Iterable<T>, now: Date, days: number): DueDay<T>[] {
  const today = toCalendarDate(now);
  const end = dueWindowEnd(now, days);
  const byDay = new Map<CalendarDate, DueItem<T>[]>();
  for (const app of apps) {
    if (isClosed(app)) continue;
    for (const event of dateEvents(app)) {
      if (event.time > end) break; // in time order: the rest are later still
      const on = dayOf(event);
      const over = isAllDay(event) ? on < today : event.time <= now.getTime();
      if (over) continue;
      const items = byDay.get(on) ?? [];
      items.push({ app, event });
      byDay.set(on, items);
    }
  }
  return [...byDay.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([day, items]) => ({ day, items: items.sort((a, b) => a.event.time - b.event.time) }));
}
