import { describe, expect, it } from 'vitest';
import { parsePayCell } from '@shared/csv/payCell';

describe('parsePayCell', () => {
  it.each([
    ['$11,000/month', 11000, 11000, 'month', 'USD'],
    ['$11k/mo', 11000, 11000, 'month', 'USD'],
    ['45/hr', 45, 45, 'hour', 'USD'],
    ['$120K', 120000, 120000, 'year', 'USD'],
    ['120000', 120000, 120000, 'year', 'USD'],
    ['$40–50 an hour', 40, 50, 'hour', 'USD'],
    ['$8,000 - $9,500 per month', 8000, 9500, 'month', 'USD'],
    ['40-50k', 40000, 50000, 'year', 'USD'],
    ['€2,500 monthly', 2500, 2500, 'month', 'EUR'],
    ['£450 per week', 450, 450, 'week', 'GBP'],
    ['CA$32.50/hour', 32.5, 32.5, 'hour', 'CAD'],
    ['7500 SGD a month', 7500, 7500, 'month', 'SGD'],
    ['$5,000 total stipend', 5000, 5000, 'total', 'USD'],
    ['$11,000, negotiable, per month', 11000, 11000, 'month', 'USD'],
  ])('reads %j', (text, min, max, period, currency) => {
    const { pay, warning } = parsePayCell(text);
    expect(pay).toEqual({ min, max, period, currency, raw: text });
    expect(warning).toBeNull();
  });

  it.each([
    ['up to $50/hr', null, 50],
    ['Up to €2,500 per month', null, 2500],
    ['max. $30/hr', null, 30],
    ['at least $20/hr', 20, null],
    ['from $6,000/month', 6000, null],
    ['$25/hr or more', 25, null],
    // A range states both ends whatever the words before it.
    ['up to $40-50/hr', 40, 50],
  ])('reads %j as the pasted posting does, one end left open', (text, min, max) => {
    expect(parsePayCell(text).pay).toMatchObject({ min, max });
  });

  it('keeps TBD as written without an amount, with a warning', () => {
    expect(parsePayCell('TBD')).toEqual({
      pay: { min: null, max: null, currency: 'USD', period: null, raw: 'TBD' },
      warning: "has no amount (got 'TBD'); kept as written",
      guesses: [],
      error: null,
      perDay: false,
    });
  });

  it('gives no pay at all for an empty cell', () => {
    expect(parsePayCell('  ')).toEqual({ pay: null, warning: null, guesses: [], error: null, perDay: false });
  });

  it('refuses a negative pay rather than reading it without its minus', () => {
    expect(parsePayCell('-$20/hour')).toEqual({
      pay: null,
      warning: null,
      guesses: [],
      error: 'is negative',
      perDay: false,
    });
  });

  it('keeps an amount without a period it can guess, with a warning', () => {
    const { pay, warning } = parsePayCell('$5,000');
    expect(pay).toMatchObject({ min: 5000, max: 5000, period: null });
    expect(warning).toBe("does not say per hour, month or year (got '$5,000'); kept without a period");
  });

  it('uses the default currency for a bare amount', () => {
    expect(parsePayCell('30/hr', { assumedCurrency: 'CAD' }).pay?.currency).toBe('CAD');
  });

  it('orders a range written high to low', () => {
    expect(parsePayCell('$50-40/hr').pay).toMatchObject({ min: 40, max: 50 });
  });
});
