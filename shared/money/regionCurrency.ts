// The currency of the student's region, for a pay they have not written yet: the currency of the
// country their computer's time zone lies in, else of their language's region ("en-GB"), as the
// CSV import proposes a date order (a UK student's browser is often set to en-US, its clock
// rarely to another country's).
import { readLocale } from '../readLocale';
import { countryOfZone } from '../zoneCountries';

/** Each currency the app reads, with the countries and territories that pay in it. */
const COUNTRIES_BY_CURRENCY: Readonly<Record<string, string>> = {
  USD: 'US PR GU AS MP VI UM EC SV PA TL MH FM PW BQ TC VG',
  CAD: 'CA',
  AUD: 'AU CX CC NF KI NR TV',
  NZD: 'NZ CK NU PN TK',
  SGD: 'SG',
  HKD: 'HK',
  GBP: 'GB GG JE IM',
  EUR: 'AT BE HR CY EE FI FR DE GR IE IT LV LT LU MT NL PT SK SI ES AD MC SM VA ME XK GF GP MQ RE YT PM BL MF AX',
  INR: 'IN',
  JPY: 'JP',
  CNY: 'CN',
  KRW: 'KR',
  CHF: 'CH LI',
  SEK: 'SE',
  NOK: 'NO SJ',
  DKK: 'DK FO GL',
  PLN: 'PL',
  CZK: 'CZ',
  HUF: 'HU',
  BRL: 'BR',
  MXN: 'MX',
  ZAR: 'ZA',
  AED: 'AE',
  ILS: 'IL',
  TWD: 'TW',
  THB: 'TH',
  PHP: 'PH',
  IDR: 'ID',
  MYR: 'MY',
  TRY: 'TR',
  ISK: 'IS',
  ARS: 'AR',
  CLP: 'CL',
  COP: 'CO',
  VND: 'VN',
  PKR: 'PK',
  LKR: 'LK',
  NPR: 'NP',
  BDT: 'BD',
  NGN: 'NG',
  KES: 'KE',
  GHS: 'GH',
  EGP: 'EG',
  MOP: 'MO',
};

const CURRENCY_OF_COUNTRY = new Map(
  Object.entries(COUNTRIES_BY_CURRENCY).flatMap(([currency, countries]) =>
    countries.split(' ').map((country) => [country, currency] as const),
  ),
);

/** The countries that pay in `currency` ("BRL": Brazil); none for a currency the app does not know. */
export function countriesOfCurrency(currency: string): string[] {
  return COUNTRIES_BY_CURRENCY[currency]?.split(' ') ?? [];
}

/**
 * The currency of the student's region: of the country `timeZone` lies in, else of the region of
 * `language`; null where neither names a country whose currency the app knows.
 */
export function regionCurrency(timeZone: string | undefined, language: string | undefined): string | null {
  const zoned = timeZone === undefined ? null : countryOfZone(timeZone);
  const zoneCurrency = zoned === null ? undefined : CURRENCY_OF_COUNTRY.get(zoned);
  if (zoneCurrency !== undefined) return zoneCurrency;
  const region = language === undefined ? undefined : readLocale(language)?.region;
  return (region !== undefined && CURRENCY_OF_COUNTRY.get(region)) || null;
}
