// The currency a new pay is proposed in: the student's applications', else their region's.
import { describe, expect, it } from 'vitest';
import type { Pay } from '@shared/application';
import { proposedPayCurrency } from '@shared/money/proposedCurrency';
import { regionCurrency } from '@shared/money/regionCurrency';

const paid = (currency: string | null, updatedAt = '2026-12-01T10:00:00Z') => ({
  pay: currency === null ? null : ({ min: 2000, max: 2000, currency, period: 'month', raw: '' } satisfies Pay),
  updatedAt,
});

describe('regionCurrency', () => {
  it("goes by the time zone's country before the language, as a UK student's browser may say en-US", () => {
    expect(regionCurrency('Europe/London', 'en-US')).toBe('GBP');
    expect(regionCurrency('America/Toronto', 'en-US')).toBe('CAD');
    expect(regionCurrency('Europe/Busingen', 'de-CH')).toBe('EUR');
    // The engine's older name for a zone, as Chromium gives it.
    expect(regionCurrency('Asia/Calcutta', 'en-US')).toBe('INR');
    expect(regionCurrency('US/Pacific', 'en-GB')).toBe('USD');
  });

  it('goes by the region of the language where the zone is of no country, or of none the app knows the currency of', () => {
    expect(regionCurrency('UTC', 'en-GB')).toBe('GBP');
    expect(regionCurrency('Etc/GMT+5', 'de')).toBe('EUR');
    expect(regionCurrency('Europe/Moscow', 'en_AU.UTF-8')).toBe('AUD');
    expect(regionCurrency(undefined, 'pt-BR')).toBe('BRL');
  });

  it('says nothing where neither names a country whose currency the app knows', () => {
    expect(regionCurrency('UTC', 'ru-RU')).toBeNull();
    expect(regionCurrency('Not/A_Zone', 'not a tag')).toBeNull();
    expect(regionCurrency(undefined, undefined)).toBeNull();
  });
});

describe('proposedPayCurrency', () => {
  it('is the currency most applications are paid in, whatever the region', () => {
    const apps = [paid('GBP'), paid('USD'), paid('GBP'), paid(null), paid(null), paid(null)];
    expect(proposedPayCurrency(apps, 'USD')).toBe('GBP');
  });

  it("is the region's among currencies as many applications use, else the one of the application changed last", () => {
    const tied = [paid('EUR', '2026-12-03T10:00:00Z'), paid('GBP', '2026-12-01T10:00:00Z')];
    expect(proposedPayCurrency(tied, 'GBP')).toBe('GBP');
    expect(proposedPayCurrency(tied, 'CHF')).toBe('EUR');
    expect(proposedPayCurrency(tied, null)).toBe('EUR');
  });

  it("is the region's with no pay anywhere, else USD", () => {
    expect(proposedPayCurrency([paid(null)], 'GBP')).toBe('GBP');
    expect(proposedPayCurrency([], null)).toBe('USD');
  });
});
