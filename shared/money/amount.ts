// How a written number of money reads: which of "." and "," groups thousands and which marks
// decimals, taken from the number itself, else from the numbers around it (a CSV column, a
// page), else from the currency's custom; a reading none of those settles is a guess.
import type { MoneyGuess } from './moneyGuess';

export type DecimalMark = '.' | ',';

/**
 * A written number: digits grouped by dots, commas, apostrophes (’ as Swiss locales print it)
 * or (narrow) no-break spaces, or by plain spaces in threes ("2 100"). Every repetition starts
 * with a separator, so matching it never backtracks.
 */
export const NUMBER = `\\d+(?:[.,'\\u2019\\u00a0\\u202f]\\d+| \\d{3}(?!\\d))*`;
/** "k", "mil", "lakh", "LPA", "万" (ten thousand) and the millions that are never an intern's pay. */
// Lakh and crore as Indian pages write them: "lakh", "Lakhs", "Lacs", "LACS", "lpa", "1.1L", "2 L.",
// "Crore", "Cr", "cr.". A lone "L" is one only as a word of its own or glued to the number: never
// the start of a word ("1 London") nor of an abbreviation ("5 L.A.").
export const MULTIPLIER = `[^\\S\\n]?(?:[kK]|million|mil|mn|MM|[mM]|billion|bn|[bB]|[lL](?:akhs?|acs?|AKHS?|ACS?)|[lL][pP][aA]|[cC]rores?|CRORES?|[cC][rR]\\.?|[lL](?!\\.[A-Za-z])\\.?)(?![A-Za-z])|万`;

export interface Multiplier {
  factor: number;
  /** Millions and more: funding rounds and revenue, never an intern's pay. */
  large: boolean;
  /** "LPA" (lakh per annum) carries its own period. */
  perYear: boolean;
  /** A lakh is India's unit: an amount in lakhs with no sign is in rupees. */
  currency: 'INR' | null;
}

/**
 * Currencies of the countries that write "mil" after an amount for a thousand (Portuguese and
 * Spanish: "R$ 3 mil" is R$ 3.000, "15 mil pesos" 15.000), where English writes it for a million
 * ("raised $5 mil").
 */
const MIL_IS_A_THOUSAND = new Set(
  'BRL EUR MXN ARS CLP COP PEN UYU PYG BOB VES CRC GTQ HNL NIO DOP PAB AOA MZN CVE'.split(' '),
);

/**
 * The multiplier written after an amount. "mil" is a thousand in an amount of a currency of the
 * countries that write it so, or with a decimal comma ("2,5 mil"), else a million.
 */
export function multiplierOf(
  written: string | undefined,
  amount: { currency: string | null; decimal: DecimalMark | null } = { currency: null, decimal: null },
): Multiplier {
  const word = written?.trim().replace(/\.$/, '');
  if (!word) return { factor: 1, large: false, perYear: false, currency: null };
  const milThousand =
    /^mil$/i.test(word) &&
    ((amount.currency !== null && MIL_IS_A_THOUSAND.has(amount.currency)) || amount.decimal === ',');
  if (/^k$/i.test(word) || milThousand) return { factor: 1_000, large: false, perYear: false, currency: null };
  if (word === '万') return { factor: 10_000, large: false, perYear: false, currency: null };
  if (/^(?:l|lakhs?|lacs?)$/i.test(word)) return { factor: 100_000, large: false, perYear: false, currency: 'INR' };
  if (/^lpa$/i.test(word)) return { factor: 100_000, large: false, perYear: true, currency: 'INR' };
  // A crore is a hundred lakh, in rupees as a lakh is; like a million, it is no intern's pay.
  if (/^(?:cr|crores?)$/i.test(word)) return { factor: 10_000_000, large: true, perYear: false, currency: 'INR' };
  // Millions and billions, scaled as written ("$2 million" is not $2), and marked as no intern's
  // pay, as a crore is, for the readings that look for one on a page.
  const factor = /^(?:billion|bn|b)$/i.test(word) ? 1_000_000_000 : 1_000_000;
  return { factor, large: true, perYear: false, currency: null };
}

/**
 * An amount written with a multiplier, in the amount's own unit: rounded to the cent, so "1.1 lakh"
 * is 110000 and "2.3 lakh" 230000, not the 110000.00000000001 and 229999.99999999997 of float
 * arithmetic that an export or a backup would write out. Every multiplier is applied here.
 */
export function scaleAmount(value: number, factor: number): number {
  return factor === 1 ? value : Math.round(value * factor * 100) / 100;
}

/** Currencies whose amounts are commonly grouped with dots ("2.500 €", "R$ 3.000"). */
const DOT_GROUPED = new Set(['EUR', 'BRL', 'DKK', 'NOK', 'ISK', 'IDR', 'TRY', 'ARS', 'CLP', 'COP', 'VND']);

export interface AmountContext {
  /** The decimal mark the surrounding values settle (see inferDecimalMark), if they do. */
  decimal?: DecimalMark | null;
  /** The amount's currency, when known: its custom can settle "2.500". */
  currency?: string | null;
}

export interface AmountReading {
  value: number;
  guess: MoneyGuess | null;
}

const SPACING = /[\s'\u2019\u00a0\u202f]/g;
const otherMark = (mark: DecimalMark): DecimalMark => (mark === '.' ? ',' : '.');
const count = (text: string, mark: string) => text.split(mark).length - 1;

/** "11,000", "2.100", "1,00,000": groups of three (or Indian lakh groups) after a short head. */
function isGrouped(digits: string, mark: DecimalMark): boolean {
  const m = mark === '.' ? '\\.' : ',';
  return new RegExp(`^\\d{1,3}(?:${m}\\d{3})+$|^\\d{1,2}(?:${m}\\d{2})+${m}\\d{3}$`).test(digits);
}

function decimalValue(whole: string, group: DecimalMark | null, fraction: string): number {
  return Number(`${group === null ? whole : whole.split(group).join('')}.${fraction}`);
}

/**
 * The value of a written number, null when its separators make no sense ("1,2345"). With both
 * marks the last is the decimal mark; one mark repeated groups digits; one mark before one or
 * two digits marks decimals. One mark before exactly three digits ("2.500", "1,500") is either:
 * the context decides, else it groups thousands (pay is not written to the tenth of a cent),
 * reported as a guess when the currency does not customarily group that way.
 */
export function readAmount(written: string, context: AmountContext = {}): AmountReading | null {
  const spaced = SPACING.test(written);
  SPACING.lastIndex = 0;
  const digits = written.replace(SPACING, '');
  if (!/^\d+(?:[.,]\d+)*$/.test(digits)) return null;
  const plain = (value: number): AmountReading | null => (Number.isFinite(value) ? { value, guess: null } : null);

  const commas = count(digits, ',');
  const dots = count(digits, '.');
  if (commas > 0 && dots > 0) {
    const decimal: DecimalMark = digits.lastIndexOf(',') > digits.lastIndexOf('.') ? ',' : '.';
    if (count(digits, decimal) !== 1) return null;
    const [whole, fraction] = digits.split(decimal) as [string, string];
    return isGrouped(whole, otherMark(decimal)) ? plain(decimalValue(whole, otherMark(decimal), fraction)) : null;
  }
  const mark: DecimalMark | null = commas > 0 ? ',' : dots > 0 ? '.' : null;
  if (mark === null) return plain(Number(digits));
  if (count(digits, mark) > 1) return isGrouped(digits, mark) ? plain(Number(digits.split(mark).join(''))) : null;

  const [whole, fraction] = digits.split(mark) as [string, string];
  // Grouped by spaces or apostrophes already, "1 234,5" can only have decimals after its mark.
  if (spaced || fraction.length < 3) return plain(decimalValue(whole, null, fraction));
  // "12.3456" is how programs write numbers (our own editor once stored them so); "1,2345" is a slip.
  if (fraction.length > 3) return mark === '.' ? plain(decimalValue(whole, null, fraction)) : null;
  // Three digits after a head that cannot start a group ("0.125", "1234.567") are decimals.
  if (whole.length > 3 || /^0/.test(whole)) return plain(decimalValue(whole, null, fraction));
  // A currency that groups with dots settles "€1.800" even among "$28.50"s: its own custom wins.
  const dotGrouped = mark === '.' && context.currency != null && DOT_GROUPED.has(context.currency);
  if (context.decimal === mark && !dotGrouped) return plain(decimalValue(whole, null, fraction));
  const value = Number(whole + fraction);
  const settled = context.decimal === otherMark(mark) || mark === ',' || dotGrouped;
  return { value, guess: settled ? null : { kind: 'thousands', written, value, mark } };
}

/**
 * The decimal mark a set of values agrees on (a CSV column is written in one convention):
 * "1.234,56" or "2,5" say ","; "1,234.56", "1.234.567" or "22.50" say "."... unless they
 * disagree, or none of them says (every value like "2.500"), when it is null.
 */
export function inferDecimalMark(values: Iterable<string>): DecimalMark | null {
  const seen = new Set<DecimalMark>();
  const number = new RegExp(NUMBER, 'g');
  for (const value of values) {
    for (const [written] of value.matchAll(number)) {
      const said = decimalMarkOf(written);
      if (said !== null) seen.add(said);
      if (seen.size > 1) return null;
    }
  }
  return seen.size === 1 ? [...seen][0]! : null;
}

/** The decimal mark one number shows by itself, if it does. */
function decimalMarkOf(written: string): DecimalMark | null {
  const digits = written.replace(SPACING, '');
  const commas = count(digits, ',');
  const dots = count(digits, '.');
  if (commas > 0 && dots > 0) return digits.lastIndexOf(',') > digits.lastIndexOf('.') ? ',' : '.';
  const mark: DecimalMark | null = commas > 0 ? ',' : dots > 0 ? '.' : null;
  if (mark === null) return null;
  if (count(digits, mark) > 1) return otherMark(mark);
  const fraction = digits.slice(digits.indexOf(mark) + 1);
  return fraction.length < 3 || digits !== written ? mark : null;
}
