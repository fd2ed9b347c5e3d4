// What an amount is paid per, as written around it, in the languages postings and trackers use:
// "/hr", "per hour", "hourly", "/Monat", "pro Monat", "par mois", "/月", "p.a.", "jährlich",
// "for the ten weeks", and their abbreviations ("mtl.", "/Mon.", "/Mt.", "mens.", "p.mnd.", "/u",
// "p.j.", "/msc"). "MTL" without its dot is Montréal, not a month. Every pattern is matched at a fixed place or over short text, and has no
// repetition inside a repetition, so reading it is linear.
import type { PayPeriod } from '../application';

const HOUR = 'hours?|hrs?|h|stunden?|std|heures?|horas?|ore|ora|uur|u|timen|timmen?|tim|godzinę|godzina|godz|時間?';
const WEEK = 'weeks?|wks?|w|wochen?|semaines?|semanas?|settimana|tydzień|tydz|週';
// "per calendar month", "pro vollem Kalendermonat": a month counted as the calendar counts it.
const MONTH =
  '(?:(?:full|vollem|vollen)\\s*)?(?:calendar\\s*month|kalendermonat)|months?|mos?|mths?|m|monat|monate|mon|mt|mois|mes(?:es)?|mês|mese|maand|måned(?:en)?|månad(?:en)?|mån|mnd|mies|msc|mc|月';
const YEAR = 'years?|yrs?|y|annum|jahr|an|ans|année|año|ano|anno|jaar|jr|år(?:et)?|rok|roku|年';
// Danish "pr. time" is per hour; an English "per time" or "each time" is no period.
const UNIT = `(${HOUR}|time(?<=\\bpr\\.?\\s*time)|${WEEK}|${MONTH}|${YEAR})(?![a-zà-ÿ])`;
// "p/hr" is "per hour" shortened; "$523 for a 40-hour week" is weekly. Danish, Norwegian and
// Swedish write "pr. måned", "om måneden", "i timen"; Polish "za godzinę".
const PER = `(?:\\bfor\\s+(?:a|an|each|every)\\s+(?:\\d+[- ]hours?[- ])?|\\bp\\s?\\/|\\/|\\bper\\b|\\ban?\\b|\\beach\\b|\\bevery\\b|\\bpro\\b|\\bje\\b|\\bim\\b|\\bpar\\b|\\bpor\\b|\\bal\\b|\\bpr\\.|\\bp\\.\\s?(?=[a-zà-ÿ]{2})|\\bom\\b|\\bi\\b|\\bza\\b)`;
const ADJECTIVE =
  '(hourly|weekly|monthly|annually|yearly|annual|p\\.?\\s?a\\.?|pcm|stündlich|wöchentlich|monatlich|jährlich|mensuel(?:le)?s?|annuel(?:le)?s?|mensual(?:es)?|anual(?:es)?|mensil[ei]|annu[oi]|miesięcznie|rocznie|mensa(?:l|is)|maandelijks|jaarlijks|wekelijks|mtl\\.|monatl\\.|jährl\\.|wöchentl\\.|stündl\\.|stdl\\.|mens\\.|mies\\.)(?![a-zà-ÿ])';

/**
 * The UK's "pw", "p.m.", "ph": per week, month, hour. Only right after an amount, where "£1,800 pm"
 * is a month's pay; elsewhere "pm" is a time of day ("call at 3 pm").
 */
const PER_INITIAL = '(p\\.?\\s?[whmj]\\.?)(?![a-zà-ÿ])';

/** A period written right after the amount: "/hr", " per month", " gross per month", " p.a.", "/ hourly", " pw". */
export const PERIOD_AFTER = new RegExp(
  `^[\\s(,]*(?:[–-][^\\S\\n]+)?(?:(?:gross|net|base|brutto|netto|bruts?|nets?|bruto|neto|before tax(?:es)?|pre-tax|\\+\\s*super(?:annuation)?)[\\s,]*)?(?:${PER}\\s*${UNIT}|(?:\\/\\s*)?${ADJECTIVE}|${PER_INITIAL})`,
  'i',
);

/**
 * A sum for the whole term written right after the amount: "total", "for the 10-week program",
 * "on the successful completion of the internship", "upon completion of about 74 hours", "summer
 * stipends", "given incrementally throughout the 10 weeks".
 */
export const TOTAL_AFTER =
  /^[\s(,]*(?:(?:(?:stipend|award|payment)\s+)?(?:in\s+)?total\b|lump[- ]sum\b|(?:summer|semester|term)\s+stipends?\b|(?:on|upon|at|after)\s+(?:the\s+)?(?:successful\s+)?(?:completion\b|end\s+of\s+(?:the|your|their)\s+(?:internship|program(?:me)?|fellowship|placement|project)\b)|(?:(?:stipend|award|payment)\s+)?(?:(?:paid|given|disbursed|distributed)(?:\s+[a-z]+){0,3}?\s+)?(?:for|over|throughout|to undertake)\s+(?:(?:the|a|an)\s+)?(?:(?:entire|whole|full)\s+)?(?:(?:\d+|[a-z]+)(?:\s*\(\d{1,2}\))?[- ](?:weeks?|months?)\s+)?(?:(?:summer|program(?:me)?|internship|fellowship|term|placement|session|co-?op|duration|period|project)\b|(?:\d+|[a-z]+)[- ]?(?:weeks?|months?)\b))/i;

/**
 * A period word before the amount: "Monthly stipend: ₹50,000", "月給 25万円", "Total: $9,000",
 * "un auxilio mensual de $2.000.000", "monatliche Vergütung von 1.200 €", Portuguese "bolsa mensal de
 * R$ 1.500", Hindi "हर महीने 5,000 रुपये" (every month), Hungarian "havonta nettó 130 000 forint"
 * (monthly), "havi bruttó 150.000 Ft".
 */
export const PERIOD_BEFORE = new RegExp(
  `\\b(hourly|weekly|monthly|annual(?:ly)?|yearly|mensual(?:es)?|mensa(?:l|is)|mensuel(?:le)?s?|monatliche?[nrs]?|mensil[ei]|semanal(?:es)?|anual(?:es)?|annuel(?:le)?s?|jährliche?[nrs]?|havi|havonta|mtl\\.|monatl\\.)(?![a-zà-ÿ])|\\bper (hour|week|month|year|annum)\\b|\\b(total|lump[- ]sum)\\b|(時給|週給|月給|月額|年収|年俸|प्रति ?माह|हर महीने)`,
  'gi',
);

const SLASHED_UNIT = new RegExp(`\\/\\s*${UNIT}`, 'i');

/**
 * The period a pay column's name gives: "Monthly stipend", "Pay per month", "Min pay (hourly)",
 * "Salary/hr", "Stipend (€/month)". A name alone says nothing of a total ("Stipend").
 */
export function periodInHeader(header: string): PayPeriod | null {
  const slashed = SLASHED_UNIT.exec(header);
  return periodBefore(header) ?? (slashed ? periodOf(slashed[1]!) : null);
}

/** A period anywhere in a short text about one amount (a CSV cell): "$11,000, negotiable, per month". */
// Not after a hyphen: "bi-weekly" and "semi-monthly" are periods the app has none for, as "biweekly" is.
const PERIOD_ANYWHERE = new RegExp(`${PER}\\s*${UNIT}|(?<![a-zà-ÿ-])${ADJECTIVE}`, 'i');
/**
 * "£24,000 pro rata": the UK's full-time salary for a year, paid in proportion to the time worked,
 * where no period is written ("£1,500 pro rata per month" is a month). Only in a text about one
 * amount: a posting's "allowance of £3,750 pro-rata for the duration" is no year's pay. Not
 * French's "au prorata" (in proportion) or "prorata temporis".
 */
const PRO_RATA = /(?<![a-zà-ÿ-])(?<!\bau\s)pro[\s-]rata(?![a-zà-ÿ])/i;
const TOTAL_ANYWHERE = /\b(?:total|lump[- ]sum|one[- ]time|stipend)\b/i;

const UNIT_PERIODS: Array<[RegExp, PayPeriod]> = [
  [new RegExp(`^(?:${HOUR}|time|hourly|ph|stündlich|stündl|stdl|時給)$`, 'i'), 'hour'],
  [new RegExp(`^(?:${WEEK}|weekly|pw|wöchentliche?[nrs]?|wöchentl|wekelijks|semanal(?:es)?|週給)$`, 'i'), 'week'],
  [
    new RegExp(
      `^(?:${MONTH}|monthly|pcm|pm|monatliche?[nrs]?|havi|havonta|mtl|monatl|mensuel(?:le)?s?|mens|mensual(?:es)?|mensa(?:l|is)|mensil[ei]|maandelijks|miesięcznie|月給|月額|प्रतिमाह|हरमहीने)$`,
      'i',
    ),
    'month',
  ],
  [
    new RegExp(
      `^(?:${YEAR}|annual(?:ly)?|yearly|pa|pj|jährliche?[nrs]?|jährl|jaarlijks|annuel(?:le)?s?|anual(?:es)?|annu[oi]|年収|年俸)$`,
      'i',
    ),
    'year',
  ],
];

/**
 * A number of hours, weeks, months or years, counted with its unit: "120 horas", "40 hours", "10-week".
 * A period word before it measures it ("Jornada mensual de 120 horas"), not an amount further on.
 */
export const COUNTED_TIME = new RegExp(
  `\\d[\\d.,]*[^\\S\\n]*-?[^\\S\\n]*(?:${HOUR}|${WEEK}|${MONTH}|${YEAR})(?![a-zà-ÿ])`,
  'i',
);

/** The period a unit or adjective names: "hr" and "時給" are hours, "Monat" and "pcm" months. */
export function periodOf(word: string): PayPeriod | null {
  const w = word.replace(/[\s.]/g, '');
  return UNIT_PERIODS.find(([pattern]) => pattern.test(w))?.[1] ?? null;
}

/** The period written right after an amount, and where its words end. */
export function periodAfter(after: string): { period: PayPeriod; length: number } | null {
  const unit = PERIOD_AFTER.exec(after);
  if (unit) {
    const period = periodOf(unit[1] ?? unit[2] ?? unit[3]!);
    if (period) return { period, length: unit[0].length };
  }
  const total = TOTAL_AFTER.exec(after);
  return total ? { period: 'total', length: total[0].length } : null;
}

/** The nearest period word before an amount. */
export function periodBefore(before: string): PayPeriod | null {
  return periodWordBefore(before)?.period ?? null;
}

/** The nearest period word before an amount, and where in `before` it starts and ends. */
export function periodWordBefore(before: string): { period: PayPeriod; start: number; end: number } | null {
  let last: RegExpExecArray | null = null;
  PERIOD_BEFORE.lastIndex = 0;
  for (let m = PERIOD_BEFORE.exec(before); m; m = PERIOD_BEFORE.exec(before)) last = m;
  if (!last) return null;
  const period = last[3] ? 'total' : periodOf(last[1] ?? last[2] ?? last[4]!);
  return period === null ? null : { period, start: last.index, end: last.index + last[0].length };
}

/**
 * Pay stated per day: "日給", "日当" (a day's allowance), "1日 10,000円" (not the 1st of a month,
 * "4月1日"), "10,000円/日", "per day",
 * "/day", "daily", "a day", "pro Tag", "par jour", "por día". The app has no such period
 * (PAY_PERIODS), so such pay must never be read as another one.
 */
const PER_DAY = new RegExp(
  `日給|日当|(?<![\\d月])(?:1|一)\\s*日(?!本)|\\/\\s*日|${PER}\\s*(?:days?|tag|jour|d[ií]a|giorno)(?![a-zà-ÿ])|(?<![a-zà-ÿ-])(?:daily|täglich)(?![a-zà-ÿ])`,
  'i',
);

/** Whether a short text about one amount states it per day (see PER_DAY). */
export function statesPerDay(text: string): boolean {
  return PER_DAY.test(text);
}

/** A period written anywhere in a short text about one amount. */
export function periodIn(text: string): PayPeriod | null {
  const m = PERIOD_ANYWHERE.exec(text);
  if (m) return periodOf(m[1] ?? m[2]!);
  if (TOTAL_ANYWHERE.test(text)) return 'total';
  return PRO_RATA.test(text) ? 'year' : null;
}
