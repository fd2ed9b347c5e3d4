// Reads a pay cell as trackers and spreadsheets write it ("$11,000/month", "€2.500/Monat",
// "45/hr", "TBD") through the one money reader. The text is always kept as written in `raw`;
// the amounts are our reading of it, and what the reading guessed is returned to be reported.
import type { Pay } from '../application';
import type { MoneyGuess } from '../money/moneyGuess';
import { readMoney, type MoneyContext } from '../money/readMoney';

export interface PayCell {
  /** Null only for an empty cell. */
  pay: Pay | null;
  /** Set when the text was kept but not fully understood, e.g. "has no amount". */
  warning: string | null;
  /** Readings the text did not settle ("no currency written; read as USD"). */
  guesses: MoneyGuess[];
  /** Why the cell cannot be taken at all ("is negative"); null when it can. */
  error: string | null;
}

export function parsePayCell(text: string, context: MoneyContext = {}): PayCell {
  const raw = text.trim();
  if (raw === '') return { pay: null, warning: null, guesses: [], error: null };
  const read = readMoney(raw, context);
  if (!read.ok && read.error === 'negative') {
    return { pay: null, warning: null, guesses: [], error: 'is negative' };
  }
  if (!read.ok) {
    const currency = context.currency ?? context.assumedCurrency ?? 'USD';
    return {
      pay: { min: null, max: null, currency, period: null, raw },
      warning: `has no amount (got '${raw}'); kept as written`,
      guesses: [],
      error: null,
    };
  }
  const { min, max, currency, period } = read.money;
  const warning = period === null ? `does not say per hour, month or year (got '${raw}'); kept without a period` : null;
  return { pay: { min, max, currency, period, raw }, warning, guesses: read.guesses, error: null };
}
