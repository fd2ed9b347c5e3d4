// The day a week starts on where the user is: Sunday in the US, Monday in most of Europe,
// Saturday in much of the Middle East. Read from the locale's week data, which Chromium has;
// where it is missing, the region decides between Sunday and Monday.
import type { Weekday } from './calendarDays';

/** Regions whose weeks start on Sunday (CLDR's list, the common ones); everywhere else, Monday. */
const SUNDAY_REGIONS = new Set(
  (
    'AG AS BD BR BS BT BW BZ CA CN CO DM DO ET GT GU HK HN ID IL IN JM JP KE KH KR LA MH ' +
    'MM MO MT MX MZ NI NP PA PE PH PK PR PT PY SA SG SV TH TT TW UM US VE VI WS YE ZA ZW'
  ).split(' '),
);

/** Week data as Intl.Locale gives it: a method in newer engines, a property in older ones. */
interface WeekInfoLocale {
  getWeekInfo?: () => { firstDay: number };
  weekInfo?: { firstDay: number };
}

/** The first day of the week for a locale such as "en-US" or "de-DE"; Monday when it says nothing. */
export function weekStartOf(localeTag: string): Weekday {
  let locale: Intl.Locale;
  try {
    locale = new Intl.Locale(localeTag);
  } catch {
    return 1;
  }
  const info = locale as Intl.Locale & WeekInfoLocale;
  const firstDay = info.getWeekInfo?.().firstDay ?? info.weekInfo?.firstDay;
  // Week data counts 1 Monday … 7 Sunday.
  if (firstDay !== undefined && firstDay >= 1 && firstDay <= 7) return (firstDay % 7) as Weekday;
  const region = locale.maximize().region;
  return region !== undefined && SUNDAY_REGIONS.has(region) ? 0 : 1;
}
