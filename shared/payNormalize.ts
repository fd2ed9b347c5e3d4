// Pay normalisation under one documented convention, so offers paid by the hour, month or
// programme can be compared side by side.
import type { Application, Cohort, HousingPeriod, Pay, PayPeriod } from './application';
import { calendarDaysBetween, type CalendarDate } from './calendarDate';
import { currencyDigits } from './money/currency';
import { isUnpaid, UNPAID } from './money/unpaid';

/** The hours a week a pay is for when it does not state them (Pay's hoursPerWeek). */
export const HOURS_PER_WEEK = 40;
/** Monday to Friday: a cohort's length counts its working days. */
export const WORKDAYS_PER_WEEK = 5;
export const WEEKS_PER_YEAR = 52;
export const MONTHS_PER_YEAR = 12;

/** Shown next to every normalised figure in the UI. */
export const PAY_CONVENTION = `${HOURS_PER_WEEK} h/week unless the pay states its hours, ${WEEKS_PER_YEAR} weeks/year, ${MONTHS_PER_YEAR} months/year`;

/** The hours a week a pay is for: as it states them (a part-time internship's 20), else the convention's. */
export function hoursPerWeekOf(pay: Pick<Pay, 'hoursPerWeek'>): number {
  return pay.hoursPerWeek ?? HOURS_PER_WEEK;
}

/** "20 h/week": the hours a pay states, as shown beside it; '' when it states none. */
export function hoursInWords(pay: Pick<Pay, 'hoursPerWeek'>): string {
  return pay.hoursPerWeek === undefined ? '' : `${pay.hoursPerWeek} h/week`;
}

/** 4⅓ weeks a month: a length given in months is kept as this many weeks each, unrounded. */
export const WEEKS_PER_MONTH = WEEKS_PER_YEAR / MONTHS_PER_YEAR;

/**
 * The whole months a length is when it was given in months and is no whole number of weeks
 * (2 months, 8⅔ weeks); null otherwise (12 weeks, and 3 months, which is 13).
 */
export function wholeMonthsOf(weeks: number): number | null {
  if (Number.isInteger(weeks)) return null;
  const months = Math.round(weeks / WEEKS_PER_MONTH);
  return months > 0 && Math.abs(weeks / WEEKS_PER_MONTH - months) < 1e-9 ? months : null;
}

/**
 * "12 weeks", "8.7 weeks", "1 week": a length as it is shown, to a tenth of a week; under a week,
 * in working days ("1 day", "3 days": a fifth of a week each).
 */
export function weeksInWords(weeks: number): string {
  if (weeks < 1) {
    const days = Math.max(1, Math.round(weeks * WORKDAYS_PER_WEEK));
    return days === 1 ? '1 day' : `${days} days`;
  }
  const tenths = Math.round(weeks * 10) / 10;
  return tenths === 1 ? '1 week' : `${tenths} weeks`;
}

const WEEKS_PER: Record<Exclude<PayPeriod, 'total' | 'hour'>, number> = {
  week: 1,
  month: WEEKS_PER_MONTH,
  year: WEEKS_PER_YEAR,
};

/** The weeks one period of pay lasts: an hour is one of the week's `hours`. */
function weeksPer(period: Exclude<PayPeriod, 'total'>, hours: number): number {
  return period === 'hour' ? 1 / hours : WEEKS_PER[period];
}

export interface Amount {
  min: number;
  max: number;
}

export interface NormalizedPay {
  currency: string;
  hourly: Amount;
  weekly: Amount;
  monthly: Amount;
  yearly: Amount;
  /** Pay over the whole internship; null when its length is unknown. */
  total: Amount | null;
  /** The length the total is computed over. */
  weeks: number | null;
  /** An unpaid role's: every figure is 0, the total too whatever the internship's length. */
  unpaid: boolean;
}

/**
 * Length of a cohort in weeks of work: its weekdays (Monday to Friday) over 5, unrounded. A
 * Monday-to-Friday cohort of 12 weeks is 12; a one-day programme a fifth of a week (8 hours under
 * the convention); August 2027, 22 weekdays, 4.4 weeks (about one month's pay, where whole weeks
 * made it 4). A cohort of weekend days alone counts its days over 7.
 */
export function cohortWeeks(cohort: Pick<Cohort, 'start' | 'end'>): number {
  const days = Math.max(1, calendarDaysBetween(cohort.start, cohort.end) + 1);
  const weekdays = weekdaysFrom(cohort.start, days);
  return weekdays > 0 ? weekdays / WORKDAYS_PER_WEEK : days / 7;
}

/** The Mondays to Fridays among `days` calendar days from `start`. */
function weekdaysFrom(start: CalendarDate, days: number): number {
  const firstDay = new Date(`${start}T00:00:00Z`).getUTCDay();
  let weekdays = Math.floor(days / 7) * WORKDAYS_PER_WEEK;
  for (let i = 0; i < days % 7; i++) {
    const day = (firstDay + i) % 7;
    if (day !== 0 && day !== 6) weekdays += 1;
  }
  return weekdays;
}

type LengthSource = Pick<Application, 'cohorts' | 'chosenCohortId' | 'durationWeeks'>;

/** Where the internship's length comes from: the chosen cohort, the only one, the stated duration, or every cohort alike. */
export type LengthFrom = 'chosen-cohort' | 'only-cohort' | 'stated' | 'every-cohort';

/**
 * The internship's length and where it comes from: the chosen cohort, else the only cohort (its
 * dates, typed or read from the posting, say more than a stated length does, and a lone cohort
 * counts as chosen everywhere else: next dates, the export), else the stated duration, else the
 * cohorts' length when they all last as long. Null when none of these says it.
 */
export function internshipLength(app: LengthSource): { weeks: number; from: LengthFrom } | null {
  const chosen = app.cohorts.find((c) => c.id === app.chosenCohortId);
  if (chosen) return { weeks: cohortWeeks(chosen), from: 'chosen-cohort' };
  if (app.cohorts.length === 1) return { weeks: cohortWeeks(app.cohorts[0]!), from: 'only-cohort' };
  if (app.durationWeeks !== null) return { weeks: app.durationWeeks, from: 'stated' };
  const lengths = new Set(app.cohorts.map(cohortWeeks));
  return lengths.size === 1 ? { weeks: [...lengths][0]!, from: 'every-cohort' } : null;
}

export function internshipWeeks(app: LengthSource): number | null {
  return internshipLength(app)?.weeks ?? null;
}

/** "over the chosen cohort’s 12 weeks": what a total is worked out over, and where that length comes from. */
export function lengthWords(app: LengthSource): string {
  const length = internshipLength(app);
  if (length === null) return '';
  const weeks = weeksInWords(length.weeks);
  switch (length.from) {
    case 'chosen-cohort':
      return `over the chosen cohort’s ${weeks}`;
    case 'only-cohort':
      return `over its cohort’s ${weeks}`;
    case 'stated':
      return `over the stated ${weeks}`;
    case 'every-cohort':
      return `over ${weeks}, as every cohort lasts`;
  }
}

const NOTHING: Amount = { min: 0, max: 0 };

/**
 * Normalises pay to hourly, weekly, monthly, yearly and total figures; null without an amount.
 * An hour is one of the hours a week the pay states, else of the convention's 40. An unpaid
 * role's pay is nothing by any period, and over any length: it compares as 0.
 */
export function normalizePay(pay: Pay | null, weeks: number | null): NormalizedPay | null {
  if (pay !== null && isUnpaid(pay)) {
    const nothing = { hourly: NOTHING, weekly: NOTHING, monthly: NOTHING, yearly: NOTHING, total: NOTHING };
    return { currency: pay.currency, ...nothing, weeks, unpaid: true };
  }
  if (pay === null || pay.period === null) return null;
  const min = pay.min ?? pay.max;
  const max = pay.max ?? pay.min;
  if (min === null || max === null) return null;

  const hours = hoursPerWeekOf(pay);
  let weeklyOf: (amount: number) => number;
  if (pay.period === 'total') {
    if (weeks === null) return null;
    weeklyOf = (amount) => amount / weeks;
  } else {
    const factor = weeksPer(pay.period, hours);
    weeklyOf = (amount) => amount / factor;
  }
  const weekly = { min: weeklyOf(min), max: weeklyOf(max) };
  const scale = (factor: number): Amount => ({ min: weekly.min * factor, max: weekly.max * factor });
  const normalized = {
    currency: pay.currency,
    hourly: scale(1 / hours),
    weekly,
    monthly: scale(WEEKS_PER.month),
    yearly: scale(WEEKS_PER.year),
    total: weeks === null ? null : scale(weeks),
    weeks,
    unpaid: false,
  };
  // Amounts are bounded now, but a record stored before could hold one that overflows when
  // scaled (1e308 an hour): no figure is better than "$∞".
  const { hourly, monthly, yearly, total } = normalized;
  const finite = [hourly, weekly, monthly, yearly, total].every((a) => a === null || Number.isFinite(a.max));
  return finite ? normalized : null;
}

export function normalizeApplicationPay(
  app: Pick<Application, 'pay' | 'cohorts' | 'chosenCohortId' | 'durationWeeks'>,
) {
  return normalizePay(app.pay, internshipWeeks(app));
}

export type OfferPartKind = 'base-pay' | 'housing' | 'relocation' | 'sign-on-bonus' | 'other';

/** One part of an offer, valued over the internship. */
export interface OfferPartValue {
  kind: OfferPartKind;
  /** The part's id, for the offer's other parts; null for the named ones. */
  id: string | null;
  label: string;
  /** Its value over the internship; null when it has no amount or its length is unknown. */
  amount: Amount | null;
  currency: string;
  /** Whether the total includes it. */
  counted: boolean;
  /** Why it is not counted; empty when it is. */
  note: string;
}

export interface OfferValue {
  /** The offer's currency: the total's and that of every part but, maybe, the base pay. */
  currency: string;
  /** The length the parts paid by the week or month are valued over. */
  weeks: number | null;
  /** Each part separately: base pay (when there is pay), housing, relocation, sign-on bonus, the others. */
  parts: OfferPartValue[];
  /**
   * The sum of the counted parts; null when no part with an amount is counted (an offer recorded
   * with its date alone), which is no figure at all, not $0: $0 would say it is unpaid.
   */
  total: Amount | null;
}

const NOT_ADDED = 'Not added: ';
const UNKNOWN_LENGTH = 'Not added: the internship’s length is not known (choose a cohort or give its duration)';

const once = (amount: number): Amount => ({ min: amount, max: amount });

/** Pay over the whole internship: as stated for a total, else under the convention. */
function basePayTotal(pay: Pay, weeks: number | null): Amount | null {
  if (isUnpaid(pay)) return NOTHING;
  const min = pay.min ?? pay.max;
  const max = pay.max ?? pay.min;
  if (pay.period === 'total' && min !== null && max !== null) return { min, max };
  return normalizePay(pay, weeks)?.total ?? null;
}

function housingTotal(amount: number, period: HousingPeriod, weeks: number | null): number | null {
  if (period === 'total') return amount;
  if (weeks === null) return null;
  return period === 'week' ? amount * weeks : (amount / WEEKS_PER.month) * weeks;
}

/**
 * What an offer is worth over the chosen cohort (or the stated duration), under the same
 * convention as the pay: its base pay, housing (a stipend over the weeks it is paid for; housing
 * provided has no amount to add), relocation, sign-on bonus and other parts, each separately and
 * their total in the offer's currency. A base pay in another currency is listed, not added. Null
 * without an offer.
 */
export function offerValue(
  app: Pick<Application, 'pay' | 'offer' | 'cohorts' | 'chosenCohortId' | 'durationWeeks'>,
): OfferValue | null {
  const { offer, pay } = app;
  if (offer === null) return null;
  const weeks = internshipWeeks(app);
  const { currency } = offer;
  const parts: OfferPartValue[] = [];
  /** A part in the offer's currency unless it says otherwise; counted unless a note says why not. */
  const add = (
    kind: OfferPartKind,
    label: string,
    amount: Amount | null,
    note: string,
    extra: Partial<Pick<OfferPartValue, 'id' | 'currency'>> = {},
  ) => parts.push({ kind, id: null, label, amount, currency, counted: note === '', note, ...extra });

  if (pay !== null) {
    const amount = basePayTotal(pay, weeks);
    // Nothing is nothing in any currency, and over any length: an unpaid role's pay is always added.
    const note = isUnpaid(pay)
      ? ''
      : pay.period === null || (pay.min === null && pay.max === null)
        ? 'Not added: the pay has no amount per hour, week, month or year'
        : amount === null
          ? UNKNOWN_LENGTH
          : pay.currency !== currency
            ? `Not added: it is in ${pay.currency}, the offer in ${currency}`
            : '';
    add('base-pay', 'Base pay', amount, note, { currency: pay.currency });
  }
  if (offer.housing?.type === 'provided') add('housing', 'Housing', null, 'Provided: no amount to add');
  if (offer.housing?.type === 'stipend') {
    const total = housingTotal(offer.housing.amount, offer.housing.period, weeks);
    add('housing', 'Housing stipend', total === null ? null : once(total), total === null ? UNKNOWN_LENGTH : '');
  }
  if (offer.relocation !== null) add('relocation', 'Relocation', once(offer.relocation), '');
  if (offer.signOnBonus !== null) add('sign-on-bonus', 'Sign-on bonus', once(offer.signOnBonus), '');
  for (const other of offer.other) add('other', other.label, once(other.amount), '', { id: other.id });

  const added = parts.flatMap(({ amount, counted }) => (counted && amount !== null ? [amount] : []));
  const total =
    added.length === 0
      ? null
      : added.reduce((sum, amount) => ({ min: sum.min + amount.min, max: sum.max + amount.max }), { min: 0, max: 0 });
  return { currency, weeks, parts, total };
}

/**
 * Why an offer has no total, in words for where the total would be: a part left out says why
 * ("No total yet: the internship’s length is not known …"), else there is no amount at all.
 */
export function noTotalReason(value: OfferValue): string {
  const left = value.parts.find((part) => part.note.startsWith(NOT_ADDED));
  return left ? `No total yet: ${left.note.slice(NOT_ADDED.length)}` : 'No amounts in the offer yet';
}

// Building a number format costs far more than using one, and tables format pay on every row.
const moneyFormats = new Map<string, Intl.NumberFormat>();

/**
 * Amounts are written in English, grouped as the currency's own users group them: rupees and
 * takas in lakhs ("₹1,50,000"), everything else in thousands ("$150,000").
 */
const LAKH_CURRENCIES = new Set(['INR', 'NPR', 'BDT']);

function moneyFormat(currency: string, digits: number): Intl.NumberFormat {
  const key = `${currency} ${digits}`;
  let format = moneyFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(LAKH_CURRENCIES.has(currency) ? 'en-IN' : 'en-US', {
      style: 'currency',
      currency,
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
    moneyFormats.set(key, format);
  }
  return format;
}

/** One figure, or "low–high" when the two ends differ by half a cent or more. */
function formatRange(amount: Amount, format: Intl.NumberFormat): string {
  return Math.abs(amount.max - amount.min) < 0.005
    ? format.format(amount.min)
    : `${format.format(amount.min)}–${format.format(amount.max)}`;
}

/**
 * A rate per week, month or year worked out from the pay, in whole units: "$11,000",
 * "$8,000–$9,500". Its cents would be an artefact of the convention, not part of the pay.
 */
export function formatAmount(amount: Amount, currency: string): string {
  return formatRange(amount, moneyFormat(currency, 0));
}

/** The period each rate of a NormalizedPay is per. */
const RATE_PERIODS = { hourly: 'hour', weekly: 'week', monthly: 'month', yearly: 'year' } as const;

/**
 * One rate of a normalised pay. The hourly rate is always to the cent, in every currency and at
 * every size ("₹144.23" beside "₹46.15", "$45.00" beside "$46.15"): its cents tell offers apart.
 * Another rate is whole (formatAmount), but to the cent when it is the rate the pay was given in
 * and has cents ("€2,100.50" a month for "2.100,50 EUR/Monat", as written). An unpaid role's is
 * "Unpaid", never "$0.00".
 */
export function formatRate(pay: NormalizedPay, rate: keyof typeof RATE_PERIODS, given: PayPeriod | null): string {
  if (pay.unpaid) return UNPAID;
  const amount = pay[rate];
  if (rate === 'hourly') return formatRange(amount, moneyFormat(pay.currency, currencyDigits(pay.currency)));
  const asGiven = RATE_PERIODS[rate] === given && !(isWhole(amount.min) && isWhole(amount.max));
  return asGiven ? formatMoney(amount, pay.currency) : formatAmount(amount, pay.currency);
}

const PAY_PERIOD_WORDS: Record<PayPeriod, string> = {
  hour: 'an hour',
  week: 'a week',
  month: 'a month',
  year: 'a year',
  total: 'in total',
};

/**
 * A pay's amounts in words, "$40–$45 an hour", where no text of its own says it; "Unpaid" for an
 * unpaid role's; '' without an amount.
 */
export function payInWords(pay: Pick<Pay, 'min' | 'max' | 'currency' | 'period'>): string {
  if (isUnpaid(pay)) return UNPAID;
  const min = pay.min ?? pay.max;
  const max = pay.max ?? pay.min;
  if (min === null || max === null) return '';
  const amount = formatMoney({ min, max }, pay.currency);
  return pay.period === null ? amount : `${amount} ${PAY_PERIOD_WORDS[pay.period]}`;
}

/** Whether a figure rounds to whole units: its cents would only say ".00". */
const isWhole = (value: number) => Math.abs(value - Math.round(value)) < 0.005;

/**
 * To the cent, for totals: "$30,461.54", "$19,200.50–$24,000.00"; whole figures without cents
 * ("$21,600", "$19,200–$24,000"), as rates are written beside them.
 */
export function formatMoney(value: number | Amount, currency: string): string {
  const amount = typeof value === 'number' ? { min: value, max: value } : value;
  const digits = isWhole(amount.min) && isWhole(amount.max) ? 0 : currencyDigits(currency);
  return formatRange(amount, moneyFormat(currency, digits));
}

/**
 * What an internship is worth in all (a total pay, an offer's value) as the app writes it: to the
 * cent, and "Unpaid" for nothing at all (an unpaid role's pay, with nothing else added to it).
 */
export function formatOverInternship(amount: Amount, currency: string): string {
  return amount.min === 0 && amount.max === 0 ? UNPAID : formatMoney(amount, currency);
}

/**
 * The pay per month as lists show it, or why there is none: a pay without its period ("56") or a
 * total without the internship's length gives its amount and what kind of figure it is (`what`:
 * "no period", "in all"), so that it never passes for a monthly one. `title` explains it in full.
 * An unpaid role's is "Unpaid" (`unpaid`), a fact like an amount, not one per month. `hours` are
 * the hours a week the pay states ("20 h/week"), '' for none.
 */
export function monthlyPayText(
  normalized: NormalizedPay | null,
  given: Pay | null,
): { amount: string; what: string | null; title: string; monthly: boolean; unpaid: boolean; hours: string } {
  if (normalized?.unpaid)
    return {
      amount: UNPAID,
      what: null,
      title: `${UNPAID}: no pay over the internship`,
      monthly: false,
      unpaid: true,
      hours: '',
    };
  const hours = given === null ? '' : hoursInWords(given);
  if (normalized) {
    const amount = formatRate(normalized, 'monthly', given?.period ?? null);
    return {
      amount,
      what: null,
      title: hours ? `${amount} a month for ${hours}` : amount,
      monthly: true,
      unpaid: false,
      hours,
    };
  }
  const min = given?.min ?? given?.max ?? null;
  const max = given?.max ?? given?.min ?? null;
  if (!given || min === null || max === null)
    return { amount: given?.raw ?? '', what: null, title: given?.raw ?? '', monthly: false, unpaid: false, hours };
  const amount = formatMoney({ min, max }, given.currency);
  return given.period === 'total'
    ? {
        amount,
        what: 'in all',
        title: `${amount} for the whole internship: add its length or dates to see it per month`,
        monthly: false,
        unpaid: false,
        hours,
      }
    : {
        amount,
        what: 'no period',
        title: `${amount} with no period: add one (an hour, a month…) to see it per month`,
        monthly: false,
        unpaid: false,
        hours,
      };
}
