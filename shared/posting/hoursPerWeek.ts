// Hours a week: the working hours a posting states for the job ("(38 h/week)", "20 hours per
// week", "a 35-hour week", "Wochenstunden: 40", "35 heures par semaine", "30 horas semanais"),
// which its pay is converted with (payNormalize.ts). Hours counted over something else ("24 hours a
// day", "400 hours total", "10 hours of training") are not a week's and are never read.
import { MAX_HOURS_PER_WEEK } from '../application';
import type { Finding } from './finding';

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
    String.raw`(?:(?:working[^\S\n]+|work[^\S\n]+)?hours(?:[^\S\n]+of[^\S\n]+work)?[^\S\n]*(?:per|\/|a)[^\S\n]*week|weekly[^\S\n]+hours|wochenstunden|w[öo]chentliche[^\S\n]+arbeitszeit|horas[^\S\n]+semanais|carga[^\S\n]+hor[áa]ria[^\S\n]+semanal|heures[^\S\n]+hebdomadaires|horas[^\S\n]+semanales)[^\S\n]*[:：][^\S\n]*${NUMBER}`,
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

/**
 * The hours a week the page states for the job: one number, said once or more. None when the page
 * states none, or states them as a range, a floor or a cap, or gives two different numbers
 * ("10 hours/week Fall/Spring and 20 hours/week in Summer", a full-time and a part-time option):
 * which one the pay is for is the student's to say.
 */
export function findHoursPerWeek(scan: string): Finding<number> | null {
  let found: Finding<number> | null = null;
  for (const m of scan.matchAll(HOURS_A_WEEK)) {
    const written = m.slice(1).find((group) => group !== undefined)!;
    const hours = Number(written.replace(',', '.'));
    const at = m.index + m[0].indexOf(written);
    const before = scan.slice(Math.max(0, at - 40), at);
    const after = scan.slice(m.index + m[0].length, m.index + m[0].length + 20);
    const rest = scan.slice(at + written.length, at + written.length + 20);
    if (NOT_ONE_NUMBER_BEFORE.test(before) || RANGE_AFTER.test(rest) || NOT_ONE_NUMBER_AFTER.test(after)) return null;
    if (hours <= 0 || hours > MAX_HOURS_PER_WEEK || (found && found.value !== hours)) return null;
    found ??= { value: hours, ranges: [{ start: m.index, end: m.index + m[0].length }] };
  }
  return found;
}
