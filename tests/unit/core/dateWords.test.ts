import { format } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { dateLocaleOf, dateWords, type DateWords } from '@shared/dateWords';

// The date-fns patterns the app wrote before it followed the region, with the 12-hour clock the US
// keeps: en-US must read exactly so.
const US_PATTERNS: Record<Exclude<keyof DateWords, 'locale'>, string> = {
  day: 'EEE, MMM d, yyyy',
  dayAndTime: 'EEE, MMM d, yyyy, h:mm a',
  monthDay: 'MMM d',
  monthDayYear: 'MMM d, yyyy',
  weekdayMonthDay: 'EEE, MMM d',
  weekdayMonthDayTime: 'EEE, MMM d, h:mm a',
  dateAndTime: 'MMM d, yyyy, h:mm a',
  dateAndTimeToTheSecond: 'MMM d, yyyy, h:mm:ss a',
  fullDay: 'EEEE, MMMM d, yyyy',
  monthAndYear: 'MMMM yyyy',
  weekday: 'EEEE',
  shortWeekday: 'EEE',
  time: 'h:mm a',
};

// Fri 6 March 2026, 17:05:09 where the test runs.
const MARCH_6 = new Date(2026, 2, 6, 17, 5, 9);
const SEPT_6_MORNING = new Date(2026, 8, 6, 9, 5);

describe('dateLocaleOf', () => {
  it('takes the English of the region of the first locale', () => {
    expect(dateLocaleOf(['en-US'])).toBe('en-US');
    expect(dateLocaleOf(['en-GB', 'en-US'])).toBe('en-GB');
    expect(dateLocaleOf(['de-DE'])).toBe('en-DE');
    expect(dateLocaleOf(['hi-IN'])).toBe('en-IN');
    expect(dateLocaleOf(['en_GB.UTF-8'])).toBe('en-GB');
  });

  it('finds the region of a language said without one', () => {
    expect(dateLocaleOf(['de'])).toBe('en-DE');
    expect(dateLocaleOf(['en'])).toBe('en-US');
  });

  it('falls back to en-GB where the region writes the day first and Intl has no English of it', () => {
    expect(dateLocaleOf(['pt-BR'])).toBe('en-GB');
    expect(dateLocaleOf(['zh-CN'])).toBe('en-US');
  });

  it('skips what is no locale, and is American with nothing to go by', () => {
    expect(dateLocaleOf(['not a locale', 'en-GB'])).toBe('en-GB');
    // app.getSystemLocale() says "" where it cannot tell: the preferred languages speak then.
    expect(dateLocaleOf(['', 'fr-FR'])).toBe('en-FR');
    expect(dateLocaleOf([])).toBe('en-US');
  });
});

describe('dateWords', () => {
  it('writes en-US as the app always has, with a 12-hour clock, for every day of two years and hours of the day', () => {
    const us = dateWords('en-US');
    for (let i = 0; i < 731; i++) {
      const date = new Date(2026, 0, 1 + i, i % 24, (i * 7) % 60, (i * 13) % 60);
      for (const [name, pattern] of Object.entries(US_PATTERNS)) {
        expect(us[name as keyof typeof US_PATTERNS](date), name).toBe(format(date, pattern));
      }
    }
  });

  it('writes the US clock from 12 AM to 12 PM', () => {
    const us = dateWords('en-US');
    expect(us.time(new Date(2026, 2, 6, 0, 5))).toBe('12:05 AM');
    expect(us.time(SEPT_6_MORNING)).toBe('9:05 AM');
    expect(us.time(new Date(2026, 2, 6, 12, 0))).toBe('12:00 PM');
    expect(us.dayAndTime(MARCH_6)).toBe('Fri, Mar 6, 2026, 5:05 PM');
  });

  it('writes years before 1000 in four digits, as date-fns did', () => {
    const date = new Date(2000, 6, 4);
    date.setFullYear(99);
    expect(dateWords('en-US').day(date)).toBe(format(date, 'EEE, MMM d, yyyy'));
    expect(dateWords('en-GB').monthDayYear(date)).toBe('4 Jul 0099');
  });

  it('writes en-GB day first with a 24-hour clock', () => {
    const uk = dateWords('en-GB');
    expect(uk.day(MARCH_6)).toBe('Fri, 6 Mar 2026');
    expect(uk.dayAndTime(MARCH_6)).toBe('Fri, 6 Mar 2026, 17:05');
    expect(uk.monthDay(MARCH_6)).toBe('6 Mar');
    expect(uk.monthDayYear(MARCH_6)).toBe('6 Mar 2026');
    expect(uk.weekdayMonthDay(MARCH_6)).toBe('Fri 6 Mar');
    expect(uk.dateAndTimeToTheSecond(MARCH_6)).toBe('6 Mar 2026, 17:05:09');
    expect(uk.fullDay(MARCH_6)).toBe('Friday, 6 March 2026');
    expect(uk.monthAndYear(MARCH_6)).toBe('March 2026');
    expect(uk.time(SEPT_6_MORNING)).toBe('09:05');
    expect(uk.time(new Date(2026, 2, 6, 14, 0))).toBe('14:00');
  });

  it('writes a German region in English words, day first', () => {
    const germany = dateWords(dateLocaleOf(['de-DE']));
    expect(germany.day(MARCH_6)).toBe('Fri, 6 Mar 2026');
    expect(germany.dayAndTime(MARCH_6)).toBe('Fri, 6 Mar 2026, 17:05');
    expect(germany.time(new Date(2026, 2, 6, 14, 0))).toBe('14:00');
    expect(germany.weekday(MARCH_6)).toBe('Friday');
  });

  it('writes en-IN day first with the 12-hour clock India keeps', () => {
    const india = dateWords('en-IN');
    expect(india.day(MARCH_6)).toBe('Fri, 6 Mar, 2026');
    // ICU puts a narrow no-break space before "pm".
    expect(india.dayAndTime(MARCH_6).replace(/\s/g, ' ')).toBe('Fri, 6 Mar, 2026, 5:05 pm');
    expect(india.time(SEPT_6_MORNING).replace(/\s/g, ' ')).toBe('9:05 am');
  });

  it('follows the zone the machine is in when it formats, not the one it was made in', () => {
    const us = dateWords('en-US');
    const instant = new Date('2026-03-06T23:30:00Z');
    const zone = process.env.TZ;
    try {
      process.env.TZ = 'Asia/Tokyo';
      expect(us.dayAndTime(instant)).toBe('Sat, Mar 7, 2026, 8:30 AM');
      process.env.TZ = 'America/Los_Angeles';
      expect(us.dayAndTime(instant)).toBe('Fri, Mar 6, 2026, 3:30 PM');
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });

  it('makes the formatters of a locale once', () => {
    expect(dateWords('en-GB')).toBe(dateWords('en-GB'));
  });
});
