// Reads a pay cell as trackers and spreadsheets write it: "$11,000/month", "$11k/mo", "45/hr",
// "$40–50 an hour", "$120K", "TBD". Dots are decimal points ("€2.500" is 2.5 euros).
// The text is always kept as written in `raw`; the amounts are our reading of it.
import type { Pay, PayPeriod } from '../application';

export interface PayCell {
  /** Null only for an empty cell. */
  pay: Pay | null;
  /** Set when the text was kept but not fully understood, e.g. "has no amount". */
  warning: string | null;
}

const SYMBOLS: [RegExp, string][] = [
  [/\b(?:CA|C)\$/i, 'CAD'],
  [/\b(?:AU|A)\$/i, 'AUD'],
  [/\bS\$/i, 'SGD'],
  [/\bHK\$/i, 'HKD'],
  [/\$/, 'USD'],
  [/€/, 'EUR'],
  [/£/, 'GBP'],
  [/₹/, 'INR'],
  [/¥/, 'JPY'],
];
const CODES = [
  'USD',
  'EUR',
  'GBP',
  'CAD',
  'AUD',
  'CHF',
  'INR',
  'JPY',
  'CNY',
  'SGD',
  'HKD',
  'SEK',
  'NOK',
  'DKK',
  'PLN',
  'ILS',
  'NZD',
  'MXN',
  'BRL',
  'KRW',
];
const CODE = new RegExp(`\\b(${CODES.join('|')})\\b`, 'i');

const PERIODS: [RegExp, PayPeriod][] = [
  [/\b(hour|hours|hr|hrs|hourly|ph)\b|\/\s*h\b/i, 'hour'],
  [/\b(week|weeks|wk|wks|weekly|pw)\b/i, 'week'],
  [/\b(month|months|mo|mos|mth|monthly|pm)\b/i, 'month'],
  [/\b(year|years|yr|yrs|yearly|annual|annually|annum|pa|p\.a)\b/i, 'year'],
  [/\b(total|lump sum|stipend|one[- ]time|for the (internship|summer|program|programme))\b/i, 'total'],
];

/** "11,000", "11.5k", "120K"; a comma followed by three digits groups thousands. */
const AMOUNT = /(\d{1,3}(?:,\d{3})+|\d+)(?!\d|,\d)(\.\d+)?(?:\s*([km])(?![a-z]))?/gi;
const RANGE_JOIN = /^\s*(-|–|—|to)\s*[^\d]{0,4}$/i;

/** Below this an amount with no period is an hourly rate; at or above YEARLY_FROM a salary. */
const HOURLY_BELOW = 200;
const YEARLY_FROM = 20_000;

function currencyOf(text: string, fallback: string): string {
  const code = CODE.exec(text);
  if (code) return code[1]!.toUpperCase();
  return SYMBOLS.find(([pattern]) => pattern.test(text))?.[1] ?? fallback;
}

function periodOf(text: string): PayPeriod | null {
  return PERIODS.find(([pattern]) => pattern.test(text))?.[1] ?? null;
}

interface Amount {
  value: number;
  multiplier: number | null;
  end: number;
  start: number;
}

function amountsOf(text: string): Amount[] {
  return [...text.matchAll(AMOUNT)].map((m) => ({
    value: Number(m[1]!.replaceAll(',', '') + (m[2] ?? '')),
    multiplier: m[3] === undefined ? null : m[3].toLowerCase() === 'k' ? 1_000 : 1_000_000,
    start: m.index,
    end: m.index + m[0].length,
  }));
}

export function parsePayCell(text: string, defaultCurrency = 'USD'): PayCell {
  const raw = text.trim();
  if (raw === '') return { pay: null, warning: null };
  const currency = currencyOf(raw, defaultCurrency);
  const amounts = amountsOf(raw);
  if (amounts.length === 0) {
    return {
      pay: { min: null, max: null, currency, period: null, raw },
      warning: `has no amount (got '${raw}'); kept as written`,
    };
  }

  const [first, second] = amounts;
  const isRange = second !== undefined && RANGE_JOIN.test(raw.slice(first!.end, second.start));
  // "40-50k": a multiplier written once applies to both ends.
  const multiplier = first!.multiplier ?? (isRange ? second.multiplier : null) ?? 1;
  const low = first!.value * multiplier;
  const high = isRange ? second.value * (second.multiplier ?? multiplier) : low;
  const [min, max] = low <= high ? [low, high] : [high, low];

  let period = periodOf(raw);
  let warning: string | null = null;
  if (period === null) {
    if (max < HOURLY_BELOW) period = 'hour';
    else if (min >= YEARLY_FROM) period = 'year';
    else warning = `does not say per hour, month or year (got '${raw}'); kept without a period`;
  }
  return { pay: { min, max, currency, period, raw }, warning };
}
