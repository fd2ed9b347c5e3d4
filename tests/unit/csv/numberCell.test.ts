import { describe, expect, it } from 'vitest';
import { readAmount, readHoursPerWeek, readNumber, readWeeks, readYear } from '@shared/csv/numberCell';

describe('number cells', () => {
  it('reads plain numbers, with thousands separators and exponents', () => {
    expect(['12', '1,234.5', '1e+21', ' -3 '].map((v) => readNumber(v))).toEqual([12, 1234.5, 1e21, -3]);
    expect(['12 weeks', '$5', ''].map((v) => readNumber(v))).toEqual([null, null, null]);
  });

  it('reads decimal commas when told the column has them: a comma before three digits too', () => {
    expect(['12,5', '14,125', '1.234,5', '2513', '1e+21'].map((v) => readNumber(v, ','))).toEqual([
      12.5, 14.125, 1234.5, 2513, 1e21,
    ]);
    expect(['12,5', '14,125'].map((v) => readNumber(v))).toEqual([null, 14125]);
    expect(['1,2,3', '12.5.1'].map((v) => readNumber(v, ','))).toEqual([null, null]);
  });

  it('reads weeks and months (13 weeks in 3 months under the convention), months unrounded', () => {
    expect(['12', '12 weeks', '10wks', '3 months'].map((v) => readWeeks(v))).toEqual([12, 12, 10, 13]);
    // tester31: "2 months" was 8.7 weeks, and ₹1,00,000 a month over it ₹2,00,769.23.
    expect(readWeeks('2 months')).toBe(104 / 12);
    expect(readWeeks('all summer')).toBeNull();
    expect(readWeeks('12,5', ',')).toBe(12.5);
  });

  it('reads hours a week, with their unit or without, a lone decimal comma as one', () => {
    expect(
      ['20', '20 h', '20h', '20 hrs', '30 hours', '20 h/week', '37.5 hours per week', '30 hours a week'].map((v) =>
        readHoursPerWeek(v),
      ),
    ).toEqual([20, 20, 20, 20, 30, 20, 37.5, 30]);
    expect(['37,5', '37,5 h'].map((v) => readHoursPerWeek(v))).toEqual([37.5, 37.5]);
    expect(readHoursPerWeek('37,5', ',')).toBe(37.5);
    // A range, a schedule or words are no number of hours.
    expect(['15-20', '9 to 5', 'part-time', '20 days', ''].map((v) => readHoursPerWeek(v))).toEqual([
      null,
      null,
      null,
      null,
      null,
    ]);
  });

  it('reads one amount of money, its currency aside', () => {
    expect(['5000', '$5,000', '5k', 'EUR 2000', '€2,000.50', 'CA$1,500', '1500 USD'].map(readAmount)).toEqual([
      5000, 5000, 5000, 2000, 2000.5, 1500, 1500,
    ]);
    expect(['$40-50', '$40/hr', 'yes', '-5'].map(readAmount)).toEqual([null, null, null, null]);
  });

  it('reads years', () => {
    expect(['2026', ' 1999 '].map(readYear)).toEqual([2026, 1999]);
    expect(['26', '2026-27', 'next year'].map(readYear)).toEqual([null, null, null]);
  });
});
