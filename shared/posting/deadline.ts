// The application deadline: a full date after wording that announces one ("Apply by",
// "Applications close", "Deadline:"), with the time written beside it. Posting dates ("Posted
// on", "3 days ago") never qualify, and a deadline without a year is reported rather than guessed.
import type { CalendarDate } from '../calendarDate';
import { format, yearFromContext, type DateMention } from './dateMentions';
import { findDeadlineTime, type DeadlineTime } from './deadlineTime';
import type { Finding } from './finding';
import { sentenceAround } from './textSpans';

const DEADLINE_CUE = new RegExp(
  [
    'apply (?:by|before|no later than|until)',
    // "Applications for this job will be accepted at least until December 15, 2026".
    'applications?(?: for (?:this|the) (?:job|position|role|program(?:me)?))? (?:deadline|due|close[sd]?|closing|(?:are |is )?due|will close|must be (?:submitted|received)(?: by| before| no later than)?|(?:are |will be |is )?(?:accepted|received|taken) (?:at least )?(?:until|through|till)|(?:are )?open (?:at least )?until|(?:are )?reviewed on a rolling basis until)',
    // "Opportunities are open until 15 December 2019".
    '(?:are|is|remains?) open (?:until|till|through)',
    'deadlines?(?: to apply| for applications)?',
    'closing date',
    '(?:posting|job|position|listing) closes(?: on)?',
    // "Closes on Friday, January 2, 2026", "Applications ... open on November 1 and close on February 1".
    'closes on',
    '(?:and|will) close[sd]?(?: on)?',
    'submit (?:your |all )?(?:application|materials|resume|cv)?s?\\s*(?:by|before|no later than)',
    '(?:due|last) date(?: to apply| for applications)?',
    'last day to apply',
    'time left to apply(?:\\s+end date)?',
    'accepting applications (?:until|through)',
    // "A cover letter and CV should be sent ... no later than 31st May 2019": only beside an application.
    'no later than',
    // German, French, Spanish and Dutch pages: "Bewerbungsfrist: 15.01.2027", "Date limite de
    // candidature : 15 janvier 2027", "Fecha límite de postulación", "Sluitingsdatum".
    'bewerbungs(?:frist|schluss)',
    'einsendeschluss',
    'date limite(?: de (?:candidature|dépôt|depot|réception|reception)s?(?: des (?:candidatures|dossiers))?)?',
    'fecha l[ií]mite(?: de (?:postulaci[oó]n|inscripci[oó]n|solicitud|aplicaci[oó]n|presentaci[oó]n))?',
    'plazo de (?:postulaci[oó]n|inscripci[oó]n|solicitud|presentaci[oó]n)',
    'sluitingsdatum',
  ]
    .map((cue) => `\\b${cue}\\b`)
    .join('|'),
  'gi',
);

const APPLYING = /\b(?:appl(?:y|ications?)|cv|r[ée]sum[ée]s?|cover letters?|submi(?:t|tted|ssions?))\b/i;

function sentenceText(scan: string, at: number): string {
  const sentence = sentenceAround(scan, at);
  return scan.slice(sentence.start, sentence.end);
}

/** How far after its cue a deadline's date may be ("Apply by 11:59 p.m. Pacific on ..."). */
const REACH = 80;

interface DeadlineFound {
  deadline: Finding<CalendarDate> | null;
  /** The time of day written beside the date, if any. */
  time: DeadlineTime | null;
  notes: string[];
}

const NONE: DeadlineFound = { deadline: null, time: null, notes: [] };

export function findDeadline(scan: string, dates: DateMention[], pageYears: number[] = []): DeadlineFound {
  DEADLINE_CUE.lastIndex = 0;
  let next = 0;
  for (let m = DEADLINE_CUE.exec(scan); m; m = DEADLINE_CUE.exec(scan)) {
    const cueEnd = m.index + m[0].length;
    if (/^no later than$/i.test(m[0]) && !APPLYING.test(sentenceText(scan, m.index))) continue;
    // Cues come in text order, so the first date after each one is found by moving forward.
    while (next < dates.length && dates[next]!.start < cueEnd) next++;
    const date = dates[next];
    if (!date || date.start - cueEnd > REACH) continue;
    // A label may sit on its own line above the date; otherwise the date is on the cue's line.
    const gap = scan.slice(cueEnd, date.start);
    if (gap.includes('\n') && !/^[\s:–-]*$/.test(gap)) continue;
    const range = { start: m.index, end: date.end };
    const written = scan.slice(range.start, range.end);
    const time = findDeadlineTime(scan, cueEnd, date);
    const found = (year: number) => ({
      deadline: {
        value: format({ ...date.date, year }),
        ranges: [{ start: range.start, end: Math.max(range.end, time?.range.end ?? 0) }],
      },
      time: time?.value ?? null,
    });
    if (date.date.year === null) {
      const year = yearFromContext(scan, date.start, date.date, pageYears);
      if (year === null) return { ...NONE, notes: [`The deadline "${written}" has no year.`] };
      return {
        ...found(year),
        notes: [`The deadline "${written}" has no year; ${year} is read from its sentence or its weekday.`],
      };
    }
    return { ...found(date.date.year), notes: [] };
  }
  return NONE;
}
