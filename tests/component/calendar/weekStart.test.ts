// The first day of the week comes from the locale's week data, or else its region.
import { afterEach, describe, expect, it } from 'vitest';
import { weekStartOf } from '../../../renderer/src/features/calendar/weekStart';

const weekInfo = Object.getOwnPropertyDescriptor(Intl.Locale.prototype, 'weekInfo');
const getWeekInfo = Object.getOwnPropertyDescriptor(Intl.Locale.prototype, 'getWeekInfo');

function restore(name: string, descriptor: PropertyDescriptor | undefined) {
  if (descriptor) Object.defineProperty(Intl.Locale.prototype, name, descriptor);
  else delete (Intl.Locale.prototype as unknown as Record<string, unknown>)[name];
}

afterEach(() => {
  restore('weekInfo', weekInfo);
  restore('getWeekInfo', getWeekInfo);
});

describe('weekStartOf', () => {
  it('reads the week data of the locale', () => {
    expect(weekStartOf('en-US')).toBe(0);
    expect(weekStartOf('de-DE')).toBe(1);
    expect(weekStartOf('en-GB')).toBe(1);
    expect(weekStartOf('ar-EG')).toBe(6);
  });

  it('goes by the region where the engine has no week data', () => {
    Object.defineProperty(Intl.Locale.prototype, 'weekInfo', { configurable: true, get: () => undefined });
    Object.defineProperty(Intl.Locale.prototype, 'getWeekInfo', { configurable: true, value: undefined });
    expect(weekStartOf('en-US')).toBe(0);
    expect(weekStartOf('ja')).toBe(0); // Japan, from the language's likely region
    expect(weekStartOf('fr-FR')).toBe(1);
    expect(weekStartOf('en-GB')).toBe(1);
  });

  it('starts on Monday for a locale it cannot read', () => {
    expect(weekStartOf('not a locale!')).toBe(1);
  });
});
