// Calendar dates (cohort start/end, applied date) are plain `YYYY-MM-DD` strings that never
// shift with the time zone; instants (deadlines with a time, history entries) are ISO strings
// with an offset. This module is the one place that converts between the two.
import { format } from 'date-fns';
import type { DateWords } from './dateWords';

export type CalendarDate = string;

const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,3})?)?(Z|[+-](0\d|1[0-4]):[0-5]\d)$/;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

// Checked by arithmetic rather than date-fns `parse`: exports, sorting and reminder plans call
// these for every date of every application, and `parse` is about 20 times slower.
function dateParts(value: string): [year: number, month: number, day: number] | null {
  if (!CALENDAR_DATE.test(value)) return null;
  const year = Number(value.slice(0, 4));
  const month = Number(value.slice(5, 7));
  const day = Number(value.slice(8, 10));
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const monthDays = month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1];
  return year >= 1 && monthDays !== undefined && day >= 1 && day <= monthDays ? [year, month, day] : null;
}

/** True for a real `YYYY-MM-DD` date (rejects 2026-02-30). */
export function isCalendarDate(value: string): boolean {
  return dateParts(value) !== null;
}

/** True for an ISO instant with an explicit offset (`Z` or `±hh:mm`). */
export function isInstant(value: string): boolean {
  // The pattern bounds every time and offset field; only the date part needs a calendar check.
  return INSTANT.test(value) && isCalendarDate(value.slice(0, 10));
}

/** Whole days from one calendar date to another (negative when `to` is earlier). */
export function calendarDaysBetween(from: CalendarDate, to: CalendarDate): number {
  const day = (date: CalendarDate) =>
    Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / 86_400_000;
  return day(to) - day(from);
}

/** Midnight at the start of a calendar date in the machine's local time zone (Invalid Date if none). */
export function startOfCalendarDate(date: CalendarDate): Date {
  const parts = dateParts(date);
  if (parts === null) return new Date(NaN);
  const [year, month, day] = parts;
  if (year >= 100) return new Date(year, month - 1, day);
  const start = new Date(2000, 0, 1); // the Date constructor reads years 0–99 as 1900–1999
  start.setFullYear(year, month - 1, day);
  return start;
}

/** The local calendar date on which an instant falls. */
export function toCalendarDate(instant: Date): CalendarDate {
  return format(instant, 'yyyy-MM-dd');
}

/** The calendar date a date or an instant falls on where the user is. */
export function dayOf(value: CalendarDate | string): CalendarDate {
  return isCalendarDate(value) ? value : toCalendarDate(new Date(value));
}

/** "Fri, Mar 6, 2026", with the time for an instant, where the user is: "Sat, Mar 14, 2026, 5:00 PM". */
export function whenInWords(value: CalendarDate | string, dates: DateWords): string {
  return isCalendarDate(value) ? dates.day(startOfCalendarDate(value)) : dates.dayAndTime(new Date(value));
}

/**
 * Serialises a Date as an ISO instant carrying the local offset
 * (2026-06-15T09:00:00-07:00), so a reader sees the wall-clock time the user meant.
 */
export function toInstant(date: Date): string {
  return format(date, "yyyy-MM-dd'T'HH:mm:ssxxx");
}

/**
 * The instant a history entry known only by its day gets: noon of that day where the user is,
 * which every view shows as that date (noon UTC is the next day in New Zealand's summer).
 */
export function noonOf(date: CalendarDate): string {
  const noon = startOfCalendarDate(date);
  noon.setHours(12);
  return toInstant(noon);
}

/** An English month's name or abbreviation, as a pattern ("jan", "January", "sept"); monthNumber reads what it matched. */
export const MONTH_NAMES =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';

const MONTH_ABBREVIATIONS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** 1–12 for an English month name or its abbreviation ("Sept", "june"), read by its first three letters. */
export function monthNumber(name: string): number | null {
  const index = MONTH_ABBREVIATIONS.indexOf(name.slice(0, 3).toLowerCase());
  return index < 0 ? null : index + 1;
}

/**
 * Month names of German, French, Spanish, Dutch and Portuguese pages and sheets, which write the
 * day first ("15. Januar 2027", "1er février 2027", "15 de enero de 2027", "15 januari 2027", "15
 * de janeiro de 2027"), with the names English shares ("april", "september").
 */
const monthsAbroad: Record<string, number> = {};
for (const [month, names] of [
  [1, 'januar jänner janvier enero januari janeiro'],
  [2, 'februar février fevrier febrero februari fevereiro'],
  [3, 'märz maerz mars marzo maart março'],
  [4, 'avril abril april'],
  [5, 'mai mayo mei maio'],
  [6, 'juni juin junio junho'],
  [7, 'juli juillet julio julho'],
  [8, 'août aout agosto augustus august'],
  [9, 'septembre septiembre setiembre september setembro'],
  [10, 'oktober octobre octubre outubro'],
  [11, 'novembre noviembre november novembro'],
  [12, 'dezember décembre decembre diciembre dezembro'],
] as const) {
  for (const name of names.split(' ')) monthsAbroad[name] = month;
}
export const MONTHS_ABROAD: Readonly<Record<string, number>> = monthsAbroad;

/**
 * What a spreadsheet's cell may write besides: the names of Italian, Polish (the day's
 * "października" and the month's "październik") and Swedish sheets, and the abbreviations Excel's
 * "Medium date" and students write in those languages and in German, French, Spanish, Dutch and
 * Portuguese ("15. Okt. 2026", "3-mrt-2027", "3-mag-2027", "03-out-2026", "3 paź 2026"). Kept from
 * a posting's text, where such short words are other words too.
 */
const monthsInCells: Record<string, number> = { ...monthsAbroad };
for (const [month, names] of [
  [1, 'gennaio styczeń stycznia jän janv ene gen sty'],
  [2, 'febbraio luty lutego févr fev lut'],
  [3, 'marzo marzec marca mär mrz mrt'],
  [4, 'aprile abril kwiecień kwietnia avr abr kwi'],
  [5, 'maggio maj maja mag'],
  [6, 'giugno czerwiec czerwca juin giu cze'],
  [7, 'luglio lipiec lipca juil lug lip'],
  [8, 'agosto augusti sierpień sierpnia ago sie'],
  [9, 'settembre wrzesień września set wrz'],
  [10, 'ottobre październik października okt ott out paź'],
  [11, 'novembre listopad listopada lis'],
  [12, 'dicembre grudzień grudnia dez déc dic gru'],
] as const) {
  for (const name of names.split(' ')) monthsInCells[name] = month;
}

/** 1–12 for a month's name or abbreviation in English or another language a sheet is kept in ("Januar", "février", "okt"). */
export function monthNumberInAnyLanguage(name: string): number | null {
  return monthsInCells[name.normalize('NFC').toLowerCase()] ?? monthNumber(name);
}
