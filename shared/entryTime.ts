// When a stage-history entry happened: an instant, and whether only its day is known. An entry
// known by its day alone (a CSV's "October 14, 2026", an application added as applied last week)
// is stored at noon of that day where the user is, which orders it and keeps its date in every
// zone; `dayOnly` says that noon is no time anybody gave, so it is shown and written as the date.
// An entry whose date nobody recorded (a CSV's "Rejected" with no day for it) is stored at the
// latest moment it can have been, which orders it; `dateUnknown` says that moment is no date
// anybody gave, so it is shown as "date not recorded" and nothing measures time from it.
import type { StageChange } from './application';
import { noonOf, type CalendarDate } from './calendarDate';

export type EntryTime = Pick<StageChange, 'at' | 'dayOnly' | 'dateUnknown'>;

/** What an entry whose date nobody recorded shows instead of one. */
export const DATE_NOT_RECORDED = 'date not recorded';

/** The time of an entry known only by its day. */
export function dayOnlyTime(date: CalendarDate): EntryTime {
  return { at: noonOf(date), dayOnly: true };
}

/** The time of an entry reached on a day nobody recorded, by `latest` at the latest. */
export function unrecordedTime(latest: string): EntryTime {
  return { at: latest, dateUnknown: true };
}

/**
 * An entry's time as recorded at `now`: one known only by its day stands at noon, or at `now`
 * while that noon is still to come (today's, recorded in the morning), so that what is recorded
 * later that day comes after it. A time given stays as given.
 */
export function recordedAt(time: EntryTime, now: string): EntryTime {
  return time.dayOnly && Date.parse(time.at) > Date.parse(now) ? { at: now, dayOnly: true } : timeOf(time);
}

/** The entry's time, day-only or date-unknown mark and all. */
export function timeOf(entry: EntryTime): EntryTime {
  if (entry.dateUnknown) return unrecordedTime(entry.at);
  return entry.dayOnly ? { at: entry.at, dayOnly: true } : { at: entry.at };
}

/** The entry at another time: its marks go with the time it had, the new time's come. */
export function withTime<T extends EntryTime>(entry: T, time: EntryTime): T {
  const { dayOnly: _, dateUnknown: __, ...rest } = entry;
  return { ...rest, ...timeOf(time) } as T;
}

/** The day an entry stands for, in the zone it was recorded in ("2026-10-14"). */
export function entryDay(entry: Pick<StageChange, 'at'>): CalendarDate {
  return entry.at.slice(0, 10);
}

/** The day an entry was reached, or null when nobody recorded it: what measures time from an entry reads this. */
export function knownDay(entry: Pick<StageChange, 'at' | 'dateUnknown'>): CalendarDate | null {
  return entry.dateUnknown ? null : entryDay(entry);
}
