// How long the job lasts, in weeks: "12 weeks", "12-week", "twelve weeks", "3 months", "a one
// year contract", "3 mois", "6 mesi". Months convert at 52/12 weeks each, rounded (3 months -> 13 weeks),
// and years at 52, the conventions pay normalisation uses. A range ("10 to 12 weeks", "between 10
// and 12 weeks") is not a single length: no duration, and a note. Nor is a week: no internship is
// that short, so it is part of one ("about one week in each community").
import { LIMITS } from '../application';
import { MONTHS_PER_YEAR, WEEKS_PER_YEAR } from '../payNormalize';
import type { Finding } from './finding';
import { matchesOnLinesWith, sentenceAround } from './textSpans';
import { HOME, SHARE } from './workMode';

const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  eighteen: 18,
  twenty: 20,
  'twenty-four': 24,
  // "sechs Monate", "quatre mois", "tres meses", "dieci settimane": the lengths the units abroad are read in.
  zwei: 2,
  drei: 3,
  vier: 4,
  fünf: 5,
  sechs: 6,
  sieben: 7,
  acht: 8,
  neun: 9,
  zehn: 10,
  elf: 11,
  zwölf: 12,
  deux: 2,
  trois: 3,
  quatre: 4,
  cinq: 5,
  sept: 7,
  huit: 8,
  neuf: 9,
  dix: 10,
  douze: 12,
  dos: 2,
  tres: 3,
  cuatro: 4,
  cinco: 5,
  seis: 6,
  siete: 7,
  ocho: 8,
  nueve: 9,
  diez: 10,
  doce: 12,
  due: 2,
  tre: 3,
  quattro: 4,
  cinque: 5,
  sei: 6,
  sette: 7,
  otto: 8,
  nove: 9,
  dieci: 10,
  dodici: 12,
};
const COUNT = `(\\d{1,2}|${Object.keys(NUMBER_WORDS)
  .sort((a, b) => b.length - a.length)
  .join('|')})`;
// The space after a hyphen ("12 - week") is a run of its own only after the hyphen, so a long run
// of space after a number is not tried split at every point.
const DURATION = new RegExp(
  `(?:\\b|(?<=[a-z])(?=\\d))${COUNT}(?:[^\\S\\n]*\\(\\d{1,2}\\))?(?:[^\\S\\n]*(?:-[^\\S\\n]*to|-|–|to|or|and|bis|à|a)[^\\S\\n]*${COUNT})?[^\\S\\n]*(?:-[^\\S\\n]*)?(?:(?:consecutive|full|calendar)[^\\S\\n]+)?(weeks?|wks?|months?|years?|semaines?|wochen|mois|monaten?|meses|semanas|mes[ei]|settimane)\\b`,
  'gi',
);
/** What every length has, its unit; a length stays on its line, so only lines with one are searched. */
const UNIT = /week|wk|month|year|semaine|wochen|mois|monat|mes[ei]|semanas|settimane/gi;

/** A sentence about how applications are handled: its lengths are the hiring's, not the job's. */
const APPLICATIONS_REVIEWED =
  /\bapplications?\b[^.\n]{0,60}\b(?:(?:be|been|is|are)[^\S\n]+(?:\w+[^\S\n]+)?(?:reviewed|considered|processed|acknowledged)|review(?:ed)?[^\S\n]+(?:further|within))\b|\b(?:review|acknowledge|process)[^\S\n]+(?:your|all|the)[^\S\n]+applications?\b/i;
/** Inside an example: "(e.g., 5 days a week for 10 weeks)", "for example, a 6-month project". */
const EXAMPLE_BEFORE = /(?:\be\.g\.|\bfor (?:example|instance)\b)[^()\n]{0,50}$/i;
/** The length is about the job when its sentence is about the job. */
const ABOUT_THE_JOB =
  /\b(?:intern(?:ship)?s?|co-?op|program(?:me)?s?|terms?|placements?|periods?|stages?|praktikums?|tirocini[oa]?|duration|length|summer|fall|winter|spring|contract|position|role|fellowship|assignment|project|paid|dates?|runs?|lasts?|lasting|long|stipends?|participa(?:nts?|ting|tion)|work(?:ing)?|spend(?:s|ing)?|commitments?|dauert?|dur[eé]e|dure|pr[aá]cticas|duraci[oó]n|duran?|durata)\b/i;
/**
 * "Join our platform team for 12 weeks": an invitation to the job, for its length, whatever the
 * sentence calls the job.
 */
const JOINING_FOR = /\bjoin(?:s|ing)?\b[^.!?\n]{0,60}\bfor[^\S\n]+(?:an?[^\S\n]+|the[^\S\n]+)?$/i;
/**
 * "within 2 weeks", "6 months ago", "2 weeks of PTO", "every 2 weeks", "in any 4-week period",
 * "3 months of experience"; comparisons abroad too: "länger als 6 Wochen", "plus de 2 mois", "más de 3 meses", "meer dan".
 */
const NOT_BEFORE =
  /(?:\b(?:within|every|after|before|per|each|(?:in|over|across|during)\s+any|(?<=\b(?:the|these|those)\s+)last|past|first|next|prior|than)|\b(?:länger|mehr|weniger|kürzer)\s+als|\b(?:plus|moins)\s+de|\b(?:más|menos)\s+de|\b(?:meer|minder|langer)\s+dan)\s*$/i;
/**
 * "Up to 50% of time can be spent working from home over a 4-week period", "50 per cent of time
 * split between the office and home over a 4-week period": the window a share of the time at home
 * or in the office is counted over (hybrid terms), not the job's length. The share, the place and
 * the window in one clause, as the work mode reads a share tied to its place; "a 100% remote
 * internship over a 12-week period" and "50% of time in the office, over a 10-week period" are lengths.
 */
const PLACE = `(?:${HOME}|office|on-?site|in[- ]person)`;
const SHARE_AT_A_PLACE_OVER = new RegExp(
  `(?:\\b${SHARE}\\b[^,;.!?\\n]{0,60}?\\b${PLACE}|\\b${PLACE}\\b[^,;.!?\\n]{0,40}?\\b${SHARE})\\b[^,;.!?\\n]{0,30}?\\b(?:over|across)[^\\S\\n]+an?[^\\S\\n]+$`,
  'i',
);
/**
 * Floors and caps ("a minimum of 12 weeks", "not less than 3 months", "a maximum duration of 2
 * months", "is over four months", "mindestens drei Monate", "au moins deux mois", "como mínimo tres
 * meses") are no length.
 */
const BOUND_BEFORE =
  /\b(?:least|(?:not|no) (?:less|shorter) than|up to|(?:is|are|be)\s+(?:over|under)|at most|limited to(?: a period of)?|not (?:to )?exceed|(?:minimum|maximum|max|min)\.?(?:\s+(?:duration|length|period))?(?:\s+of)?|mindestens|höchstens|maximal|bis zu|au moins|au plus|au maximum|como m[ií]nimo|como m[aá]ximo|al menos|almeno|al massimo)\s*$/i;
/** "4 weeks (120 hours) or more in length", "8 weeks minimum": a floor written after the length. */
const BOUND_AFTER =
  /^[^\S\n]*(?:\([^()\n]{0,30}\)[^\S\n]*)?(?:or[^\S\n]+(?:more|longer)|minimum|at[^\S\n]+(?:the[^\S\n]+)?(?:least|minimum))\b/i;
/**
 * "The minimum duration of an internship is six months", "una duración máxima de cinco meses",
 * "Die maximale Dauer beträgt drei Monate": the bound named earlier in the clause.
 */
const BOUND_IN_CLAUSE =
  /(?:\b(?:minimum|maximum)\s+(?:duration|length|period|term)|\b(?:duraci[oó]n|dur[eé]e|durata)\s+(?:m[aá]xima|m[ií]nima|maximale|minimale|massima|minima)|\b(?:maximale|minimale)\s+Dauer|\b(?:Mindest|Höchst)dauer)\b[^.,;\n]{0,50}$/i;
/**
 * "6 months ago", "2 weeks of PTO", "3 months of experience", "a 2 week training program for the
 * interns", "a 2 week rota": a time before or beside the job, a part given inside it, or the cycle
 * its shifts repeat in, not its length.
 */
const NOT_AFTER =
  /^\s*(?:ago|of (?:january|february|march|april|may|june|july|august|september|october|november|december)\b|of (?:[\w-]+ )?(?:pto|vacation|paid time off|leave|notice|holidays?|parental|experience|training|onboarding)|(?:training|orientation|induction)[^\S\n]+(?:program(?:me)?|course|session|workshop)s?|notice|in advance|prior|before|after|later|rotas?|from\s+(?:now|today|the\s+(?:closing\s+)?date|receipt|the\s+offer)|old|experience)\b/i;
/** After "12-week": the noun the length belongs to, a few words on, when it is the job's. */
const OF_THE_JOB_AFTER =
  /^(?:[^\S\n]*[,.;:)]|[^\S\n]*$|(?:[^\S\n]+[\w’'-]+){0,3}?[^\S\n]+(?:intern(?:ship)?s?|program(?:me)?s?|positions?|placements?|terms?|co-?ops?|contracts?|fellowships?|assignments?|projects?|sessions?|roles?|jobs?|experiences?|periods?|commitments?|courses?|residenc(?:y|ies)|opportunit(?:y|ies)|stints?|cycles?|rotations?|training|apprenticeships?|traineeships?|schemes?|summers?|springs?|autumns?|winters?|employment|work|research|immersion)\b)/i;
/** "lasts at least 1 year", "a duration of up to 2 years": the bounded years are the job's. */
const LENGTH_VERB_BEFORE = /\b(?:lasts?|lasting|runs?|duration|length)\b[^.\n]{0,20}$/i;
const YEAR_OF_THE_JOB =
  /^[^\S\n]*,?(?:[^\S\n]+(?:paid|full-time|fixed-term))?,?[^\S\n]+(?:contract|placement|internship|traineeship|fellowship|appointment|assignment|position|secondment|program(?:me)?)s?\b/i;
/**
 * "A double work term is 8 months": what such a term is in general (its subject has "a"), not
 * this job's length. Read on the clause before the length.
 */
const DEFINITION_BEFORE =
  /^[^\S\n]*an?[^\S\n]+(?:[\w-]+[^\S\n]+){0,3}?(?:is|are|lasts?|means)[^\S\n]+(?:(?:typically|usually|generally|about|approximately|around)[^\S\n]+)?$/i;
/** "The average length of the internship is about twelve weeks": how long interns have stayed, not this job's length. */
const AVERAGE_BEFORE = /\baverage[^\S\n]+(?:length|duration)\b/i;

/** The clause before `start`, back to the sentence's start or the last stop or line break (at most 120 characters). */
function clauseBefore(scan: string, from: number, start: number): string {
  const lead = scan.slice(Math.max(from, start - 120), start);
  const cut = Math.max(
    lead.lastIndexOf('.'),
    lead.lastIndexOf('!'),
    lead.lastIndexOf('?'),
    lead.lastIndexOf(':'),
    lead.lastIndexOf('\n'),
  );
  return lead.slice(cut + 1);
}
/** "6 to 12 months", "from six months to one year": a range, its upper end in figures or in words. */
const RANGE_AFTER =
  /^[^\S\n]*(?:to|-|–|—|and|or|bis|à)[^\S\n]*(?:\d|(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[^\S\n]+(?:weeks?|months?|years?)\b)/i;
/**
 * "between twelve (12) and twenty-four (24 weeks)": the upper end of a range whose lower end was
 * written apart from it, with no unit of its own.
 */
const RANGE_BEFORE = /\bbetween[^\S\n]+[^.\n]{0,40}?[^\S\n](?:and|to)[^\S\n]+[^\s\d.]{0,16}[^\S\n]*\(?[^\S\n]*$/i;
const LABELLED =
  /\b(?:how long|(?:duration|length)(?: of (?:the |this )?(?:internship|program(?:me)?|placement|traineeship|contract))?(?: (?:is|will be))?|term length|program length|internship length|contract(?: length| duration| term)?|period of (?:placements?|internships?)|schedule|total weeks|durée(?: initiale| du stage| de la mission)?|dauer|duración)\s*[:–-]?\s*\(?\s*$/i;

const WEEKS_PER_MONTH = WEEKS_PER_YEAR / MONTHS_PER_YEAR;

/** How close after the first length another one makes a choice of lengths (characters). */
const NEARBY = 400;

export function findDuration(scan: string): { duration: Finding<number> | null; notes: string[] } {
  let first: {
    value: number | null;
    start: number;
    end: number;
    sentence: number;
    labelled: boolean;
    written: string;
    unit: string;
  } | null = null;
  /** Another length of the job close after the first: the page offers a choice. */
  let several: { written: string } | null = null;
  let oneWeek: { start: number; written: string; unit: string } | null = null;
  /** A length longer than the form accepts (two years): a scheme's lifetime, not an internship's. */
  let tooLong: string | null = null;
  /** Sentences that give a floor or a cap: a length beside one is a recommendation, not the length. */
  const bounded = new Set<number>();
  /** The first length written as a floor or a cap ("a minimum of 12 weeks"), for the note. */
  let bound: string | null = null;
  for (const m of matchesOnLinesWith(UNIT, DURATION, scan)) {
    const start = m.index;
    const end = start + m[0].length;
    const before = scan.slice(Math.max(0, start - 32), start);
    const sentence = sentenceAround(scan, start);
    // A bound named earlier in the clause makes this the job's length bounded: no later length stands in.
    if (BOUND_IN_CLAUSE.test(scan.slice(Math.max(0, start - 60), start))) bounded.add(sentence.start);
    if (BOUND_BEFORE.test(before) || BOUND_AFTER.test(scan.slice(end, end + 48))) {
      // "unemployed for a minimum of 1 year": a bound on the applicant's years, not on the job.
      if (!/^y/i.test(m[3]!) || YEAR_OF_THE_JOB.test(scan.slice(end, end + 40)) || LENGTH_VERB_BEFORE.test(before)) {
        bounded.add(sentence.start);
        bound ??= m[0];
      }
      continue;
    }
    if (NOT_BEFORE.test(before) || NOT_AFTER.test(scan.slice(end, end + 40))) continue;
    if (SHARE_AT_A_PLACE_OVER.test(scan.slice(sentence.start, start))) continue;
    const sentenceText = scan.slice(sentence.start, sentence.end);
    // "a minimum of 400 hours (e.g., 8 hours a day, 5 days a week for 10 weeks)": an example of a bound.
    if (EXAMPLE_BEFORE.test(scan.slice(Math.max(0, start - 60), start))) continue;
    const clause = clauseBefore(scan, sentence.start, start);
    if (DEFINITION_BEFORE.test(clause) || AVERAGE_BEFORE.test(clause)) continue;
    // "Applications will not be reviewed further after this two week period": the hiring's time.
    if (APPLICATIONS_REVIEWED.test(sentenceText)) continue;
    // "from 1 month to 11 months": a range with its unit written twice.
    const rangeGoesOn =
      m[2] === undefined &&
      (RANGE_AFTER.test(scan.slice(end, end + 20)) || RANGE_BEFORE.test(scan.slice(Math.max(0, start - 64), start)));
    // A labelled length ("Duration: 6 months", "Training Duration6 months" glued by a copied table) is the job's.
    const labelled = LABELLED.test(before);
    // "a 6-month Junior Patron membership": a length written before a noun is that noun's.
    if (!labelled && /-[^\S\n]*\S+$/.test(m[0]) && !OF_THE_JOB_AFTER.test(scan.slice(end, end + 40))) continue;
    if (!labelled && !ABOUT_THE_JOB.test(sentenceText) && !JOINING_FOR.test(clauseBefore(scan, sentence.start, start)))
      continue;
    const unit = m[3]!.toLowerCase();
    // "two years of study", "a four-year program" are the applicant's studies: a year is the
    // job's only labelled, or right before a word of employment ("a one year contract").
    const years = /^y/.test(unit);
    if (years && !labelled && !YEAR_OF_THE_JOB.test(scan.slice(end, end + 40))) continue;
    const perUnit = /^m/.test(unit) ? WEEKS_PER_MONTH : years ? WEEKS_PER_YEAR : 1;
    const weeks = (count: string) => Math.round((NUMBER_WORDS[count.toLowerCase()] ?? Number(count)) * perUnit);
    const value = m[2] === undefined && !rangeGoesOn ? weeks(m[1]!) : null;
    // "a 3 year program (2018-20)": longer than an application may last, so the life of the scheme
    // the internships belong to; the form would refuse it. Later lengths may still be the job's.
    if (value !== null && value > LIMITS.durationWeeks.max) {
      tooLong ??= m[0];
      continue;
    }
    const candidate = { value, start, end, sentence: sentence.start, labelled, written: m[0], unit: unit.charAt(0) };
    // A week is part of a job, never all of it, but a one-week session beside a two-week one
    // ("a one-week first session and a two week long second session") makes a choice of lengths.
    if (value !== null && value < 2) {
      if (OF_THE_JOB_AFTER.test(scan.slice(end, end + 40))) oneWeek ??= candidate;
      continue;
    }
    if (candidate.labelled) {
      first = candidate;
      several = null;
      break;
    }
    // "$3,000 for a 4-week internship, $3,750 for a 5-week internship": lengths to choose from.
    // In other units it is more likely a comparison ("ten weeks ... like a three-month rotation").
    if (first && !several && value !== first.value && unit.charAt(0) === first.unit && start - first.end < NEARBY)
      several = candidate;
    first ??= candidate;
  }
  const tooLongNote = tooLong
    ? [
        `The page gives a length of "${tooLong}", longer than the two years an application may last, so it was not taken.`,
      ]
    : [];
  // "a minimum of 12 weeks": the page bounds the length rather than stating it.
  const boundNote =
    bound && (!first || bounded.has(first.sentence))
      ? [`The length "${bound}" is a floor or a cap, not the length, so no duration was taken.`]
      : [];
  if (!first || bounded.has(first.sentence)) return { duration: null, notes: [...tooLongNote, ...boundNote] };
  if (!several && oneWeek && oneWeek.unit === first.unit && Math.abs(oneWeek.start - first.start) < NEARBY)
    several = oneWeek;
  if (several)
    return {
      duration: null,
      notes: [
        `The page gives several lengths ("${first.written}", "${several.written}"), so no single duration was taken.`,
      ],
    };
  if (first.value === null)
    return {
      duration: null,
      notes: [`The length is given as a range ("${first.written}"), so no single duration was taken.`],
    };
  return { duration: { value: first.value, ranges: [{ start: first.start, end: first.end }] }, notes: [] };
}
