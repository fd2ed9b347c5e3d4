// Which currency a written amount is in: its sign ("€", "CA$", "zł", "kr") or ISO code ("CHF",
// "EUR"), written before or after the amount.
import type { MoneyGuess } from './moneyGuess';

export const CURRENCY_CODES = [
  'USD',
  'CAD',
  'AUD',
  'NZD',
  'SGD',
  'HKD',
  'GBP',
  'EUR',
  'INR',
  'JPY',
  'CNY',
  'RMB',
  'KRW',
  'CHF',
  'SEK',
  'NOK',
  'DKK',
  'PLN',
  'CZK',
  'HUF',
  'BRL',
  'MXN',
  'ZAR',
  'AED',
  'ILS',
  'TWD',
  'THB',
  'PHP',
  'IDR',
  'MYR',
  'TRY',
  'ISK',
  'ARS',
  'CLP',
  'COP',
  'VND',
  'PKR',
  'LKR',
  'NPR',
  'BDT',
  'NGN',
  'KES',
  'GHS',
  'EGP',
  'MOP',
  'RON',
] as const;

const H = '[^\\S\\n]';
const CODE = `(?<![A-Za-z])(?:${CURRENCY_CODES.join('|')})(?![A-Za-z])`;
/**
 * Signs written before the amount: "$", "CA$", "€", "CHF", "Rs.", "EUR €". A country's dollar
 * ("CA$") starts a word; a bare "$" may follow a label it is glued to ("Salary$42").
 */
export const SIGN_BEFORE = `(?<![A-Za-z])(?:US|CA|C|AU|A|NZ|S|HK|MX|R|NT)\\$|\\$|[£€₹¥￥₩₦]|${CODE}${H}?[$£€₹]?|(?<![A-Za-z])(?:Rs\\.?|kr\\.?)`;
/**
 * Letters a few countries write before an amount that are letters elsewhere: "R10 109.86" (South
 * African rand), "Sh15,000" and "Ksh 20,000" (Kenyan shilling), "N40,000" (naira). Only the
 * posting parser looks for them, and keeps one only where the page is set in its country.
 */
export const LOCAL_SIGN = String.raw`(?<![A-Za-z\d])(?:R|N|Shs?\.?|K[Ss]hs?\.?|Kes)`;
export const LOCAL_SIGN_BEFORE = `${LOCAL_SIGN}(?=${H}?\\d)`;
const LOCAL_SIGNS: Record<string, string> = {
  R: 'ZAR',
  N: 'NGN',
  Sh: 'KES',
  Shs: 'KES',
  Ksh: 'KES',
  Kshs: 'KES',
  KSh: 'KES',
  KShs: 'KES',
  Kes: 'KES',
};

/** Currencies written out after the amount: "1,516 Swiss Francs", "500 euros", "500 Euro", "10,000 rupees". */
const CURRENCY_NAMES: Record<string, string> = {
  dollars: '$',
  'us dollars': 'USD',
  'canadian dollars': 'CAD',
  'australian dollars': 'AUD',
  'singapore dollars': 'SGD',
  'swiss francs': 'CHF',
  euros: 'EUR',
  euro: 'EUR',
  'pounds sterling': 'GBP',
  // Hindi's rupee is India's: "5,000 रुपये", "10 रुपए".
  रुपये: 'INR',
  रुपए: 'INR',
  // Romania's leu ("2,080 lei gross") and Hungary's forint ("130 000 forint", "150.000 Ft").
  lei: 'RON',
  forint: 'HUF',
  forintot: 'HUF',
  ft: 'HUF',
};
const NAME_AFTER = `(?<![A-Za-z])(?:(?:US|[Cc]anadian|[Aa]ustralian|[Ss]ingapore)${H}+)?[Dd]ollars|(?<![A-Za-z])[Ss]wiss${H}+[Ff]rancs|(?<![A-Za-z])(?:[Ee]uros?|[Pp]ounds${H}+[Ss]terling|[Rr]upees|lei|[Ff]orint(?:ot)?|Ft)(?![A-Za-z])|रुप(?:ये|ए)`;
/** Signs written after it: "2 100 €", "7500 SGD", "2 500 kr", "250,000円", "3 000 zł", "500 euros". */
export const SIGN_AFTER = `${CODE}|[$€£₹¥￥]|zł\\.?|Kč|円|元|(?<![A-Za-z])kr(?![A-Za-z])\\.?|${NAME_AFTER}`;

const SIGNS: Record<string, string> = {
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
  NT$: 'TWD',
  '£': 'GBP',
  '€': 'EUR',
  '₹': 'INR',
  円: 'JPY',
  元: 'CNY',
  '₩': 'KRW',
  zł: 'PLN',
  Kč: 'CZK',
  '₦': 'NGN',
  RMB: 'CNY',
};

/** Signs more than one currency writes: the one taken, and the others it could be. */
const SHARED_SIGNS: Record<string, { currency: string; others: string[] }> = {
  kr: { currency: 'SEK', others: ['NOK', 'DKK'] },
  rs: { currency: 'INR', others: ['PKR', 'LKR', 'NPR'] },
  rupees: { currency: 'INR', others: ['PKR', 'LKR', 'NPR'] },
  '¥': { currency: 'JPY', others: ['CNY'] },
  '￥': { currency: 'JPY', others: ['CNY'] },
};

export interface CurrencyReading {
  /** An ISO 4217 code, or '$' for a bare dollar sign whose country the caller must settle. */
  currency: string;
  guess: MoneyGuess | null;
}

/**
 * A shared sign's reading settled by a currency known beside the text, when that currency writes
 * the sign: "kr" beside NOK is NOK, no longer a guess. Any other reading is left as it is.
 */
export function settleSharedSign(
  reading: CurrencyReading | null,
  known: string | null | undefined,
): CurrencyReading | null {
  const guess = reading?.guess;
  return known && guess?.kind === 'sign' && (guess.currency === known || guess.others.includes(known))
    ? { currency: known, guess: null }
    : reading;
}

/**
 * The countries whose currency writes a sign others write too ("kr"), by their names and their
 * larger cities, in English and their own language.
 */
const SHARED_SIGN_PLACES: ReadonlyArray<[string, RegExp]> = (
  [
    [
      'DKK',
      'Denmark|Danmark|København|Kobenhavn|Copenhagen|Aarhus|Århus|Odense|Aalborg|Esbjerg|Lyngby|Roskilde|Billund',
    ],
    ['NOK', 'Norway|Norge|Noreg|Oslo|Bergen|Trondheim|Stavanger|Tromsø|Kristiansand|Drammen|Fornebu|Lysaker'],
    [
      'SEK',
      'Sweden|Sverige|Stockholm|Göteborg|Goteborg|Gothenburg|Malmö|Malmo|Uppsala|Linköping|Lund|Västerås|Örebro|Umeå|Kista|Solna|Helsingborg|Norrköping|Jönköping',
    ],
  ] as const
).map(([currency, names]) => [currency, new RegExp(`(?<!\\p{L})(?:${names})(?!\\p{L})`, 'iu')]);

/**
 * The currency of the one country a place names among those whose sign others share
 * ("København" is DKK, so its "kr" is the Danish krone); null for any other place, or places in
 * several of them.
 */
export function currencyOfPlace(place: string): string | null {
  const named = SHARED_SIGN_PLACES.filter(([, names]) => names.test(place));
  return named.length === 1 ? named[0]![0] : null;
}

function currencyOfSign(sign: string | undefined): CurrencyReading | null {
  if (sign === undefined) return null;
  const word = sign.trim().replace(/\.$/, '');
  if (word === '') return null;
  const local = LOCAL_SIGNS[word];
  if (local) return { currency: local, guess: null };
  const named = CURRENCY_NAMES[word.toLowerCase().replace(/\s+/g, ' ')];
  if (named) return { currency: named, guess: null };
  const shared = SHARED_SIGNS[word.toLowerCase()];
  if (shared) return { currency: shared.currency, guess: { kind: 'sign', sign: word, ...shared } };
  const letters = /^[A-Z]{3}/.exec(word)?.[0];
  const currency = SIGNS[letters ?? word] ?? letters ?? SIGNS[word.slice(-1)] ?? (word === '$' ? '$' : null);
  return currency === null ? null : { currency, guess: null };
}

/** The currency of signs written before and after an amount; "$25 CAD" names its country after. */
export function currencyOfSigns(before: string | undefined, after: string | undefined): CurrencyReading | null {
  const first = currencyOfSign(before);
  const second = currencyOfSign(after);
  return first === null || first.currency === '$' ? (second ?? first) : first;
}

const SIGN_IN_TEXT = new RegExp(`(?:${SIGN_BEFORE}|${SIGN_AFTER})(?![A-Za-z])`);

/**
 * The currency a label names, "Salary (€)", "Pay [GBP]", "Stipend in CAD": amounts under it
 * without a sign of their own are in it. A sign several currencies share ("kr") comes with its
 * guess; null when the label names none, or only a dollar of no country.
 */
export function currencyNamedIn(label: string): CurrencyReading | null {
  const m = SIGN_IN_TEXT.exec(label);
  const reading = m ? currencyOfSigns(m[0], undefined) : null;
  return reading && reading.currency !== '$' ? reading : null;
}

/** Currencies whose own people write a bare "$": beside one of them, "$45" is in it. */
/** The currencies a bare "$" may stand for. */
export const DOLLAR_CODES = ['USD', 'CAD', 'AUD', 'NZD', 'SGD', 'HKD', 'MXN'] as const;

const DOLLARS: ReadonlySet<string> = new Set(DOLLAR_CODES);

/** Whether a bare "$" may stand for `code` ("CAD" in a Canadian's sheet); not for EUR. */
export function isDollar(code: string): boolean {
  return DOLLARS.has(code);
}

/** Made when first asked for: only the editor asks, and the app's start has no need of it. */
let knownCodes: ReadonlySet<string> | null = null;

/** Whether `code` is a currency's code ("USD", "EUR", and "RMB" as Chinese pages write it), not three letters made up. */
export function isCurrencyCode(code: string): boolean {
  knownCodes ??= new Set([...Intl.supportedValuesOf('currency'), ...CURRENCY_CODES]);
  return knownCodes.has(code);
}

const minorDigits = new Map<string, number>();

/** How many decimals a currency's amounts have: 2 for USD, 0 for JPY or KRW (2 for a code Intl does not know). */
export function currencyDigits(currency: string): number {
  let digits = minorDigits.get(currency);
  if (digits === undefined) {
    try {
      digits = new Intl.NumberFormat('en-US', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits!;
    } catch {
      digits = 2;
    }
    minorDigits.set(currency, digits);
  }
  return digits;
}
