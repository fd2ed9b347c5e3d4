// Which order the student's numeric dates are likely written in, from the time zone of their
// computer: a zone lies in a country, and numericOrderOf knows each country's custom. Only the
// zones of countries that do not write the day first need naming; every other is in one that does.
import { numericOrderOf, type NumericOrder } from './posting/dateMentions';
import { countryOfZone } from './zoneCountries';

/**
 * Month first in a zone of the United States, null where the country writes either order
 * (Canada, the Philippines) or the year first, and for a zone of no place (UTC); day first in
 * any other zone.
 */
export function dateOrderOfZone(zone: string): NumericOrder | null {
  if (zone === 'UTC' || zone === 'GMT' || zone.startsWith('Etc/')) return null;
  const country = countryOfZone(zone);
  return country === null ? 'day-first' : numericOrderOf([country]);
}
