// When a stage-history entry happened: an instant, and whether only its day is known. An entry
// known by its day alone (a CSV's "October 14, 2026", an application added as applied last week)
// is stored at noon of that day where the user is, which orders it and keeps its date in every
// zone; `dayOnly` says that noon is no time anybody gave, so it is shown and written as the date.
import type { StageChange } from './application';
import { noonOf, type CalendarDate } from './calendarDate';

export type EntryTime = Pick<StageChange, 'at' | 'dayOnly'>;

/** The time of an entry known only by its day. */
export function dayOnlyTime(date: CalendarDate): EntryTime {
  return { at: noonOf(date), dayOnly: true };
}

/**
 * An entry's time as recorded at `now`: one known only by its day stands at noon, or at `now`
 * while that noon is still to come (today's, recorded in the morning), so that what is recorded
 * later that day comes after it. A time given stays as given.
 */
export function recordedAt(time: EntryTime, now: string): EntryTime {
  return time.dayOnly && Date.parse(time.at) > Date.parse(now) ? { at: now, dayOnly: true } : timeOf(time);
}

/** The entry's time, day-only mark and all. */
export function timeOf(entry: EntryTime): EntryTime {
  return entry.dayOnly ? { at: entry.at, dayOnly: true } : { at: entry.at };
}

/** The entry at another time: its day-only mark goes with the time it had, the new time's comes. */
export function withTime<T extends EntryTime>(entry: T, time: EntryTime): T {
  const { dayOnly: _, ...rest } = entry;
  return { ...rest, ...timeOf(time) } as T;
}

/** The day an entry stands for, in the zone it was recorded in ("2026-10-14"). */
export function entryDay(entry: Pick<StageChange, 'at'>): CalendarDate {
  return entry.at.slice(0, 10);
}
