// Pay normalisation under one documented convention, so offers paid by the hour, month or
// programme can be compared side by side.
import type { Application, Cohort, Pay, PayPeriod } from './application';
import { calendarDaysBetween } from './calendarDate';

export const HOURS_PER_WEEK = 40;
export const WEEKS_PER_YEAR = 52;
export const MONTHS_PER_YEAR = 12;

/** Shown next to every normalised figure in the UI. */
export const PAY_CONVENTION = `${HOURS_PER_WEEK} h/week, ${WEEKS_PER_YEAR} weeks/year, ${MONTHS_PER_YEAR} months/year`;

const WEEKS_PER: Record<Exclude<PayPeriod, 'total'>, number> = {
  hour: 1 / HOURS_PER_WEEK,
  week: 1,
  month: WEEKS_PER_YEAR / MONTHS_PER_YEAR,
  year: WEEKS_PER_YEAR,
};

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
}

/**
 * Length of a cohort in weeks: inclusive calendar days divided by 7, rounded to whole weeks
 * (a Monday-to-Friday cohort of 12 weeks spans 82 days).
 */
export function cohortWeeks(cohort: Pick<Cohort, 'start' | 'end'>): number {
  const days = calendarDaysBetween(cohort.start, cohort.end) + 1;
  return Math.max(1, Math.round(days / 7));
}

/** The internship's length: the chosen cohort, else the stated duration, else a lone cohort. */
export function internshipWeeks(app: Pick<Application, 'cohorts' | 'chosenCohortId' | 'durationWeeks'>): number | null {
  const chosen = app.cohorts.find((c) => c.id === app.chosenCohortId);
  if (chosen) return cohortWeeks(chosen);
  if (app.durationWeeks !== null) return app.durationWeeks;
  const lengths = new Set(app.cohorts.map(cohortWeeks));
  return lengths.size === 1 ? [...lengths][0]! : null;
}

/** Normalises pay to hourly, weekly, monthly, yearly and total figures; null without an amount. */
export function normalizePay(pay: Pay | null, weeks: number | null): NormalizedPay | null {
  if (pay === null || pay.period === null) return null;
  const min = pay.min ?? pay.max;
  const max = pay.max ?? pay.min;
  if (min === null || max === null) return null;

  let weeklyOf: (amount: number) => number;
  if (pay.period === 'total') {
    if (weeks === null) return null;
    weeklyOf = (amount) => amount / weeks;
  } else {
    const factor = WEEKS_PER[pay.period];
    weeklyOf = (amount) => amount / factor;
  }
  const weekly = { min: weeklyOf(min), max: weeklyOf(max) };
  const scale = (factor: number): Amount => ({ min: weekly.min * factor, max: weekly.max * factor });
  return {
    currency: pay.currency,
    hourly: scale(WEEKS_PER.hour),
    weekly,
    monthly: scale(WEEKS_PER.month),
    yearly: scale(WEEKS_PER.year),
    total: weeks === null ? null : scale(weeks),
    weeks,
  };
}

export function normalizeApplicationPay(
  app: Pick<Application, 'pay' | 'cohorts' | 'chosenCohortId' | 'durationWeeks'>,
) {
  return normalizePay(app.pay, internshipWeeks(app));
}

// Building a number format costs far more than using one, and tables format pay on every row.
const moneyFormats = new Map<string, Intl.NumberFormat>();

function moneyFormat(locale: string, currency: string, digits: number): Intl.NumberFormat {
  const key = `${locale} ${currency} ${digits}`;
  let format = moneyFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, {
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

/** "$11,000" or "$8,000–$9,500"; cents only below 100 so hourly rates stay precise. */
export function formatAmount(amount: Amount, currency: string, locale = 'en-US'): string {
  return formatRange(amount, moneyFormat(locale, currency, amount.max < 100 ? 2 : 0));
}

/** Full precision to the cent, for totals: "$30,461.54", or "$19,200.00–$24,000.00" for a range. */
export function formatMoney(value: number | Amount, currency: string, locale = 'en-US'): string {
  const format = moneyFormat(locale, currency, 2);
  return typeof value === 'number' ? format.format(value) : formatRange(value, format);
}
