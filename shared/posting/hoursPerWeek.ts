// Hours a week: the working hours a posting states for the job ("(38 h/week)", "20 hours per
// week", "a 35-hour week", "Wochenstunden: 40", "35 heures par semaine", "30 horas semanais"),
// which its pay is converted with (payNormalize.ts). Hours counted over something else ("24 hours a
// day", "400 hours total", "10 hours of training") are not a week's and are never read, and a
// week's hours are read only where the page says they are the job's working time.
import { MAX_HOURS_PER_WEEK } from '../application';
import type { TextRange } from './postingDraft';
import type { Finding } from './finding';
import { lineAround, sentenceAround } from './textSpans';

const NUMBER = String.raw`(?<![\d.,])(\d{1,2}(?:[.,]\d{1,2})?)(?!\d)`;
const HOURS = String.raw`(?:h|hrs?|hours?|std|stunden|heures|horas|uur|ore)\.?`;
/** A number of hours that starts a range (not a year's end: "March 15, 2026 - 40 hours per week"). */
const RANGE_START = String.raw`(?<![\d.,])\d{1,2}(?:[.,]\d{1,2})?`;
/** Between a range's two ends: "10-20", "15/20", "19 and 35", "20 to 25", "20 ou 30", "20 a 30", "20 bis 25". */
const RANGE_MARK = String.raw`(?:[-–—/]|(?:to|and|or|bis|und|oder|et|ou|a|à|e|y|o)(?![\p{L}]))`;
/**
 * "per week", "/wk", "a week", "per work week", "pro Woche", "par semaine", "por semana", "a la
 * semana", "weekly", "semanais"; not "per week day", which counts a day's hours.
 */
const A_WEEK = String.raw`(?:[^\S\n]*(?:\/|per|a|an|each|every|pro|par|por|a[^\S\n]+la|in[^\S\n]+der|alla)[^\S\n]*(?:work[^\S\n]?)?(?:week|wk|woche|semaine|semana|settimana)(?![\p{L}]|[^\S\n]*-?days?(?![\p{L}]))|[^\S\n]+(?:weekly|w[öo]chentlich|hebdomadaires|semanais|semanales|settimanali)(?![\p{L}]))`;
/**
 * Space and an optional hyphen between a number and its unit ("40-hours", "20 - hour"): one way
 * to split a run of space, as two spans of space around an optional hyphen would try every split
 * of a long run, at every number before it.
 */
const GAP = String.raw`[^\S\n]*(?:-[^\S\n]*)?`;
/**
 * A number of hours a week, in one of the ways pages write it: "20 hours per week", "35 working
 * hours/week", "35 hours of work per week", "40-hours per work week", "a 20-hour work week",
 * "40-Stunden-Woche", "20 Wochenstunden", "semaine de 35 heures", and a field's label before its
 * value ("Hours per week: 28", "Wochenstunden: 40").
 */
const HOURS_A_WEEK = new RegExp(
  [
    String.raw`${NUMBER}${GAP}(?:(?:working|work)[^\S\n]+)?${HOURS}(?:[^\S\n]+of[^\S\n]+(?:work|research))?${A_WEEK}`,
    String.raw`${NUMBER}${GAP}(?:hours?|stunden)[- ]?(?:work[- ]?)?(?:week|woche)(?![\p{L}])`,
    String.raw`${NUMBER}[^\S\n]*wochenstunden(?![\p{L}])`,
    String.raw`semaine[^\S\n]+de[^\S\n]+${NUMBER}[^\S\n]*(?:h|heures)(?![\p{L}])`,
    String.raw`(?:(?:working[^\S\n]+|work[^\S\n]+)?hours(?:[^\S\n]+of[^\S\n]+work)?[^\S\n]*(?:per|\/|a)[^\S\n]*week|weekly[^\S\n]+hours|wochenstunden|(?:w[öo]chentliche[^\S\n]+|wochen)arbeitszeit|horas[^\S\n]+semanais|carga[^\S\n]+hor[áa]ria[^\S\n]+semanal|heures[^\S\n]+hebdomadaires|horas[^\S\n]+semanales)[^\S\n]*[:：][^\S\n]*${NUMBER}`,
  ].join('|'),
  'giu',
);

/**
 * Words right before the number that make it a floor, a cap or a range's end: "at least 15",
 * "up to 17", "a maximum of 40", "more than 24", "bis zu 20", "jusqu'à 35", "un límite de 38", "no
 * podrá exceder las 10", "inferiore a 25", "10-20", "between 19 and 35", "20 ou 30". The hours a
 * week are then not one number, and the pay is not converted with any of them: a range's lower end
 * would overstate an hourly rate worked out from a month's pay as much as its upper end would
 * understate it, so a range is left for the student to settle in the editor.
 */
const NOT_ONE_NUMBER_BEFORE = new RegExp(
  String.raw`(?:(?<![\p{L}])(?:at[^\S\n]+least|(?:a[^\S\n]+)?minimum(?:[^\S\n]+of)?|min\.?|up[^\S\n]+to|(?:no|not)[^\S\n]+(?:more|less|fewer)[^\S\n]+than|more[^\S\n]+than|less[^\S\n]+than|fewer[^\S\n]+than|(?:a[^\S\n]+)?maximum(?:[^\S\n]+of)?|max\.?|over|under|exceed(?:ing)?|exceder(?:[^\S\n]+(?:las|los|de))?|(?:inferior|superior)(?:e|es)?[^\S\n]+(?:a|à)|(?:plus|moins|m[áa]s|menos|mais)[^\S\n]+de|(?:mehr|weniger)[^\S\n]+als|[üu]ber|unter|(?:a[^\S\n]+)?limit[^\S\n]+of|between|bis[^\S\n]+zu|mindestens|maximal|h[öo]chstens|zwischen|jusqu['’][àa]|au[^\S\n]+(?:moins|plus)|entre|hasta|at[ée]|m[íi]nimo(?:[^\S\n]+de)?|m[áa]ximo(?:[^\S\n]+de)?|(?:un[^\S\n]+)?l[íi]mite[^\S\n]+de|(?:pelo|al|por[^\S\n]+lo)[^\S\n]+menos)[^\S\n]*(?:(?:about|approximately|around|roughly|ca\.|circa|etwa|environ)[^\S\n]+)?|${RANGE_START}[^\S\n]*(?:${HOURS})?[^\S\n]*${RANGE_MARK}[^\S\n]*|[≤≥<>][^\S\n]*)\(?$`,
  'iu',
);
/** "10-20" after a field's label, "20 ou 30 horas": the number is a range's start. */
const RANGE_AFTER = new RegExp(String.raw`^[^\S\n]*(?:${HOURS})?[^\S\n]*${RANGE_MARK}[^\S\n]*\d`, 'iu');
/**
 * "20 hours per week or more", "40 hours a week max", "15 Stunden pro Woche oder mehr", "20 heures
 * par semaine au maximum", "20 Stunden pro Woche höchstens", "20 horas semanais no máximo", and a
 * second number ("20 hours per week, or 40 in summer").
 */
const NOT_ONE_NUMBER_AFTER =
  /^[^\S\n]*[(,]?[^\S\n]*(?:(?:or|oder|ou|o)[^\S\n]+(?:more|less|fewer|above|over|mehr|weniger|plus|más|mais|menos|\d)|(?:(?:au|al|no|como|at)[^\S\n]+)?(?:minimum|maximum|m[áa]ximo|m[íi]nimo|massimo|minimo)|max\b|min\b|h[öo]chstens|mindestens|maximal|at[^\S\n]+(?:most|least))/iu;

/** What the job's working time is spent on: "35 hours per week of work", "20 horas semanais de estágio". */
const WORK = String.raw`(?:work|research|internship|placement|travail|stage|trabajo|trabalho|est[áa]gio|pr[áa]cticas|dedicaci[óo]n|dedica[çc][ãa]o|lavoro|tirocinio|arbeit|praktikum)(?![\p{L}])`;
/**
 * Hours a week of something else, said right after them: "1 hour per week of one-to-one
 * mentoring", "2 hours a week of language classes", "4 h par semaine de cours de français".
 */
const OF_SOMETHING_ELSE = new RegExp(
  String.raw`^[^\S\n]*(?:of|de|d['’]|di|an|für)[^\S\n]*(?![\p{L}-]+[^\S\n]+${WORK}|${WORK})\p{L}|^[^\S\n]+(?:unterricht|sprachkurs|schulung|kurs)`,
  'iu',
);
/** A label of the job's hours: "Working hours", "Work schedule", "Wochenarbeitszeit", "Jornada". */
const HOURS_LABEL = String.raw`^[^\S\n]*(?:[•*·▪-][^\S\n]*)?(?:(?:(?:weekly|normal|regular|standard)[^\S\n]+)?(?:(?:work(?:ing)?|office)[^\S\n]+)?(?:hours|time|schedule)(?:[^\S\n]+(?:per|a|\/)[^\S\n]*week)?|time[^\S\n]+commitment|commitment|workload|(?:w[öo]chentliche[^\S\n]+|wochen)?arbeitszeit|wochenstunden|temps[^\S\n]+de[^\S\n]+travail(?:[^\S\n]+hebdomadaire)?|dur[ée]e[^\S\n]+(?:hebdomadaire[^\S\n]+)?du[^\S\n]+travail|horaires?|jornada(?:[^\S\n]+\p{L}+)?|carga[^\S\n]+hor[áa]ria(?:[^\S\n]+semanal)?|hor[áa]rio|dedicaci[óo]n|orario(?:[^\S\n]+di[^\S\n]+lavoro)?|(?:horas|ore)[^\S\n]+(?:semanais|semanales|settimanali))`;
/** The label opening the sentence, the hours in its value: "Work schedule: Monday - Friday, 40 hours". */
const HOURS_FIELD = new RegExp(String.raw`${HOURS_LABEL}[^\S\n]*(?:[:：]|[^\S\n][-–—][^\S\n])[^\n]*$`, 'iu');
/** The label alone on the line above the hours' line. */
const HOURS_HEADING = new RegExp(String.raw`${HOURS_LABEL}[^\S\n]*[:：]?[^\S\n]*$`, 'iu');
/** Only a bullet before the hours: a line of the posting's own terms ("• 10 hours of work per week"). */
const LINE_OPENING = /^[^\S\n]*(?:[•*·▪◦–—-][^\S\n]*)?$/u;
/** The job's kind right before a parenthesis the hours open: "full-time (38 h/week)", "Vollzeitpraktikum (39 Stunden/Woche)". */
const KIND_THEN_PARENTHESIS = new RegExp(
  String.raw`(?:(?:full|part)[- ]?time(?:[^\S\n]+(?:hours|basis))?|position|role|job|internship|placement|\p{L}{0,30}praktikum|vollzeit|teilzeit|stage|est[áa]gio|pr[áa]cticas|tirocinio|temps[^\S\n]+(?:plein|partiel)|tiempo[^\S\n]+(?:completo|parcial)|(?:tempo|per[íi]odo)[^\S\n]+(?:integral|parcial|pieno)|meio[^\S\n]+per[íi]odo)[^\S\n]*,?[^\S\n]*\([^\S\n]*$`,
  'iu',
);
/**
 * Who or what a sentence says works the hours, when it is the job: "The internship is 20 hours per
 * week", "Interns work 35 hours a week", "You will work full-time", "die Arbeitszeit beträgt".
 */
const THE_JOB = new RegExp(
  String.raw`(?<![\p{L}])(?:internships?|interns?|traineeships?|apprentices?|apprenticeships?|positions?|roles?|jobs?|placements?|program(?:me)?s?|fellowships?|fellows?|trainees?|scholars?|participants?|students?|you|time[^\S\n]+commitment|work(?:ing)?[^\S\n]+hours|(?:work[^\S\n]+)?schedule|workload|stagiaires?|stage|\p{L}{0,30}praktikum|praktikant\p{L}*|arbeitszeit|temps[^\S\n]+de[^\S\n]+travail|pasant[ií]as?|pr[áa]cticas|practicantes?|puesto|jornada|est[áa]gio|estagi[áa]ri[oa]s?|carga[^\S\n]+hor[áa]ria|tirocini[oi]|tirocinant[ei])(?![\p{L}])`,
  'giu',
);
/**
 * After the job's words, someone else whose hours they are ("Interns support our staff, who
 * work 40 hours", "Student visa holders"), or hours the job may or can work, which are a cap.
 */
const NOT_THE_JOB_AFTER =
  /(?<![\p{L}])(?:staff|employees|colleagues|holders|workers|faculty|mentors?|supervisors?|personnel|mitarbeiter\p{L}*|beschäftigte\p{L}*|salariés|empleados|funcion[áa]rios|dipendenti|may|can|could|allowed|permitted|eligible|ability|dürfen|darf|peuvent|peut|pueden|puede|podem|pode|possono|può)(?![\p{L}])/iu;
/** How far back a sentence or a field's label is looked for. */
const REACH = 200;

/**
 * Whether the hours from `start` to `end` are the job's working time: in the pay's own sentence, in a
 * field of the job's hours, opening a line of their own, in a parenthesis after the job's kind, or
 * in a sentence about the job or those doing it; never hours of something else the job includes
 * (mentoring, classes, volunteering), nor other people's hours (staff, visa holders).
 */
function isJobsWorkingTime(scan: string, start: number, end: number, pay: TextRange[]): boolean {
  if (OF_SOMETHING_ELSE.test(scan.slice(end, end + 60))) return false;
  const sentence = sentenceAround(scan, start);
  if (pay.some((range) => range.start < sentence.end && range.end > sentence.start)) return true;
  const lineStart = lineAround(scan, start).start;
  const line = scan.slice(Math.max(lineStart, start - REACH), start);
  if (LINE_OPENING.test(line) || KIND_THEN_PARENTHESIS.test(line)) return true;
  if (
    lineStart > 0 &&
    HOURS_HEADING.test(scan.slice(Math.max(lineAround(scan, lineStart - 1).start, lineStart - REACH), lineStart - 1))
  )
    return true;
  const before = scan.slice(Math.max(sentence.start, start - REACH), start);
  // A field's label may be the match itself ("Wochenstunden: 40").
  if (HOURS_FIELD.test(before + scan.slice(start, end))) return true;
  const job = [...before.matchAll(THE_JOB)].at(-1);
  return job !== undefined && !NOT_THE_JOB_AFTER.test(before.slice(job.index + job[0].length));
}

/**
 * The hours a week the page states for the job, `pay` being where its pay is: one number, said
 * once or more, wherever the page says they are the job's working time. None when the page
 * states none, or states them as a range, a floor or a cap, or gives two different numbers
 * ("10 hours/week Fall/Spring and 20 hours/week in Summer", a full-time and a part-time option):
 * which one the pay is for is the student's to say.
 */
export function findHoursPerWeek(scan: string, pay: TextRange[]): Finding<number> | null {
  let found: Finding<number> | null = null;
  for (const m of scan.matchAll(HOURS_A_WEEK)) {
    const written = m.slice(1).find((group) => group !== undefined)!;
    const hours = Number(written.replace(',', '.'));
    const at = m.index + m[0].indexOf(written);
    if (!isJobsWorkingTime(scan, m.index, m.index + m[0].length, pay)) continue;
    const before = scan.slice(Math.max(0, at - 40), at);
    const after = scan.slice(m.index + m[0].length, m.index + m[0].length + 20);
    const rest = scan.slice(at + written.length, at + written.length + 20);
    if (NOT_ONE_NUMBER_BEFORE.test(before) || RANGE_AFTER.test(rest) || NOT_ONE_NUMBER_AFTER.test(after)) return null;
    if (hours <= 0 || hours > MAX_HOURS_PER_WEEK || (found && found.value !== hours)) return null;
    found ??= { value: hours, ranges: [{ start: m.index, end: m.index + m[0].length }] };
  }
  return found;
}
