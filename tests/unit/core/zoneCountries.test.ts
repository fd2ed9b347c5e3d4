// The country of a time zone, for the student's date order and currency: every zone a computer can
// be set to has one, and a zone of no place has none.
import { describe, expect, it } from 'vitest';
import { countryOfZone } from '@shared/zoneCountries';

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
