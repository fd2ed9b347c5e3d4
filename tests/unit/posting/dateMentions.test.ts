import { describe, expect, it } from 'vitest';
import {
  findDateRanges,
  findDates,
  resolveRange,
  soleYear,
  yearFromContext,
  yearsNamed,
} from '@shared/posting/dateMentions';

/** The ranges in a text as calendar dates, years completed from the text itself. */
function ranges(text: string, fallbackYear: number | null = null) {
  return findDateRanges(text).map((r) => {
    const resolved = resolveRange(r, fallbackYear);
    return resolved && { start: resolved.start, end: resolved.end };
  });
}
const dates = (text: string) => findDates(text).map((d) => d.date);

describe('single dates', () => {
  it('reads month-first, day-first and ISO dates', () => {
    expect(dates('May 18, 2026 / 18 May 2026 / 2026-05-18 / Monday, May 18 2026')).toEqual(
      Array(4).fill({ year: 2026, month: 5, day: 18 }),
    );
  });

  it('reads Portuguese month names, as Spanish ones, day first', () => {
    expect(dates('15 de janeiro de 2027, 3 de março de 2027, 1º de dezembro')).toEqual([
      { year: 2027, month: 1, day: 15 },
      { year: 2027, month: 3, day: 3 },
    ]);
  });

  it('reads a year first with slashes or dots as year, month, day, as Japan, China and Korea write it', () => {
    // tester32: a LinkedIn page from Tokyo, "Internship period: 2027/08/01 - 2027/09/30".
    expect(dates('2027/08/01 - 2027/9/30, 2027.1.5')).toEqual([
      { year: 2027, month: 8, day: 1 },
      { year: 2027, month: 9, day: 30 },
      { year: 2027, month: 1, day: 5 },
    ]);
    expect(dates('version 3021/08/01, 2027/13/01')).toEqual([]);
  });

  it('reads ordinal days, "the 18th of May" and abbreviated months with a full stop', () => {
    expect(dates('June 1st, the 18th of May, Aug. 7, Sept 4 2026')).toEqual([
      { year: null, month: 6, day: 1 },
      { year: null, month: 5, day: 18 },
      { year: null, month: 8, day: 7 },
      { year: 2026, month: 9, day: 4 },
    ]);
  });

  it("reads a year's last two digits after an apostrophe, as Indian boards write them", () => {
    expect(dates("Apply By 15 Jan' 27, from 8th Dec'26, Jan 5 '27, and 15 Jan 27 students")).toEqual([
      { year: 2027, month: 1, day: 15 },
      { year: 2026, month: 12, day: 8 },
      { year: 2027, month: 1, day: 5 },
      // Two digits with no apostrophe are no year.
      { year: null, month: 1, day: 15 },
    ]);
  });

  it('reads numeric dates only when the order of day and month is certain, or dotted', () => {
    expect(dates('from 14/09/2026, 09/14/2026 and 31.07.2026')).toEqual([
      { year: 2026, month: 9, day: 14 },
      { year: 2026, month: 9, day: 14 },
      { year: 2026, month: 7, day: 31 },
    ]);
    expect(dates('Posted: 05/06/2026')).toEqual([]);
    // Dots are written day first.
    expect(dates('CLOSING DATE 02.09.2025')).toEqual([{ year: 2025, month: 9, day: 2 }]);
    // Hyphens as slashes are: "29-11-2022" can only be 29 November; "05-06-2026" is either.
    expect(dates('Application Deadline:\n\n29-11-2022')).toEqual([{ year: 2022, month: 11, day: 29 }]);
    expect(dates('Closes 11-29-2022')).toEqual([{ year: 2022, month: 11, day: 29 }]);
    expect(dates('Posted: 05-06-2026')).toEqual([]);
  });

  it('reads a numeric date whose order is not certain in the order of the range it opens or closes', () => {
    // 18/12 can only be day first, so its range's other end, 05/10, is 5 October.
    expect(dates('Dates: 05/10/2026 - 18/12/2026')).toEqual([
      { year: 2026, month: 10, day: 5 },
      { year: 2026, month: 12, day: 18 },
    ]);
    expect(dates('from 10/05/2026 to 12/18/2026')).toEqual([
      { year: 2026, month: 10, day: 5 },
      { year: 2026, month: 12, day: 18 },
    ]);
    // A date that is not the other end of a range, or written another way, is not settled by it.
    expect(dates('Posted 05/06/2026. Apply by 18/07/2026')).toEqual([{ year: 2026, month: 7, day: 18 }]);
    expect(dates('05-10-2026 to 18/12/2026')).toEqual([{ year: 2026, month: 12, day: 18 }]);
  });

  it("reads a numeric date whose order is not certain in the order of the page's country, when it has one", () => {
    expect(findDates('Apply by 05/06/2026', 'day-first').map((d) => d.date)).toEqual([
      { year: 2026, month: 6, day: 5 },
    ]);
    expect(findDates('Apply by 05/06/2026', 'month-first').map((d) => d.date)).toEqual([
      { year: 2026, month: 5, day: 6 },
    ]);
    // A certain order outranks the country's: 18/07 is day first on any page.
    expect(findDates('Apply by 18/07/2026', 'month-first').map((d) => d.date)).toEqual([
      { year: 2026, month: 7, day: 18 },
    ]);
  });

  it('does not take a month alone, or a month and a year, for a date', () => {
    expect(dates('starts in May or June 2026; graduating December 2026')).toEqual([]);
  });

  it('does not read "may" in a sentence as the month', () => {
    expect(dates('you may 2 times')).toEqual([]);
  });

  it('refuses days that do not exist', () => {
    expect(dates('February 30, 2026 and 31 April 2026')).toEqual([]);
    expect(dates('February 29, 2028')).toEqual([{ year: 2028, month: 2, day: 29 }]);
  });

  it('does not read times or counts as days', () => {
    expect(dates('May 9:30 am, March 2026 cohort')).toEqual([]);
  });
});

describe('dates in German, French, Spanish and Dutch', () => {
  it('reads a day, then a month named in the language, then the year', () => {
    expect(
      dates('15. Januar 2027 / 3. März 2027 / 1er février 2027 / 15 de enero de 2027 / 15 januari 2027 / 31 août 2027'),
    ).toEqual([
      { year: 2027, month: 1, day: 15 },
      { year: 2027, month: 3, day: 3 },
      { year: 2027, month: 2, day: 1 },
      { year: 2027, month: 1, day: 15 },
      { year: 2027, month: 1, day: 15 },
      { year: 2027, month: 8, day: 31 },
    ]);
  });

  it('reads the month in capitals and without the year', () => {
    expect(dates('15. JUNI 2027, le 14 juillet')).toEqual([
      { year: 2027, month: 6, day: 15 },
      { year: null, month: 7, day: 14 },
    ]);
  });

  it('reads a German day with its dot before a month English shares: "31. August 2027"', () => {
    expect(dates('1. April 2027 / 31. August 2027 / 30. September / 2. November 2027')).toEqual([
      { year: 2027, month: 4, day: 1 },
      { year: 2027, month: 8, day: 31 },
      { year: null, month: 9, day: 30 },
      { year: 2027, month: 11, day: 2 },
    ]);
  });

  it('reads no date from a number before a word that only starts like a month', () => {
    expect(dates('3 marsupials, 2 mayors, 4 juniors and 5 Decembrists')).toEqual([]);
  });
});

describe('date ranges in German, French, Spanish and Dutch', () => {
  it.each([
    'vom 1. Juni bis 31. August 2027',
    'vom 1. Juni bis zum 31. August 2027',
    'du 1er juin au 31 août 2027',
    "du 1er juin jusqu'au 31 août 2027",
    'del 1 de junio al 31 de agosto de 2027',
    'desde el 1 de junio hasta el 31 de agosto de 2027',
    'van 1 juni tot 31 augustus 2027',
    'van 1 juni t/m 31 augustus 2027',
    'van 1 juni tot en met 31 augustus 2027',
    '1. Juni – 31. August 2027',
  ])('reads %j as one range', (text) => {
    expect(ranges(text)).toEqual([{ start: '2027-06-01', end: '2027-08-31' }]);
  });

  it.each([
    'vom 1. bis 31. Juli 2027',
    'du 1er au 31 juillet 2027',
    'del 1 al 31 de julio de 2027',
    'van 1 tot 31 juli 2027',
  ])('reads %j, one month written once, as one range', (text) => {
    expect(ranges(text)).toEqual([{ start: '2027-07-01', end: '2027-07-31' }]);
  });

  it('puts a start after the end in the year before, as in English', () => {
    expect(ranges('du 1er décembre au 28 février 2027')).toEqual([{ start: '2026-12-01', end: '2027-02-28' }]);
  });

  it.each([
    // Two dates joined by "and", not a span.
    'am 1. Juni und am 31. August 2027',
    'le 1er juin et le 31 août 2027',
    'el 1 de junio y el 31 de agosto de 2027',
    // A date and a count.
    'ab 1. Juni, 12 Wochen',
    // "au" and "al" inside words or sentences that only sit between dates.
    '1er juin. Au 31 août 2027',
  ])('reads no range from %j', (text) => {
    expect(ranges(text)).toEqual([]);
  });
});

describe('dates and spans in Japanese', () => {
  it('reads a year in 年 or in the Reiwa era, then month and day, with or without a weekday after', () => {
    // Round 36: Japanese official pages write "令和7年" (Reiwa 7) for 2025, 令和元年 for its first year.
    expect(
      dates('2023年7月14日(金)、令和5年3月31日（金曜日）、令和元年5月1日、1.令和3年8月30日月曜日、5月31日'),
    ).toEqual([
      { year: 2023, month: 7, day: 14 },
      { year: 2023, month: 3, day: 31 },
      { year: 2019, month: 5, day: 1 },
      { year: 2021, month: 8, day: 30 },
      { year: null, month: 5, day: 31 },
    ]);
  });

  it('joins a span with "~", "〜" or "から", and ends it in a day alone in the start\'s month and year', () => {
    expect(ranges('令和7年8月18日(月曜日)~22日(金曜日)')).toEqual([{ start: '2025-08-18', end: '2025-08-22' }]);
    expect(ranges('令和3年8月30日(月曜日)から令和3年9月10日(金曜日)まで')).toEqual([
      { start: '2021-08-30', end: '2021-09-10' },
    ]);
    expect(ranges('2023年6月19日〜7月21日')).toEqual([{ start: '2023-06-19', end: '2023-07-21' }]);
  });
});

describe('date ranges', () => {
  it('applies a year written once to both ends', () => {
    expect(ranges('May 18 – August 7, 2026')).toEqual([{ start: '2026-05-18', end: '2026-08-07' }]);
    expect(ranges('18 May - 7 Aug 2026')).toEqual([{ start: '2026-05-18', end: '2026-08-07' }]);
  });

  it('accepts hyphens, en and em dashes, "to", "through" and "until"', () => {
    const expected = [{ start: '2026-06-01', end: '2026-08-21' }];
    for (const joint of [' - ', '–', ' — ', ' to ', ' through ', ' until ']) {
      expect(ranges(`June 1${joint}August 21, 2026`), joint).toEqual(expected);
    }
  });

  it('does not read the end of an ISO date before a month as a range of days', () => {
    // "2020-10-30 October 30, 2020": a page's date written twice, not 10–30 October.
    expect(ranges('date 2020-10-30 October 30, 2020')).toEqual([]);
  });

  it('reads a range within one month written once', () => {
    expect(ranges('June 1–26, 2026 and 1-26 June 2026')).toEqual([
      { start: '2026-06-01', end: '2026-06-26' },
      { start: '2026-06-01', end: '2026-06-26' },
    ]);
  });

  it('reads "between ... and ..." but not two dates joined by "and"', () => {
    expect(ranges('between June 1 and August 21, 2026')).toEqual([{ start: '2026-06-01', end: '2026-08-21' }]);
    expect(ranges('start dates: June 1 and June 15, 2026')).toEqual([]);
  });

  it('allows a weekday before the second date', () => {
    expect(ranges('from Monday 30 November 2026 to Friday 12 February 2027')).toEqual([
      { start: '2026-11-30', end: '2027-02-12' },
    ]);
  });

  it('puts a start month after the end month in the year before', () => {
    expect(ranges('December 1 – March 5, 2027')).toEqual([{ start: '2026-12-01', end: '2027-03-05' }]);
  });

  it('reads ISO and numeric ranges', () => {
    expect(ranges('2026-05-11 to 2026-07-31; 14/09/2026 to 18/12/2026')).toEqual([
      { start: '2026-05-11', end: '2026-07-31' },
      { start: '2026-09-14', end: '2026-12-18' },
    ]);
  });

  it('leaves a range with no year at all unresolved unless the page names one year', () => {
    expect(ranges('June 1 – August 21')).toEqual([null]);
    expect(ranges('June 1 – August 21', 2026)).toEqual([{ start: '2026-06-01', end: '2026-08-21' }]);
  });

  it('does not join a date to a following count ("May 18 - 12 weeks")', () => {
    expect(ranges('Start May 18 - 12 weeks')).toEqual([]);
  });

  it('does not read a month-only span as a range', () => {
    expect(ranges('Jan 2027 – Apr 2027, May or June')).toEqual([]);
  });
});

describe('soleYear', () => {
  it('is the one year a page names, or null when it names several or none', () => {
    expect(soleYear('Summer 2026 internship, 2026 cohort')).toBe(2026);
    expect(soleYear('Summer 2026, graduating in 2027')).toBeNull();
    expect(soleYear('no year here, $2,026 is money')).toBeNull();
  });

  it('does not count the date a post was written, on a line of its own', () => {
    expect(soleYear('April 1, 2009\n\nInternships run May 18-August 14.')).toBeNull();
    expect(soleYear(' date 2023-01-19 The county’s internship program runs May 30 – August 3.')).toBeNull();
    expect(soleYear('April 1, 2009\nThe 2009 program runs May 18-August 14.')).toBe(2009);
  });

  it("does not count a year of the programme's past", () => {
    expect(soleYear('It runs June 6 to July 29. Since its inception in 2015, 700 students took part.')).toBeNull();
    expect(soleYear('The museum, founded in 2011, hosts interns June 6 to July 29.')).toBeNull();
    expect(soleYear('The 2027 program runs June 6 to July 29.')).toBe(2027);
  });

  it('finds the year the text fixes for a year-less date, and none when the text does not fix one', () => {
    const date = { year: null, month: 1, day: 18 };
    expect(yearFromContext('In 2026, apply by January 18.', 22, date, [2026])).toBe(2026);
    expect(yearFromContext('Between 2025 and 2026: January 18.', 23, date, [2025, 2026])).toBeNull();
    expect(yearFromContext('Apply.\nBy Sunday, January 18', 18, date, [2025, 2026])).toBe(2026);
    expect(yearFromContext('Apply.\nBy Saturday, January 18', 20, date, [2025, 2026])).toBe(2025);
  });

  it('counts a year of the Reiwa era as its western year, and reads a Japanese weekday after the day', () => {
    expect(soleYear('令和6年度博物館実習生の受入要項')).toBe(2024);
    expect(soleYear('令和6年度の実習、2025年の募集')).toBeNull();
    expect(yearsNamed('令和元年と2020年')).toEqual([2019, 2020]);
    const may31 = { year: null, month: 5, day: 31 };
    // 31 May was a Friday in 2024, a Saturday in 2025.
    expect(yearFromContext('申込受付期間\n5月31日(金曜日)まで', 7, may31, [2024, 2025])).toBe(2024);
    expect(yearFromContext('申込受付期間\n5月31日(土)まで', 7, may31, [2024, 2025])).toBe(2025);
  });
});
