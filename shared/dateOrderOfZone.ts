// Which order the student's numeric dates are likely written in, from the time zone of their
// computer: a zone lies in a country (zoneCountries.ts), and numericOrderOf knows each country's custom.
import { numericOrderOf, type NumericOrder } from './posting/dateMentions';
import { countryOfZone } from './zoneCountries';

/**
 * Month first in a zone of the United States, null where the country writes either order
 * (Canada, the Philippines) or the year first, and for a zone of no place (UTC) or one not known;
 * day first in any other zone.
 */
export function dateOrderOfZone(zone: string): NumericOrder | null {
  const country = countryOfZone(zone);
  return country === null ? null : numericOrderOf([country]);
}
