// Amounts of money as pages write them: "$11,000", "US$40", "CAD 28", "£2,600", "€2.100",
// "2 100 €", "₹1,00,000", "$120K", "₹6 LPA". Whether an amount is pay is decided elsewhere.
import type { TextRange } from './postingDraft';

export interface MoneyMention extends TextRange {
  amount: number;
  /** An ISO 4217 code, or '$' for a bare dollar sign whose country the page must settle. */
  currency: string;
  /** A "K" (or lakh) multiplier was written, so a bare number joined to it may share it. */
  multiplied: boolean;
  /** Millions and more: funding rounds and revenue, never an intern's pay. */
  large: boolean;
  /** "LPA" (lakh per annum) carries its own period. */
  perYear: boolean;
}

const CODES = 'USD|CAD|AUD|NZD|SGD|HKD|GBP|EUR|INR|JPY|CNY|RMB|KRW|CHF|SEK|NOK|DKK|PLN|BRL|MXN|ZAR|AED|ILS';
const H = '[^\\S\\n]';
const CODE = `(?<![A-Za-z])(?:${CODES})(?![A-Za-z])`;
export const NUMBER = `\\d+(?:[.,'\\u00a0\\u202f]\\d+| \\d{3}(?!\\d))*`;
export const MULTIPLIER = `${H}?(?:[kK]|million|mil|mn|MM|[mM]|billion|bn|[bB]|lakhs?|lacs?|LPA|crores?|cr)(?![A-Za-z])`;

const MONEY = new RegExp(
  [
    `(?<pre>(?<![A-Za-z])(?:US|CA|C|AU|A|NZ|S|HK|MX|R)?\\$|[£€₹¥₩]|${CODE}${H}?[$£€₹]?|(?<![A-Za-z])Rs\\.?)${H}?(?<num>${NUMBER})(?<mult>${MULTIPLIER})?(?<post>${H}?${CODE})?`,
    `(?<![\\d.,])(?<num2>${NUMBER})(?<mult2>${MULTIPLIER})?${H}?(?<post2>${CODE}|[€£₹]|zł)`,
  ].join('|'),
  'g',
);

const SYMBOLS: Record<string, string> = {
  $: '$',
  US$: 'USD',
  C$: 'CAD',
  CA$: 'CAD',
  A$: 'AUD',
  AU$: 'AUD',
  NZ$: 'NZD',
  S$: 'SGD',
  HK$: 'HKD',
  MX$: 'MXN',
  R$: 'BRL',
  '£': 'GBP',
  '€': 'EUR',
  '₹': 'INR',
  '¥': 'JPY',
  '₩': 'KRW',
  zł: 'PLN',
  Rs: 'INR',
  RMB: 'CNY',
};

function currencyOf(prefix: string | undefined, suffix: string | undefined): string {
  const code = (sign: string | undefined) => {
    if (sign === undefined) return null;
    const word = sign.trim().replace(/\.$/, '');
    const letters = /^[A-Z]{3}/.exec(word)?.[0];
    return SYMBOLS[letters ?? word] ?? letters ?? SYMBOLS[word.slice(-1)] ?? null;
  };
  const before = code(prefix);
  const after = code(suffix);
  // "$25 CAD" names its country after the amount.
  return before === null || before === '$' ? (after ?? before ?? '$') : before;
}

/**
 * The value of a written number. Commas and dots group thousands ("11,000", "2.100",
 * "1,00,000") or mark decimals ("22.50", "22,50"); with both, the last one is the decimal mark.
 */
export function parseAmount(written: string): number | null {
  const digits = written.replace(/[\s'\u00a0\u202f]/g, '');
  const hasComma = digits.includes(',');
  const hasDot = digits.includes('.');
  if (hasComma && hasDot) {
    const decimal = digits.lastIndexOf(',') > digits.lastIndexOf('.') ? ',' : '.';
    const grouping = decimal === ',' ? /\./g : /,/g;
    return Number(digits.replace(grouping, '').replace(decimal, '.'));
  }
  const mark = hasComma ? ',' : hasDot ? '.' : null;
  if (mark === null) return Number(digits);
  const { thousands, lakhs, decimal } = GROUPING[mark];
  if (thousands.test(digits) || lakhs.test(digits)) return Number(digits.split(mark).join(''));
  if (decimal.test(digits)) return Number(digits.replace(mark, '.'));
  return null;
}

/** With one kind of mark: "11,000" and "1,00,000" group digits; "22,50" has decimals. */
const GROUPING = {
  ',': { thousands: /^\d{1,3}(?:,\d{3})+$/, lakhs: /^\d{1,2}(?:,\d{2})+,\d{3}$/, decimal: /^\d+,\d{1,2}$/ },
  '.': { thousands: /^\d{1,3}(?:\.\d{3})+$/, lakhs: /^\d{1,2}(?:\.\d{2})+\.\d{3}$/, decimal: /^\d+\.\d{1,2}$/ },
};

export function multiplierOf(written: string | undefined): { factor: number; large: boolean; perYear: boolean } {
  const word = written?.trim();
  if (!word) return { factor: 1, large: false, perYear: false };
  if (/^k$/i.test(word)) return { factor: 1_000, large: false, perYear: false };
  if (/^(?:lakhs?|lacs?)$/i.test(word)) return { factor: 100_000, large: false, perYear: false };
  if (word === 'LPA') return { factor: 100_000, large: false, perYear: true };
  return { factor: 1, large: true, perYear: false };
}

/** The amounts on a page, in order; at most `limit` of them. */
export function findMoney(scan: string, limit = Infinity): MoneyMention[] {
  const found: MoneyMention[] = [];
  MONEY.lastIndex = 0;
  for (let m = MONEY.exec(scan); m && found.length < limit; m = MONEY.exec(scan)) {
    const g = m.groups!;
    const value = parseAmount(g.num ?? g.num2!);
    if (value === null || !Number.isFinite(value)) continue;
    const multiplier = multiplierOf(g.mult ?? g.mult2);
    found.push({
      start: m.index,
      end: m.index + m[0].length,
      amount: value * multiplier.factor,
      currency: currencyOf(g.pre, g.post ?? g.post2),
      multiplied: multiplier.factor > 1,
      large: multiplier.large,
      perYear: multiplier.perYear,
    });
  }
  return found;
}
