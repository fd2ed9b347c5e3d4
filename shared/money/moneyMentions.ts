// Amounts of money as text writes them: "$11,000", "US$40", "CAD 28", "£2,600", "€2.100",
// "2 100 €", "₹1,00,000", "$120K", "₹6 LPA", "CHF 3'500", "¥250,000", "25万円". Whether an amount
// is pay is decided by whoever reads the text around it.
import {
  inferDecimalMark,
  multiplierOf,
  MULTIPLIER,
  NUMBER,
  readAmount,
  scaleAmount,
  type DecimalMark,
} from './amount';
import {
  currencyOfSigns,
  LOCAL_SIGN_BEFORE,
  settleSharedSign,
  SIGN_AFTER,
  SIGN_BEFORE,
  type CurrencyReading,
} from './currency';
import { guessKey, type MoneyGuess } from './moneyGuess';

export interface TextRange {
  start: number;
  end: number;
}

export interface MoneyMention extends TextRange {
  amount: number;
  /** An ISO 4217 code; '$' for a bare dollar sign whose country the reader settles; null for none. */
  currency: string | null;
  /** A "K" (or lakh) multiplier was written, so a bare number joined to it may share it. */
  multiplied: boolean;
  /** What that multiplier multiplies by (1 for none). */
  factor: number;
  /** Millions and more: funding rounds and revenue, never an intern's pay. */
  large: boolean;
  /** "LPA" (lakh per annum) carries its own period. */
  perYear: boolean;
  /** What reading it took that the text did not settle. */
  guesses: MoneyGuess[];
  /** The decimal mark the text's amounts agree on, for amounts read next to this one. */
  decimal: DecimalMark | null;
}

const H = '[^\\S\\n]';
/** A number starts where no digit or separator is before it: scanning from inside one would read it again, and again. */
const NUMBER_START = `(?<![\\d.,'\\u2019\\u00a0\\u202f])(?<!\\d )`;
const SIGNED = new RegExp(
  [
    `(?<pre>${SIGN_BEFORE})${H}?(?<num>${NUMBER})(?<mult>${MULTIPLIER})?(?:${H}?(?<post>${SIGN_AFTER}))?`,
    `${NUMBER_START}(?<num2>${NUMBER})(?<mult2>${MULTIPLIER})?${H}?(?<post2>${SIGN_AFTER})`,
  ].join('|'),
  'g',
);
/**
 * With the letters some countries write before an amount ("R6 000", "Sh15,000"). The number
 * must end there: "Kes12, 000" (a slipped separator) is not 12 shillings.
 */
const SIGNED_LOCAL = new RegExp(
  `${SIGNED.source}|(?<lpre>${LOCAL_SIGN_BEFORE})${H}?(?<lnum>${NUMBER})(?!\\d|,${H}\\d)(?<lmult>${MULTIPLIER})?`,
  'g',
);
/** For text that is about money (a CSV cell, a form field): a number with no sign is money too. */
const ANY = new RegExp(
  `(?:(?<pre>${SIGN_BEFORE})${H}?|${NUMBER_START})(?<num>${NUMBER})(?<mult>${MULTIPLIER})?(?:${H}?(?<post>${SIGN_AFTER}))?`,
  'g',
);

/** "1日", "5 days": a bare number of days counts days, not money ("1日 10,000円" is a day's pay). */
const DAYS_AFTER = /^[^\S\n]?(?:日(?!本)|days?(?![a-zà-ÿ]))/i;
function isCountOfDays(text: string, m: RegExpExecArray): boolean {
  const { pre, post, mult } = m.groups!;
  const end = m.index + m[0].length;
  return pre === undefined && post === undefined && mult === undefined && DAYS_AFTER.test(text.slice(end, end + 8));
}

const EXPONENT = /^[eE][+-]?\d/;
const MANTISSA = /\d[eE][+-]?$/;

export interface FindMoneyOptions {
  /** At most this many amounts (a page with hundreds is a price list, read only so far). */
  limit?: number;
  /** Whether a number with no currency sign is an amount (true where the text is all money). */
  bare?: boolean;
  /** The decimal mark of the values around the text (a CSV column), when they settle it. */
  decimal?: DecimalMark | null;
  /**
   * The currency of amounts written without a sign, when known: its custom can settle "2.500",
   * and it settles a sign it shares with others ("kr" beside NOK).
   */
  currency?: string | null;
  /** The currency of the place the money is paid in (currencyOfPlace): it settles a shared sign only. */
  placeCurrency?: string | null;
  /** Whether letters some countries write as a sign ("R6 000") are read too (see LOCAL_SIGN_BEFORE). */
  local?: boolean;
}

/**
 * The amounts in a text, in order. Separators are read from each number, else from the text's
 * other amounts (or the `decimal` given), else from the currency's custom, else guessed.
 */
export function findMoney(text: string, options: FindMoneyOptions = {}): MoneyMention[] {
  const pattern = options.bare ? ANY : options.local ? SIGNED_LOCAL : SIGNED;
  const limit = options.limit ?? Infinity;
  const matches: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m && matches.length < limit; m = pattern.exec(text))
    if (!(options.bare && isCountOfDays(text, m))) matches.push(m);
  const decimal =
    options.decimal ?? inferDecimalMark(matches.map((m) => m.groups!.num ?? m.groups!.num2 ?? m.groups!.lnum!));

  const signOf = (g: Record<string, string | undefined>) =>
    settleSharedSign(
      settleSharedSign(currencyOfSigns(g.pre ?? g.lpre, g.post ?? g.post2), options.currency),
      options.placeCurrency,
    );
  // An amount with no sign of its own is in the text's one currency ("2.500–3.000 €"), if it has one.
  const signs = new Set(matches.flatMap((m) => signOf(m.groups!) ?? []));
  const textCurrency = signs.size === 1 ? [...signs][0]!.currency : null;
  const found: MoneyMention[] = [];
  const mention = (
    start: number,
    end: number,
    written: string,
    mult: string | undefined,
    sign: CurrencyReading | null,
  ) => {
    const currency = sign?.currency ?? options.currency ?? textCurrency;
    const read = readAmount(written, { decimal, currency });
    if (read === null) return;
    const multiplier = multiplierOf(mult, { currency, decimal });
    found.push({
      start,
      end,
      amount: scaleAmount(read.value, multiplier.factor),
      currency: sign?.currency ?? multiplier.currency,
      multiplied: multiplier.factor > 1,
      factor: multiplier.factor,
      large: multiplier.large,
      perYear: multiplier.perYear,
      guesses: [sign?.guess, read.guess].filter((guess) => guess != null),
      decimal,
    });
  };
  for (const m of matches) {
    // "2e3", "1e308": a number in scientific notation is no amount, least of all its first digits.
    const end = m.index + m[0].length;
    if (EXPONENT.test(text.slice(end, end + 3)) || MANTISSA.test(text.slice(Math.max(0, m.index - 3), m.index)))
      continue;
    const g = m.groups!;
    const sign = signOf(g);
    // "2.500–3.000 €": the sign after the upper end is the lower end's too.
    if (g.num2 !== undefined) {
      const from = Math.max(found.at(-1)?.end ?? 0, m.index - 32);
      const low = LOW_END.exec(text.slice(from, m.index));
      if (low)
        mention(from + low.index, from + low.index + low[1]!.length + (low[2] ?? '').length, low[1]!, low[2], sign);
    }
    mention(m.index, m.index + m[0].length, g.num ?? g.num2 ?? g.lnum!, g.mult ?? g.mult2 ?? g.lmult, sign);
  }
  return found;
}

/** The lower end of a range whose currency is written only after its upper end. */
const LOW_END = new RegExp(`${NUMBER_START}(${NUMBER})(${MULTIPLIER})?[^\\S\\n]*(?:[-–—−]|to|bis|à)[^\\S\\n]*$`);

/**
 * Between the two ends of a range, possibly after a unit repeated on both ("$48/hr - $55/hr",
 * "from $2400 per month to $4000 per month"); the unit's group is set when one was written.
 */
const RANGE_JOIN =
  /^(?:[^\S\n]*(\/|per\b|an?\b)[^\S\n]*(?:hr|hour|h|wk|week|mo|month|yr|year|annum)\b)?[^\S\n]*(?:[-–—−〜～~]|to|and|bis|à|a\b)[^\S\n]*/i;
const BARE_AMOUNT = new RegExp(`^(${NUMBER})(${MULTIPLIER})?`);

export interface MoneyRange extends TextRange {
  min: number;
  max: number;
  /** Whether the next mention is the range's upper end. */
  usedNext: boolean;
  large: boolean;
  /** "LPA" after either end: the range is a year's pay. */
  perYear: boolean;
  guesses: MoneyGuess[];
}

/**
 * "$40–$55", "$40 - 55", "$120-150K", "€2.500–3.000", "between $20 and $25"; else the amount
 * alone. `eitherOrder` joins "$50-40" too (a cell holds one pay; a page's "$50 - 40 hours" does not).
 */
export function joinRange(
  text: string,
  first: MoneyMention,
  next: MoneyMention | undefined,
  eitherOrder = false,
): MoneyRange {
  const single: MoneyRange = {
    start: first.start,
    end: first.end,
    min: first.amount,
    max: first.amount,
    usedNext: false,
    large: first.large,
    perYear: first.perYear,
    guesses: first.guesses,
  };
  const join = RANGE_JOIN.exec(text.slice(first.end, first.end + 24));
  if (!join) return single;
  // A unit in words ("$2400 per month to") joins only an amount written as money after it, not
  // any number ("$50 an hour to 40 hours").
  const wordedUnit = join[1] !== undefined && join[1] !== '/';
  if (/and/i.test(join[0]) && !/between\s+$/i.test(text.slice(Math.max(0, first.start - 10), first.start)))
    return single;
  const at = first.end + join[0].length;
  // Spanish and Portuguese "de R$ 203 a R$ 520": "a" joins only after "de", and only money written
  // as such ("$15 a 40-hour week" is a rate and the week's hours).
  if (
    /^a$/i.test(join[0].trim()) &&
    (!/\bde\s+$/i.test(text.slice(Math.max(0, first.start - 10), first.start)) || next?.start !== at)
  )
    return single;
  let upper: Pick<MoneyMention, 'amount' | 'end' | 'large' | 'guesses' | 'factor' | 'perYear'>;
  if (next && next.start === at) {
    upper = next;
  } else if (wordedUnit) {
    return single;
  } else {
    const bare = BARE_AMOUNT.exec(text.slice(at, at + 24));
    const read = bare ? readAmount(bare[1]!, { decimal: first.decimal, currency: first.currency }) : null;
    if (!bare || read === null) return single;
    const multiplier = multiplierOf(bare[2], { currency: first.currency, decimal: first.decimal });
    upper = {
      amount: scaleAmount(read.value, multiplier.factor),
      end: at + bare[0].length,
      large: multiplier.large,
      factor: multiplier.factor,
      perYear: multiplier.perYear,
      guesses: read.guess ? [read.guess] : [],
    };
  }
  if (upper.amount < first.amount && !eitherOrder) return single;
  const [low, high] = upper.amount < first.amount ? [upper.amount, first.amount] : [first.amount, upper.amount];
  // "$120-150K", "10-12 LPA": a multiplier written once applies to both ends.
  const factor = upper.factor > 1 ? upper.factor : 1000;
  const min = !first.multiplied && high >= factor * low && high !== low ? scaleAmount(low, factor) : low;
  return {
    start: first.start,
    end: upper.end,
    min,
    max: high,
    usedNext: upper === next,
    large: first.large || upper.large,
    perYear: first.perYear || upper.perYear,
    // One range is one reading: a sign or a mark both ends share is one guess, told once.
    guesses: oneOfEach([...first.guesses, ...upper.guesses]),
  };
}

function oneOfEach(guesses: MoneyGuess[]): MoneyGuess[] {
  const byKey = new Map<string, MoneyGuess>();
  for (const guess of guesses) if (!byKey.has(guessKey(guess))) byKey.set(guessKey(guess), guess);
  return [...byKey.values()];
}
