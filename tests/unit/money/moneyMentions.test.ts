import { describe, expect, it } from 'vitest';
import { readAmount } from '@shared/money/amount';
import { findMoney } from '@shared/money/moneyMentions';

const parseAmount = (written: string) => readAmount(written)?.value ?? null;

describe('readAmount', () => {
  it.each([
    ['11,000', 11000],
    ['2.100', 2100],
    ['1.234.567', 1234567],
    ['1,00,000', 100000],
    ['22.50', 22.5],
    ['22,50', 22.5],
    ['1,234.56', 1234.56],
    ['1.234,56', 1234.56],
    ['2 100', 2100],
    ["2'500", 2500],
    ['40', 40],
  ])('reads %s as %d', (written, value) => {
    expect(parseAmount(written)).toBe(value);
  });

  it('refuses numbers whose grouping makes no sense', () => {
    expect(parseAmount('1,2345')).toBeNull();
    expect(parseAmount('1.234.56')).toBeNull();
  });

  it('reads a dot before four or more digits as decimals, as programs write numbers', () => {
    expect(parseAmount('12.3456')).toBe(12.3456);
  });
});

describe('findMoney', () => {
  const currencies = (text: string) => findMoney(text).map((m) => [m.amount, m.currency]);

  it('knows symbols, prefixed dollars and codes before or after the amount', () => {
    expect(currencies('$1; US$2; C$3; CA$4; A$5; £6; €7; ₹8; Rs. 9; USD 10; 11 EUR; 12 GBP; $13 CAD')).toEqual([
      [1, '$'],
      [2, 'USD'],
      [3, 'CAD'],
      [4, 'CAD'],
      [5, 'AUD'],
      [6, 'GBP'],
      [7, 'EUR'],
      [8, 'INR'],
      [9, 'INR'],
      [10, 'USD'],
      [11, 'EUR'],
      [12, 'GBP'],
      [13, 'CAD'],
    ]);
  });

  it('knows currencies written out after the amount, and not a weight in pounds', () => {
    expect(
      currencies(
        '1,516 Swiss Francs; 500 euros; 10,000 Rupees; 20 dollars; 30 Canadian dollars; 40 pounds sterling; lift 50 pounds',
      ),
    ).toEqual([
      [1516, 'CHF'],
      [500, 'EUR'],
      [10000, 'INR'],
      [20, '$'],
      [30, 'CAD'],
      [40, 'GBP'],
    ]);
  });

  it('applies K, lakh, millions and billions, and marks millions as too large to be pay', () => {
    const found = findMoney('$120K, ₹6 lakh, $65 million, $2M, $1.5 billion');
    expect(found.map((m) => [m.amount, m.large])).toEqual([
      [120000, false],
      [600000, false],
      [65000000, true],
      [2000000, true],
      [1500000000, true],
    ]);
  });

  it('reads "mil" as a thousand where Portuguese and Spanish write it so, else as the million English means', () => {
    expect(findMoney('We raised $5 mil in seed funding').map((m) => [m.amount, m.large])).toEqual([[5000000, true]]);
    expect(findMoney('Bolsa de R$ 2,5 mil').map((m) => [m.amount, m.large])).toEqual([[2500, false]]);
    expect(findMoney('15 mil €').map((m) => [m.amount, m.large])).toEqual([[15000, false]]);
  });

  it('reads lakh however Indian pages capitalise and spell it ("₹6 Lacs", "INR 1.2 Lakhs")', () => {
    const found = findMoney('₹6 Lacs per month, INR 1.2 Lakhs, ₹3 LACS, Rs 2 Crore');
    expect(found.map((m) => [m.amount, m.large])).toEqual([
      [600000, false],
      [120000, false],
      [300000, false],
      [20000000, true],
    ]);
  });

  it('reads "L", "L.", "lpa" and "Cr" as lakh and crore, in rupees where no other sign is written', () => {
    const found = findMoney('₹1.5L per month, ₹2 L. a month, ₹3.5 lpa, ₹1 Cr, $4L', { limit: 10 });
    expect(found.map((m) => [m.amount, m.currency, m.perYear, m.large])).toEqual([
      [150000, 'INR', false, false],
      [200000, 'INR', false, false],
      [350000, 'INR', true, false],
      [10000000, 'INR', false, true],
      [400000, '$', false, false],
    ]);
    expect(findMoney('2 Cr, 1.5L', { bare: true }).map((m) => [m.amount, m.currency])).toEqual([
      [20000000, 'INR'],
      [150000, 'INR'],
    ]);
  });

  it('takes "L" for a lakh only as a word of its own, never the start of another ("₹5 London", "₹5 L.A.")', () => {
    expect(findMoney('₹5 London, ₹6 L.A., ₹7 Lodging').map((m) => [m.amount, m.end - m.start])).toEqual([
      [5, 2],
      [6, 2],
      [7, 2],
    ]);
  });

  it('stops at the limit it is given', () => {
    expect(findMoney('$1 '.repeat(500), { limit: 300 })).toHaveLength(300);
  });

  it('ignores plain numbers', () => {
    expect(findMoney('550 million users, 12 weeks, 2026')).toEqual([]);
  });
});

describe('findMoney with local signs', () => {
  it('reads "R", "Sh" and "N" before a number only when asked, and not a number whose separator slipped', () => {
    expect(findMoney('Stipend: R6 000 per month')).toEqual([]);
    const local = (text: string) => findMoney(text, { local: true }).map((m) => [m.amount, m.currency]);
    expect(local('Stipend: R6 000 per month')).toEqual([[6000, 'ZAR']]);
    expect(local('a Sh15,000 monthly stipend, Ksh 20,000 for graduates')).toEqual([
      [15000, 'KES'],
      [20000, 'KES'],
    ]);
    expect(local('paid N40,000')).toEqual([[40000, 'NGN']]);
    expect(local('Degree holders receive Kes12, 000 monthly')).toEqual([]);
    expect(local('Bolsa R$ 2.000')).toEqual([[2000, 'BRL']]);
  });
});
