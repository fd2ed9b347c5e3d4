// How dates and times read in the UI: English words, in the order and with the clock of the
// student's region ("Fri, Mar 6, 2026, 5:00 PM" in the US, "Fri, 6 Mar 2026, 17:00" in the UK or
// Germany, "Fri, 6 Mar, 2026, 5:00 pm" in India). The one place that writes a date for people;
// machine formats (yyyy-MM-dd, ISO instants) stay with date-fns where they are.
import { localeWritesDayFirst } from './csv/dateCell';
import { readLocale } from './readLocale';

export interface DateWords {
  /** The locale written in, e.g. "en-GB". */
  readonly locale: string;
  /** "Fri, Mar 6, 2026" */
  day(date: Date): string;
  /** "Fri, Mar 6, 2026, 5:00 PM" */
  dayAndTime(date: Date): string;
  /** "Mar 6" */
  monthDay(date: Date): string;
  /** "Mar 6, 2026" */
  monthDayYear(date: Date): string;
  /** "Fri, Mar 6" */
  weekdayMonthDay(date: Date): string;
  /** "Fri, Mar 6, 5:00 PM" */
  weekdayMonthDayTime(date: Date): string;
  /** "Mar 6, 2026, 5:00 PM" */
  dateAndTime(date: Date): string;
  /** "Mar 6, 2026, 5:00:37 PM" */
  dateAndTimeToTheSecond(date: Date): string;
  /** "Friday, March 6, 2026" */
  fullDay(date: Date): string;
  /** "March 2026" */
  monthAndYear(date: Date): string;
  /** "Friday" */
  weekday(date: Date): string;
  /** "Fri" */
  shortWeekday(date: Date): string;
  /** "5:00 PM", "17:00" */
  time(date: Date): string;
}

/**
 * The locale to write dates in, from the user's preferred locales, first first: English of the
 * region of the first one ("de-DE" gives "en-DE", which Intl writes day first with a 24-hour
 * clock). Where Intl has no English of that region (it resolves "en-BR" to plain "en", which is
 * American), en-GB for a region that writes the day first, else en-US.
 */
export function dateLocaleOf(preferred: readonly string[]): string {
  for (const written of preferred) {
    const read = readLocale(written);
    if (read === null) continue;
    const { tag, region } = read;
    if (region === undefined || region === 'US') return 'en-US';
    const english = `en-${region}`;
    if (new Intl.DateTimeFormat(english).resolvedOptions().locale === english) return english;
    return localeWritesDayFirst(tag) ? 'en-GB' : 'en-US';
  }
  return 'en-US';
}

// Every formatter writes in UTC the wall-clock time the date has where the machine is now
// (wallClock): a formatter keeps the zone it was made in, but the zone can change while the app
// runs (a laptop carried abroad), and Date's local fields follow it, as date-fns did.
const WALL: Intl.DateTimeFormatOptions = { timeZone: 'UTC', calendar: 'gregory', numberingSystem: 'latn' };
const YEAR_1000 = Date.UTC(1000, 0, 1);

function wallClock(date: Date): number {
  return date.getTime() - date.getTimezoneOffset() * 60_000;
}

function writer(locale: string, options: Intl.DateTimeFormatOptions): (date: Date) => string {
  const formatter = new Intl.DateTimeFormat(locale, { ...WALL, ...options });
  return (date) => {
    const wall = wallClock(date);
    if (wall >= YEAR_1000) return formatter.format(wall);
    // Years before 1000 in four digits ("0099"), as everywhere else in the app.
    return formatter
      .formatToParts(wall)
      .map((part) => (part.type === 'year' ? part.value.padStart(4, '0') : part.value))
      .join('');
  };
}

/**
 * The clock of the locale: 12-hour where it keeps one ("5:00 PM" in the US, "5:00 pm" in India),
 * else 24-hour with two digits ("09:05" in the UK or Germany).
 */
function clockOf(locale: string): Intl.DateTimeFormatOptions {
  const cycle = new Intl.DateTimeFormat(locale, { hour: 'numeric' }).resolvedOptions().hourCycle;
  const twelve = cycle === 'h12' || cycle === 'h11';
  return twelve ? { hour: 'numeric', minute: '2-digit' } : { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };
}

function makeDateWords(locale: string): DateWords {
  const clock = clockOf(locale);
  const day = { weekday: 'short', month: 'short', day: 'numeric', year: 'numeric' } as const;
  const monthDayYear = { month: 'short', day: 'numeric', year: 'numeric' } as const;
  const weekdayMonthDay = { weekday: 'short', month: 'short', day: 'numeric' } as const;
  return {
    locale,
    day: writer(locale, day),
    dayAndTime: writer(locale, { ...day, ...clock }),
    monthDay: writer(locale, { month: 'short', day: 'numeric' }),
    monthDayYear: writer(locale, monthDayYear),
    weekdayMonthDay: writer(locale, weekdayMonthDay),
    weekdayMonthDayTime: writer(locale, { ...weekdayMonthDay, ...clock }),
    dateAndTime: writer(locale, { ...monthDayYear, ...clock }),
    dateAndTimeToTheSecond: writer(locale, { ...monthDayYear, ...clock, second: '2-digit' }),
    fullDay: writer(locale, { weekday: 'long', month: 'long', day: 'numeric', year: 'numeric' }),
    monthAndYear: writer(locale, { month: 'long', year: 'numeric' }),
    weekday: writer(locale, { weekday: 'long' }),
    shortWeekday: writer(locale, { weekday: 'short' }),
    time: writer(locale, clock),
  };
}

/** A time of day kept as "HH:mm" (a setting, a calendar item's time) on the locale's clock: "5:00 PM", "17:00". */
export function timeOfDayWords(time: string, dates: DateWords): string {
  return dates.time(new Date(2000, 0, 1, Number(time.slice(0, 2)), Number(time.slice(3, 5))));
}

// Made once per locale: making an Intl.DateTimeFormat costs far more than formatting with one,
// and a table formats a date for each of thousands of rows.
const byLocale = new Map<string, DateWords>();

/** The formatters of a locale (from dateLocaleOf), made the first time it is asked for. */
export function dateWords(locale: string): DateWords {
  let words = byLocale.get(locale);
  if (words === undefined) {
    words = makeDateWords(locale);
    byLocale.set(locale, words);
  }
  return words;
}
