// A property: money printed in any locale's convention reads back as the same amount, whatever
// its grouping (",", ".", "’", narrow no-break spaces, Indian lakhs) and decimal mark.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readMoney } from '@shared/money/readMoney';

const CONVENTIONS = [
  ['en-US', 'USD'],
  ['en-GB', 'GBP'],
  ['en-IE', 'EUR'],
  ['de-DE', 'EUR'],
  ['de-AT', 'EUR'],
  ['fr-FR', 'EUR'],
  ['es-ES', 'EUR'],
  ['it-IT', 'EUR'],
  ['nl-NL', 'EUR'],
  ['pt-BR', 'BRL'],
  ['de-CH', 'CHF'],
  ['fr-CH', 'CHF'],
  ['en-IN', 'INR'],
  ['hi-IN', 'INR'],
  ['ja-JP', 'JPY'],
  ['ko-KR', 'KRW'],
  ['en-CA', 'CAD'],
  ['fr-CA', 'CAD'],
  ['en-AU', 'AUD'],
  ['en-SG', 'SGD'],
  ['zh-HK', 'HKD'],
  ['sv-SE', 'SEK'],
  ['pl-PL', 'PLN'],
  ['da-DK', 'DKK'],
  ['nb-NO', 'NOK'],
] as const;
/** Signs several currencies share: read as one of them, with a guess said. */
const SHARED_SIGN = new Set(['DKK', 'NOK']);

describe('money printed in a locale', () => {
  it('reads back as the amount printed, in its currency', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...CONVENTIONS),
        fc.integer({ min: 0, max: 1_000_000_000 }),
        fc.constantFrom('symbol', 'narrowSymbol', 'code'),
        fc.boolean(),
        ([locale, currency], cents, currencyDisplay, showCents) => {
          const format = new Intl.NumberFormat(locale, {
            style: 'currency',
            currency,
            currencyDisplay,
            minimumFractionDigits: showCents ? undefined : 0,
          });
          const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
          const amount = digits === 0 ? Math.round(cents / 100) : cents / 100;
          const text = format.format(amount);
          const read = readMoney(text, { dollar: currency });
          expect(read.ok, text).toBe(true);
          if (!read.ok) return;
          expect(read.money.min, text).toBe(Number(amount.toFixed(digits)));
          if (!SHARED_SIGN.has(currency)) expect(read.money.currency, text).toBe(currency);
        },
      ),
      { numRuns: 3000 },
    );
  });
});
