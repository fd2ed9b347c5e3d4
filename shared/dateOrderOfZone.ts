// Which order the student's numeric dates are likely written in, from the time zone of their
// computer: a zone lies in a country, and numericOrderOf knows each country's custom. Only the
// zones of countries that do not write the day first need naming; every other is in one that does.
import { numericOrderOf, type NumericOrder } from './posting/dateMentions';

const ZONE_COUNTRIES: Readonly<Record<string, readonly string[]>> = {
  US: [
    ...['America/New_York', 'America/Detroit', 'America/Kentucky/Louisville', 'America/Kentucky/Monticello'],
    ...['America/Indiana/Indianapolis', 'America/Indiana/Vincennes', 'America/Indiana/Winamac'],
    ...['America/Indiana/Marengo', 'America/Indiana/Petersburg', 'America/Indiana/Vevay', 'America/Indiana/Tell_City'],
    ...['America/Indiana/Knox', 'America/Chicago', 'America/Menominee', 'America/North_Dakota/Center'],
    ...['America/North_Dakota/New_Salem', 'America/North_Dakota/Beulah', 'America/Denver', 'America/Boise'],
    ...['America/Phoenix', 'America/Los_Angeles', 'America/Anchorage', 'America/Juneau', 'America/Sitka'],
    ...['America/Metlakatla', 'America/Yakutat', 'America/Nome', 'America/Adak', 'Pacific/Honolulu'],
    ...['Pacific/Guam', 'Pacific/Saipan', 'Pacific/Pago_Pago', 'Pacific/Midway', 'Pacific/Wake', 'America/St_Thomas'],
    // The states in free association with it write the month first too.
    ...['Pacific/Majuro', 'Pacific/Kwajalein', 'Pacific/Palau', 'Pacific/Chuuk', 'Pacific/Truk', 'Pacific/Pohnpei'],
    ...['Pacific/Ponape', 'Pacific/Kosrae'],
    // Older names, which some systems still give.
    ...['America/Indianapolis', 'America/Fort_Wayne', 'America/Louisville', 'America/Knox_IN', 'America/Shiprock'],
    ...['US/Eastern', 'US/Central', 'US/Mountain', 'US/Pacific', 'US/Alaska', 'US/Hawaii', 'US/Arizona'],
    ...['US/East-Indiana', 'US/Indiana-Starke', 'US/Michigan', 'US/Aleutian', 'Navajo'],
    ...['EST5EDT', 'CST6CDT', 'MST7MDT', 'PST8PDT'],
  ],
  CA: [
    ...['America/St_Johns', 'America/Halifax', 'America/Glace_Bay', 'America/Moncton', 'America/Goose_Bay'],
    ...['America/Blanc-Sablon', 'America/Toronto', 'America/Montreal', 'America/Nipigon', 'America/Thunder_Bay'],
    ...['America/Iqaluit', 'America/Pangnirtung', 'America/Atikokan', 'America/Coral_Harbour', 'America/Winnipeg'],
    ...['America/Rainy_River', 'America/Resolute', 'America/Rankin_Inlet', 'America/Regina', 'America/Swift_Current'],
    ...['America/Edmonton', 'America/Cambridge_Bay', 'America/Yellowknife', 'America/Inuvik', 'America/Creston'],
    ...['America/Dawson_Creek', 'America/Fort_Nelson', 'America/Whitehorse', 'America/Dawson', 'America/Vancouver'],
    ...['Canada/Newfoundland', 'Canada/Atlantic', 'Canada/Eastern', 'Canada/Central', 'Canada/Saskatchewan'],
    ...['Canada/Mountain', 'Canada/Pacific', 'Canada/Yukon'],
  ],
  PH: ['Asia/Manila'],
  CN: ['Asia/Shanghai', 'Asia/Urumqi', 'Asia/Chongqing', 'Asia/Chungking', 'Asia/Harbin', 'PRC'],
  JP: ['Asia/Tokyo', 'Japan'],
  KR: ['Asia/Seoul', 'ROK'],
  TW: ['Asia/Taipei', 'ROC'],
  HU: ['Europe/Budapest'],
  MN: ['Asia/Ulaanbaatar', 'Asia/Ulan_Bator', 'Asia/Hovd', 'Asia/Choibalsan'],
  IR: ['Asia/Tehran', 'Iran'],
  LT: ['Europe/Vilnius'],
};

const COUNTRY_OF_ZONE = new Map(
  Object.entries(ZONE_COUNTRIES).flatMap(([country, zones]) => zones.map((zone) => [zone, country] as const)),
);

/**
 * Month first in a zone of the United States, null where the country writes either order
 * (Canada, the Philippines) or the year first, and for a zone of no place (UTC); day first in
 * any other zone.
 */
export function dateOrderOfZone(zone: string): NumericOrder | null {
  if (zone === 'UTC' || zone === 'GMT' || zone.startsWith('Etc/')) return null;
  const country = COUNTRY_OF_ZONE.get(zone);
  return country === undefined ? 'day-first' : numericOrderOf([country]);
}
