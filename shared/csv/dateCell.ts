// Dates as spreadsheets and other trackers write them: ISO dates and instants, 5/18/2026 or
// 18/05/2026 (read the one way they can be; the order of 05/06/2026 is decided once per file),
// 18.05.2026, "May 18, 2026", LinkedIn's "10/5/24, 2:15 PM", a spreadsheet's date serial
// number (46027) and milliseconds since 1970.
// Dates are built from their numbers, never by parsing a date string with `new Date`, so a
// calendar date never shifts with the time zone. A time without a zone is read as the machine's
// local time; a zone written after it (Notion's "December 9, 2026 2:00 PM (EST)") is honoured.
import { isCalendarDate, isInstant, monthNumberInAnyLanguage, toInstant, type CalendarDate } from '../calendarDate';
import { asTyped } from '../normalizeWord';
import { instantInZone, zoneAtEnd } from '../timeZones';

export interface CellDate {
  date: CalendarDate;
  /** Set when the cell had a time of day too. */
  instant: string | null;
}

const TIME = String.raw`(\d{1,2})[:h](\d{2})(?::(\d{2})(?:\.\d+)?)?\s*([ap])?\.?(?:m\.?)?`;
const ISO_LOCAL = new RegExp(String.raw`^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:(?:T|,?\s+)${TIME})?$`, 'i');
const NUMERIC = new RegExp(String.raw`^(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?:,?\s+${TIME})?$`, 'i');
/** A month's name, in English or another language the reader knows ("Jan", "Januar", "février"). */
const MONTH_WORD = String.raw`(\p{L}{3,})\.?`;
/** A year after a month's name: four digits, or two (27 for 2027, as Excel and Sheets show one). */
const YEAR = String.raw`(\d{4}|\d{2})`;
const AT_TIME = String.raw`(?:,?\s+(?:at\s+|à\s+|um\s+)?${TIME})?$`;
const MONTH_FIRST = new RegExp(
  String.raw`^(?:\p{L}+,?\s+)?${MONTH_WORD}\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})${AT_TIME}`,
  'iu',
);
// "15 May 2026", "15. Januar 2027", "1er février 2027", "15 de enero de 2027", "15 Jan 27".
const DAY_FIRST = new RegExp(
  String.raw`^(?:\p{L}+,?\s+)?(\d{1,2})(?:st|nd|rd|th|er)?\.?\s+(?:de\s+)?${MONTH_WORD},?\s+(?:de\s+)?${YEAR}${AT_TIME}`,
  'iu',
);
// Excel's and Google Sheets' "15-Jan-2027" and "15-Jan-27", and "Jan-15-2027".
const DAY_MONTH_JOINED = new RegExp(String.raw`^(\d{1,2})([-/])${MONTH_WORD}\2${YEAR}${AT_TIME}`, 'iu');
const MONTH_DAY_JOINED = new RegExp(String.raw`^${MONTH_WORD}([-/])(\d{1,2})\2${YEAR}${AT_TIME}`, 'iu');
// "2027年1月15日" (Chinese, Japanese), "2027년 1월 15일" (Korean).
const CJK = new RegExp(String.raw`^(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일](?:\s*${TIME})?$`, 'iu');

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/**
 * The date, and its instant when the time groups (hour, minute, second, a|p) matched: in `zone`
 * where the cell names one, else local.
 */
function build(
  year: number,
  month: number,
  day: number,
  time: (string | undefined)[],
  zone: string | null = null,
): CellDate | null {
  const date = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
  if (!isCalendarDate(date)) return null;
  const [hourText, minuteText, secondText, meridiem] = time;
  if (hourText === undefined || minuteText === undefined) return { date, instant: null };
  let hour = Number(hourText);
  const minute = Number(minuteText);
  const second = Number(secondText ?? '0');
  if (meridiem !== undefined) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (meridiem.toLowerCase() === 'p' ? 12 : 0);
  }
  if (hour > 23 || minute > 59 || second > 59) return null;
  if (zone !== null)
    return { date, instant: toInstant(instantInZone([year, month, day], [hour, minute, second], zone)) };
  const local = new Date(2000, 0, 1, hour, minute, second);
  local.setFullYear(year, month - 1, day);
  return { date, instant: toInstant(local) };
}

/**
 * A spreadsheet's date serial number, as Excel and Sheets write a date cell formatted as a
 * number: days since 30 December 1899, a fraction of a day for the time. Read from 1954 to 2119.
 */
const SERIAL = /^(\d{5})(\.\d+)?$/;
const SERIAL_EPOCH = Date.UTC(1899, 11, 30);

function fromSerial(days: number, fraction: number): CellDate | null {
  if (days < 20_000 || days > 80_000) return null;
  const day = new Date(SERIAL_EPOCH + days * 86_400_000);
  const minutes = Math.min(Math.round(fraction * 24 * 60), 24 * 60 - 1);
  const time = fraction > 0 ? [String(Math.floor(minutes / 60)), String(minutes % 60)] : [];
  return build(day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate(), time);
}

/** Milliseconds since 1970, as programs write a time (2001 to 2033): the local date and time. */
const EPOCH_MILLISECONDS = /^1\d{12}$/;

function fromEpochMilliseconds(ms: number): CellDate | null {
  const at = new Date(ms);
  const time = [at.getHours(), at.getMinutes(), at.getSeconds()].map(String);
  return build(at.getFullYear(), at.getMonth() + 1, at.getDate(), time);
}

/** An ISO time's offset written without its colon ("-0500", as some exports do), to add it. */
const BASIC_OFFSET = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?[+-]\d{2})(\d{2})$/;

/** Excel for Japan's "2027/01/15(金)": the weekday in brackets after the date, which adds nothing to it. */
const WEEKDAY_IN_BRACKETS = /\s*\([月火水木金土日](?:曜日?)?\)/u;

function fullYear(text: string): number {
  return text.length === 2 ? 2000 + Number(text) : Number(text);
}

/**
 * Reads a date cell; null when the text is not a date (31/31/2026, 2026-02-30, "soon").
 * `dayFirst` decides 05/06/2026: 5 June when true, May 6 when false. A date only one order
 * reads (15/10/2026, 10/20/2026) is read that way; dotted dates are always day first.
 */
export function parseDateCell(text: string, dayFirst: boolean): CellDate | null {
  const t = asTyped(text).replace(WEEKDAY_IN_BRACKETS, ' ').trim().replace(BASIC_OFFSET, '$1:$2');
  if (isCalendarDate(t)) return { date: t, instant: null };
  if (isInstant(t)) return { date: t.slice(0, 10), instant: t };

  const serial = SERIAL.exec(t);
  if (serial) return fromSerial(Number(serial[1]), Number(serial[2] ?? '0'));
  if (EPOCH_MILLISECONDS.test(t)) return fromEpochMilliseconds(Number(t));

  const zoned = zoneAtEnd(t);
  return readWritten(zoned?.before ?? t, dayFirst, zoned?.zone ?? null);
}

/** A date written the ways people write one, with a time in `zone` (or local where null). */
function readWritten(t: string, dayFirst: boolean, zone: string | null): CellDate | null {
  const parts = writtenParts(t, dayFirst);
  return parts && build(parts.year, parts.month, parts.day, parts.time, zone);
}

interface WrittenParts {
  year: number;
  month: number;
  day: number;
  time: (string | undefined)[];
}

/**
 * Whether a numeric date's first number is its day. A number above 12 cannot be the month, so
 * 15/10/2026 is day first and 10/20/2026 month first whatever `dayFirst` says; dotted dates are
 * always day first.
 */
function dayComesFirst(first: number, second: number, separator: string, dayFirst: boolean): boolean {
  if (separator === '.') return true;
  if (first > 12 && second <= 12) return true;
  if (second > 12 && first <= 12) return false;
  return dayFirst;
}

/** The year, month, day and time groups of a written date, unchecked (31/02/2026 gives month 2, day 31). */
function writtenParts(t: string, dayFirst: boolean): WrittenParts | null {
  let m = ISO_LOCAL.exec(t);
  if (m) return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]), time: m.slice(4) };

  m = NUMERIC.exec(t);
  if (m) {
    const [day, month] = dayComesFirst(Number(m[1]), Number(m[3]), m[2]!, dayFirst) ? [m[1], m[3]] : [m[3], m[1]];
    return { year: fullYear(m[4]!), month: Number(month), day: Number(day), time: m.slice(5) };
  }

  m = MONTH_FIRST.exec(t);
  if (m) return named(m[1]!, m[2]!, m[3]!, m.slice(4));
  m = DAY_FIRST.exec(t);
  if (m) return named(m[2]!, m[1]!, m[3]!, m.slice(4));
  m = DAY_MONTH_JOINED.exec(t);
  if (m) return named(m[3]!, m[1]!, m[4]!, m.slice(5));
  m = MONTH_DAY_JOINED.exec(t);
  if (m) return named(m[1]!, m[3]!, m[4]!, m.slice(5));
  m = CJK.exec(t);
  if (m) return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]), time: m.slice(4) };
  return null;
}

/** The parts of a date written with its month's name, which settles the order; null for no month. */
function named(monthName: string, day: string, year: string, time: (string | undefined)[]): WrittenParts | null {
  const month = monthNumberInAnyLanguage(monthName);
  return month === null ? null : { year: fullYear(year), month, day: Number(day), time };
}

const MONTH_LONG_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Why a cell written as a date is none, when its month is real but the calendar has no such day
 * (31/02/2026, 2026-02-30, "April 31, 2026"): "February 2026 has 28 days". Null otherwise.
 */
export function missingDay(text: string, dayFirst: boolean): string | null {
  const t = text.trim();
  const parts = writtenParts(zoneAtEnd(t)?.before ?? t, dayFirst);
  if (parts === null) return missingYearlessDay(t, dayFirst);
  if (parts.month < 1 || parts.month > 12 || parts.year < 1) return null;
  const days = daysIn(parts.year, parts.month);
  if (parts.day <= days) return null;
  return `${MONTH_LONG_NAMES[parts.month - 1]} ${parts.year} has ${days} days`;
}

/** The same for a date without its year ("Feb 30"): "February has at most 29 days". */
function missingYearlessDay(text: string, dayFirst: boolean): string | null {
  const read = monthAndDay(text, dayFirst);
  if (read === null) return null;
  const [month, day] = read;
  if (month < 1 || month > 12) return null;
  // A leap year's: the longest the month can be.
  const days = daysIn(2028, month);
  if (day <= days) return null;
  return `${MONTH_LONG_NAMES[month - 1]} has ${month === 2 ? 'at most ' : ''}${days} days`;
}

/** "3 November": a day as an ambiguous date's two readings name it. */
export function dayAndMonth(date: CalendarDate): string {
  const [, month, day] = date.split('-').map(Number) as [number, number, number];
  return `${day} ${MONTH_LONG_NAMES[month - 1]}`;
}

/**
 * The two dates a cell reads as, month first and day first, when they differ (03/11/2026: 11
 * March or 3 November); null for a cell that reads one way or none.
 */
export function twoReadings(text: string): { monthFirst: CellDate; dayFirst: CellDate } | null {
  const monthFirst = parseDateCell(text, false);
  const dayFirst = parseDateCell(text, true);
  return monthFirst && dayFirst && monthFirst.date !== dayFirst.date ? { monthFirst, dayFirst } : null;
}

/** A date without its year, as a hand-kept sheet writes one: "Nov 2", "Mon, Nov 2", "2 Nov", "11/2". */
const YEARLESS_MONTH_FIRST = /^(?:[a-z]+,?\s+)?([a-z]{3,})\.?\s+(\d{1,2})(?:st|nd|rd|th)?$/i;
const YEARLESS_DAY_FIRST = /^(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]{3,})\.?$/i;
// Only with a slash: "2.11" is a number and "11-2" may be a score or a range.
const YEARLESS_NUMERIC = /^(\d{1,2})\/(\d{1,2})$/;

/** The month and day a year-less date gives, or null when it is none. */
function monthAndDay(text: string, dayFirst: boolean): [number, number] | null {
  const t = text.trim();
  let m = YEARLESS_MONTH_FIRST.exec(t);
  if (m) {
    const month = monthNumberInAnyLanguage(m[1]!);
    return month === null ? null : [month, Number(m[2])];
  }
  m = YEARLESS_DAY_FIRST.exec(t);
  if (m) {
    const month = monthNumberInAnyLanguage(m[2]!);
    return month === null ? null : [month, Number(m[1])];
  }
  m = YEARLESS_NUMERIC.exec(t);
  if (!m) return null;
  const [first, second] = [Number(m[1]), Number(m[2])];
  return dayComesFirst(first, second, '/', dayFirst) ? [second, first] : [first, second];
}

/** Whether a cell is a date without its year, in either order of a numeric one. */
export function isYearlessDate(text: string): boolean {
  return [false, true].some((dayFirst) => {
    const read = monthAndDay(text, dayFirst);
    return read !== null && read[0] >= 1 && read[0] <= 12 && read[1] >= 1 && read[1] <= 31;
  });
}

/**
 * A date written without its year, in the year that puts it nearest `now`; with `past` (an
 * applied date), the last such day up to today. Null when it is no such date (Feb 30).
 */
export function parseYearlessDateCell(text: string, dayFirst: boolean, now: Date, past: boolean): CellDate | null {
  const read = monthAndDay(text, dayFirst);
  if (read === null) return null;
  const today = Date.UTC(now.getFullYear(), now.getMonth(), now.getDate());
  let best: { at: number; cell: CellDate } | null = null;
  for (const year of [now.getFullYear() - 1, now.getFullYear(), now.getFullYear() + 1]) {
    const cell = build(year, read[0], read[1], []);
    if (cell === null) continue;
    const at = Date.UTC(year, read[0] - 1, read[1]);
    if (past && at > today) continue;
    const nearer = best === null || (past ? at > best.at : Math.abs(at - today) < Math.abs(best.at - today));
    if (nearer) best = { at, cell };
  }
  return best?.cell ?? null;
}

export interface CellDateRange {
  start: CellDate;
  end: CellDate;
}

/**
 * Notion's date range: "January 20, 2026 → January 22, 2026"; within a day, "… 2:00 PM → 3:00 PM",
 * its zone after the start, the end or both ("… 2:00 PM → 3:00 PM (EST)"). Other sheets join the
 * two with a dash or a word ("1 juin 2027 au 31 août 2027", "1 juni 2027 t/m 31 augustus 2027",
 * "1 czerwca 2027 do 31 sierpnia 2027", Japanese "2027/08/01〜2027/08/31"); a hyphen only between spaces, since
 * dates hold hyphens ("2027-06-01 - 2027-08-31").
 */
const RANGE_JOIN =
  /\s*(?:→|->|–|—|~|〜|～)\s*|\s+(?:-|to|until|through|thru|bis|au|jusqu'au|hasta|al|a|tot en met|t\/m|tot|do|till)\s+/i;
const TIME_ONLY = new RegExp(String.raw`^${TIME}$`, 'i');

/**
 * Reads a cell that holds a date range, as Notion exports a date property with an end; null when
 * it is not two dates joined by an arrow, or the end comes before the start. An end that is only
 * a time is on the start's day, in the zone either side names.
 */
export function parseDateRangeCell(text: string, dayFirst: boolean): CellDateRange | null {
  const parts = text.trim().split(RANGE_JOIN);
  if (parts.length !== 2) return null;
  const [startText, endText] = parts as [string, string];
  const endZone = zoneAtEnd(endText);
  const startZone = zoneAtEnd(startText);
  // "2:00 PM → 3:00 PM (EST)": the zone written once, at the end, is the start's too.
  const start = parseDateCell(
    startZone || !endZone ? startText : startText + endText.slice(endZone.before.length),
    dayFirst,
  );
  if (start === null) return null;
  const endTime = TIME_ONLY.exec((endZone?.before ?? endText).trim());
  const [year, month, day] = start.date.split('-').map(Number) as [number, number, number];
  const zone = endZone?.zone ?? startZone?.zone ?? null;
  const end = endTime
    ? start.instant && build(year, month, day, endTime.slice(1), zone)
    : parseDateCell(endText, dayFirst);
  if (!end || end.date < start.date) return null;
  if (start.instant && end.instant && Date.parse(end.instant) < Date.parse(start.instant)) return null;
  return { start, end };
}

/** The dates a cell lists, one per line or between semicolons (commas belong to "May 3, 2026"). */
export function listedDates(cell: string): string[] {
  return cell
    .split(/[\n;]/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

/** How a file writes numeric dates, as far as its dates say. */
export interface DateOrder {
  dayFirst: boolean;
  /**
   * A date the two orders read differently ("05/01/2026"), when no date settled the order: the
   * student is asked, since a file of early-month dates reads either way.
   */
  unsettled: string | null;
  /**
   * A date only the day-first order reads and one only the month-first order reads, when the
   * cells hold both: each is read its one way, and dates that read both ways are asked.
   */
  mixed: MixedDates | null;
}

export interface MixedDates {
  dayFirst: string;
  monthFirst: string;
}

/**
 * The numeric dates a part of a cell writes ("05/06/2026", "5-6-26"), each end of a range
 * ("01/06/2027 - 20/08/2027") among them; not the parts of a year-first date (2027-06-01).
 */
const NUMERIC_DATE = /(?<![\d/.])(\d{1,2})[/-](\d{1,2})[/-]\d{2,4}(?![\d/-])/g;

/** The numeric dates a part of a cell writes, both ends of a range among them. */
export function numericDates(part: string): string[] {
  return [...part.matchAll(NUMERIC_DATE)].map((m) => m[0]);
}

/**
 * Which order alone reads a range whose ends are written in numbers, when the other would put its
 * end before its start ("05/06/2027 - 03/07/2027" is 5 June → 3 July, as May 6 → March 7 is no
 * range): true for day first, false for month first, null when both or neither read it.
 */
function orderOfRange(part: string): boolean | null {
  const dayFirst = parseDateRangeCell(part, true) !== null;
  const monthFirst = parseDateRangeCell(part, false) !== null;
  return dayFirst === monthFirst ? null : dayFirst;
}

/**
 * Whether a file writes day/month/year: true when some date can only be read day first
 * (18/05/2026) and none only month first (05/18/2026); month first when only month-first dates
 * settle it, as in US exports. When no date decides, or dates of both orders are there (a sheet
 * typed by hand), it is month first but unsettled, naming a date the two orders read
 * differently. Dotted dates (18.05.2026) are day first by themselves. Both ends of a range count
 * (a cohort's "01/06/2027 - 20/08/2027" is day first), and so does a range only one order reads.
 */
export function detectDateOrder(cells: Iterable<string>): DateOrder {
  let dayFirstOnly: string | null = null;
  let monthFirstOnly: string | null = null;
  let either: string | null = null;
  for (const cell of cells) {
    for (const part of listedDates(cell)) {
      const dates = [...part.matchAll(NUMERIC_DATE)];
      for (const m of dates) {
        const date = m[0];
        const first = Number(m[1]);
        const second = Number(m[2]);
        if (second > 12 && first <= 12) monthFirstOnly ??= date;
        else if (first > 12 && second <= 12) dayFirstOnly ??= date;
        else if (first !== second && Math.min(first, second) >= 1 && Math.max(first, second) <= 12) either ??= date;
      }
      if (dates.length === 2) {
        const order = orderOfRange(part);
        if (order === true) dayFirstOnly ??= part;
        else if (order === false) monthFirstOnly ??= part;
      }
    }
    if (dayFirstOnly !== null && monthFirstOnly !== null && either !== null) break;
  }
  if (dayFirstOnly !== null && monthFirstOnly !== null)
    return { dayFirst: false, unsettled: either, mixed: { dayFirst: dayFirstOnly, monthFirst: monthFirstOnly } };
  if (dayFirstOnly !== null) return { dayFirst: true, unsettled: null, mixed: null };
  return { dayFirst: false, unsettled: monthFirstOnly === null ? either : null, mixed: null };
}

/**
 * Whether a locale writes its numeric dates day first (en-GB, de, fr, es: 31/12/2026), as
 * Intl formats them; false for month first (en-US), year first (ja) or a locale Intl refuses.
 */
export function localeWritesDayFirst(locale: string): boolean {
  try {
    const parts = new Intl.DateTimeFormat(locale, { year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(
      new Date(2000, 11, 31),
    );
    const order = parts.filter((part) => part.type === 'day' || part.type === 'month' || part.type === 'year');
    return order[0]?.type === 'day';
  } catch {
    return false;
  }
}
