// An unpaid role: the words that say it, and the pay that keeps it (both amounts 0).
import { describe, expect, it } from 'vitest';
import { isUnpaid, saysUnpaid } from '@shared/money/unpaid';

describe('saysUnpaid', () => {
  it('reads "unpaid" in the languages the CSV import reads, with or without accents', () => {
    for (const text of [
      'Unpaid',
      'unpaid (academic credit)',
      'Unpaid – course credit',
      'Volunteer',
      'Volunteer position',
      'unbezahlt',
      'Unvergütet',
      'non rémunéré',
      'Non remunere',
      'no remunerado',
      'Sin remuneración',
      'non retribuito',
      'não remunerado',
      'onbetaald',
      'bezpłatny',
      'obetald',
    ])
      expect(saysUnpaid(text), text).toBe(true);
  });

  it('leaves words that say the pay is not known, or that say more than unpaid, unread', () => {
    for (const text of ['Competitive', 'k.A.', 'TBD', 'n/a', 'Paid', 'unpaid until the first review', 'None', ''])
      expect(saysUnpaid(text), text).toBe(false);
  });

  it('takes "none" as the student’s word where they type the pay, not in a file', () => {
    expect(saysUnpaid('none', { typed: true })).toBe(true);
    expect(saysUnpaid('None', { typed: false })).toBe(false);
  });
});

describe('isUnpaid', () => {
  it('is a pay whose amount is nothing, a single 0 at either end too', () => {
    expect(isUnpaid({ min: 0, max: 0 })).toBe(true);
    expect(isUnpaid({ min: 0, max: null })).toBe(true);
    expect(isUnpaid({ min: null, max: 0 })).toBe(true);
  });

  it('is not a pay with an amount, a range from 0, or a pay without amounts, which is not known', () => {
    expect(isUnpaid({ min: 0, max: 20 })).toBe(false);
    expect(isUnpaid({ min: 20, max: 20 })).toBe(false);
    expect(isUnpaid({ min: null, max: null })).toBe(false);
    expect(isUnpaid(null)).toBe(false);
  });
});
