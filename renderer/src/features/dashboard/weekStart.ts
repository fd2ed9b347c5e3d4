// The first day of the week where the user lives: Sunday in the US, Monday in most of Europe.
type WeekDay = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/** Intl.Locale's week info: a method in current engines, a getter in older ones. */
interface WeekInfoLocale {
  getWeekInfo?: () => { firstDay: number };
  weekInfo?: { firstDay: number };
}

/** 0 Sunday … 6 Saturday, as date-fns counts; Monday (ISO 8601) when the engine cannot say. */
export function localeWeekStart(language: string): WeekDay {
  try {
    const locale = new Intl.Locale(language) as Intl.Locale & WeekInfoLocale;
    const firstDay = (locale.getWeekInfo?.() ?? locale.weekInfo)?.firstDay; // 1 Monday … 7 Sunday
    return firstDay === undefined ? 1 : ((firstDay % 7) as WeekDay);
  } catch {
    return 1; // a language tag the engine does not know
  }
}
