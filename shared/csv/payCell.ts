// Reads a pay cell as trackers and spreadsheets write it ("$11,000/month", "€2.500/Monat",
// "45/hr", "TBD") through the one money reader. The text is always kept as written in `raw`;
// the amounts are our reading of it, and what the reading guessed is returned to be reported.
import { PAY_PERIODS, type Pay, type PayPeriod } from '../application';
import type { MoneyGuess } from '../money/moneyGuess';
import { periodInHeader, periodOf } from '../money/period';
import { dollarSign, readMoney, readOneAmount, type MoneyContext } from '../money/readMoney';

export interface PayCell {
  /** Null only for an empty cell. */
  pay: Pay | null;
  /** Set when the text was kept but not fully understood, e.g. "has no amount". */
  warning: string | null;
  /** Readings the text did not settle ("no currency written; read as USD"). */
  guesses: MoneyGuess[];
  /** Why the cell cannot be taken at all ("is negative"); null when it can. */
  error: string | null;
  /** The cell states its pay per day, a period the app has none for (see readMoney). */
  perDay: boolean;
}

/** Why pay per day is not taken as pay, for a file's warning. */
export const PER_DAY_PAY = 'is pay per day, and the app keeps pay only per hour, week, month, year or in total';

/** An hour of the day opening a cell, with no money sign: "3 pm", "10:30am". */
const TIME_OF_DAY = /^\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?\s?m\.?(?![a-zà-ÿ])/i;

export function parsePayCell(text: string, context: MoneyContext = {}): PayCell {
  const raw = text.trim();
  if (raw === '') return { pay: null, warning: null, guesses: [], error: null, perDay: false };
  // "3 pm interview" is a time of day, whatever the UK's "£1,800 pm" is.
  const read = TIME_OF_DAY.test(raw) ? ({ ok: false, error: 'time' } as const) : readMoney(raw, context);
  if (!read.ok && read.error === 'negative') {
    return { pay: null, warning: null, guesses: [], error: 'is negative', perDay: false };
  }
  if (!read.ok) {
    const currency = context.currency ?? context.assumedCurrency ?? 'USD';
    return {
      pay: { min: null, max: null, currency, period: null, raw },
      warning: `has no amount (got '${raw}'); kept as written`,
      guesses: [],
      error: null,
      perDay: false,
    };
  }
  const { currency, period } = read.money;
  // "up to $50/hr" is a cap, "at least $20/hr" a floor, as a pasted posting reads them.
  const min = read.bound === 'cap' ? null : read.money.min;
  const max = read.bound === 'floor' ? null : read.money.max;
  const warning = read.perDay
    ? `${PER_DAY_PAY} (got '${raw}'); kept without a period`
    : period === null
      ? `does not say per hour, month or year (got '${raw}'); kept without a period`
      : null;
  const pay = { min, max, currency, period, raw };
  return { pay, warning, guesses: read.guesses, error: null, perDay: read.perDay };
}

/**
 * The period a pay column's name gives ("Monthly stipend", "Hourly wage") where its cell states
 * none, or only one guessed from the amount's size.
 */
export function withHeaderPeriod(cell: PayCell, header: string): PayCell {
  return withPeriod(cell, periodInHeader(header));
}

/**
 * The period given beside the text (a column's name, a period column) where the text states none,
 * or only one guessed from the amount's size.
 */
export function withPeriod(cell: PayCell, period: PayPeriod | null): PayCell {
  const { pay } = cell;
  if (pay === null || period === null || (pay.min === null && pay.max === null)) return cell;
  if (statedPeriod(cell) !== null || cell.perDay) return cell;
  return {
    ...cell,
    pay: { ...pay, period },
    guesses: cell.guesses.filter((guess) => guess.kind !== 'period'),
    // The only warning of a cell with an amount is that it states no period.
    warning: null,
  };
}

/**
 * The period most of a pay column's amounts that state one state, with the sizes of theirs: an
 * amount of that column stating none, of a size like theirs, is taken to be paid so too.
 */
export interface ColumnPeriod {
  period: PayPeriod;
  /** The smallest and largest amount stated per that period. */
  low: number;
  high: number;
}

/** What a pay column's own amounts say, for those of its amounts that leave something out. */
export interface PayColumnFacts {
  /**
   * The currency more than half of its amounts that state one state: a code, or '$' for a bare
   * dollar sign, whose country the reader settles; null where none is.
   */
  currency: string | null;
  /** See ColumnPeriod; null where no period is stated by more than half of those stating one. */
  period: ColumnPeriod | null;
}

/** How far from the column's own amounts of a period an amount may be and still be taken as paid so. */
const LIKE_THEIRS = 3;

/** The one key more than half of `count` share, if any. */
function majorityOf<T>(tally: ReadonlyMap<T, number>): T | null {
  let total = 0;
  for (const count of tally.values()) total += count;
  for (const [key, count] of tally) if (count * 2 > total) return key;
  return null;
}

/**
 * Reads a pay column's values for what its amounts state of their currency and period, to lend
 * to those that state none (see PayColumnFacts). A value read with a guess adds nothing.
 */
export function readPayColumn(values: Iterable<string>, decimal: MoneyContext['decimal']): PayColumnFacts {
  const currencies = new Map<string, number>();
  const periods = new Map<PayPeriod, number>();
  const sizes = new Map<PayPeriod, { low: number; high: number }>();
  for (const value of values) {
    if (value.trim() === '' || TIME_OF_DAY.test(value.trim())) continue;
    const read = readMoney(value, { decimal });
    if (!read.ok) continue;
    const guessed = (kind: MoneyGuess['kind']) => read.guesses.some((guess) => guess.kind === kind);
    const sign = read.guesses.find((guess) => guess.kind === 'sign');
    // A sign several currencies share ("kr", "¥") states none of them for sure: a column of "kr"
    // in Oslo is no evidence of SEK.
    const currency = guessed('currency') || (sign && sign.sign !== '$') ? null : sign ? '$' : read.money.currency;
    if (currency !== null) currencies.set(currency, (currencies.get(currency) ?? 0) + 1);
    const { period, min, max } = read.money;
    if (period === null || guessed('period')) continue;
    periods.set(period, (periods.get(period) ?? 0) + 1);
    const size = sizes.get(period);
    sizes.set(period, { low: Math.min(size?.low ?? min, min), high: Math.max(size?.high ?? max, max) });
  }
  const period = majorityOf(periods);
  return { currency: majorityOf(currencies), period: period === null ? null : { period, ...sizes.get(period)! } };
}

/**
 * The period of the column (ColumnPeriod) for a cell that states none and is of a size like the
 * column's amounts of that period (from a third of the smallest to three times the largest): the
 * column's own amounts say more than the size of this one, which is read from it only beyond them.
 * Said as the guess it is.
 */
export function withColumnPeriod(cell: PayCell, column: ColumnPeriod | null | undefined): PayCell {
  const { pay } = cell;
  if (!column || pay === null || (pay.min === null && pay.max === null) || statedPeriod(cell) !== null || cell.perDay)
    return cell;
  const low = pay.min ?? pay.max!;
  const high = pay.max ?? pay.min!;
  if (low * LIKE_THEIRS < column.low || high > column.high * LIKE_THEIRS) return cell;
  return {
    ...cell,
    pay: { ...pay, period: column.period },
    guesses: [
      ...cell.guesses.filter((guess) => guess.kind !== 'period'),
      { kind: 'period', period: column.period, basis: 'column' },
    ],
    warning: null,
  };
}

/** The period the text itself writes ("/hr", "per month"), not one guessed from the amount's size. */
export function statedPeriod(cell: PayCell): PayPeriod | null {
  return cell.guesses.some((guess) => guess.kind === 'period') ? null : (cell.pay?.period ?? null);
}

/** A pay period column's cell: "month" as our export writes it, or a unit such as "Monthly"; null for anything else. */
export function readPeriodCell(text: string): PayPeriod | null {
  const word = text.trim().toLowerCase();
  return (PAY_PERIODS as readonly string[]).includes(word) ? (word as PayPeriod) : periodOf(word);
}

export type PayAmount =
  | {
      ok: true;
      min: number;
      max: number;
      /** The currency the cell writes (a bare "$" is `context.dollar`, else USD), else `context.currency`, else null. */
      currency: string | null;
      /** The period the cell writes ("$45/hr"); null when it writes none. */
      period: PayPeriod | null;
      guesses: MoneyGuess[];
    }
  | { ok: false; error: 'no amount' | 'not one amount' | 'negative' };

/**
 * A Min. or Max. pay cell: one amount ("8000", "€2.500", "5k"), or one with its period or a
 * range ("$45/hr", "45–55") read as a pay cell reads it. A period or currency the cell does not
 * write is left to the columns around it, not guessed.
 */
export function readPayAmount(
  text: string,
  context: Pick<MoneyContext, 'currency' | 'decimal' | 'placeCurrency' | 'dollar' | 'dollarGuessed'> = {},
): PayAmount {
  const one = readOneAmount(text, context);
  if (one.ok) {
    if (one.currency === '$') {
      const dollar = dollarSign(context);
      return {
        ok: true,
        min: one.amount,
        max: one.amount,
        currency: dollar.currency,
        period: null,
        guesses: dollar.guess ? [...one.guesses, dollar.guess] : one.guesses,
      };
    }
    const currency = one.currency ?? context.currency ?? null;
    return { ok: true, min: one.amount, max: one.amount, currency, period: null, guesses: one.guesses };
  }
  if (one.error !== 'not one amount') return one;
  const read = readMoney(text, context);
  if (!read.ok) return read;
  const guessed = (kind: MoneyGuess['kind']) => read.guesses.some((guess) => guess.kind === kind);
  return {
    ok: true,
    min: read.money.min,
    max: read.money.max,
    currency: guessed('currency') ? null : read.money.currency,
    period: guessed('period') ? null : read.money.period,
    guesses: read.guesses.filter((guess) => guess.kind !== 'currency' && guess.kind !== 'period'),
  };
}
