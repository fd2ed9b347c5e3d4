// One reading of money for every place that takes it as text: the editor's pay fields, a CSV
// cell, a pasted posting's pay. The same text gives the same money everywhere; what the text
// does not settle is returned as a guess for the user to see.
import type { PayPeriod } from '../application';
import type { DecimalMark } from './amount';
import { isCap, isFloor } from './bounds';
import { DOLLAR_CODES } from './currency';
import { asTyped } from '../normalizeWord';
import { findMoney, joinRange } from './moneyMentions';
import type { MoneyGuess } from './moneyGuess';
import { periodAfter, periodBefore, periodIn, statesPerDay } from './period';

export interface Money {
  min: number;
  max: number;
  currency: string;
  period: PayPeriod | null;
}

export interface MoneyContext {
  /** The currency already known for this amount (the editor's Currency, a currency column). */
  currency?: string | null;
  /** The currency taken, as a guess, when neither the text nor `currency` names one; USD if not given. */
  assumedCurrency?: string;
  /** What a bare "$" stands for (the page's or the user's dollar); USD if not given. */
  dollar?: string;
  /** Whether `dollar` is itself a guess (a CSV column's or the region's dollar), said as one. */
  dollarGuessed?: boolean;
  /** The decimal mark the values around this one settle (see inferDecimalMark). */
  decimal?: DecimalMark | null;
  /** The currency of the place paid in: what a sign several currencies write stands for there ("kr" in Oslo). */
  placeCurrency?: string | null;
}

/** What a caller knows of the dollar a bare "$" stands for. */
export type DollarContext = Pick<MoneyContext, 'dollar' | 'dollarGuessed'>;

export type MoneyReading =
  | {
      ok: true;
      money: Money;
      guesses: MoneyGuess[];
      /**
       * Set when the words around one amount make it a bound, not the pay itself: "at least $20/hr"
       * a floor, "up to $50/hr" a cap (see bounds.ts). Never for a range.
       */
      bound: 'floor' | 'cap' | null;
      /**
       * The text states the pay per day ("日給", "$150/day"), a period the app has none for: the
       * period is then null, and none is guessed from the amount's size.
       */
      perDay: boolean;
    }
  | { ok: false; error: 'no amount' | 'not one amount' | 'negative' };

/** "-20", "−$20", "$-20/hour": pay is never below zero, and the minus must not be dropped. */
const NEGATIVE = /^\s*(?:\p{Sc}\s*)?[-−]\s*(?:\p{Sc}\s*)?\d/u;

/** Below this an amount written without a period is most likely hourly; at or above YEARLY_FROM, yearly. */
const HOURLY_BELOW = 200;
const YEARLY_FROM = 20_000;
/** Where those sizes mean that: currencies whose unit is worth roughly a dollar. */
const DOLLAR_SIZED = new Set(['USD', 'CAD', 'AUD', 'NZD', 'SGD', 'EUR', 'GBP', 'CHF']);

/** Whether `currency`'s unit is worth roughly a dollar, so a dollar's amounts read right in it. */
export function isDollarSized(currency: string): boolean {
  return DOLLAR_SIZED.has(currency);
}

/**
 * What a "$" stands for: the caller's dollar, said as a guess when it is one; else, where nothing
 * around it settles one, US dollars, said as the guess it is, since Canada, Australia and others
 * write theirs the same way.
 */
export function dollarSign(context: DollarContext): { currency: string; guess: MoneyGuess | null } {
  const dollar = context.dollar || 'USD';
  const guessed = !context.dollar || context.dollarGuessed;
  const others = DOLLAR_CODES.filter((code) => code !== dollar);
  return { currency: dollar, guess: guessed ? { kind: 'sign', sign: '$', currency: dollar, others } : null };
}

/** The currency of the amounts read, with a guess when none was written. */
function currencyOf(written: string | null, context: MoneyContext): { currency: string; guess: MoneyGuess | null } {
  if (written === '$') return dollarSign(context);
  if (written !== null) return { currency: written, guess: null };
  if (context.currency) return { currency: context.currency, guess: null };
  const assumed = context.assumedCurrency ?? 'USD';
  return { currency: assumed, guess: { kind: 'currency', currency: assumed } };
}

/**
 * Reads a text that states one pay: "$11,000/month", "€2.500–3.000/Monat", "CHF 3'500 / month",
 * "¥250,000/月", "£28k–£32k p.a.", "$5,600 for the ten weeks", "150". Words around it are
 * allowed ("$11,000, negotiable, per month"); text with no amount is refused.
 */
export function readMoney(input: string, context: MoneyContext = {}): MoneyReading {
  const text = asTyped(input);
  if (NEGATIVE.test(text)) return { ok: false, error: 'negative' };
  const { decimal, currency: known, placeCurrency } = context;
  const [first, next] = findMoney(text, { bare: true, limit: 2, decimal, currency: known, placeCurrency });
  if (first === undefined) return { ok: false, error: 'no amount' };
  const range = joinRange(text, first, next, true);
  const guesses = [...range.guesses];
  const upperCurrency = range.usedNext ? next!.currency : null;
  const currency = currencyOf(first.currency ?? upperCurrency, context);
  if (currency.guess) guesses.push(currency.guess);

  const written = periodAfter(text.slice(range.end));
  let period: PayPeriod | null = range.perYear ? 'year' : null;
  period ??= written?.period ?? periodBefore(text.slice(0, range.start)) ?? periodIn(text);
  const perDay = period === null && statesPerDay(text);
  if (period === null && !perDay) {
    period = periodBySize(range.min, range.max, currency.currency);
    if (period !== null) guesses.push({ kind: 'period', period });
  }
  const before = text.slice(0, range.start);
  const after = text.slice(range.end + (written?.length ?? 0));
  const bound = range.min !== range.max ? null : isFloor(before, after) ? 'floor' : isCap(before) ? 'cap' : null;
  return {
    ok: true,
    money: { min: range.min, max: range.max, currency: currency.currency, period },
    guesses,
    bound,
    perDay,
  };
}

/** The period an amount's size suggests where none is written: "$25" an hour, "$85,000" a year. */
export function periodBySize(min: number, max: number, currency: string): PayPeriod | null {
  if (!isDollarSized(currency)) return null;
  if (max < HOURLY_BELOW) return 'hour';
  return min >= YEARLY_FROM ? 'year' : null;
}

/**
 * Reads a text that is one amount and nothing more, its currency sign allowed: "2.500",
 * "€2,000.50", "5k", "EUR 2000". A range, a rate ("$40/hr", "12 LPA": its unit says a year) or
 * words are not one amount: they are read as a whole pay (readMoney), which keeps their period.
 */
export function readOneAmount(
  text: string,
  context: Pick<MoneyContext, 'currency' | 'decimal' | 'placeCurrency'> = {},
):
  | { ok: true; amount: number; currency: string | null; guesses: MoneyGuess[] }
  | { ok: false; error: 'no amount' | 'not one amount' | 'negative' } {
  const trimmed = asTyped(text).trim();
  if (NEGATIVE.test(trimmed)) return { ok: false, error: 'negative' };
  const found = findMoney(trimmed, { bare: true, limit: 2, ...context });
  const [only] = found;
  if (only === undefined) return { ok: false, error: 'no amount' };
  if (found.length > 1 || only.start !== 0 || only.end !== trimmed.length || only.large || only.perYear)
    return { ok: false, error: 'not one amount' };
  return { ok: true, amount: only.amount, currency: only.currency, guesses: only.guesses };
}
