// The readings of money the text did not settle, so the user is told each one.
import type { PayPeriod } from '../application';
import { listInWords } from '../listInWords';

export type MoneyGuess =
  /** "2.500" read as 2,500: the mark taken as grouping thousands. */
  | { kind: 'thousands'; written: string; value: number; mark: '.' | ',' }
  /**
   * No currency written: the one the caller assumes, and what it went by: the currency most of a
   * CSV column's amounts state, the student's region's, or nothing (USD).
   */
  | { kind: 'currency'; currency: string; basis?: 'column' | 'region' }
  /** A sign several currencies use ("kr"): the one taken. */
  | { kind: 'sign'; sign: string; currency: string; others: string[] }
  /**
   * No period written: one taken from the size of the amount, or (basis 'column') the one most
   * of a CSV column's amounts that state a period state.
   */
  | { kind: 'period'; period: PayPeriod; basis?: 'column' };

const PERIOD_WORDS: Record<PayPeriod, string> = {
  hour: 'per hour',
  week: 'per week',
  month: 'per month',
  year: 'per year',
  total: 'in total',
};

const grouped = (value: number) => value.toLocaleString('en-US', { maximumFractionDigits: 2 });

/** The guess as the user reads it: "'2.500' read as 2,500 ('.' taken to group thousands)". */
export function describeGuess(guess: MoneyGuess): string {
  switch (guess.kind) {
    case 'thousands':
      return `'${guess.mark}' taken to group thousands, not as a decimal mark ('${guess.written}' read as ${grouped(guess.value)})`;
    case 'currency':
      return `no currency written; read as ${guess.currency}${
        guess.basis === 'column'
          ? ", the currency most of the column's amounts state"
          : guess.basis === 'region'
            ? ", your region's currency"
            : ''
      }`;
    case 'sign':
      return `'${guess.sign}' read as ${guess.currency} (it is also the sign of ${listInWords(guess.others)})`;
    case 'period':
      return guess.basis === 'column'
        ? `no period written; read as ${PERIOD_WORDS[guess.period]}, as most of the column's amounts that state a period are`
        : `no period written; read as ${PERIOD_WORDS[guess.period]} from the size of the amount`;
  }
}

/** What makes two guesses the same reading, whatever value each was made on. */
export function guessKey(guess: MoneyGuess): string {
  switch (guess.kind) {
    case 'thousands':
      return `thousands ${guess.mark}`;
    case 'currency':
      return `currency ${guess.currency} ${guess.basis ?? ''}`;
    case 'sign':
      return `sign ${guess.currency}`;
    case 'period':
      return `period ${guess.period} ${guess.basis ?? 'size'}`;
  }
}
