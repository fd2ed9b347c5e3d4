// Calendar dates and date ranges as job pages write them: "May 18, 2026", "18th of May 2026",
// "2026-05-18" and "2027/08/01", unambiguous numeric dates ("18/05/2026", "02.09.2025", "29-11-2022"), and ranges that state the year or the
// month once ("May 18 – August 7, 2026", "18 May - 7 Aug 2026", "June 1–26, 2026"), and Japanese
// dates ("2027年1月15日(金)", "令和9年1月15日", "1月15日"; "令和7年8月18日(月)~22日(金)").
// Month-only mentions ("starts in May or June") are deliberately not dates.
import { MONTH_NAMES, MONTHS_ABROAD, monthNumber, type CalendarDate } from '../calendarDate';
import type { TextRange } from './postingDraft';
import { DIGIT, matchesOnLinesWith, sentenceAround } from './textSpans';

export interface DateParts {
  /** Null when the page leaves the year to a neighbouring date or to the context. */
  year: number | null;
  month: number;
  day: number;
}

export interface DateMention extends TextRange {
  date: DateParts;
}

export interface DateRangeMention extends TextRange {
  from: DateParts;
  to: DateParts;
  /** Read from the work's own start and end fields ("Start date: ..." over "End date: ..."). */
  fields?: true;
}

// Names English shares ("april", "september") are read as English, and as these only after a
// German day's dot ("31. August 2027").
const MONTH_NAMES_ABROAD = Object.keys(MONTHS_ABROAD).join('|');
/** Horizontal white space: a date never spans lines, so dates are searched for line by line. */
const S = '[^\\S\\n]';
const month = (name: string) => `(?<${name}>${MONTH_NAMES})(?![a-z])\\.?`;
const day = (name: string) => `(?<${name}>\\d{1,2})(?:st|nd|rd|th)?(?!\\d|:\\d)`;
/** "2027", or its last two digits after an apostrophe, as Indian boards write them ("15 Jan' 27", "8th Dec'26"). */
const year = (name: string) => `(?:${S}*,${S}*|${S}+|${S}*(?=['’‘]))(?<${name}>\\d{4}|['’‘]${S}?\\d{2})(?!\\d)`;
const NO_DIGIT_BEFORE = '(?<![\\d.,/])(?<!\\d[-–—−])';
const RANGE_WORD = '(?:[-–—−]|to|through|thru|until|till)';
/** "bis (zum)", "au", "jusqu'au", "al", "hasta (el)", "tot (en met)", "t/m", Japanese "~" and "から": a span's joint abroad. */
const RANGE_WORD_ABROAD = `(?:bis(?:${S}+zum)?|au|jusqu['’]au|al|hasta(?:${S}+el)?|tot(?:${S}+en${S}+met)?|t/m|[~〜～]|から)`;
/** A Japanese date's weekday after it, in brackets or not: "(金)", "（金曜日）", "金曜日". */
const JA_WEEKDAY = `(?:${S}*(?:[(（]${S}*[月火水木金土日](?:曜日?)?${S}*[)）]|[月火水木金土日]曜日))?`;
/** "2027年", or a year of the Reiwa era ("令和9年" is 2027, "令和元年" 2019), before a Japanese month. */
const jaYear = (western: string, reiwa: string) =>
  `(?:(?<${western}>(?:19|20)\\d{2})${S}*年${S}*|令和${S}*(?<${reiwa}>元|\\d{1,2})${S}*年${S}*)`;
const jaMonthDay = (m: string, d: string) => `(?<${m}>\\d{1,2})${S}*月${S}*(?<${d}>\\d{1,2})${S}*日${JA_WEEKDAY}`;

const SINGLE_DATE = new RegExp(
  [
    `\\b${month('m1')}${S}+${day('d1')}(?:${year('y1')})?`,
    `${NO_DIGIT_BEFORE}${day('d2')}(?:${S}+of)?${S}+${month('m2')}(?:${year('y2')})?`,
    // "15. Januar 2027", "1er février", "15 de enero de 2027".
    `${NO_DIGIT_BEFORE}(?<d3>\\d{1,2})(?:\\.|er)?${S}+(?:de${S}+)?(?<m3>${MONTH_NAMES_ABROAD})(?![a-zà-ÿ])(?:${S}+(?:de${S}+)?(?<y3>\\d{4})(?!\\d))?`,
    // Year first is always year, month, day: "2026-05-18", and as Japan, China and Korea write it, "2027/08/01", "2027.1.5".
    `\\b(?<iy>(?:19|20)\\d{2})(?:-(?<im>\\d{2})-(?<id>\\d{2})|(?<isep>[/.])(?<im2>\\d{1,2})\\k<isep>(?<id2>\\d{1,2}))(?!\\d)`,
    `${NO_DIGIT_BEFORE}(?<na>\\d{1,2})(?<sep>[/.-])(?<nb>\\d{1,2})\\k<sep>(?<ny>\\d{4})(?!\\d)`,
    `(?<!\\d)${jaYear('jy', 'jr')}?${jaMonthDay('jm', 'jd')}`,
  ].join('|'),
  'gi',
);

/** The western year of a Japanese date's year: "令和9年" is 2027. */
function jaYearOf(western: string | undefined, reiwa: string | undefined): string | undefined {
  if (reiwa === undefined) return western;
  return String(2018 + (reiwa === '元' ? 1 : Number(reiwa)));
}

/** "June 1–26, 2026" and "1-26 June 2026": one month, two days; "vom 1. bis 31. Juli 2027" abroad. */
const SAME_MONTH_RANGE = new RegExp(
  [
    `\\b${month('m1')}${S}+${day('a1')}${S}*${RANGE_WORD}${S}*${day('b1')}(?!${S}*(?:of${S}+)?(?:${MONTH_NAMES}|weeks?|months?|days?|hours?|%))(?:${year('y1')})?`,
    `${NO_DIGIT_BEFORE}${day('a2')}${S}*${RANGE_WORD}${S}*${day('b2')}(?:${S}+of)?${S}+${month('m2')}(?:${year('y2')})?`,
    `${NO_DIGIT_BEFORE}(?<a3>\\d{1,2})(?:\\.|er)?${S}*(?:[-–—−]|${RANGE_WORD_ABROAD})${S}*(?<b3>\\d{1,2})\\.?${S}+(?:de${S}+)?(?<m3>${MONTH_NAMES_ABROAD})(?![a-zà-ÿ])(?:${S}+(?:de${S}+)?(?<y3>\\d{4})(?!\\d))?`,
    // "令和7年8月18日(月)~22日(金)": the end's month and year are the start's.
    `(?<!\\d)${jaYear('jy', 'jr')}?${jaMonthDay('jm', 'a4')}${S}*[~〜～]${S}*(?<b4>\\d{1,2})${S}*日${JA_WEEKDAY}`,
  ].join('|'),
  'gi',
);

/** What may stand between the two dates of a range. */
// "May 30, 2023, until Friday, August 4", "May 28, 2020 and lasts until August 10, 2020".
// "July 22 (at ~10am) and ends September 11", "8 May 2017 and ending 24 August 2017".
const RANGE_GAP = new RegExp(
  `^${S}*(?:\\([^)\\n]{0,20}\\)${S}*)?,?${S}*(?:${RANGE_WORD}|${RANGE_WORD_ABROAD}|and(?:${S}+(?:will${S}+)?(?:lasts?|runs?|continues?|ends?|ending|goes)(?:${S}+(?:on|until|till|through|to))?)?)${S}*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?${S}+|(?:mon|tue|wed|thu|fri|sat|sun)\\.?,?${S}+)?$`,
  'i',
);
const MONTH_BEFORE = new RegExp(`(?:${MONTH_NAMES})\\.?${S}*$`, 'i');
/**
 * Whether the words between two dates join them into a range. The longest joint written is far
 * shorter than this; a longer stretch is not tried at all, so a long run of space between two
 * dates is not searched once for every way to split it.
 */
const MAX_RANGE_GAP = 100;
const joinsRange = (gap: string) => gap.length <= MAX_RANGE_GAP && RANGE_GAP.test(gap);

/** The month of a name MONTH_NAMES matched. */
function monthOf(name: string): number {
  return monthNumber(name)!;
}

/** A year as `year` matched it: "'27" is 2027. */
function yearOf(y: string): number {
  return /^\d{4}$/.test(y) ? Number(y) : 2000 + Number(y.slice(-2));
}

function parts(y: string | undefined, m: number, d: string | number): DateParts | null {
  const date = { year: y === undefined ? null : yearOf(y), month: m, day: Number(d) };
  // Checked against a leap year when the year is unknown, so 29 February survives.
  return isRealDate(date.year ?? 2024, date.month, date.day) ? date : null;
}

/** True when the day exists in that month of that year (UTC, so no time zone can shift it). */
function isRealDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Days from one date to another. */
function daysBetween(from: DateParts & { year: number }, to: DateParts & { year: number }): number {
  return (Date.UTC(to.year, to.month - 1, to.day) - Date.UTC(from.year, from.month - 1, from.day)) / 86_400_000;
}

/** `YYYY-MM-DD` for a date whose year is known. */
export function format(date: DateParts & { year: number }): CalendarDate {
  return `${date.year}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
}

/** Which of a numeric date's two first numbers is the day, where the page or the date settles it. */
export type NumericOrder = 'day-first' | 'month-first';

/** Where a numeric date is written month first ("06/10/2025" is June 10 on a Chicago page). */
const MONTH_FIRST_COUNTRIES = new Set(['US']);
/** Where both orders are common (Canada, the Philippines) or dates are written year first: unsettled. */
const EITHER_ORDER_COUNTRIES = new Set(['CA', 'PH', 'CN', 'JP', 'KR', 'KP', 'TW', 'HU', 'MN', 'IR', 'LT']);

/**
 * The order a page's numeric dates are read in from the countries of its places (those that also
 * tell a bare "$"): month first when they are all American, day first when none writes month
 * first or either way; null with no place, or places in countries of different customs.
 */
export function numericOrderOf(countries: Iterable<string>): NumericOrder | null {
  const orders = new Set(
    [...countries].map((c) =>
      MONTH_FIRST_COUNTRIES.has(c) ? 'month-first' : EITHER_ORDER_COUNTRIES.has(c) ? null : 'day-first',
    ),
  );
  return orders.size === 1 ? [...orders][0]! : null;
}

/** A numeric date as written: its two first numbers, its year and what divides them. */
interface NumericParts {
  a: number;
  b: number;
  year: string;
  sep: string;
}

/** The order a numeric date's numbers can only be read in; null when both are possible months. */
function certainOrder({ a, b, sep }: NumericParts): NumericOrder | null {
  // Dots are written day first ("02.09.2025" is 2 September): no month-first custom uses them.
  if (sep === '.' || (a > 12 && b <= 12)) return 'day-first';
  if (b > 12 && a <= 12) return 'month-first';
  return null;
}

function numericDate(n: NumericParts, order: NumericOrder | null): DateParts | null {
  // The same number twice ("06/06/2026") reads the same either way.
  if (n.a === n.b) return parts(n.year, n.a, n.b);
  const read = certainOrder(n) ?? order;
  if (read === 'day-first') return parts(n.year, n.b, n.a);
  if (read === 'month-first') return parts(n.year, n.a, n.b);
  return null;
}

function fromSingle(g: Record<string, string | undefined>): DateParts | null {
  if (g.m1 !== undefined) {
    // "may" is a month only when capitalised: "you may 2 ..." is not a date.
    if (g.m1 === 'may') return null;
    return parts(g.y1, monthOf(g.m1), g.d1!);
  }
  if (g.m2 !== undefined) return parts(g.y2, monthOf(g.m2), g.d2!);
  if (g.m3 !== undefined) return parts(g.y3, MONTHS_ABROAD[g.m3.toLowerCase()]!, g.d3!);
  if (g.iy !== undefined) return parts(g.iy, Number(g.im ?? g.im2), (g.id ?? g.id2)!);
  if (g.jm !== undefined) return parts(jaYearOf(g.jy, g.jr), Number(g.jm), g.jd!);
  return null;
}

/**
 * Every single date on the page, in order; the two ends of a range are two dates. Numeric dates
 * are read only when the order of day and month is certain: one of the two numbers cannot be a
 * month, or dots; else in the order the other end of their range is certain to be written in
 * ("05/10/2026 - 18/12/2026"), else in `order`, the page's country's, when it has one.
 */
export function findDates(scan: string, order: NumericOrder | null = null): DateMention[] {
  const found: Array<TextRange & { date: DateParts | null; numeric: NumericParts | null }> = [];
  for (const m of matchesOnLinesWith(DIGIT, SINGLE_DATE, scan)) {
    const g = m.groups!;
    const at = { start: m.index, end: m.index + m[0].length };
    if (g.na === undefined) {
      found.push({ ...at, date: fromSingle(g), numeric: null });
    } else {
      const numeric = { a: Number(g.na), b: Number(g.nb), year: g.ny!, sep: g.sep! };
      found.push({ ...at, date: numericDate(numeric, order), numeric });
    }
  }
  const dates: DateMention[] = [];
  for (let i = 0; i < found.length; i++) {
    const { start, end, numeric } = found[i]!;
    const date = found[i]!.date ?? (numeric && numericDate(numeric, rangeOrder(scan, found, i, numeric)));
    if (date) dates.push({ start, end, date });
  }
  return dates;
}

/**
 * "05/10/2026 - 18/12/2026": the order the date at `i` shares with the other end of its range,
 * where that end is written the same way and can be read only one way; null otherwise.
 */
function rangeOrder(
  scan: string,
  found: Array<TextRange & { numeric: NumericParts | null }>,
  i: number,
  numeric: NumericParts,
): NumericOrder | null {
  for (const [first, second] of [
    [found[i - 1], found[i]],
    [found[i], found[i + 1]],
  ]) {
    if (first === undefined || second === undefined) continue;
    const other = first === found[i] ? second : first;
    const read = other.numeric && other.numeric.sep === numeric.sep ? certainOrder(other.numeric) : null;
    if (read === null) continue;
    if (joinsRange(scan.slice(first.end, second.start))) return read;
    // "Start Date: 06/01/2027" over "End Date: 08/20/2027": the work's two fields, written alike.
    if (opensWorkFields(scan, first) && closesWorkFields(scan, first, second)) return read;
  }
  return null;
}

/** Date ranges, each with both ends' parts as written (a missing year stays null). */
export function findDateRanges(scan: string, dates: DateMention[] = findDates(scan)): DateRangeMention[] {
  const ranges: DateRangeMention[] = [];
  for (const m of matchesOnLinesWith(DIGIT, SAME_MONTH_RANGE, scan)) {
    const g = m.groups!;
    if (g.m2 !== undefined && MONTH_BEFORE.test(scan.slice(Math.max(0, m.index - 12), m.index))) continue;
    if (g.m1 === 'may') continue;
    const month =
      g.jm !== undefined
        ? Number(g.jm)
        : g.m3 === undefined
          ? monthOf(g.m1 ?? g.m2!)
          : MONTHS_ABROAD[g.m3.toLowerCase()]!;
    const y = g.y1 ?? g.y2 ?? g.y3 ?? jaYearOf(g.jy, g.jr);
    const from = parts(y, month, g.a1 ?? g.a2 ?? g.a3 ?? g.a4!);
    const to = parts(y, month, g.b1 ?? g.b2 ?? g.b3 ?? g.b4!);
    if (from && to && to.day > from.day) ranges.push({ start: m.index, end: m.index + m[0].length, from, to });
  }
  const sameMonthEnd = ranges.length;
  let covering = 0;
  for (let i = 0; i + 1 < dates.length; i++) {
    const a = dates[i]!;
    const b = dates[i + 1]!;
    // Both lists are in text order, so one pointer finds a same-month range covering `a`.
    while (covering < sameMonthEnd && ranges[covering]!.end <= a.start) covering++;
    if (covering < sameMonthEnd && ranges[covering]!.start <= a.start) continue;
    const gap = scan.slice(a.end, b.start);
    if (!joinsRange(gap)) continue;
    // A bare "and" joins two dates only after "between"; "and lasts until" always does.
    if (/^\s*,?\s*and\s*$/i.test(gap) && !/between\s+$/i.test(scan.slice(Math.max(0, a.start - 10), a.start))) continue;
    ranges.push({ start: a.start, end: b.end, from: a.date, to: b.date });
    i++;
  }
  ranges.push(...labelledRanges(scan, dates));
  return ranges.sort((x, y) => x.start - y.start);
}

/**
 * A field naming the work's first day: "Start date:", "Internship start -", "Start:"; abroad
 * "Beginn:", "Eintrittsdatum:", "Date de début :", "Fecha de inicio:".
 */
const START_WORDS =
  'start(?:ing)?|commencement|begin(?:ning)?|beginn|eintritt(?:sdatum)?|date de début|début|fecha de inicio|inicio';
const START_FIELD = fieldLabel(START_WORDS);
/** A field naming its last day: "End date:", "Internship end -", "End:"; "Ende:", "Date de fin :". */
const END_WORDS = 'end(?:s|ing)?|finish(?:es|ing)?|completion|ende|date de fin|fecha de (?:fin|término)';
const END_FIELD = fieldLabel(END_WORDS);
/**
 * Right after a start field's date, its end's own name: "Start: 1 June 2027 End: 20 August 2027",
 * "Beginn: 01.04.2027 (Ende 30.09.2027)". Only the end's name and what divides it may stand between.
 */
const END_NAMED_AFTER_START = new RegExp(
  `^${S}*[,;|/(]?${S}*(?:${END_WORDS})(?:${S}+(?:date|on))?${S}*[:–—-]?${S}*$`,
  'i',
);
/**
 * "starting 1 April 2027 (end 30 September 2027)", "starts on 7 June 2027, ending 27 August":
 * a sentence naming the work's start right before its date, as a start field does.
 */
/** The end's name right after the start's date, and nothing longer. */
const endNamedAfterStart = (between: string) => between.length <= LABEL_REACH && END_NAMED_AFTER_START.test(between);
const START_IN_PROSE = new RegExp(
  `(?:^|[^\\p{L}])(?:start(?:s|ing)?|begin(?:s|ning)?|commenc(?:es|ing))(?:${S}+on)?${S}*$`,
  'iu',
);

/**
 * The field's name, then what divides it from the date: ":" or a dash on the date's line, a tab as
 * a copied table gives it ("Start date\t7 June 2027"), or nothing on a line of its own, the date
 * on the next.
 */
function fieldLabel(words: string): { sameLine: RegExp; lineAbove: RegExp } {
  // Only the work's own words may come first: "Application start date" is no start of the work.
  const work = '(?:internship|placement|program(?:me)?|work|employment|contract|assignment|position|role|job|project)';
  const name = `^${S}*(?:${work}${S}+)?(?:${words})(?:${S}+date)?`;
  // "Start date: Monday, 7 June 2027": the weekday is part of the value.
  const weekday = `(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|wed|thu|fri|sat|sun)\\.?,?${S}+`;
  return {
    sameLine: new RegExp(`${name}(?:${S}*[:–—-]|[^\\S\\n\\t]*\\t)${S}*(?:${weekday})?$`, 'i'),
    lineAbove: new RegExp(`${name}${S}*:?${S}*$`, 'i'),
  };
}

/** How far back from a date its field's label may start. */
const LABEL_REACH = 40;
/** The end field follows the start field within a few lines of the same block. */
const FIELD_BLOCK_LINES = 3;
const FIELD_BLOCK_LENGTH = 240;
/**
 * What opens a field: a new line, a table's or a list's divider, a slash or a comma between two
 * fields, or the run of spaces a copied table leaves between its cells.
 */
const FIELD_OPENINGS = ['\n', '|', '•', '·', ';', '\t', ' / ', ', ', '  '];
/** A list item's mark before a field: "- Start date:", "* End date:", "▪ Start:". */
const BULLET = /^[^\S\n]*(?:[-*–—•·▪◦‣►][^\S\n]+)?/;

interface FieldLabel {
  label: string;
  /** Where the field starts: its label's first letter. */
  start: number;
  /** True when the label has a line of its own above the date. */
  above: boolean;
}

/**
 * The label a date is the value of, where it opens the field (a line, a list item, or a cell after
 * "|", "•", ";", a tab or " / "), with where the field starts; where the date opens its line, the
 * line above it when that is short enough to be a label. Null when the date follows other words.
 */
function fieldLabelBefore(scan: string, at: number): FieldLabel | null {
  const from = Math.max(0, at - LABEL_REACH);
  const before = scan.slice(from, at);
  // A tab right before the date divides the field's label from its value, not two cells.
  const cells = before.replace(/[^\S\n]+$/, '');
  const opening = Math.max(
    ...FIELD_OPENINGS.map((c) => {
      const i = cells.lastIndexOf(c);
      return i < 0 ? -1 : i + c.length - 1;
    }),
  );
  if (opening < 0 && from > 0) return null;
  const cell = before.slice(opening + 1);
  const bullet = BULLET.exec(cell)![0].length;
  const label = cell.slice(bullet);
  if (label.trim() !== '' || opening < 0 || before[opening] !== '\n') {
    return { label, start: from + opening + 1 + bullet, above: false };
  }
  // "Start date\n7 June 2027": the date alone on its line, its label on the line above (a blank
  // line may part them).
  const dateLine = from + opening;
  const blank = /\n[^\S\n]*$/.exec(scan.slice(Math.max(0, dateLine - 8), dateLine));
  const lineEnd = dateLine - (blank?.[0].length ?? 0);
  const reach = Math.max(0, lineEnd - LABEL_REACH - 1);
  const above = scan.slice(reach, lineEnd);
  const lineBreak = above.lastIndexOf('\n');
  // A longer line is prose, not a label.
  if (lineBreak < 0 && reach > 0) return null;
  const lineStart = reach + lineBreak + 1;
  const line = above.slice(lineBreak + 1);
  const mark = BULLET.exec(line)![0].length;
  return { label: line.slice(mark), start: lineStart + mark, above: true };
}

const isField = (field: FieldLabel, pattern: { sameLine: RegExp; lineAbove: RegExp }) =>
  (field.above ? pattern.lineAbove : pattern.sameLine).test(field.label);

/** True when `date` is the value of a field naming the work's first day. */
function opensWorkFields(scan: string, date: TextRange): FieldLabel | null {
  const field = fieldLabelBefore(scan, date.start);
  return field !== null && isField(field, START_FIELD) ? field : null;
}

/**
 * True when `date` ends the span a start field's date (`opened`) began: it is the value of an end
 * field a few lines below, or its end's own name alone stands between them.
 */
function closesWorkFields(scan: string, opened: TextRange, date: TextRange): boolean {
  const between = scan.slice(opened.end, date.start);
  if (endNamedAfterStart(between)) return true;
  const field = fieldLabelBefore(scan, date.start);
  return field !== null && isField(field, END_FIELD) && inOneFieldBlock(between);
}

/** True when what stands between two fields keeps them in one block: a few lines, not a passage. */
export function inOneFieldBlock(between: string): boolean {
  // Blank lines count for nothing: a page's styled fields copy with one between each.
  const lines = between.split('\n').filter((line, k) => k > 0 && line.trim() !== '').length;
  return between.length <= FIELD_BLOCK_LENGTH && lines <= FIELD_BLOCK_LINES;
}

/** The dates that are a start field's value ("Beginn: 01.04.2027"), each with where its field starts. */
export function startFieldDates(scan: string, dates: DateMention[]): Array<{ date: DateMention; start: number }> {
  return dates.flatMap((date) => {
    const field = opensWorkFields(scan, date);
    return field ? [{ date, start: field.start }] : [];
  });
}

/**
 * "Start date: 1 June 2027" and, a line or two below, "End date: 31 August 2027": a job card's
 * fields for the work's first and last day make one range, from the start field to the end date.
 */
function labelledRanges(scan: string, dates: DateMention[]): DateRangeMention[] {
  const ranges: DateRangeMention[] = [];
  let opened: { date: DateMention; start: number; prose: boolean } | null = null;
  for (const date of dates) {
    // A start named in a sentence pairs only with the end named right after its date.
    const closes =
      opened !== null &&
      (opened.prose
        ? endNamedAfterStart(scan.slice(opened.date.end, date.start))
        : closesWorkFields(scan, opened.date, date));
    if (opened !== null && closes) {
      const range = { start: opened.start, end: date.end, from: opened.date.date, to: date.date };
      ranges.push(opened.prose ? range : { ...range, fields: true });
      opened = null;
      continue;
    }
    const field = opensWorkFields(scan, date);
    if (field !== null) opened = { date, start: field.start, prose: false };
    else if (START_IN_PROSE.test(scan.slice(Math.max(0, date.start - LABEL_REACH), date.start)))
      opened = { date, start: date.start, prose: true };
    else opened = opened && opened.prose ? null : opened;
  }
  return ranges;
}

/**
 * Completes a range's years: a year written once applies to both ends, and a start month after
 * the end month means the range crosses New Year ("December 1 – March 5, 2027"). With no year
 * on either end, `fallbackYear` (the one year the page names, if any) is used.
 */
export function resolveRange(
  range: Pick<DateRangeMention, 'from' | 'to'>,
  fallbackYear: number | null,
): { start: CalendarDate; end: CalendarDate; days: number } | null {
  let { from, to } = range;
  if (from.year === null && to.year === null) {
    if (fallbackYear === null) return null;
    to = { ...to, year: fallbackYear };
  }
  if (to.year === null) to = { ...to, year: from.year! + (compare(to, from) < 0 ? 1 : 0) };
  if (from.year === null) from = { ...from, year: to.year! - (compare(from, to) > 0 ? 1 : 0) };
  const first = from as DateParts & { year: number };
  const last = to as DateParts & { year: number };
  // 29 February only exists in some years, known only now.
  if (!isRealDate(first.year, first.month, first.day) || !isRealDate(last.year, last.month, last.day)) return null;
  const days = daysBetween(first, last);
  return days < 0 ? null : { start: format(first), end: format(last), days };
}

function compare(a: DateParts, b: DateParts): number {
  return a.month - b.month || a.day - b.day;
}

/** A year from 2000 to 2099, not part of an amount or a longer number. */
const YEAR_WORD = /(?<![\d,.$£€])\b20\d{2}\b(?![.,]\d)/g;
/** A year of the Reiwa era ("令和6年度", "令和元年"), which Japanese official pages write for the western one. */
const REIWA_YEAR = /令和[^\S\n]*(元|\d{1,2})[^\S\n]*年/g;

/** Every year named in `text`, in order, as a western year ("令和6年" is "2024"), with where it is written. */
function yearWords(text: string): Array<{ index: number; year: string }> {
  const western = [...text.matchAll(YEAR_WORD)].map((m) => ({ index: m.index, year: m[0] }));
  const reiwa = [...text.matchAll(REIWA_YEAR)].map((m) => ({ index: m.index, year: jaYearOf(undefined, m[1])! }));
  return reiwa.length === 0 ? western : [...western, ...reiwa].sort((a, b) => a.index - b.index);
}

/** A line that is a date and nothing more ("April 1, 2009", "date 2023-01-19"): when the page was written, not its programme's year. */
const DATE_LINE = new RegExp(
  `^[^\\S\\n]*(?:(?:date|posted(?: on)?|published|updated)[^\\S\\n]*:?[^\\S\\n]*)?(?:${MONTH_NAMES})\\.?[^\\S\\n]+\\d{1,2}(?:st|nd|rd|th)?,?[^\\S\\n]+20\\d{2}[^\\S\\n]*$|^[^\\S\\n]*date[^\\S\\n]+20\\d{2}-\\d{2}-\\d{2}\\b`,
  'gim',
);

/** "since 2014", "founded in 2009", "Since the inception of the program in 2014": a year of the past. */
const HISTORY_BEFORE =
  /\b(?:since|founded|established|began|started|launched|inception|created|introduced)\b[^.\n\d]{0,40}$/i;

/**
 * The one year (2000–2099) the page names, or null when it names none or several. A date on a
 * line of its own (the post's date) says when the page was written, not the programme's year.
 */
export function soleYear(scan: string): number | null {
  const dated = matchesOnLinesWith(DIGIT, DATE_LINE, scan).map((m) => ({ start: m.index, end: m.index + m[0].length }));
  let year: string | null = null;
  for (const m of yearWords(scan)) {
    if (dated.some((d) => m.index >= d.start && m.index < d.end)) continue;
    // "Since the inception of the program in 2014": the programme's past, not this round's year.
    if (HISTORY_BEFORE.test(scan.slice(Math.max(0, m.index - 50), m.index))) continue;
    if (year !== null && m.year !== year) return null;
    year = m.year;
  }
  return year === null ? null : Number(year);
}

const WEEKDAY_BEFORE = /\b(mon|tues|wednes|thurs|fri|satur|sun)day,?[^\S\n]*(?:the[^\S\n]+)?$/i;
const WEEKDAYS = ['sun', 'mon', 'tues', 'wednes', 'thurs', 'fri', 'satur'];
/** "5月31日(金曜日)", "1月15日（金）", "8月27日火曜日": a Japanese date's weekday is written after it. */
const JA_WEEKDAY_AFTER =
  /^\d{1,2}[^\S\n]*月[^\S\n]*\d{1,2}[^\S\n]*日[^\S\n]*(?:[(（][^\S\n]*([月火水木金土日])|([月火水木金土日])曜日)/;
const JA_WEEKDAYS = ['日', '月', '火', '水', '木', '金', '土'];

/**
 * The year the text fixes for a date written without one: the one year its sentence names
 * ("In 2014, the program will run from June 5 through August 8"; the page's own date line does
 * not count), or, after a weekday, the one
 * year among those the page names on which that day falls ("Sunday, January 18th" of 2026).
 */
const APPLICATIONS_NAMED = /\bapplications?\b/i;
const DATE_LINE_ANYWHERE = /\bdate \d{4}-\d{2}/;

export function yearFromContext(scan: string, at: number, date: DateParts, pageYears: number[]): number | null {
  const sentence = sentenceAround(scan, at);
  const text = scan.slice(sentence.start, sentence.end);
  // " date 2022-11-03 Banaras Hindu University today extended the deadline ... till November 9":
  // the date the page was written, even in the same sentence, does not name the year.
  const dated = matchesOnLinesWith(DIGIT, DATE_LINE, text).map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const inSentence = new Set(
    yearWords(text)
      .filter((m) => !dated.some((d) => m.index >= d.start && m.index < d.end))
      .map((m) => m.year),
  );
  if (inSentence.size === 1) return Number([...inSentence][0]);
  // "Applications for the Summer 2024 term are now OPEN. The deadline to apply is April 15.": the
  // sentence before, about the same applications, names the one year.
  if (inSentence.size === 0 && sentence.start > 0) {
    const previous = sentenceAround(scan, sentence.start - 1);
    const words = scan.slice(previous.start, previous.end);
    const years = new Set(yearWords(words).map((m) => m.year));
    if (years.size === 1 && !DATE_LINE_ANYWHERE.test(words) && APPLICATIONS_NAMED.test(words))
      return Number([...years][0]);
  }
  const weekday = WEEKDAY_BEFORE.exec(scan.slice(Math.max(0, at - 16), at));
  const jaWeekday = weekday ? null : JA_WEEKDAY_AFTER.exec(scan.slice(at, at + 16));
  if (!weekday && !jaWeekday) return null;
  const wanted = weekday
    ? WEEKDAYS.indexOf(weekday[1]!.toLowerCase())
    : JA_WEEKDAYS.indexOf((jaWeekday![1] ?? jaWeekday![2])!);
  // The years near the page's own: a year it names, and the ones either side ("Saturday, January 31"
  // of "the 2025-26 school year", a September deadline for "the 2024 intake"). A date's weekday
  // differs in any three years running, so one fits at most among the three; several years named
  // far apart may fit more than one, and then none is taken.
  const near = [...new Set(pageYears.flatMap((year) => [year - 1, year, year + 1]))];
  const fitting = near.filter(
    (y) =>
      isRealDate(y, date.month, date.day) && new Date(Date.UTC(y, date.month - 1, date.day)).getUTCDay() === wanted,
  );
  return fitting.length === 1 ? fitting[0]! : null;
}

/** Every year (2000–2099) the page names, each once. */
export function yearsNamed(scan: string): number[] {
  return [...new Set(yearWords(scan).map((m) => Number(m.year)))];
}
