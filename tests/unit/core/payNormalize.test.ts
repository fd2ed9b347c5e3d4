// Pay normalisation under the documented convention: 40 h/week unless the pay states its hours,
// 52 weeks/year, 12 months/year.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PAY_PERIODS, type Cohort, type Offer, type Pay, type PayPeriod } from '@shared/application';
import { newApplication } from '@shared/newApplication';
import {
  cohortWeeks,
  formatAmount,
  formatMoney,
  formatOverInternship,
  formatRate,
  hoursInWords,
  internshipWeeks,
  lengthWords,
  monthlyPayText,
  normalizeApplicationPay,
  normalizePay,
  noTotalReason,
  offerValue,
  PAY_CONVENTION,
  payInWords,
  type OfferValue,
  weeksInWords,
} from '@shared/payNormalize';
import { readWeeks, writeWeeks } from '@shared/csv/numberCell';
import { SAMPLE_APPLICATION } from '@shared/sampleApplication';
import { CREATED_AT } from './applicationFixture';
import { anOffer } from '../../support/anOffer';

const cents = (value: number) => Math.round(value * 100) / 100;
const pay = (min: number | null, max: number | null, period: PayPeriod | null, currency = 'USD'): Pay => ({
  min,
  max,
  currency,
  period,
  raw: '',
});
const MAY: Cohort = { id: 'may', start: '2026-05-18', end: '2026-08-07', label: 'May' };
const JUNE: Cohort = { id: 'june', start: '2026-06-15', end: '2026-09-04', label: 'June' };
const TEN_WEEKS: Cohort = { id: 'ten', start: '2026-06-01', end: '2026-08-07', label: '' };

describe('the convention', () => {
  it('is stated for the UI as 40 h/week unless the pay states its hours, 52 weeks/year, 12 months/year', () => {
    expect(PAY_CONVENTION).toBe('40 h/week unless the pay states its hours, 52 weeks/year, 12 months/year');
  });
});

describe('normalizePay: hours a week the pay states (part-time internships)', () => {
  const partTime = (min: number, period: PayPeriod, hoursPerWeek: number, currency = 'USD'): Pay => ({
    ...pay(min, min, period, currency),
    hoursPerWeek,
  });

  it('makes $20/h for 20 h/week $400 a week, $1,733.33 a month, $20,800 a year, $4,000 over 10 weeks', () => {
    const n = normalizePay(partTime(20, 'hour', 20), 10)!;
    expect(cents(n.hourly.min)).toBe(20);
    expect(cents(n.weekly.min)).toBe(400);
    expect(cents(n.monthly.min)).toBe(1733.33);
    expect(cents(n.yearly.min)).toBe(20800);
    expect(cents(n.total!.min)).toBe(4000);
  });

  it('makes R$ 2,200 a month for 30 h/week R$16.92 an hour, where 40 h/week would make it R$12.69', () => {
    // 2,200 × 12 / 52 = 507.69 a week; over 30 hours 16.92, over 40 hours 12.69.
    const stated = normalizePay(partTime(2200, 'month', 30, 'BRL'), null)!;
    expect(cents(stated.hourly.min)).toBe(16.92);
    expect(formatRate(stated, 'hourly', 'month')).toBe('R$16.92');
    expect(cents(normalizePay(pay(2200, 2200, 'month', 'BRL'), null)!.hourly.min)).toBe(12.69);
  });

  it('leaves a pay by the week, month, year or in total the same per week, month and year, whatever its hours', () => {
    for (const period of ['week', 'month', 'year', 'total'] as const) {
      const full = normalizePay(pay(5000, 5000, period), 12)!;
      const part = normalizePay(partTime(5000, period, 20), 12)!;
      expect([part.weekly, part.monthly, part.yearly, part.total]).toEqual([
        full.weekly,
        full.monthly,
        full.yearly,
        full.total,
      ]);
      expect(cents(part.hourly.min)).toBe(cents(full.hourly.min * 2));
    }
  });

  it('gives the convention’s figures for a pay that states 40 hours, as for one that states none', () => {
    expect(normalizePay(partTime(11000, 'month', 40), 12)).toEqual(normalizePay(pay(11000, 11000, 'month'), 12));
  });

  it('totals an hourly offer over the cohort by its hours: $20/h for 20 h/week over 10 weeks is $4,000', () => {
    const app = {
      ...newApplication({ company: 'A', role: 'B' }, { id: 'a', now: CREATED_AT }),
      pay: partTime(20, 'hour', 20),
      cohorts: [TEN_WEEKS],
      offer: anOffer({ currency: 'USD' }),
    };
    expect(offerValue(app)!.parts[0]).toMatchObject({ kind: 'base-pay', amount: { min: 4000, max: 4000 } });
  });

  it('says the hours beside the pay, and nothing for a pay that states none', () => {
    expect(hoursInWords(partTime(20, 'hour', 20))).toBe('20 h/week');
    expect(hoursInWords(partTime(2200, 'month', 37.5))).toBe('37.5 h/week');
    expect(hoursInWords(pay(20, 20, 'hour'))).toBe('');
    const given = partTime(2200, 'month', 30, 'BRL');
    expect(monthlyPayText(normalizePay(given, null), given)).toMatchObject({
      amount: 'R$2,200',
      title: 'R$2,200 a month for 30 h/week',
      hours: '30 h/week',
    });
    expect(monthlyPayText(normalizePay(pay(2200, 2200, 'month'), null), pay(2200, 2200, 'month')).hours).toBe('');
  });
});

describe('normalizePay: the reference case', () => {
  const normalized = normalizePay(pay(11000, 11000, 'month'), 12)!;

  it('makes $11,000/month over 12 weeks $30,461.54 in total', () => {
    expect(cents(normalized.total!.min)).toBe(30461.54);
    expect(cents(normalized.total!.max)).toBe(30461.54);
    expect(formatMoney(normalized.total!.min, 'USD')).toBe('$30,461.54');
  });

  it('makes it $63.46 an hour and $2,538.46 a week', () => {
    expect(cents(normalized.hourly.min)).toBe(63.46);
    expect(cents(normalized.weekly.min)).toBe(2538.46);
  });

  it('keeps $11,000 a month and $132,000 a year', () => {
    expect(cents(normalized.monthly.min)).toBe(11000);
    expect(cents(normalized.yearly.min)).toBe(132000);
    expect(normalized.currency).toBe('USD');
    expect(normalized.weeks).toBe(12);
  });

  it('gives the same figures for the Pinterest sample record', () => {
    const sample = newApplication(SAMPLE_APPLICATION, { id: 's', now: CREATED_AT });
    const normalizedSample = normalizeApplicationPay(sample)!;
    expect(cents(normalizedSample.total!.min)).toBe(30461.54);
    expect(formatRate(normalizedSample, 'hourly', 'month')).toBe('$63.46');
    expect(formatRate(normalizedSample, 'monthly', 'month')).toBe('$11,000');
  });
});

describe('normalizePay: each period', () => {
  it('hourly: $50/h is $2,000 a week, $8,666.67 a month, $104,000 a year, $20,000 over 10 weeks', () => {
    const n = normalizePay(pay(50, 50, 'hour'), 10)!;
    expect(cents(n.weekly.min)).toBe(2000);
    expect(cents(n.monthly.min)).toBe(8666.67);
    expect(cents(n.yearly.min)).toBe(104000);
    expect(cents(n.total!.min)).toBe(20000);
  });

  it('weekly: $1,500/week is $37.50 an hour and $6,500 a month', () => {
    const n = normalizePay(pay(1500, 1500, 'week'), null)!;
    expect(cents(n.hourly.min)).toBe(37.5);
    expect(cents(n.monthly.min)).toBe(6500);
    expect(n.total).toBeNull();
  });

  it('yearly: $104,000/year is $50 an hour', () => {
    const n = normalizePay(pay(104000, 104000, 'year'), 12)!;
    expect(cents(n.hourly.min)).toBe(50);
    expect(cents(n.total!.min)).toBe(24000);
  });

  it('total: $24,000 for a 12-week internship is $2,000 a week and $50 an hour', () => {
    const n = normalizePay(pay(24000, 24000, 'total'), 12)!;
    expect(cents(n.weekly.min)).toBe(2000);
    expect(cents(n.hourly.min)).toBe(50);
    expect(cents(n.total!.min)).toBe(24000);
  });

  it('total: cannot be compared without the internship’s length', () => {
    expect(normalizePay(pay(24000, 24000, 'total'), null)).toBeNull();
  });

  it('cannot compare an amount too large to scale (one stored before amounts were bounded)', () => {
    expect(normalizePay(pay(1e308, 1e308, 'hour'), 12)).toBeNull();
  });

  it('keeps ranges as ranges: $40–$50 an hour', () => {
    const n = normalizePay(pay(40, 50, 'hour'), 12)!;
    expect([cents(n.hourly.min), cents(n.hourly.max)]).toEqual([40, 50]);
    expect([cents(n.monthly.min), cents(n.monthly.max)]).toEqual([6933.33, 8666.67]);
    expect([cents(n.total!.min), cents(n.total!.max)]).toEqual([19200, 24000]);
  });

  it('treats a lone minimum or a lone maximum as a single amount', () => {
    expect(normalizePay(pay(50, null, 'hour'), null)!.hourly).toEqual({ min: 50, max: 50 });
    expect(normalizePay(pay(null, 50, 'hour'), null)!.hourly).toEqual({ min: 50, max: 50 });
  });

  it('has nothing to compare without an amount, a period or any pay', () => {
    expect(normalizePay(pay(null, null, 'month'), 12)).toBeNull();
    expect(normalizePay(pay(11000, 11000, null), 12)).toBeNull();
    expect(normalizePay(null, 12)).toBeNull();
  });

  it('keeps the currency', () => {
    expect(normalizePay(pay(3000, 3000, 'month', 'EUR'), 12)!.currency).toBe('EUR');
  });
});

describe('normalizePay: consistency (property)', () => {
  const amount = fc.double({ min: 0.01, max: 1_000_000, noNaN: true, noDefaultInfinity: true });
  const period = fc.constantFrom(...PAY_PERIODS);
  const weeks = fc.integer({ min: 1, max: 104 });
  const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

  it('relates the figures by the convention whatever the period: 12 months, 52 weeks or 2,080 hours make a year', () => {
    fc.assert(
      fc.property(amount, period, weeks, (value, p, w) => {
        const n = normalizePay(pay(value, value, p), w)!;
        expect(close(n.monthly.min * 12, n.yearly.min)).toBe(true);
        expect(close(n.weekly.min * 52, n.yearly.min)).toBe(true);
        expect(close(n.hourly.min * 40, n.weekly.min)).toBe(true);
        expect(close(n.total!.min, n.weekly.min * w)).toBe(true);
      }),
    );
  });

  it('makes a week the hours the pay states, whatever the period', () => {
    const hours = fc.double({ min: 0.5, max: 80, noNaN: true });
    fc.assert(
      fc.property(amount, period, weeks, hours, (value, p, w, h) => {
        const n = normalizePay({ ...pay(value, value, p), hoursPerWeek: h }, w)!;
        expect(close(n.hourly.min * h, n.weekly.min)).toBe(true);
        expect(close(n.weekly.min * 52, n.yearly.min)).toBe(true);
      }),
    );
  });

  it('gives back the original amount when the result is normalised again from any of its periods', () => {
    const figure = { hour: 'hourly', week: 'weekly', month: 'monthly', year: 'yearly', total: 'total' } as const;
    fc.assert(
      fc.property(amount, period, period, weeks, (value, from, via, w) => {
        const first = normalizePay(pay(value, value, from), w)!;
        const viaAmount = first[figure[via]]!.min;
        const second = normalizePay(pay(viaAmount, viaAmount, via), w)!;
        const original = second[figure[from]]!.min;
        expect(close(original, value)).toBe(true);
      }),
    );
  });

  it('never puts the minimum above the maximum', () => {
    fc.assert(
      fc.property(amount, amount, period, weeks, (a, b, p, w) => {
        const n = normalizePay(pay(Math.min(a, b), Math.max(a, b), p), w)!;
        for (const range of [n.hourly, n.weekly, n.monthly, n.yearly, n.total!])
          expect(range.min).toBeLessThanOrEqual(range.max);
      }),
    );
  });
});

describe('cohortWeeks', () => {
  it('makes May 18 – Aug 7 2026 (Monday to Friday) 12 weeks', () => {
    expect(cohortWeeks(MAY)).toBe(12);
    expect(cohortWeeks(JUNE)).toBe(12);
  });

  it('counts weeks of work: a 10-week cohort is 10, a one-day programme a fifth of a week', () => {
    expect(cohortWeeks(TEN_WEEKS)).toBe(10);
    expect(cohortWeeks({ start: '2026-05-18', end: '2026-05-18' })).toBe(0.2);
    // A Monday to Friday programme is one week; a weekend alone counts its days.
    expect(cohortWeeks({ start: '2026-05-18', end: '2026-05-22' })).toBe(1);
    expect(cohortWeeks({ start: '2026-05-16', end: '2026-05-17' })).toBeCloseTo(2 / 7);
  });

  it('makes a cohort of a whole month about a month, not four weeks (tester32)', () => {
    // August 2027: 22 weekdays. ¥260,000 a month over it is a month's pay, not ¥240,000.
    const august = { start: '2027-08-01', end: '2027-08-31' };
    expect(cohortWeeks(august)).toBe(4.4);
    const pay = { min: 260000, max: 260000, currency: 'JPY', period: 'month' as const, raw: '月給26万円' };
    expect(normalizePay(pay, cohortWeeks(august))!.total!.min).toBeCloseTo(264000);
    // 時給1,500円 for one day: 8 hours.
    const hourly = { min: 1500, max: 1500, currency: 'JPY', period: 'hour' as const, raw: '時給1,500円' };
    expect(normalizePay(hourly, cohortWeeks({ start: '2027-08-02', end: '2027-08-02' }))!.total!.min).toBeCloseTo(
      12000,
    );
  });
});

describe('internshipWeeks', () => {
  it('prefers the chosen cohort over the stated duration', () => {
    expect(internshipWeeks({ cohorts: [MAY, TEN_WEEKS], chosenCohortId: 'ten', durationWeeks: 12 })).toBe(10);
  });

  it('uses the stated duration when no cohort is chosen', () => {
    expect(internshipWeeks({ cohorts: [MAY, TEN_WEEKS], chosenCohortId: null, durationWeeks: 11 })).toBe(11);
  });

  it('takes an only cohort’s dates over a stated length that differs, and says which it went by', () => {
    // tester31: a 25-week cohort typed by hand, then a merge added "6 months" (26 weeks).
    const zeta = { cohorts: [{ id: 'z', start: '2027-01-05', end: '2027-06-30', label: '' }], durationWeeks: 26 };
    expect(internshipWeeks({ ...zeta, chosenCohortId: null })).toBe(25.4);
    expect(lengthWords({ ...zeta, chosenCohortId: null })).toBe('over its cohort’s 25.4 weeks');
    expect(lengthWords({ ...zeta, chosenCohortId: 'z' })).toBe('over the chosen cohort’s 25.4 weeks');
    expect(lengthWords({ cohorts: [MAY, TEN_WEEKS], chosenCohortId: null, durationWeeks: 11 })).toBe(
      'over the stated 11 weeks',
    );
    expect(lengthWords({ cohorts: [MAY, JUNE], chosenCohortId: null, durationWeeks: null })).toBe(
      'over 12 weeks, as every cohort lasts',
    );
  });

  it('uses the cohorts’ length when they all agree and nothing else is known', () => {
    expect(internshipWeeks({ cohorts: [MAY, JUNE], chosenCohortId: null, durationWeeks: null })).toBe(12);
  });

  it('is unknown when cohorts differ and none is chosen, or when nothing is stated', () => {
    expect(internshipWeeks({ cohorts: [MAY, TEN_WEEKS], chosenCohortId: null, durationWeeks: null })).toBeNull();
    expect(internshipWeeks({ cohorts: [], chosenCohortId: null, durationWeeks: null })).toBeNull();
  });

  it('makes a length given in months whole months’ pay: ₹1,00,000 a month over 2 months is ₹2,00,000', () => {
    const twoMonths = readWeeks('2 months')!;
    const n = normalizeApplicationPay({
      pay: pay(100000, 100000, 'month', 'INR'),
      cohorts: [],
      chosenCohortId: null,
      durationWeeks: twoMonths,
    });
    expect(cents(n!.total!.min)).toBe(200000);
    // Shown to a tenth of a week, and written back as it was given.
    expect(weeksInWords(twoMonths)).toBe('8.7 weeks');
    // One is singular; under a week is told in working days.
    expect([weeksInWords(1), weeksInWords(0.2), weeksInWords(0.6)]).toEqual(['1 week', '1 day', '3 days']);
    expect(writeWeeks(twoMonths)).toBe('2 months');
    expect(readWeeks(String(writeWeeks(twoMonths)))).toBe(twoMonths);
    expect(writeWeeks(readWeeks('1 month')!)).toBe('1 month');
    // 3 months is 13 whole weeks, and a length stored before as 8.7 weeks stays 8.7.
    expect([writeWeeks(readWeeks('3 months')!), writeWeeks(8.7), writeWeeks(12)]).toEqual([13, 8.7, 12]);
  });

  it('drives the total: choosing the 10-week cohort changes $11,000/month from 12 to 10 weeks', () => {
    const app = { pay: pay(11000, 11000, 'month'), cohorts: [MAY, TEN_WEEKS], durationWeeks: 12 };
    expect(cents(normalizeApplicationPay({ ...app, chosenCohortId: null })!.total!.min)).toBe(30461.54);
    expect(cents(normalizeApplicationPay({ ...app, chosenCohortId: 'ten' })!.total!.min)).toBe(25384.62);
  });
});

describe('offerValue', () => {
  const offer = (parts: Partial<Offer> = {}): Offer => anOffer({ offeredOn: '2026-02-20', ...parts });
  const pinterest = (
    parts: Partial<Offer> = {},
    pick: { chosenCohortId?: string | null; durationWeeks?: number | null } = {},
  ) => ({
    pay: pay(11000, 11000, 'month'),
    offer: offer(parts),
    cohorts: [MAY, TEN_WEEKS],
    chosenCohortId: 'may',
    durationWeeks: 12,
    ...pick,
  });
  /** Parts as label, amount to the cent, counted. */
  const summary = (value: OfferValue | null) =>
    value?.parts.map((p) => [p.label, p.amount && [cents(p.amount.min), cents(p.amount.max)], p.counted]);

  it('is the base pay alone for an offer of base pay only: $11,000/month over 12 weeks is $30,461.54', () => {
    const value = offerValue(pinterest())!;
    expect(summary(value)).toEqual([['Base pay', [30461.54, 30461.54], true]]);
    expect(cents(value.total!.min)).toBe(30461.54);
    expect(value.weeks).toBe(12);
    expect(value.currency).toBe('USD');
  });

  it('values every part separately over the chosen cohort and adds them up', () => {
    const value = offerValue(
      pinterest({
        housing: { type: 'stipend', amount: 2000, period: 'month' },
        relocation: 3000,
        signOnBonus: 5000,
        other: [{ id: 'o1', label: 'Return bonus', amount: 2500 }],
      }),
    )!;
    // $2,000 a month is $2,000 × 12 / 52 = $461.54 a week; over 12 weeks $5,538.46.
    expect(summary(value)).toEqual([
      ['Base pay', [30461.54, 30461.54], true],
      ['Housing stipend', [5538.46, 5538.46], true],
      ['Relocation', [3000, 3000], true],
      ['Sign-on bonus', [5000, 5000], true],
      ['Return bonus', [2500, 2500], true],
    ]);
    expect(value.parts.map((p) => [p.kind, p.id, p.note])).toEqual([
      ['base-pay', null, ''],
      ['housing', null, ''],
      ['relocation', null, ''],
      ['sign-on-bonus', null, ''],
      ['other', 'o1', ''],
    ]);
    // (11,000 + 2,000) × 12 × 12 / 52 = 36,000, plus 10,500 paid once.
    expect(cents(value.total!.min)).toBe(46500);
  });

  it('follows the chosen cohort: the 10-week one makes the monthly parts shorter, one-off parts alike', () => {
    const value = offerValue(
      pinterest(
        { housing: { type: 'stipend', amount: 2000, period: 'month' }, relocation: 3000 },
        { chosenCohortId: 'ten' },
      ),
    )!;
    expect(value.weeks).toBe(10);
    // 11,000 × 10 × 12 / 52 = 25,384.62; 2,000 × 10 × 12 / 52 = 4,615.38.
    expect(summary(value)).toEqual([
      ['Base pay', [25384.62, 25384.62], true],
      ['Housing stipend', [4615.38, 4615.38], true],
      ['Relocation', [3000, 3000], true],
    ]);
    expect(cents(value.total!.min)).toBe(33000);
  });

  it('values a weekly stipend by the weeks and a stipend for the whole stay as it is', () => {
    const weekly = offerValue(pinterest({ housing: { type: 'stipend', amount: 500, period: 'week' } }))!;
    expect(summary(weekly)![1]).toEqual(['Housing stipend', [6000, 6000], true]);
    const whole = offerValue(pinterest({ housing: { type: 'stipend', amount: 7000, period: 'total' } }))!;
    expect(summary(whole)![1]).toEqual(['Housing stipend', [7000, 7000], true]);
  });

  it('lists housing provided without an amount, and does not add it', () => {
    const value = offerValue(pinterest({ housing: { type: 'provided' } }))!;
    expect(value.parts[1]).toEqual({
      kind: 'housing',
      id: null,
      label: 'Housing',
      amount: null,
      currency: 'USD',
      counted: false,
      note: 'Provided: no amount to add',
    });
    expect(cents(value.total!.min)).toBe(30461.54);
  });

  it('keeps a pay range as a range: $40–$50 an hour over 10 weeks is $16,000–$20,000', () => {
    const value = offerValue({
      pay: pay(40, 50, 'hour'),
      offer: offer({ signOnBonus: 1000 }),
      cohorts: [TEN_WEEKS],
      chosenCohortId: 'ten',
      durationWeeks: null,
    })!;
    expect(summary(value)![0]).toEqual(['Base pay', [16000, 20000], true]);
    expect([cents(value.total!.min), cents(value.total!.max)]).toEqual([17000, 21000]);
  });

  it('lists a base pay in another currency in its own, and does not add it to the offer’s', () => {
    const value = offerValue({ ...pinterest({ signOnBonus: 5000 }), pay: pay(3000, 3000, 'month', 'EUR') })!;
    expect(value.parts[0]).toMatchObject({
      label: 'Base pay',
      currency: 'EUR',
      counted: false,
      note: 'Not added: it is in EUR, the offer in USD',
    });
    expect(cents(value.parts[0]!.amount!.min)).toBe(8307.69);
    expect(value.total).toEqual({ min: 5000, max: 5000 });
  });

  it('adds what it can when the length is unknown, and says why the rest is not added', () => {
    const value = offerValue(
      pinterest(
        { housing: { type: 'stipend', amount: 2000, period: 'month' }, relocation: 3000 },
        { chosenCohortId: null, durationWeeks: null },
      ),
    )!;
    expect(value.weeks).toBeNull();
    const why = 'Not added: the internship’s length is not known (choose a cohort or give its duration)';
    expect(value.parts.map((p) => [p.label, p.amount, p.counted, p.note])).toEqual([
      ['Base pay', null, false, why],
      ['Housing stipend', null, false, why],
      ['Relocation', { min: 3000, max: 3000 }, true, ''],
    ]);
    expect(value.total).toEqual({ min: 3000, max: 3000 });
  });

  it('takes a pay for the whole internship as it is, length known or not', () => {
    const value = offerValue({
      ...pinterest({}, { chosenCohortId: null, durationWeeks: null }),
      pay: pay(24000, 24000, 'total'),
    })!;
    expect(value.total).toEqual({ min: 24000, max: 24000 });
  });

  it('says why a pay without an amount or period is not added, and leaves out pay that is not there', () => {
    const noPeriod = offerValue({ ...pinterest({ relocation: 1000 }), pay: pay(5000, 5000, null) })!;
    expect(noPeriod.parts[0]).toMatchObject({
      counted: false,
      note: 'Not added: the pay has no amount per hour, week, month or year',
    });
    const noPay = offerValue({ ...pinterest({ relocation: 1000 }), pay: null })!;
    expect(summary(noPay)).toEqual([['Relocation', [1000, 1000], true]]);
  });

  it('has no total, not $0, when nothing with an amount is counted (an offer recorded with its date alone)', () => {
    const dateAlone = offerValue({ ...pinterest(), pay: null })!;
    expect(dateAlone.parts).toEqual([]);
    expect(dateAlone.total).toBeNull();
    expect(noTotalReason(dateAlone)).toBe('No amounts in the offer yet');
    const payWithoutPeriod = offerValue({ ...pinterest(), pay: pay(5000, 5000, null) })!;
    expect(payWithoutPeriod.total).toBeNull();
    // A part there but left out says why there is no total, not that there are no amounts.
    expect(noTotalReason(payWithoutPeriod)).toBe('No total yet: the pay has no amount per hour, week, month or year');
    const noLength = offerValue({ ...pinterest({}, { chosenCohortId: null, durationWeeks: null }), cohorts: [] })!;
    expect(noTotalReason(noLength)).toBe(
      'No total yet: the internship’s length is not known (choose a cohort or give its duration)',
    );
  });

  it('is none without an offer', () => {
    expect(offerValue({ ...pinterest(), offer: null })).toBeNull();
  });
});

describe('formatAmount and formatMoney', () => {
  it('shows a rate worked out per week, month or year in whole units, at any size', () => {
    expect(formatAmount({ min: 11000, max: 11000 }, 'USD')).toBe('$11,000');
    expect(formatAmount({ min: 63.4615, max: 63.4615 }, 'USD')).toBe('$63');
  });

  it('shows a range with an en dash, and a single amount when the ends are within half a cent', () => {
    expect(formatAmount({ min: 8000, max: 9500 }, 'USD')).toBe('$8,000–$9,500');
    expect(formatAmount({ min: 40, max: 50 }, 'USD')).toBe('$40–$50');
    expect(formatMoney({ min: 50, max: 50.004 }, 'USD')).toBe('$50');
  });

  it('uses the currency it is given, grouped as its own users group amounts', () => {
    expect(formatAmount({ min: 3000, max: 3000 }, 'EUR')).toBe('€3,000');
    expect(formatAmount({ min: 3000, max: 3000 }, 'GBP')).toBe('£3,000');
    // Rupees in lakhs, as an Indian posting and an Indian student write them.
    expect(formatAmount({ min: 150000, max: 150000 }, 'INR')).toBe('₹1,50,000');
    expect(formatMoney({ min: 1250000.5, max: 1250000.5 }, 'INR')).toBe('₹12,50,000.50');
    expect(formatAmount({ min: 25000, max: 30000 }, 'INR')).toBe('₹25,000–₹30,000');
  });

  it('formats totals to the cent, and whole totals without cents, as rates are written', () => {
    expect(formatMoney(30461.538461, 'USD')).toBe('$30,461.54');
    expect(formatMoney(24000, 'USD')).toBe('$24,000');
    expect(formatMoney({ min: 19200, max: 24000 }, 'USD')).toBe('$19,200–$24,000');
    expect(formatMoney({ min: 24000, max: 24000.001 }, 'USD')).toBe('$24,000');
    // One end with cents gives both ends cents, so a range reads alike.
    expect(formatMoney({ min: 19200.5, max: 24000 }, 'USD')).toBe('$19,200.50–$24,000.00');
    expect(formatMoney(1234.996, 'EUR')).toBe('€1,235');
    // The yen has no cents.
    expect(formatMoney(433333.33, 'JPY')).toBe('¥433,333');
    expect(formatAmount({ min: 50, max: 50 }, 'JPY')).toBe('¥50');
  });
});

describe('formatRate', () => {
  it('gives the rate a pay was stated in to the cent, as written, and works the others out rounded', () => {
    // "2.100,50 EUR/Monat": the month is as written; a month worked out from an hour is rounded.
    const monthly = normalizePay(pay(2100.5, 2100.5, 'month', 'EUR'), null)!;
    expect(formatRate(monthly, 'monthly', 'month')).toBe('€2,100.50');
    expect(formatRate(monthly, 'yearly', 'month')).toBe('€25,206');
    const hourly = normalizePay(pay(14.5, 14.5, 'hour', 'EUR'), null)!;
    expect(formatRate(hourly, 'hourly', 'hour')).toBe('€14.50');
    expect(formatRate(normalizePay(pay(45, 45, 'hour', 'USD'), null)!, 'hourly', 'hour')).toBe('$45.00');
    expect(formatRate(hourly, 'monthly', 'hour')).toBe('€2,513');
    // A whole amount stays whole.
    expect(formatRate(normalizePay(pay(1800, 1800, 'month', 'EUR'), null)!, 'monthly', 'month')).toBe('€1,800');
  });

  it('gives every hourly rate to the cent, above 100 as below it (tester31: ₹144 beside ₹46.15)', () => {
    // ₹25,000 a month: 25,000 × 12 / 52 / 40 = ₹144.2307…; ₹8,000 a month: ₹46.1538…
    expect(formatRate(normalizePay(pay(25000, 25000, 'month', 'INR'), null)!, 'hourly', 'month')).toBe('₹144.23');
    expect(formatRate(normalizePay(pay(8000, 8000, 'month', 'INR'), null)!, 'hourly', 'month')).toBe('₹46.15');
    // ₹1,00,000 a month: ₹576.9230…; the yen has no smaller unit.
    expect(formatRate(normalizePay(pay(100000, 100000, 'month', 'INR'), null)!, 'hourly', 'month')).toBe('₹576.92');
    expect(formatRate(normalizePay(pay(400000, 400000, 'month', 'JPY'), null)!, 'hourly', 'month')).toBe('¥2,308');
  });

  it('is what lists show per month', () => {
    const given = pay(2100.5, 2100.5, 'month', 'EUR');
    expect(monthlyPayText(normalizePay(given, null), given).amount).toBe('€2,100.50');
  });
});

describe('an unpaid role', () => {
  const unpaid = (period: PayPeriod | null, currency = 'USD'): Pay => ({
    ...pay(0, 0, period, currency),
    raw: 'Unpaid',
  });

  it('is nothing by every period and over the internship, whatever its length or the period it was given in', () => {
    for (const period of [null, ...PAY_PERIODS]) {
      for (const weeks of [null, 12]) {
        const normalized = normalizePay(unpaid(period), weeks)!;
        expect(normalized.unpaid).toBe(true);
        for (const rate of [normalized.hourly, normalized.weekly, normalized.monthly, normalized.yearly])
          expect(rate).toEqual({ min: 0, max: 0 });
        expect(normalized.total).toEqual({ min: 0, max: 0 });
      }
    }
    // A single 0 kept as one end alone is the same pay.
    expect(normalizePay(pay(0, null, 'hour'), null)?.unpaid).toBe(true);
    expect(normalizePay(pay(11000, 11000, 'month'), 12)?.unpaid).toBe(false);
  });

  it('is not a pay that is not known: a pay without amounts has no figure at all', () => {
    expect(normalizePay(pay(null, null, 'hour'), 12)).toBeNull();
    expect(normalizePay(null, 12)).toBeNull();
  });

  it('is shown as "Unpaid", never as "$0.00" an hour or "—"', () => {
    const normalized = normalizePay(unpaid('hour'), 12)!;
    expect(formatRate(normalized, 'hourly', 'hour')).toBe('Unpaid');
    expect(formatRate(normalized, 'monthly', 'hour')).toBe('Unpaid');
    expect(monthlyPayText(normalized, unpaid('hour'))).toMatchObject({ amount: 'Unpaid', unpaid: true, what: null });
    expect(monthlyPayText(normalizePay(pay(0, 0, null), null), pay(0, 0, null)).amount).toBe('Unpaid');
    expect(payInWords(pay(0, 0, null))).toBe('Unpaid');
    expect(formatOverInternship({ min: 0, max: 0 }, 'EUR')).toBe('Unpaid');
    expect(formatOverInternship({ min: 30461.54, max: 30461.54 }, 'USD')).toBe('$30,461.54');
  });

  it('adds nothing to an offer, counted whatever its currency or the internship’s length', () => {
    const app = { pay: unpaid(null, 'EUR'), offer: anOffer({ relocation: 1000 }), cohorts: [], chosenCohortId: null };
    const value = offerValue({ ...app, durationWeeks: null })!;
    expect(value.parts.map((p) => [p.label, p.amount, p.counted, p.note])).toEqual([
      ['Base pay', { min: 0, max: 0 }, true, ''],
      ['Relocation', { min: 1000, max: 1000 }, true, ''],
    ]);
    expect(value.total).toEqual({ min: 1000, max: 1000 });
    // Unpaid and nothing else: a total of nothing, which is shown as "Unpaid".
    const alone = offerValue({ ...app, offer: anOffer(), durationWeeks: 10 })!;
    expect(alone.total).toEqual({ min: 0, max: 0 });
  });
});
