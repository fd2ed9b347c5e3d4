import { describe, expect, it } from 'vitest';
import { inferDecimalMark, readAmount } from '@shared/money/amount';
import { currencyOfPlace } from '@shared/money/currency';
import { describeGuess } from '@shared/money/moneyGuess';
import { readMoney, readOneAmount, type Money } from '@shared/money/readMoney';

function money(text: string, context = {}): Money | string {
  const read = readMoney(text, context);
  return read.ok ? read.money : read.error;
}
const guesses = (text: string, context = {}) => {
  const read = readMoney(text, context);
  return read.ok ? read.guesses.map(describeGuess) : [];
};
const pay = (min: number, max: number, currency: string, period: Money['period']): Money => ({
  min,
  max,
  currency,
  period,
});

describe('readMoney', () => {
  // Every example of issue 12, then money as postings and trackers in several countries write it.
  it.each([
    ['€2.500/month', pay(2500, 2500, 'EUR', 'month')],
    ['1.234,56 € per month', pay(1234.56, 1234.56, 'EUR', 'month')],
    ['2.500 €/Monat', pay(2500, 2500, 'EUR', 'month')],
    ["CHF 3'500 / month", pay(3500, 3500, 'CHF', 'month')],
    ['¥250,000/月', pay(250000, 250000, 'JPY', 'month')],
    ['€2.500–3.000/Monat', pay(2500, 3000, 'EUR', 'month')],
    ['2.500–3.000 € pro Monat', pay(2500, 3000, 'EUR', 'month')],
    ['$25-30/hr', pay(25, 30, 'USD', 'hour')],
    ['£28k–£32k p.a.', pay(28000, 32000, 'GBP', 'year')],
    ['₹50,000 per month', pay(50000, 50000, 'INR', 'month')],
    ['₹1,00,000 monthly', pay(100000, 100000, 'INR', 'month')],
    ['₹6 LPA', pay(600000, 600000, 'INR', 'year')],
    // A lakh is India's unit (a CTC column's "12 LPA"): the amount is in rupees, not a guessed dollar.
    ['12 LPA', pay(1200000, 1200000, 'INR', 'year')],
    ['3.6 LPA', pay(360000, 360000, 'INR', 'year')],
    ['4.5 lakh per annum', pay(450000, 450000, 'INR', 'year')],
    // The unit written once after a range is both ends': "10-12 LPA" is 10 to 12 lakh a year.
    ['10-12 LPA', pay(1000000, 1200000, 'INR', 'year')],
    ['₹3-4.5 LPA', pay(300000, 450000, 'INR', 'year')],
    ['3 - 4.5 lakh', pay(300000, 450000, 'INR', null)],
    // "L" and "Cr", as Indian trackers shorten lakh and crore: never ₹1.5 a month.
    ['₹1.5L per month', pay(150000, 150000, 'INR', 'month')],
    ['1.5 L per month', pay(150000, 150000, 'INR', 'month')],
    ['2 Lakh monthly', pay(200000, 200000, 'INR', 'month')],
    ['1 crore per annum', pay(10000000, 10000000, 'INR', 'year')],
    // A million is a million, never $2: the editor says it reads $2,000,000.
    ['$2 million a year', pay(2000000, 2000000, 'USD', 'year')],
    ['1.5 Cr per annum', pay(15000000, 15000000, 'INR', 'year')],
    // "mil" is a thousand in Portuguese and Spanish, which write it after an amount: R$ 3.000.
    ['R$ 2,5 mil', pay(2500, 2500, 'BRL', null)],
    ['R$ 3 mil/mês', pay(3000, 3000, 'BRL', 'month')],
    ['1,2 mil € al mes', pay(1200, 1200, 'EUR', 'month')],
    ['2,5 mil', pay(2500, 2500, 'USD', null)],
    ['8-10 L per annum', pay(800000, 1000000, 'INR', 'year')],
    // Scaled to the cent, not to float noise an export would write out ("110000.00000000001").
    ['₹1.1L per month', pay(110000, 110000, 'INR', 'month')],
    ['2.3 lakh', pay(230000, 230000, 'INR', null)],
    ['1.1-2.3 LPA', pay(110000, 230000, 'INR', 'year')],
    ['$1.1-2.3K', pay(1100, 2300, 'USD', null)],
    // Polish sheets write an hour "godz." and a year "rok".
    ['30 zł/godz.', pay(30, 30, 'PLN', 'hour')],
    ['35 zł za godzinę', pay(35, 35, 'PLN', 'hour')],
    ['60 000 zł/rok', pay(60000, 60000, 'PLN', 'year')],
    ['$5,600 for the ten weeks', pay(5600, 5600, 'USD', 'total')],
    ['$9,000 stipend for the 10-week program', pay(9000, 9000, 'USD', 'total')],
    ['CA$32.50/hour', pay(32.5, 32.5, 'CAD', 'hour')],
    ['C$28 an hour', pay(28, 28, 'CAD', 'hour')],
    ['A$1,200 per week', pay(1200, 1200, 'AUD', 'week')],
    ['AU$35/hr', pay(35, 35, 'AUD', 'hour')],
    ['S$2,000 monthly', pay(2000, 2000, 'SGD', 'month')],
    ['HK$18,000/mo', pay(18000, 18000, 'HKD', 'month')],
    ['R$ 2.500,00 por mês', pay(2500, 2500, 'BRL', 'month')],
    ['3 000 zł miesięcznie', pay(3000, 3000, 'PLN', 'month')],
    ['4 500 zł/mies.', pay(4500, 4500, 'PLN', 'month')],
    ['1 800 € par mois', pay(1800, 1800, 'EUR', 'month')],
    ['1 800,50 € mensuels', pay(1800.5, 1800.5, 'EUR', 'month')],
    ['22,50 € pro Stunde', pay(22.5, 22.5, 'EUR', 'hour')],
    ['€45.000 jährlich', pay(45000, 45000, 'EUR', 'year')],
    ['EUR 2.100 brutto/Monat', pay(2100, 2100, 'EUR', 'month')],
    ['£2,600 pcm', pay(2600, 2600, 'GBP', 'month')],
    ['£450 per week', pay(450, 450, 'GBP', 'week')],
    ['月給25万円', pay(250000, 250000, 'JPY', 'month')],
    ['時給 ¥1,500', pay(1500, 1500, 'JPY', 'hour')],
    ['₩3,000,000 per month', pay(3000000, 3000000, 'KRW', 'month')],
    ['$120-150K a year', pay(120000, 150000, 'USD', 'year')],
    ['$50-40/hr', pay(40, 50, 'USD', 'hour')],
    ['$11,000, negotiable, per month', pay(11000, 11000, 'USD', 'month')],
    ['7500 SGD a month', pay(7500, 7500, 'SGD', 'month')],
    ['30.000 € al año', pay(30000, 30000, 'EUR', 'year')],
    ['2,5k € /Monat', pay(2500, 2500, 'EUR', 'month')],
  ])('reads %j', (text, expected) => {
    expect(money(text)).toEqual(expected);
  });

  // UK abbreviations, right after the amount: per week, per calendar month, per hour, per annum.
  it.each([
    ['£450 pw', pay(450, 450, 'GBP', 'week')],
    ['£450pw', pay(450, 450, 'GBP', 'week')],
    ['£450 p.w.', pay(450, 450, 'GBP', 'week')],
    ['£450 per wk', pay(450, 450, 'GBP', 'week')],
    ['£1,800 pcm', pay(1800, 1800, 'GBP', 'month')],
    ['£1,800 p.m.', pay(1800, 1800, 'GBP', 'month')],
    ['£1,800 pm', pay(1800, 1800, 'GBP', 'month')],
    ['£13.50ph', pay(13.5, 13.5, 'GBP', 'hour')],
    ['£13.50 p.h.', pay(13.5, 13.5, 'GBP', 'hour')],
    ['£13.50 p/h', pay(13.5, 13.5, 'GBP', 'hour')],
    ['£23,000 pa', pay(23000, 23000, 'GBP', 'year')],
    ['£23,000 p.a.', pay(23000, 23000, 'GBP', 'year')],
    // tester36: a year's salary paid in proportion to the time worked, as UK placements write it.
    ['£24,000 pro rata', pay(24000, 24000, 'GBP', 'year')],
    ['£22,500 - £24,000 pro-rata', pay(22500, 24000, 'GBP', 'year')],
    ['£12.50 per hour pro rata', pay(12.5, 12.5, 'GBP', 'hour')],
    // The unit written wins; French "au prorata" (in proportion) says no period.
    ['£1,500 pro rata per month', pay(1500, 1500, 'GBP', 'month')],
    ['1 000 € au prorata', pay(1000, 1000, 'EUR', null)],
    ['600 € prorata temporis', pay(600, 600, 'EUR', null)],
  ])('reads the UK abbreviation in %j', (text, expected) => {
    expect(money(text)).toEqual(expected);
    expect(guesses(text)).toEqual([]);
  });

  // tester27: "1.750 € mtl." was kept without a period. German, French, Dutch, Portuguese, Polish
  // and Swiss abbreviations of the period, and Dutch and Portuguese adjectives.
  it.each([
    ['1.750 € mtl.', pay(1750, 1750, 'EUR', 'month')],
    ['1.750 € monatl.', pay(1750, 1750, 'EUR', 'month')],
    ['mtl. 1.750 € brutto', pay(1750, 1750, 'EUR', 'month')],
    ['1.800 €/Mon.', pay(1800, 1800, 'EUR', 'month')],
    ["CHF 3'000.-/Mt.", pay(3000, 3000, 'CHF', 'month')],
    ['450 € wöchentl.', pay(450, 450, 'EUR', 'week')],
    ['45.000 € jährl.', pay(45000, 45000, 'EUR', 'year')],
    ['18 € stdl.', pay(18, 18, 'EUR', 'hour')],
    ['1 800 € brut mens.', pay(1800, 1800, 'EUR', 'month')],
    ['€ 1.800 p.mnd.', pay(1800, 1800, 'EUR', 'month')],
    ['€ 1.800 maandelijks', pay(1800, 1800, 'EUR', 'month')],
    ['€ 15/u', pay(15, 15, 'EUR', 'hour')],
    ['€ 45.000 p.j.', pay(45000, 45000, 'EUR', 'year')],
    ['€ 45.000/jr', pay(45000, 45000, 'EUR', 'year')],
    ['R$ 1.500 mensal', pay(1500, 1500, 'BRL', 'month')],
    ['1 800 zł mies.', pay(1800, 1800, 'PLN', 'month')],
    ['1 800 zł/msc', pay(1800, 1800, 'PLN', 'month')],
  ])('reads the abbreviated period in %j', (text, expected) => {
    expect(money(text)).toEqual(expected);
    expect(guesses(text)).toEqual([]);
  });

  it('reads "MTL" without its dot as no period (Montréal)', () => {
    expect(money('$4,000 MTL office')).toEqual(pay(4000, 4000, 'USD', null));
  });

  it('reads "pm" as a month only right after the amount, not a time of day elsewhere', () => {
    expect(money('£1,800, interview at 3 pm')).toEqual(pay(1800, 1800, 'GBP', null));
    expect(money('£1,800 PhD top-up')).toEqual(pay(1800, 1800, 'GBP', null));
  });

  it('refuses text that is not money', () => {
    // Scientific notation is no amount: "2e3" is not $2, "1e308" not $1.
    expect(money('$2e3 per month')).toBe('no amount');
    expect(money('1e308')).toBe('no amount');
    expect(money('TBD')).toBe('no amount');
    expect(money('Competitive')).toBe('no amount');
    expect(money('')).toBe('no amount');
  });

  it('reads no period from one the app has none for, however it is spelt', () => {
    for (const text of ['$4,000 biweekly', '$4,000 bi-weekly', '$3,000 semi-monthly'])
      expect(money(text)).toEqual(
        pay(Number(text.slice(1, 6).replace(',', '')), Number(text.slice(1, 6).replace(',', '')), 'USD', null),
      );
  });

  it('never takes a bare "150" for $150 an hour without saying so', () => {
    expect(money('150')).toEqual(pay(150, 150, 'USD', 'hour'));
    expect(guesses('150')).toEqual([
      'no currency written; read as USD',
      'no period written; read as per hour from the size of the amount',
    ]);
  });

  it('says a bare "$" is read as US dollars where nothing settles which dollar, and not where the caller knows', () => {
    expect(money('$45/hr')).toEqual(pay(45, 45, 'USD', 'hour'));
    expect(guesses('$45/hr')).toEqual(["'$' read as USD (it is also the sign of CAD, AUD, NZD, SGD, HKD and MXN)"]);
    expect(readMoney('$45/hr', { dollar: 'AUD' })).toMatchObject({ ok: true, money: { currency: 'AUD' }, guesses: [] });
    // A dollar written with its country says which.
    expect(guesses('A$45/hr')).toEqual([]);
    expect(guesses('45 CAD/hr')).toEqual([]);
  });

  it('says when it takes a yearly salary from the size of the amount', () => {
    expect(guesses('$120,000')).toEqual([
      "'$' read as USD (it is also the sign of CAD, AUD, NZD, SGD, HKD and MXN)",
      'no period written; read as per year from the size of the amount',
    ]);
  });

  it('leaves the period empty, without a guess, where the size of an amount says nothing', () => {
    expect(money('$5,000')).toEqual(pay(5000, 5000, 'USD', null));
    expect(guesses('$5,000')).toEqual(["'$' read as USD (it is also the sign of CAD, AUD, NZD, SGD, HKD and MXN)"]);
    // ¥150 is not an hourly rate: sizes are only read in currencies worth about a dollar.
    expect(money('¥150')).toEqual(pay(150, 150, 'JPY', null));
  });

  it('says when a dot is taken to group thousands where the currency does not settle it', () => {
    expect(money('$2.500/month')).toEqual(pay(2500, 2500, 'USD', 'month'));
    expect(guesses('$2.500/month')).toEqual([
      "'.' taken to group thousands, not as a decimal mark ('2.500' read as 2,500)",
      "'$' read as USD (it is also the sign of CAD, AUD, NZD, SGD, HKD and MXN)",
    ]);
    expect(guesses('€2.500/month')).toEqual([]);
  });

  it('reads "2.500" by the decimal mark its neighbours settle', () => {
    expect(money('2.500/month', { decimal: ',', currency: 'USD' })).toEqual(pay(2500, 2500, 'USD', 'month'));
    expect(guesses('2.500/month', { decimal: ',', currency: 'USD' })).toEqual([]);
    expect(money('2.500/hour', { decimal: '.', currency: 'USD' })).toEqual(pay(2.5, 2.5, 'USD', 'hour'));
    expect(money('1,500/hour', { decimal: ',', currency: 'EUR' })).toEqual(pay(1.5, 1.5, 'EUR', 'hour'));
  });

  it('uses the currency it is given, and says when it assumed one', () => {
    expect(money('30/hr', { currency: 'EUR' })).toEqual(pay(30, 30, 'EUR', 'hour'));
    expect(guesses('30/hr', { currency: 'EUR' })).toEqual([]);
    expect(money('30/hr', { assumedCurrency: 'CAD' })).toEqual(pay(30, 30, 'CAD', 'hour'));
    expect(guesses('30/hr', { assumedCurrency: 'CAD' })).toEqual(['no currency written; read as CAD']);
    expect(money('$30/hr', { dollar: 'AUD' })).toEqual(pay(30, 30, 'AUD', 'hour'));
  });

  it('says which currency it took a shared sign for', () => {
    expect(money('25 000 kr/mån')).toEqual(pay(25000, 25000, 'SEK', 'month'));
    expect(guesses('25 000 kr/mån')).toEqual(["'kr' read as SEK (it is also the sign of NOK and DKK)"]);
    expect(guesses('Rs. 15,000 per month')).toEqual(["'Rs' read as INR (it is also the sign of PKR, LKR and NPR)"]);
  });

  it('takes a shared sign for the currency it is given, when that currency writes it', () => {
    expect(money('25 000 kr/mån', { currency: 'NOK' })).toEqual(pay(25000, 25000, 'NOK', 'month'));
    expect(guesses('25 000 kr/mån', { currency: 'NOK' })).toEqual([]);
    expect(money('Rs 50,000 per month', { currency: 'PKR' })).toEqual(pay(50000, 50000, 'PKR', 'month'));
    expect(readOneAmount('Rs 50,000', { currency: 'PKR' })).toMatchObject({ ok: true, currency: 'PKR', guesses: [] });
    // A currency that does not write the sign settles nothing: the text says otherwise.
    expect(money('25 000 kr/mån', { currency: 'EUR' })).toEqual(pay(25000, 25000, 'SEK', 'month'));
  });
});

describe('Danish, Norwegian and Swedish pay', () => {
  it.each([
    ['kr 25.000 om måneden', 'month'],
    ['25.000 kr. pr. måned', 'month'],
    ['25 000 kr per måned', 'month'],
    ['kr 25 000 i måneden', 'month'],
    ['25 000 kr per månad', 'month'],
    ['25 000 kr i månaden', 'month'],
    ['25 000 kr/mnd', 'month'],
    ['180 kr i timen', 'hour'],
    ['180 kr. pr. time', 'hour'],
    ['180 kr i timmen', 'hour'],
    ['180 kr per timme', 'hour'],
    ['400 000 kr om året', 'year'],
    ['400 000 kr per år', 'year'],
    ['400 000 kr i året', 'year'],
    ['400 000 kr pr. år', 'year'],
  ])('reads the period of %j', (text, period) => {
    expect(money(text, { placeCurrency: 'NOK' })).toMatchObject({ period });
  });

  it('does not read an English "time" as an hour', () => {
    expect(money('$500 per time')).toMatchObject({ period: null });
    expect(money('$500 each time')).toMatchObject({ period: null });
  });

  it("reads 'kr' as the currency of the place, with no guess, where the place writes it", () => {
    expect(money('kr 25.000 om måneden', { placeCurrency: 'DKK' })).toEqual(pay(25000, 25000, 'DKK', 'month'));
    expect(guesses('kr 25.000 om måneden', { placeCurrency: 'DKK' })).toEqual([]);
    expect(readOneAmount('25.000 kr', { placeCurrency: 'NOK' })).toMatchObject({ currency: 'NOK', guesses: [] });
    // A place whose currency is not written 'kr' settles nothing; nor is it taken for an amount with no sign.
    expect(money('kr 25 000/mån', { placeCurrency: 'EUR' })).toMatchObject({ currency: 'SEK' });
    expect(guesses('25 000/mån', { placeCurrency: 'DKK' })).toEqual(['no currency written; read as USD']);
    // A currency column's own currency comes first.
    expect(money('kr 25 000/mån', { currency: 'NOK', placeCurrency: 'DKK' })).toMatchObject({ currency: 'NOK' });
  });
});

describe('currencyOfPlace', () => {
  it.each([
    ['København', 'DKK'],
    ['Copenhagen, Denmark', 'DKK'],
    ['Aarhus', 'DKK'],
    ['Oslo', 'NOK'],
    ['Fornebu, Norge', 'NOK'],
    ['Stockholm', 'SEK'],
    ['Malmö', 'SEK'],
    ['Örebro, Sverige', 'SEK'],
  ])('places %j in %s', (place, currency) => {
    expect(currencyOfPlace(place)).toBe(currency);
  });

  it.each(['Stockholm\nOslo', 'Berlin', 'Remote', '', 'Oslofjord Road, Texas'])('leaves %j unsettled', (place) => {
    expect(currencyOfPlace(place)).toBeNull();
  });
});

describe('readAmount', () => {
  it.each([
    ['2.500', {}, 2500, true],
    ['2.500', { currency: 'EUR' }, 2500, false],
    ['2.500', { decimal: ',' as const }, 2500, false],
    ['2.500', { decimal: '.' as const }, 2.5, false],
    // Among "$28.50"s a euro amount still groups its thousands with a dot.
    ['1.800', { decimal: '.' as const, currency: 'EUR' }, 1800, false],
    ['1.234,56', {}, 1234.56, false],
    ['1,234.56', {}, 1234.56, false],
    ["3'500", {}, 3500, false],
    ['3’500.50', {}, 3500.5, false],
    ['1\u202f234,56', {}, 1234.56, false],
    ['0.125', {}, 0.125, false],
    ['1234.567', {}, 1234.567, false],
    ['1,500', {}, 1500, false],
    ['2,5', {}, 2.5, false],
  ])('reads %j (%j) as %d', (written, context, value, guessed) => {
    const read = readAmount(written, context);
    expect(read?.value).toBe(value);
    expect(read?.guess !== null).toBe(guessed);
  });
});

describe('inferDecimalMark', () => {
  it('takes the mark a column agrees on, from the values that show it', () => {
    expect(inferDecimalMark(['2.500', '1.800', '1.234,56'])).toBe(',');
    expect(inferDecimalMark(['2,500', '22.50'])).toBe('.');
    expect(inferDecimalMark(['1.234.567', '2.500'])).toBe(',');
    expect(inferDecimalMark(["3'500.50"])).toBe('.');
  });

  it('settles nothing when no value shows its mark, or the values disagree', () => {
    expect(inferDecimalMark(['2.500', '1.800', '3.200'])).toBeNull();
    expect(inferDecimalMark(['1.234,56', '1,234.56'])).toBeNull();
    expect(inferDecimalMark([])).toBeNull();
  });
});

describe('readOneAmount', () => {
  it('reads one amount, its sign allowed', () => {
    expect(readOneAmount('€2.000,50')).toMatchObject({ ok: true, amount: 2000.5, currency: 'EUR' });
    expect(readOneAmount('5k')).toMatchObject({ ok: true, amount: 5000, currency: null });
  });

  it('refuses ranges, rates and words', () => {
    expect(readOneAmount('$40-50')).toEqual({ ok: false, error: 'not one amount' });
    expect(readOneAmount('$40/hr')).toEqual({ ok: false, error: 'not one amount' });
    expect(readOneAmount('$2M')).toEqual({ ok: false, error: 'not one amount' });
    // "LPA" is a rate too (lakh per annum): read as one amount it would lose its year.
    expect(readOneAmount('12 LPA')).toEqual({ ok: false, error: 'not one amount' });
    expect(readOneAmount('1.5 lakh')).toMatchObject({ ok: true, amount: 150000, currency: 'INR' });
  });

  it('refuses a negative amount as negative, its minus never dropped', () => {
    for (const text of ['-5', '−20', '-$20', '$-20', ' - 20'])
      expect(readOneAmount(text)).toEqual({ ok: false, error: 'negative' });
    expect(readMoney('-$20/hour')).toEqual({ ok: false, error: 'negative' });
    // A range's dash is no minus.
    expect(readMoney('$40-50/hour')).toMatchObject({ ok: true, money: { min: 40, max: 50 } });
    expect(readOneAmount('$2M')).toEqual({ ok: false, error: 'not one amount' });
    expect(readOneAmount('yes')).toEqual({ ok: false, error: 'no amount' });
  });
});

describe('pay per day', () => {
  it('is said as per day, with no period and none guessed from its size', () => {
    for (const text of [
      '日給10,000円',
      '日当8000円',
      '1日 10,000円',
      '10,000円/日',
      '$200 per day',
      '$150/day',
      '$150 daily',
      '$150 a day',
      '€120 pro Tag',
    ]) {
      const read = readMoney(text);
      expect(
        read.ok && {
          period: read.money.period,
          perDay: read.perDay,
          guesses: read.guesses.filter((g) => g.kind === 'period'),
        },
      ).toEqual({ period: null, perDay: true, guesses: [] });
    }
  });

  it('takes the amount, not the count of days before it', () => {
    const read = readMoney('1日 10,000円');
    expect(read.ok && [read.money.min, read.money.currency]).toEqual([10000, 'JPY']);
  });

  it('is not the first of a month beside an amount', () => {
    const read = readMoney('250,000円 (2027年4月1日から)');
    expect(read.ok && read.perDay).toBe(false);
  });

  it('is not what a count of days beside a period the app has says', () => {
    const read = readMoney('時給1,500円 (1日8時間)');
    expect(read.ok && [read.money.period, read.perDay]).toEqual(['hour', false]);
  });
});
