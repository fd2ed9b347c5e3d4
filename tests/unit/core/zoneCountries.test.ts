// The country of a time zone, for the student's date order and currency: every zone a computer can
// be set to has one, and a zone of no place has none.
import { describe, expect, it } from 'vitest';
import { countryOfZone, currentZoneName, localTimeZone } from '@shared/zoneCountries';

/** The zones of no country: UTC and the fixed offsets. */
const OF_NO_PLACE = /^(Etc\/.*|UTC|GMT)$/;

describe('countryOfZone', () => {
  it('names a country for every zone the engine lists, but those of no place', () => {
    const zones = Intl.supportedValuesOf('timeZone');
    expect(zones.filter((zone) => !OF_NO_PLACE.test(zone) && countryOfZone(zone) === null)).toEqual([]);
    expect(zones.filter((zone) => OF_NO_PLACE.test(zone) && countryOfZone(zone) !== null)).toEqual([]);
  });

  it.each([
    ['America/Halifax', 'CA'],
    ['America/St_Johns', 'CA'],
    ['Asia/Urumqi', 'CN'],
    ['Asia/Harbin', 'CN'],
    ['Asia/Macau', 'MO'],
    ['Africa/Abidjan', 'CI'],
    ['Europe/Moscow', 'RU'],
    ['Asia/Vladivostok', 'RU'],
    // Written as the zone database writes it today and as older engines do.
    ['Europe/Kyiv', 'UA'],
    ['Europe/Kiev', 'UA'],
    ['Asia/Yangon', 'MM'],
    ['Asia/Rangoon', 'MM'],
    // An old name the engine links to its zone.
    ['W-SU', 'RU'],
    ['Antarctica/Troll', 'AQ'],
  ])('puts %s in %s', (zone, country) => {
    expect(countryOfZone(zone)).toBe(country);
  });

  it.each(['UTC', 'Etc/UTC', 'Etc/GMT+5', 'GMT', 'Mars/Olympus_Mons'])('names none for %s', (zone) => {
    expect(countryOfZone(zone)).toBeNull();
  });
});

describe('localTimeZone', () => {
  it('names the machine’s zone as the app shows it, where the engine gives its old name', () => {
    // tester31: the import's date-order question said Asia/Calcutta, the editor Asia/Kolkata.
    const before = process.env.TZ;
    process.env.TZ = 'Asia/Kolkata';
    try {
      expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe('Asia/Calcutta');
      expect(localTimeZone()).toBe('Asia/Kolkata');
    } finally {
      if (before === undefined) delete process.env.TZ;
      else process.env.TZ = before;
    }
  });
});

describe('currentZoneName', () => {
  it.each([
    ['Asia/Calcutta', 'Asia/Kolkata'],
    ['Asia/Katmandu', 'Asia/Kathmandu'],
    ['Asia/Saigon', 'Asia/Ho_Chi_Minh'],
    ['Asia/Rangoon', 'Asia/Yangon'],
    ['Europe/Kiev', 'Europe/Kyiv'],
    ['America/Buenos_Aires', 'America/Argentina/Buenos_Aires'],
    ['Atlantic/Faeroe', 'Atlantic/Faroe'],
    ['Pacific/Truk', 'Pacific/Chuuk'],
    ['Pacific/Enderbury', 'Pacific/Kanton'],
    // Current names, and a zone linked to another country's, stay as they are.
    ['Asia/Kolkata', 'Asia/Kolkata'],
    ['Europe/London', 'Europe/London'],
    ['Europe/Bratislava', 'Europe/Bratislava'],
    ['UTC', 'UTC'],
  ])('shows %s as %s', (zone, shown) => {
    expect(currentZoneName(zone)).toBe(shown);
  });

  it('gives a current name the engine knows for every zone the engine lists', () => {
    const known = (zone: string) => {
      try {
        new Intl.DateTimeFormat('en-US', { timeZone: zone });
        return true;
      } catch {
        return false;
      }
    };
    const zones = Intl.supportedValuesOf('timeZone');
    expect(zones.map(currentZoneName).filter((zone) => !known(zone))).toEqual([]);
    // The engine's own name for the current one is the old one again: they are one zone.
    const engineName = (zone: string) =>
      new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone;
    expect(zones.filter((zone) => engineName(currentZoneName(zone)) !== zone)).toEqual([]);
  });
});
