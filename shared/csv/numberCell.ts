// Numbers as CSV cells hold them: plain figures ("12", "1,234.5", "1e+21"), weeks ("12 weeks",
// "3 months"), amounts of money ("$5,000", "5k", "EUR 2000") and years ("2026").
import type { DecimalMark } from '../money/amount';
import { readOneAmount } from '../money/readMoney';
import { MONTHS_PER_YEAR, WEEKS_PER_YEAR } from '../payNormalize';

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

/** "12", "12 weeks", "3 months" (13 weeks under the 52-weeks-a-year convention). */
export function readWeeks(text: string, decimal: DecimalMark = '.'): number | null {
  const match = /^(.+?)\s*(weeks?|wks?|w|months?|mos?)?$/i.exec(text.trim());
  const amount = match ? readNumber(match[1]!, decimal) : null;
  if (amount === null) return null;
  const months = match![2] !== undefined && /^mo/i.test(match![2]);
  return months ? Math.round(((amount * WEEKS_PER_YEAR) / MONTHS_PER_YEAR) * 10) / 10 : amount;
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
