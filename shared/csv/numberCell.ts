// Numbers as CSV cells hold them: plain figures ("12", "1,234.5", "1e+21"), weeks ("12 weeks",
// "3 months"), amounts of money ("$5,000", "5k", "EUR 2000") and years ("2026").
import type { DecimalMark } from '../money/amount';
import { readOneAmount } from '../money/readMoney';
import { WEEKS_PER_MONTH, wholeMonthsOf } from '../payNormalize';

/**
 * "12", "1,234.5", "1e+21"; null when the text is not a plain number. With a decimal comma
 * (our semicolon-separated export's), "12,5" and "1.234,5".
 */
export function readNumber(text: string, decimal: DecimalMark = '.'): number | null {
  const plain =
    decimal === ','
      ? text
          .trim()
          .replace(/\.(?=\d{3}(\D|$))/g, '')
          .replace(',', '.')
      : text.trim().replace(/,(?=\d{3}(\D|$))/g, '');
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(plain)) return null;
  const value = Number(plain);
  return Number.isFinite(value) ? value : null;
}

/** A length in the unit it is written in: "12 months", "10 weeks", "10" (weeks). */
export interface WrittenLength {
  amount: number;
  unit: 'week' | 'month';
}

export function readLength(text: string, decimal: DecimalMark = '.'): WrittenLength | null {
  const match = /^(.+?)\s*(weeks?|wks?|w|months?|mos?)?$/i.exec(text.trim());
  const amount = match ? readNumber(match[1]!, decimal) : null;
  if (amount === null) return null;
  return { amount, unit: match![2] !== undefined && /^mo/i.test(match![2]) ? 'month' : 'week' };
}

/**
 * "12", "12 weeks", "3 months" (13 weeks under the 52-weeks-a-year convention). Months are kept
 * unrounded (2 months, 8⅔ weeks), so that a total over them is whole months' pay.
 */
export function readWeeks(text: string, decimal: DecimalMark = '.'): number | null {
  const length = readLength(text, decimal);
  if (length === null) return null;
  return length.unit === 'month' ? length.amount * WEEKS_PER_MONTH : length.amount;
}

/**
 * Hours a week: "20", "20 h", "20 hours", "20 h/week", "37.5 hours per week"; null when the text
 * is not one number of hours. "37,5" is 37.5 whatever the decimal mark: no number of hours a week
 * has a thousands separator. Its bounds are the record's to check (Pay's hoursPerWeek).
 */
export function readHoursPerWeek(text: string, decimal: DecimalMark = '.'): number | null {
  const match = /^(.+?)\s*(?:h|hrs?|hours?)?\.?(?:\s*(?:\/|per|a)\s*(?:w|wk|week))?$/i.exec(text.trim());
  if (!match) return null;
  const amount = match[1]!;
  return readNumber(amount, /^\d+,\d{1,2}$/.test(amount) ? ',' : decimal);
}

/**
 * A length as it is written to be read back by readWeeks to the same number: "2 months" for one
 * given in months that is no whole number of weeks (its weeks would be 8.666666666666666), else its weeks.
 */
export function writeWeeks(weeks: number): string | number {
  const months = wholeMonthsOf(weeks);
  if (months === null) return weeks;
  return months === 1 ? '1 month' : `${months} months`;
}

/**
 * One amount of money, its currency sign or code left aside: "5000", "$5,000", "5k", "EUR 2000".
 * Null for anything else (a range, a rate per hour, "yes").
 */
export function readAmount(text: string): number | null {
  const read = readOneAmount(text);
  return read.ok ? read.amount : null;
}

/** "2026"; null for anything else. */
export function readYear(text: string): number | null {
  const trimmed = text.trim();
  return /^(19|2[01])\d{2}$/.test(trimmed) ? Number(trimmed) : null;
}
