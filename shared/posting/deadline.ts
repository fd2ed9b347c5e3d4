// The application deadline: a full date after wording that announces one ("Apply by",
// "Applications close", "Deadline:"), with the time written beside it. Posting dates ("Posted
// on", "3 days ago") never qualify, and a deadline without a year is reported rather than guessed.
import type { CalendarDate } from '../calendarDate';
import { format, resolveRange, yearFromContext, type DateMention, type DateRangeMention } from './dateMentions';
import { AT_TIME, CLOCK_HOUR, findDeadlineTime, NOT_COUNTED_HOURS, type DeadlineTime } from './deadlineTime';
import type { Finding } from './finding';
import { lineAround, sentenceAround } from './textSpans';

/**
 * Wording of the time applications are taken in ("The application period is from January 13 to
 * February 18", "Applications are open 14 February to 15 March"): a deadline only where a range
 * of days follows, which closes at its end (without one, the date is when applying opens).
 */
const PERIOD_CUES = [
  'applications? (?:period|window)(?: (?:is|runs))?(?: from)?',
  'applications?(?: for [^.\\n]{1,80}?)? (?:are |is |will be )?(?:open|available|accepted)(?: (?:from|between))?',
  // "registrations for the 2019 edition ... started on April 10 and will end on May 19": signing
  // up is applying, and a window that started on one day and ends on another closes at its end.
  '(?:applications?|registrations?|enrol(?:l)?ments?)(?: for [^.\\n]{1,80}?)? (?:started|starts?|opened|opens|began|begins?)(?: on| from)?',
  // "Période de candidature : du 1er au 15 juin", "Candidatures du 1er octobre au 30 novembre",
  // "Bewerbungszeitraum vom 1. Oktober bis 30. November", "Periodo de inscripción: del 1 al 15 de junio".
  'période de (?:candidature|dépôt des candidatures)s?',
  'candidatures(?: (?:sont )?(?:ouvertes|reçues|acceptées))? du',
  'bewerbungszeitraum',
  'periodo de (?:postulaci[oó]n|inscripci[oó]n)(?:es)?',
  // "Ansökningstiden för 2022 är 8 mars-21 mars", "Ansøgningsperiode: ...", "Søknadsperiode: ...".
  'ansökningstid(?:en)?(?: för \\d{4})?(?: är| pågår)?',
  'ans[öø](?:knings|gnings)period(?:en|e)?(?: är| er)?',
  'søknadsperioden?(?: er)?',
];

/**
 * "bis 31. Dezember 2015 online eingereicht", "jusqu'au 15 mars", "hasta el 3 de febrero", "vóór 1
 * maart": the word for "until" or "before" a date, a deadline only in a
 * sentence about sending an application, and only right before its date.
 */
const UNTIL_CUES = [
  'bis(?: (?:zum|spätestens|spätestens zum|einschließlich))?',
  'spätestens(?: (?:bis|am|zum|bis zum))?',
  "jusqu['’]au",
  // "jusqu’à 12h le 15 mars", a time of day before the date (UNTIL_CLOCK). The space is the
  // cue's, as no word boundary follows an "à".
  "jusqu['’]à[^\\S\\n]",
  'avant le',
  'hasta(?: el)?',
  'v[óo]{2}r|uiterlijk(?: op)?',
  // Portuguese "Inscrições até 15/01/2027", "Candidaturas abertas até o dia 15 de janeiro": the
  // space after "até" is part of the cue, as no word boundary follows an "é"; nor one an "à", so
  // the article of a time ("até às 23h59 do dia 15/01/2027") is too.
  'at[ée](?:[^\\S\\n]+(?:o|[àa]s))?(?:[^\\S\\n]+dia)?[^\\S\\n]',
];

/** Papers sent with the application or CV: ", a cover letter and a transcript", " and a short cover letter". */
const WITH_PAPERS =
  '(?:(?:,|,? (?:and|with|plus)) (?:an? |your |the )?(?:short |brief |one-page )?(?:cover(?:ing)? letter|resume|cv|portfolio|transcripts?|references?|(?:letter of )?motivation(?: letter)?|writing sample)s?){0,3}';

/**
 * Japanese labels, which no word boundary can frame: "応募締切", "募集締切", "申込期限", "提出期限",
 * "締切日"; and "受付期間", "募集期間", "申請期間", a period of taking applications, which closes
 * at its end.
 */
const JA_APPLYING = '(?:応募|募集|申込み?|申し込み|申請|エントリー)';
const JA_DEADLINE_CUE = `(?:${JA_APPLYING}|提出|受付)(?:締切|締め切り|〆切|期限|期日)日?|締め?切り?日`;
const JA_PERIOD_CUE = `(?:${JA_APPLYING}受付|${JA_APPLYING}|受付)期間`;
/** "令和9年6月14日正午(必着)まで": the date before it is the last day, in a sentence about applying. */
const JA_UNTIL_CUE = 'まで';
/**
 * "Дедлайн: 2017-02-28", "Крайний срок подачи заявок: 15.03.2027": Russian labels. The cues'
 * `\b` knows Latin letters only, so a Cyrillic letter before the label rules it out instead.
 */
const RU_DEADLINE_CUE = '(?<![а-яё])(?:дедлайн|крайний срок(?: подачи (?:заявок|документов))?)(?![а-яё])';

/** The cues written in Latin letters, each a whole word or words. */
const WORD_CUES = [
  'apply (?:by|before|no later than|until)',
  // "Applications for this job will be accepted at least until December 15, 2026".
  'applications?(?: for (?:this|the) (?:job|position|role|program(?:me)?))? (?:deadline|due|close[sd]?|closing|(?:are |is )?due|will close|must be (?:submitted|received)(?: by| before| no later than)?|(?:are |will be |is )?(?:accepted|received|taken) (?:at least |today )?(?:until|through|till)|(?:are )?open (?:at least )?until|(?:are )?reviewed on a rolling basis until)',
  // "Opportunities are open until 15 December 2019".
  '(?:are|is|remains?) open (?:until|till|through)',
  'deadlines?(?: to apply| for applications)?',
  'closing date',
  '(?:posting|job|position|listing) (?:closes|ends)(?: on)?',
  // "The application period runs through 6 p.m. on Wednesday, March 13".
  'applications? (?:period|window) (?:runs|is open|closes) (?:through|until|till|on)',
  'postmarked (?:by|before|no later than)',
  // "... must be received for consideration by July 29, 2019": only beside an application.
  '(?:must|should) be (?:received|submitted|postmarked|sent)(?: for consideration)? (?:by|on or before|before|no later than)',
  // "Closes on Friday, January 2, 2026", "Applications ... open on November 1 and close on February 1".
  'closes on',
  '(?:and|will) close[sd]?(?: on)?',
  `submit (?:your |all )?(?:application|materials|resume|cv)?s?${WITH_PAPERS}\\s*(?:by|before|no later than)`,
  // "send your application before 14th June 2011": sending the application, as submitting it;
  // "Send your CV and a short cover letter by 31 January 2027" too.
  `send (?:your |all |in )?(?:application|materials|resume|cv)s?${WITH_PAPERS}\\s*(?:by|before|no later than)`,
  '(?:due|last) date(?: to apply| for applications)?',
  'last day to apply',
  // "CALL FOR APPLICATIONS\nDue 18th September 2023, 5pm": "Due" opening a line under a call.
  'due(?<=(?:^|\\n)[^\\S\\n]*due)(?! to\\b)(?: by| on)?',
  'time left to apply(?:\\s+end date)?',
  'accepting applications (?:until|through)',
  // "with applications ending on August 9", "Applications end 30 June".
  'applications? (?:end(?:s|ing)?|ended)(?: on)?',
  // "Residents ... have until Jan. 12, 2011, to apply": the date, then what it is the last day for.
  'ha(?:ve|s) until(?=[^\\n]{4,40}?\\bto apply\\b)',
  // "A cover letter and CV should be sent ... no later than 31st May 2019": only beside an application.
  'no later than',
  // "... through the form by 12:00 noon (UK time) on 28 February 2027": a time, then the date;
  // only beside an application.
  'by (?:\\d{1,2}(?:[:.]\\d{2})?|noon|midnight)',
  // German, French, Spanish and Dutch pages: "Bewerbungsfrist: 15.01.2027", "Date limite de
  // candidature : 15 janvier 2027", "Fecha límite de postulación", "Sluitingsdatum".
  'bewerbungs(?:frist|schluss)',
  'einsendeschluss',
  'date limite(?: de (?:candidature|dépôt|depot|réception|reception)s?(?: des (?:candidatures|dossiers))?)?',
  // "Date de fin de candidature\n\n22/12/2025": a French job portal's field, its date on a line below.
  'date de (?:fin|cl[ôo]ture) (?:de (?:candidature|dépôt|depot)s?|des candidatures)',
  'fecha l[ií]mite(?: de (?:postulaci[oó]n|inscripci[oó]n|solicitud|aplicaci[oó]n|presentaci[oó]n))?',
  'plazo de (?:postulaci[oó]n|inscripci[oó]n|solicitud|presentaci[oó]n)',
  'sluitingsdatum',
  // Portuguese: "Prazo de inscrição: 15/01/2027", "Prazo para candidaturas", "Data limite".
  'prazo (?:de|para) (?:inscri[çc](?:[ãa]o|[õo]es)|candidaturas?)',
  'data limite(?: (?:de|para) (?:inscri[çc](?:[ãa]o|[õo]es)|candidaturas?))?',
  ...PERIOD_CUES,
  ...UNTIL_CUES,
];

const DEADLINE_CUE = new RegExp(
  // One word boundary before all the word cues: tried once at each position, not once per cue.
  `\\b(?:${WORD_CUES.map((cue) => `${cue}\\b`).join('|')})|${[JA_DEADLINE_CUE, JA_PERIOD_CUE, JA_UNTIL_CUE, RU_DEADLINE_CUE].join('|')}`,
  'gi',
);

const PERIOD_CUE = new RegExp(`^(?:${[...PERIOD_CUES, JA_PERIOD_CUE].join('|')})$`, 'i');
const UNTIL_CUE = new RegExp(`^(?:${UNTIL_CUES.join('|')})$`, 'i');

/**
 * Sending or making an application, in the languages whose "until" a date follows: "bis 31.
 * Dezember 2015 online eingereicht", "envoyer votre candidature avant le", "postular hasta el",
 * "solliciteren vóór".
 */
const SENDING_ABROAD =
  /(?<!\p{L})(?:einreich|eingereich|bewerb|bewerbung|zusend|zugesandt|zuschick|hochlad|candidat|postul|solicitud|sollicit|envoy|envía|enviar|envi[ae]|inscri)/iu;
/** "vom 1. Juni bis 31. August", "du 1er juin au": the end of a span of days, not a last day to apply. */
const SPAN_BEFORE = /(?:\b(?:vom|von|ab|du|desde|del|van)\b[^.\n]{0,40}|\d[.)]?[^\S\n]*)$/i;
/**
 * A date written right before an "until" cue ("de 3 de fevereiro até 30 de junho", "de 1 de junio
 * hasta"): the cue ends a span of days, as in SPAN_BEFORE, not a last day to apply. `before` is
 * the last date that starts before the cue ends (no date starts inside an "until" cue, and dates
 * do not overlap, so no earlier one can end right before it).
 */
function dateRightBefore(scan: string, before: DateMention | undefined, cueStart: number): boolean {
  return before !== undefined && before.end <= cueStart && /^[^\S\n]*$/.test(scan.slice(before.end, cueStart));
}

const S = '[^\\S\\n]';

/** How close after "bis" the date stands: "bis zum", "bis spätestens". */
const UNTIL_REACH = 14;

/**
 * A time of day, then the words for "on the day", between an "until" and its date: "até às 23h59
 * do dia 15/01/2027", "hasta las 23:59 del día 15 de enero", "jusqu’à 12h le 15 mars", "bis
 * spätestens um 23:59 Uhr am 15. März". The date's reach counts from after them, so a time does
 * not push the date out of it, and nothing else does. A time has its minutes, or its hour follows
 * the "at" of a time ("às 18 horas", "à 12h", "um 18 Uhr", the cue's own or its own) or is the
 * clock's ("bis 18 Uhr MEZ am"): a bare "2 horas antes", "20 horas semanais", "6 horas de
 * formação" and "18 Stunden" are lengths of time, not one. Sticky, read at the cue's end, so the "at" may be the cue's.
 */
const UNTIL_CLOCK = new RegExp(
  `${S}*(?:(?:las|um)${S}+)?(?:\\d{1,2}[:h][0-5]\\d(?:${S}*(?:hs?|hrs?|horas?|uhr))?|(?<=(?:^|\\P{L})${AT_TIME}${S}+)${CLOCK_HOUR}${S}*(?:hs?|hrs?|horas?|uhr|heures?)|${CLOCK_HOUR}${S}*uhr)(?!\\p{L})${NOT_COUNTED_HOURS}` +
    `(?:${S}*,?${S}*(?:(?:do|del|el|o|no)${S}+d[ií]a|le|am)(?!\\p{L}))?`,
  'iuy',
);

/** Where the reach of an "until" cue ending at `cueEnd` starts: after a time of day written there. */
function untilReachStart(scan: string, cueEnd: number): number {
  UNTIL_CLOCK.lastIndex = cueEnd;
  const clock = UNTIL_CLOCK.exec(scan);
  return clock ? cueEnd + clock[0].length : cueEnd;
}

const RANGE_END_BEFORE = /^[^\n]*\S[^\S\n]*(?:[-–—]|\bto|\buntil|\btill|\bthrough)[^\S\n]*$/i;

const APPLYING = /\b(?:appl(?:y|ications?)|cv|r[ée]sum[ée]s?|cover letters?|submi(?:t|tted|ssions?))\b/i;

/** The applicant sending something: what a time and a date after "by" are the deadline of. */
const SENDING =
  /\b(?:submit(?:ted)?|send|sent|apply|upload(?:ed)?|e-?mail(?:ed)?|return(?:ed)?|received|turn(?:ed)? in)\b/i;

function sentenceText(scan: string, at: number): string {
  const sentence = sentenceAround(scan, at);
  return scan.slice(sentence.start, sentence.end);
}

/**
 * "Deadline for Department Recommendations", "deadline for nominations", "deadline for reference
 * letters": what referees, departments or nominators send, by their own date.
 */
const OTHERS_SUBMISSION_AFTER =
  /^[^\S\n]+for[^\S\n]+(?:[\p{L}/-]+[^\S\n]+){0,2}?(?:recommendations?|nominations?|references?|referees?|(?:reference|recommendation)[^\S\n]+letters?|letters[^\S\n]+of[^\S\n]+(?:recommendation|reference))\b/iu;

/** How far after its cue a deadline's date may be ("Apply by 11:59 p.m. Pacific on ..."). */
const REACH = 80;

interface DeadlineFound {
  deadline: Finding<CalendarDate> | null;
  /** The time of day written beside the date, if any. */
  time: DeadlineTime | null;
  notes: string[];
}

const NONE: DeadlineFound = { deadline: null, time: null, notes: [] };

/**
 * The application deadline. `ranges` are the page's date ranges: a cue followed by one ("The
 * application period is from January 13 to February 18") closes at its end.
 */
export function findDeadline(
  scan: string,
  dates: DateMention[],
  pageYears: number[] = [],
  ranges: DateRangeMention[] = [],
): DeadlineFound {
  DEADLINE_CUE.lastIndex = 0;
  let next = 0;
  let nextRange = 0;
  for (let m = DEADLINE_CUE.exec(scan); m; m = DEADLINE_CUE.exec(scan)) {
    const cueEnd = m.index + m[0].length;
    if (/^(?:no later than|(?:must|should) be .*|by .*)$/i.test(m[0]) && !APPLYING.test(sentenceText(scan, m.index)))
      continue;
    // "submit … by 12:00 noon on", not "The application will be live by 12:00pm Monday, December 1st".
    if (/^by /i.test(m[0]) && !SENDING.test(scan.slice(sentenceAround(scan, m.index).start, m.index))) continue;
    // "Deadline for Department Recommendations is January 18": other people's date, not the applicant's.
    if (/^deadline/i.test(m[0]) && OTHERS_SUBMISSION_AFTER.test(scan.slice(cueEnd, cueEnd + 60))) continue;
    // Cues come in text order, so the first date after each one is found by moving forward.
    while (next < dates.length && dates[next]!.start < cueEnd) next++;
    while (nextRange < ranges.length && ranges[nextRange]!.start < cueEnd) nextRange++;
    const before = dates[next - 1];
    const until = UNTIL_CUE.test(m[0]);
    if (
      until &&
      (!SENDING_ABROAD.test(sentenceText(scan, m.index)) ||
        SPAN_BEFORE.test(scan.slice(Math.max(0, m.index - 60), m.index)) ||
        dateRightBefore(scan, before, m.index))
    )
      continue;
    if (m[0] === JA_UNTIL_CUE) {
      if (before && lastDayToApply(scan, before, cueEnd))
        return deadlineOn(scan, before, before.start, before.start, { pageYears, dates }, cueEnd);
      continue;
    }
    // "Feb. 1 deadline for paid legislative internship", "October 15, 2024: Application Deadline".
    if (
      before &&
      /^deadline/i.test(m[0].replace(/^applications? /i, '')) &&
      (DATE_THEN_CUE.test(scan.slice(before.end, m.index)) || dateLineAbove(scan, before, m.index, dates[next]))
    )
      return deadlineOn(scan, before, before.start, before.start, { pageYears, dates }, cueEnd);
    const range = ranges[nextRange];
    const first = dates[next];
    const reachFrom = until ? untilReachStart(scan, cueEnd) : cueEnd;
    if (!first || first.start - reachFrom > (until ? UNTIL_REACH : REACH)) continue;
    // "du 1er au 15 juin 2027": a span of one month written once opens with a day that is no date
    // of its own, so the first date after the cue is its end, inside it.
    const ranged = range !== undefined && range.start <= first.start && first.end <= range.end;
    // "Application period from early May to June 30, 2017": a range whose start is no date.
    // "受付期間\n5月31日(金曜日)まで": one day, which the period runs until, is its end.
    if (
      !ranged &&
      PERIOD_CUE.test(m[0]) &&
      !RANGE_END_BEFORE.test(scan.slice(cueEnd, first.start)) &&
      untilAfter(scan, first) === null
    )
      continue;
    const date = ranged ? rangeEnd(range) : first;
    // A label may sit on its own line above the date; otherwise the date is on the cue's line.
    const gap = scan.slice(cueEnd, date.start);
    if (gap.includes('\n') && !/^[\s:–-]*$/.test(gap)) continue;
    // "To apply for the Budget Internship ... please apply by February 1, 2025. To apply for the
    // Executive Internship ... please apply by May 1, 2025.": one deadline per intake, none for the page.
    if (intakeDeadlines(scan) > 1) return SEVERAL_INTAKES;
    return deadlineOn(scan, date, m.index, cueEnd, { pageYears, dates });
  }
  return NONE;
}

/** A time and the marks of a closing day between a Japanese date and its まで: "正午(必着)まで", "17:15受信分まで". */
const UNTIL_AFTER_DATE = new RegExp(
  `^${S}*(?:(?:午前|午後)?${S}*\\d{1,2}(?:[:：]\\d{2}|${S}*時(?:${S}*\\d{1,2}${S}*分)?)|正午)?${S}*(?:[(（][^()（）\\n]{1,8}[)）]${S}*)?(?:受信分|到着分|必着|消印有効)?${S}*まで`,
);
/** A span's joint right before its last day: "8月2日から8月27日まで", "8月2日~27日". */
const SPAN_JOINT_BEFORE = /(?:から|[~〜～])[^\S\n]*$/;
/** Applying, in a Japanese sentence: sending (提出), arriving (必着), being taken (受付). */
const APPLYING_JA = /応募|申込|申し込|提出|必着|受付|受け付|申請|エントリー/;

/** Where the まで after a Japanese date ends, or null when none follows it. */
function untilAfter(scan: string, date: DateMention): number | null {
  const until = UNTIL_AFTER_DATE.exec(scan.slice(date.end, date.end + 40));
  return until ? date.end + until[0].length : null;
}

/**
 * "令和9年6月14日正午(必着)までに提出する": a date followed by まで, in a sentence about applying, is
 * the last day to apply, unless it ends a span ("8月2日から8月27日まで実習を行う").
 */
function lastDayToApply(scan: string, date: DateMention, untilEnd: number): boolean {
  if (untilAfter(scan, date) !== untilEnd) return false;
  if (SPAN_JOINT_BEFORE.test(scan.slice(Math.max(0, date.start - 8), date.start))) return false;
  // The sentence up to its "。": a line may hold several.
  const around = sentenceAround(scan, date.start);
  const text = scan.slice(around.start, around.end);
  const at = date.start - around.start;
  const start = text.lastIndexOf('。', at) + 1;
  const end = text.indexOf('。', at);
  return APPLYING_JA.test(text.slice(start, end < 0 ? text.length : end));
}

/** "To apply for the Spring Internship (April - June 2025) please apply by": a deadline of one named intake. */
const INTAKE_DEADLINE = /\bto apply for (?:the |our )?\p{Lu}[^.\n]{0,80}?[^\S\n]+(?:please[^\S\n]+)?apply by\b/giu;
const SEVERAL_INTAKES: DeadlineFound = {
  deadline: null,
  time: null,
  notes: ['The page gives a deadline for each of several intakes, so no single deadline was taken.'],
};

function intakeDeadlines(scan: string): number {
  let count = 0;
  INTAKE_DEADLINE.lastIndex = 0;
  while (count < 2 && INTAKE_DEADLINE.exec(scan)) count++;
  return count;
}

/** Between a date and the word deadline after it, on its line: "February 1 deadline", "15 May: Application Deadline". */
const DATE_THEN_CUE = /^[^\S\n]*[:–-]?[^\S\n]*$/;
/** A date ending its line, then at most two blank lines, then the line the cue opens. */
const LINE_BREAKS_ONLY = /^[^\S\n]*:?[^\S\n]*\n(?:[^\S\n]*\n){0,2}[^\S\n]*$/;
/** Nothing before a date on its line but a list item's mark. */
const MARK_ONLY = /^[^\S\n]*(?:[-*–—•·▪][^\S\n]*)?$/;

/**
 * "January 12, 2015\n\nDeadline for application packets": a timeline writes each date on a line of
 * its own, above the line that says what it is. A label alone on its line ("Deadline", "Application
 * deadline:") is over the date below it, as a job card lays them out, and neither is a date on the
 * cue's own line.
 */
function dateLineAbove(scan: string, date: DateMention, cueStart: number, after: DateMention | undefined): boolean {
  const cueLine = lineAround(scan, cueStart);
  const rest = scan.slice(cueStart, cueLine.end).replace(/^\S+(?:[^\S\n]+(?:deadline|date))?/i, '');
  return (
    LINE_BREAKS_ONLY.test(scan.slice(date.end, cueStart)) &&
    MARK_ONLY.test(scan.slice(lineAround(scan, date.start).start, date.start)) &&
    /\p{L}{2}/u.test(rest) &&
    (after === undefined || after.start >= cueLine.end)
  );
}

/**
 * The deadline on `date`, its evidence from `start` (its cue's, or its own) to the end of its
 * words and time; a year-less date takes its year from the context, or is reported.
 */
function deadlineOn(
  scan: string,
  date: DateMention,
  start: number,
  cueEnd: number,
  { pageYears, dates }: { pageYears: number[]; dates: DateMention[] },
  wordsEnd = date.end,
): DeadlineFound {
  const span = { start, end: Math.max(date.end, wordsEnd) };
  const written = scan.slice(span.start, span.end);
  const time = findDeadlineTime(scan, cueEnd, date);
  const found = (year: number) => ({
    deadline: {
      value: format({ ...date.date, year }),
      ranges: [{ start: span.start, end: Math.max(span.end, time?.range.end ?? 0) }],
    },
    time: time?.value ?? null,
  });
  if (date.date.year === null) {
    const year = yearFromContext(scan, date.start, date.date, pageYears);
    if (year === null) {
      const restated = sameDayWithYear(dates, date);
      if (restated === null) return { ...NONE, notes: [`The deadline "${written}" has no year.`] };
      return {
        ...found(restated),
        notes: [`The deadline "${written}" has no year; ${restated} is read from the same day written in full.`],
      };
    }
    return {
      ...found(year),
      notes: [
        `The deadline "${written}" has no year; ${year} is read from its sentence, the one before it, or its weekday.`,
      ],
    };
  }
  return { ...found(date.date.year), notes: [] };
}

/**
 * "applications ending on August 9" ... "The application date is August 9, 2022": the page writes
 * the same day again with its year; one year only, or none.
 */
function sameDayWithYear(dates: DateMention[], date: DateMention): number | null {
  const years = new Set(
    dates
      .filter((d) => d.date.year !== null && d.date.month === date.date.month && d.date.day === date.date.day)
      .map((d) => d.date.year!),
  );
  return years.size === 1 ? [...years][0]! : null;
}

/** A range's last day as a date of its own, its year completed from the first day's where written once. */
function rangeEnd(range: DateRangeMention): DateMention {
  const resolved = range.from.year === null && range.to.year === null ? null : resolveRange(range, null);
  const to = resolved ? { ...range.to, year: Number(resolved.end.slice(0, 4)) } : range.to;
  return { start: range.start, end: range.end, date: to };
}
