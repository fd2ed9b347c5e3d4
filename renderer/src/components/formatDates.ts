// How dates read in the UI, in English of the user's region (shared/dateWords.ts). Calendar
// dates are formatted from their own digits, so they show the same day in every time zone.
import { differenceInCalendarDays, parseISO } from 'date-fns';
import { isCalendarDate, startOfCalendarDate } from '@shared/calendarDate';
import { dateLocaleOf, dateWords } from '@shared/dateWords';
import { DATE_NOT_RECORDED, entryDay, type EntryTime } from '@shared/entryTime';

/**
 * The renderer's date formatters. The desktop app is told the system's regional format by its
 * preload (a German Windows set to UK dates writes the day first); a browser has its languages.
 */
export const dates = dateWords(window.desktop?.dateLocale ?? dateLocaleOf(navigator.languages));

/** A calendar date or an instant as a Date, for display only. */
function toDate(value: string): Date {
  return isCalendarDate(value) ? startOfCalendarDate(value) : parseISO(value);
}

/** "Mon, Jun 15, 2026", with the time for instants: "Thu, Mar 5, 2026, 5:00 PM". */
export function formatWhen(value: string): string {
  const date = toDate(value);
  return isCalendarDate(value) ? dates.day(date) : dates.dayAndTime(date);
}

/** "Jun 15" within the current year, "Jun 15, 2027" otherwise. */
export function formatShortDate(value: string, now: Date): string {
  const date = toDate(value);
  return date.getFullYear() === now.getFullYear() ? dates.monthDay(date) : dates.monthDayYear(date);
}

/** "today", "tomorrow", "in 3 days", "yesterday", "5 days ago", by calendar days. */
export function relativeDay(value: string, now: Date): string {
  const days = differenceInCalendarDays(toDate(value), now);
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  if (days === -1) return 'yesterday';
  return days > 0 ? `in ${days} days` : `${-days} days ago`;
}

/**
 * "Jan 17 · in 44 days": when something comes, and how far off. The year is left out within half
 * a year either way, where the days say which year it is, so the date fits beside them.
 */
export function dateAndDistance(value: string, now: Date): string {
  return `${nearDate(value, now)} · ${relativeDay(value, now)}`;
}

/** The date part of dateAndDistance: "Jan 17", "Jun 19, 2027". */
export function nearDate(value: string, now: Date): string {
  const date = toDate(value);
  const near = date.getFullYear() === now.getFullYear() || Math.abs(differenceInCalendarDays(date, now)) <= 183;
  return near ? dates.monthDay(date) : dates.monthDayYear(date);
}

export function formatInstant(instant: string): string {
  return dates.dateAndTime(parseISO(instant));
}

/**
 * A history entry's time: "Mar 3, 2026, 2:02 PM", "Oct 14, 2026" for one known only by its day, or
 * "date not recorded" for one whose date nobody recorded.
 */
export function formatEntryTime(entry: EntryTime): string {
  if (entry.dateUnknown) return DATE_NOT_RECORDED;
  return entry.dayOnly ? dates.monthDayYear(startOfCalendarDate(entryDay(entry))) : formatInstant(entry.at);
}

/** formatInstant with the seconds, "Nov 3, 2026, 2:02:37 PM": for instants the minute alone cannot tell apart. */
export function formatInstantToTheSecond(instant: string): string {
  return dates.dateAndTimeToTheSecond(parseISO(instant));
}

/** formatWhen with the zone of an instant's time: "Thu, Mar 5, 2026, 5:00 PM PST"; a date alone as formatWhen. */
export function formatWhenWithZone(value: string): string {
  if (isCalendarDate(value)) return formatWhen(value);
  // Made for each call (a few events a page): it reads the zone the machine is in now, as formatWhen does.
  const zone = new Intl.DateTimeFormat(dates.locale, { timeZoneName: 'short' })
    .formatToParts(parseISO(value))
    .find((part) => part.type === 'timeZoneName')?.value;
  return zone ? `${formatWhen(value)} ${zone}` : formatWhen(value);
}
