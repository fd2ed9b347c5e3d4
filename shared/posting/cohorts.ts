// Cohorts: the date ranges a posting offers to work in, or, where it writes none, the start
// dates it offers beside the length in weeks. Other ranges on a page (when applications are open,
// interview weeks, events) are not cohorts, and neither are month-only starts ("May or June"),
// which carry no dates.
import type { DateMention, DateRangeMention } from './dateMentions';
import { MONTHS_PER_YEAR, WEEKS_PER_YEAR } from '../payNormalize';
import { format, inOneFieldBlock, resolveRange, startFieldDates, yearFromContext } from './dateMentions';
import type { Finding } from './finding';
import type { DraftCohort } from './postingDraft';
import { lineAround, sentenceAround } from './textSpans';

/**
 * Words that, earlier on the same line, make a range about something other than the work (a break
 * inside it too); "Bewerbungen", "candidatures", "postulaciones", "inscripciones", "sollicitaties",
 * Swedish and Danish "ansökan" and "ansøgning" and Norwegian "søknad" are applications too, as
 * registrations and enrolments are ("registrations ... started on April 10 and will end on May
 * 19"). Japanese has no spaces between words, so its words for applying, applications taken and
 * selection ("募集期間", "申請期間", "応募締切", "申込受付", "選考") are found anywhere.
 */
const OTHER_PURPOSE =
  /\b(?:appl(?:y|ying|ications?)|registrations?|enrol(?:l)?ments?|bewerbung\w*|candidatures?|postulaci(?:ón|ones)|inscripci(?:ón|ones)|sollicitaties?|ans[öø](?:k|gning)\w*|s[øo]knad\w*|deadlines?|interview(?:s|ing)?|selection|notification|preparation|posted|assessments?|info(?:rmation)? sessions?|career fairs?|webinars?|events?|festivals?|conferences?|symposi(?:um|a)|exhibitions?|expositions?|ausstellung(?:en)?|exposici(?:ón|ones)|tentoonstellings?|recruiting|review(?:ed)?|open(?:s|ed)? from|break|recess|valid(?:ity)?)\b|募集|応募|申込|申し込|申請|受付|締切|締め切|エントリー|選考/i;

/** "Previous cohort", "Past programme dates", "Last year's interns": a heading over dates gone by. */
const PAST = /\b(?:previous|past|former|last[^\S\n]+year(?:['’]s)?)\b/i;

/**
 * "Selection Process\n\nDecember 2 – January 10, 2020", "Application Period:\nFeb. 3 through March
 * 3": for a range on a line of its own, the short line right above names what it is for. A field
 * with its value ("Applications close: 31 January") is not a heading over the lines below it.
 */
function headingAbove(scan: string, lineStart: number): string {
  const before = scan.slice(Math.max(0, lineStart - 80), lineStart).trimEnd();
  const heading = before.slice(before.lastIndexOf('\n') + 1);
  return heading.length <= 40 && !/[.!?]$/.test(heading) && !/:[^\S\n]*\S/.test(heading) ? heading : '';
}

/** Nothing before a range on its line but a list item's mark ("- ", "• "). */
const ONLY_A_MARK = /^[^\S\n]*(?:[-*–—•·▪◦‣►][^\S\n]*)?$/;

/**
 * "• Application Period\n    • Summer : March 8 to April 7": for a range in an indented list, the
 * short line it is listed under, the nearest one above indented less.
 */
function listHeading(scan: string, lineStart: number): string {
  const indent = (line: string) => /^[^\S\n]*/.exec(line)![0].length;
  const own = indent(scan.slice(lineStart, lineStart + 40));
  if (own === 0) return '';
  const above = scan
    .slice(Math.max(0, lineStart - 600), lineStart)
    .split('\n')
    .slice(0, -1)
    .reverse()
    .slice(0, 8);
  const parent = above.find((line) => line.trim() !== '' && indent(line) < own)?.replace(/^[\s•·*-]+/, '');
  return parent !== undefined && parent.length <= 40 && !/[.!?]$/.test(parent) ? parent : '';
}

/**
 * "Das Programm dauert jedes Jahr vom 1. März bis zum 31. Juli", "runs every year from June 1 to
 * August 31": a span that comes back each year, in no year of its own.
 */
const EVERY_YEAR =
  /(?<!\p{L})(?:every year|each year|annually|jedes jahr|jährlich|chaque année|tous les ans|cada año|todos los años|elk jaar|jaarlijks)(?!\p{L})[^.!?\n]{0,40}$/iu;

/**
 * "should occur between May 13 and August 24", "at any time between", "for 6 to 10 weeks between
 * 28 November and 17 February": a span the work is to fall in somewhere, not its dates.
 */
const WINDOW_BEFORE =
  /\b(?:occur|take[^\S\n]+place|be[^\S\n]+(?:completed|conducted|carried[^\S\n]+out|undertaken)|at[^\S\n]+any[^\S\n]+time|\d+[^\S\n]*(?:to|-|–)[^\S\n]*\d+[^\S\n]+weeks)[^\S\n]+between[^\S\n]+$/iu;
/**
 * "can start the internship between 8th Dec'26 and 12th Jan'27", "can start the work from home
 * job/internship between ...": the days the work may begin on, however many words name it.
 */
const START_WINDOW_BEFORE = /\b(?:start|begin|join|commence)(?:[^\S\n]+[\p{L}/-]+){0,6}?[^\S\n]+between[^\S\n]+$/iu;
/**
 * "..., but the exact research period within this timeframe is flexible": the span is a window; so
 * is Japanese "令和7年2月10日~3月21日の間で各課室等が設定する期間" (a period each office sets between them).
 */
const WINDOW_AFTER =
  /^[^.!?\n]{0,80}?\bwithin[^\S\n]+(?:this|that|the)[^\S\n]+(?:time[^\S\n]*frame|window)\b|^[^\S\n]*(?:まで)?の間[でに]/i;

/**
 * A cohort lasts from two working weeks (Monday to the next week's Friday: "between Monday June 22
 * and Friday July 3") to two years ("24 months, from 3 July 2023 to 30 June 2025"), in days
 * between its first and last day.
 */
const MIN_DAYS = 11;
const MAX_DAYS = 760;

/**
 * A line naming a period, alone or before its value: "2.実施期間", "申込受付期間 5月31日まで",
 * "Internship Period:", "Application period: ...". Group 1 is the name. A line ending a sentence
 * ("...1または2のどちらかの期間で参加してください。") is prose, not a label.
 */
const PERIOD_LABEL =
  /^[^\S\n]*(?:[-*•·▪]|[(（]?\d{1,2}[.．)）])?[^\S\n]*([^\s:：。.!?]{0,12}(?:期間|日程|期限|締切)|[\p{L} ]{0,30}?(?:period|dates|deadline|zeitraum|période|periodo|fechas)(?!\p{L})(?:[^\S\n]+(?:de|du|del|of)(?:[^\S\n]+(?:la|las|los|the))?[^\S\n]+\p{L}+)?)[^\S\n]*(?:[:：–—-][^\n]*|[^\S\n][^\n。.!?]*)?$/iu;
/**
 * The name of the work's own period: "実施期間", "実習期間", "研修期間", "Internship period",
 * "Praktikumszeitraum", "Dates du stage", "Fechas de las prácticas".
 */
const WORK_PERIOD =
  /実施期間|実習期間|研修期間|\b(?:internship|placement|program(?:me)?|training|work)[^\S\n]+(?:period|dates)\b|(?<!\p{L})(?:praktikums)?zeitraum|(?:période|dates?)[^\S\n]+d[ue][^\S\n]+stage|(?:periodo|fechas)[^\S\n]+de(?:[^\S\n]+las)?[^\S\n]+(?:prácticas|pasantía)/iu;
/** How far above its range a period's label may stand: a heading over a short list of sessions. */
const PERIOD_LABEL_LINES = 10;

/**
 * True when the nearest period label at or above the range, within a few lines, names the work's
 * own period: "2.実施期間" over "第1クール : 令和7年8月18日(月曜日)~22日(金曜日)". Such a span is the
 * work's dates however short; an unlabelled short span is more often an event or a trip.
 */
function labelledWorkPeriod(scan: string, lineStart: number, rangeStart: number): boolean {
  const own = PERIOD_LABEL.exec(scan.slice(lineStart, rangeStart));
  if (own) return WORK_PERIOD.test(own[1]!);
  const lines = scan
    .slice(Math.max(0, lineStart - 1200), lineStart)
    .split('\n')
    .slice(0, -1)
    .reverse();
  for (const line of lines.slice(0, PERIOD_LABEL_LINES)) {
    const label = PERIOD_LABEL.exec(line);
    if (label) return WORK_PERIOD.test(label[1]!);
  }
  return false;
}

/**
 * How much longer than the stated length a span may be and still be the work's dates: a start on
 * a Monday and an end on a Friday, a week's leeway, or a length written as a round number of months.
 */
const WINDOW_SLACK_WEEKS = 3;
const WINDOW_SLACK_SHARE = 0.25;

/** A span of `days` that is more than the slack longer than `weeks`. */
function isWindow(days: number, weeks: number): boolean {
  return days / 7 - weeks > Math.max(WINDOW_SLACK_WEEKS, weeks * WINDOW_SLACK_SHARE);
}

export function findCohorts(
  scan: string,
  ranges: DateRangeMention[],
  pageYear: number | null,
  pageYears: number[] = [],
  starts: { dates: DateMention[]; length: Finding<number> | null } = { dates: [], length: null },
): { cohorts: Array<Finding<DraftCohort>>; notes: string[]; writtenYear: number | null } {
  const cohorts: Array<Finding<DraftCohort>> = [];
  const seen = new Set<string>();
  const notes: string[] = [];
  const writtenYears = new Set<string>();
  for (const range of ranges) {
    const lineStart = lineAround(scan, range.start).start;
    if (OTHER_PURPOSE.test(scan.slice(Math.max(lineStart, range.start - 200), range.start))) continue;
    const standsAlone = ONLY_A_MARK.test(scan.slice(lineStart, range.start));
    const heading = standsAlone ? headingAbove(scan, lineStart) : '';
    if (OTHER_PURPOSE.test(heading) || PAST.test(heading)) continue;
    if (OTHER_PURPOSE.test(listHeading(scan, lineStart))) continue;
    const unwritten = range.from.year === null && range.to.year === null;
    if (unwritten && EVERY_YEAR.test(scan.slice(Math.max(lineStart, range.start - 80), range.start))) continue;
    const fixed = unwritten ? yearFromContext(scan, range.start, range.to, pageYears) : null;
    const resolved = resolveRange(range, fixed ?? pageYear);
    if (!resolved || resolved.days > MAX_DAYS) continue;
    // The work's own start and end fields name its days as a label naming its period does.
    if (resolved.days < MIN_DAYS && !range.fields && !labelledWorkPeriod(scan, lineStart, range.start)) continue;
    // "for 10 weeks and must occur between August 1 and December 31": a span well longer than the
    // length the page states is the window the work falls in, not its dates.
    if (starts.length && isWindow(resolved.days, starts.length.value)) {
      notes.push(
        `"${scan.slice(range.start, range.end)}" is longer than the ${starts.length.value} weeks the page states, so it is read as the window the work falls in, not as a cohort.`,
      );
      continue;
    }
    const before = scan.slice(Math.max(lineStart, range.start - 60), range.start);
    if (START_WINDOW_BEFORE.test(before)) {
      notes.push(
        `"${scan.slice(range.start, range.end)}" is when the work may start, as its sentence says, not a cohort.`,
      );
      continue;
    }
    if (WINDOW_BEFORE.test(before) || WINDOW_AFTER.test(scan.slice(range.end, range.end + 120))) {
      notes.push(
        `"${scan.slice(range.start, range.end)}" is the window the work is to fall in, as its sentence says, not a cohort.`,
      );
      continue;
    }
    const dates = { start: resolved.start, end: resolved.end };
    const key = `${dates.start}..${dates.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    cohorts.push({ value: dates, ranges: [{ start: range.start, end: range.end }] });
    // A term that crosses New Year (an Australian summer) belongs to neither year alone.
    if (!unwritten) writtenYears.add(dates.start.slice(0, 4) === dates.end.slice(0, 4) ? dates.start.slice(0, 4) : '');
    if (fixed !== null) {
      notes.push(
        `The year of "${scan.slice(range.start, range.end)}" is not written next to it; ${fixed} is read from its sentence, the one before it, or its weekday.`,
      );
    } else if (unwritten) {
      notes.push(
        `The year of "${scan.slice(range.start, range.end)}" is not written next to it; ${pageYear} is the only year the page names.`,
      );
    }
  }
  if (cohorts.length === 0 && starts.length) {
    const offered = offeredStarts(scan, starts.dates, starts.length);
    if (offered.length > 0) {
      cohorts.push(...offered);
      for (const c of offered)
        writtenYears.add(c.value.start.slice(0, 4) === c.value.end.slice(0, 4) ? c.value.start.slice(0, 4) : '');
      notes.push(
        `The cohorts' ends are not written: each is the last weekday of the ${starts.length.value} weeks from its start.`,
      );
    } else {
      const started = startWithLength(scan, starts.dates, starts.length);
      if (started) notes.push(started);
    }
  }
  // The one year the work's written dates start in: the year a season named alone belongs to.
  const only = writtenYears.size === 1 ? [...writtenYears][0]! : '';
  const writtenYear = only === '' ? null : Number(only);
  return { cohorts, notes, writtenYear };
}

/** A length written in months or years: it ends on a calendar date, not after whole weeks. */
const CALENDAR_UNIT = /(?:months?|monaten?|mois|meses|mes[ei]|years?)$/i;

/**
 * "Beginn: 01.04.2027, Dauer: 6 Monate", "Start date: 7 June 2027\nDuration: 10 weeks": a start
 * field with the work's one length in the same block of fields. A cohort's end must be written (a
 * start with no end is no cohort), so the start is told in a note, with the end its length would
 * give: months run to the day before the same date that many months on, weeks to the last weekday
 * of the last week.
 */
function startWithLength(scan: string, dates: DateMention[], length: Finding<number>): string | null {
  const at = length.ranges[0]!;
  const written = scan.slice(at.start, at.end).trim();
  for (const field of startFieldDates(scan, dates)) {
    const { year, month, day } = field.date.date;
    if (year === null) continue;
    const between = field.date.end <= at.start ? scan.slice(field.date.end, at.start) : scan.slice(at.end, field.start);
    if (!inOneFieldBlock(between)) continue;
    const start = { year, month, day };
    const months = Math.round((length.value * MONTHS_PER_YEAR) / WEEKS_PER_YEAR);
    const end = CALENDAR_UNIT.test(written) ? dayBeforeMonthsOn(start, months) : lastWeekdayAfter(start, length.value);
    const fieldText = scan.slice(field.start, field.date.end);
    return `"${fieldText}" is the start and "${written}" the length, but no end is written, so no cohort was taken: from ${format(start)}, the work would end on ${end}.`;
  }
  return null;
}

/** The day before the same date `months` on: 1 April and 6 months end on 30 September. */
function dayBeforeMonthsOn(start: { year: number; month: number; day: number }, months: number): string {
  // The same day in the later month, or its last day where it has none (31 August and 6 months: 28 February).
  const lastDay = new Date(Date.UTC(start.year, start.month - 1 + months + 1, 0)).getUTCDate();
  const end = new Date(Date.UTC(start.year, start.month - 1 + months, Math.min(start.day, lastDay) - 1));
  return end.toISOString().slice(0, 10);
}

/** "starting", "begins on", "Start dates are": the words that offer the dates after them as starts. */
const START_BEFORE =
  /\b(?:start(?:s|ing|[^\S\n]+dates?(?:[^\S\n]+(?:are|is))?)?|begin(?:s|ning)?|commenc(?:es|ing))(?:[^\S\n]+(?:on|from))?[^\S\n]*:?[^\S\n]*$/i;
/** Between two offered starts: ",", "or", ", or". */
const START_JOINT = /^[^\S\n]*(?:,[^\S\n]*)?(?:or[^\S\n]+)?$/;
const WEEKS_WRITTEN = /\bw(?:ee)?ks?\b/i;

/**
 * "a 12-week paid internship starting May 24, 2027 or June 14, 2027": two or more starts to
 * choose from, in the sentence that states the length in weeks, are as many cohorts. A start
 * alone is none (its end is as likely told elsewhere, or not fixed).
 */
function offeredStarts(scan: string, dates: DateMention[], length: Finding<number>): Array<Finding<DraftCohort>> {
  const lengthAt = length.ranges[0]!;
  if (!WEEKS_WRITTEN.test(scan.slice(lengthAt.start, lengthAt.end))) return [];
  const sentence = sentenceAround(scan, lengthAt.start);
  const inSentence = dates.filter((d) => d.start >= sentence.start && d.end <= sentence.end);
  for (let i = 0; i < inSentence.length; i++) {
    if (!START_BEFORE.test(scan.slice(Math.max(sentence.start, inSentence[i]!.start - 40), inSentence[i]!.start)))
      continue;
    const offered = [inSentence[i]!];
    let joined = false;
    for (const next of inSentence.slice(i + 1)) {
      const joint = START_JOINT.exec(scan.slice(offered.at(-1)!.end, next.start));
      if (!joint) break;
      joined ||= /or/.test(joint[0]);
      offered.push(next);
    }
    // The year written once, after the last start ("June 1 or June 15, 2026").
    const year = offered.at(-1)!.date.year;
    if (offered.length < 2 || !joined || year === null) return [];
    const last = offered.at(-1)!.date;
    return offered.map((d) => {
      // "December 1 or January 4, 2027": a start after the last one's day is in the year before.
      const later = d.date.month > last.month || (d.date.month === last.month && d.date.day > last.day);
      const start = { ...d.date, year: d.date.year ?? (later ? year - 1 : year) };
      return {
        value: { start: format(start), end: lastWeekdayAfter(start, length.value) },
        ranges: [{ start: d.start, end: d.end }],
      };
    });
  }
  return [];
}

/** The last weekday of `weeks` weeks from `start`: a Monday start of 12 weeks ends on the 12th Friday. */
function lastWeekdayAfter(start: { year: number; month: number; day: number }, weeks: number): string {
  const end = new Date(Date.UTC(start.year, start.month - 1, start.day + weeks * 7 - 1));
  const weekday = end.getUTCDay();
  end.setUTCDate(end.getUTCDate() - (weekday === 6 ? 1 : weekday === 0 ? 2 : 0));
  return end.toISOString().slice(0, 10);
}
