import { afterEach, describe, expect, it } from 'vitest';
import { toInstant } from '@shared/calendarDate';
import {
  detectDateOrder,
  localeWritesDayFirst,
  isYearlessDate,
  parseDateCell,
  parseDateRangeCell,
  parseYearlessDateCell,
  twoReadings,
} from '@shared/csv/dateCell';

const originalTz = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalTz;
});

describe('parseDateCell', () => {
  it.each([
    ['2026-05-18', '2026-05-18'],
    ['2026/5/18', '2026-05-18'],
    ['5/18/2026', '2026-05-18'],
    ['05-18-2026', '2026-05-18'],
    ['18.05.2026', '2026-05-18'],
    ['May 18, 2026', '2026-05-18'],
    ['Mon, May 18, 2026', '2026-05-18'],
    ['18 May 2026', '2026-05-18'],
    ['18th May 2026', '2026-05-18'],
    ['Sept 1, 2026', '2026-09-01'],
  ])('reads %j as %s', (text, date) => {
    expect(parseDateCell(text, false)?.date).toBe(date);
  });

  it('reads 05/06/2026 as 6 May month-first and as 5 June day-first', () => {
    expect(parseDateCell('05/06/2026', false)?.date).toBe('2026-05-06');
    expect(parseDateCell('05/06/2026', true)?.date).toBe('2026-06-05');
  });

  it('reads a date only one order reads that way, whatever the order chosen for 05/06/2026', () => {
    expect(parseDateCell('15/10/2026', false)?.date).toBe('2026-10-15');
    expect(parseDateCell('15/10/2026', true)?.date).toBe('2026-10-15');
    expect(parseDateCell('10/20/2026', true)?.date).toBe('2026-10-20');
    expect(parseDateCell('10-20-26 2:15 PM', true)?.date).toBe('2026-10-20');
    // Dotted dates stay day first.
    expect(parseDateCell('10.20.2026', false)).toBeNull();
  });

  it('gives both readings of a date the two orders read differently, and none of one they agree on', () => {
    expect(twoReadings('03/11/2026')).toEqual({
      monthFirst: { date: '2026-03-11', instant: null },
      dayFirst: { date: '2026-11-03', instant: null },
    });
    for (const text of ['15/10/2026', '10/20/2026', '03/03/2026', '2026-03-11', '03.11.2026', 'soon'])
      expect(twoReadings(text)).toBeNull();
  });

  it.each(['31/31/2026', '2026-02-30', '13/13/2026', 'soon', '2026', 'May 32, 2026', 'Smarch 3, 2026', '31/02/2026'])(
    'is not fooled by %j',
    (text) => {
      expect(parseDateCell(text, false)).toBeNull();
      expect(parseDateCell(text, true)).toBeNull();
    },
  );

  it("reads LinkedIn's '10/5/24, 2:15 PM' as a date with a local time", () => {
    const parsed = parseDateCell('10/5/24, 2:15 PM', false);
    expect(parsed?.date).toBe('2024-10-05');
    expect(parsed?.instant).toBe(toInstant(new Date(2024, 9, 5, 14, 15)));
  });

  it('keeps an instant with an offset as written', () => {
    expect(parseDateCell('2026-05-18T17:00:00-07:00', false)).toEqual({
      date: '2026-05-18',
      instant: '2026-05-18T17:00:00-07:00',
    });
  });

  it('reads an offset written without its colon, as some exports write it', () => {
    expect(parseDateCell('2026-01-11T16:47:21-0500', false)).toEqual({
      date: '2026-01-11',
      instant: '2026-01-11T16:47:21-05:00',
    });
    expect(parseDateCell('2026-01-11T16:47+0530', false)?.instant).toBe('2026-01-11T16:47+05:30');
    expect(parseDateCell('2026-01-11T16:47:21-2500', false)).toBeNull();
  });

  it("reads a spreadsheet's date serial number, with its time, and milliseconds since 1970", () => {
    expect(parseDateCell('46027', false)).toEqual({ date: '2026-01-05', instant: null });
    expect(parseDateCell('46050.5833', true)).toEqual({
      date: '2026-01-28',
      instant: toInstant(new Date(2026, 0, 28, 14, 0)),
    });
    expect(parseDateCell('60', false)).toBeNull();
    expect(parseDateCell('12345', false)).toBeNull();
    const ms = new Date(2026, 0, 12, 9, 30).getTime();
    expect(parseDateCell(String(ms), false)).toEqual({
      date: '2026-01-12',
      instant: toInstant(new Date(2026, 0, 12, 9, 30)),
    });
  });

  it.each([
    // Excel's and Google Sheets' default display, with a four- or a two-digit year (20xx).
    ['15-Jan-2027', '2027-01-15'],
    ['15-Jan-27', '2027-01-15'],
    ['15/Jan/2027', '2027-01-15'],
    ['Jan-15-2027', '2027-01-15'],
    ['15 Jan 27', '2027-01-15'],
    // German, French and Spanish month names, as posting pages' dates are read.
    ['15. Januar 2027', '2027-01-15'],
    ['3. März 2027', '2027-03-03'],
    ['1er février 2027', '2027-02-01'],
    ['15 de enero de 2027', '2027-01-15'],
    ['15-août-2027', '2027-08-15'],
    ['2027年1月15日', '2027-01-15'],
    // Excel's "Medium date" and students' dates in other languages, abbreviated as each writes them.
    ['15. Okt. 2026', '2026-10-15'],
    ['3 Dez. 2026', '2026-12-03'],
    ['15. Mrz 2027', '2027-03-15'],
    ['3-mrt-2027', '2027-03-03'],
    ['3-okt-2026', '2026-10-03'],
    ['3 maggio 2027', '2027-05-03'],
    ['3-mag-2027', '2027-05-03'],
    ['15 dicembre 2026', '2026-12-15'],
    ['3-dic-2026', '2026-12-03'],
    ['03-out-2026', '2026-10-03'],
    ['3 de outubro de 2026', '2026-10-03'],
    ['3-fev-2027', '2027-02-03'],
    ['3 października 2026', '2026-10-03'],
    ['3 paź 2026', '2026-10-03'],
    ['3-lis-2026', '2026-11-03'],
    ['3 maj 2027', '2027-05-03'],
    ['15 augusti 2027', '2027-08-15'],
    ['1 févr. 2027', '2027-02-01'],
    ['3-ene-2027', '2027-01-03'],
  ])('reads %j, whichever the date order, as %s', (text, date) => {
    expect(parseDateCell(text, false)?.date).toBe(date);
    expect(parseDateCell(text, true)?.date).toBe(date);
  });

  it("reads a French time written with 'h' and a time after a CJK date", () => {
    expect(parseDateCell('15/01/2027 17h00', true)).toEqual({
      date: '2027-01-15',
      instant: toInstant(new Date(2027, 0, 15, 17, 0)),
    });
    expect(parseDateCell('2027年1月15日 9:30', true)?.instant).toBe(toInstant(new Date(2027, 0, 15, 9, 30)));
  });

  it.each(['15-Foo-2027', 'Jan-15', '15-Jan-2027-x', '32-Jan-2027', '29-Feb-27', '2027年13月1日', 'Fin 15 2027'])(
    'reads %j as no date',
    (text) => {
      expect(parseDateCell(text, false)).toBeNull();
    },
  );

  it('reads 12 AM as midnight and rejects 13 PM', () => {
    expect(parseDateCell('5/18/2026 12:05 AM', false)?.instant).toBe(toInstant(new Date(2026, 4, 18, 0, 5)));
    expect(parseDateCell('5/18/2026 13:05 PM', false)).toBeNull();
  });

  it.each(['Pacific/Kiritimati', 'America/Los_Angeles', 'Pacific/Pago_Pago', 'Asia/Kolkata'])(
    'gives the same calendar date in %s',
    (zone) => {
      process.env.TZ = zone;
      expect(parseDateCell('5/18/2026', false)?.date).toBe('2026-05-18');
      expect(parseDateCell('May 18, 2026', false)?.date).toBe('2026-05-18');
      expect(parseDateCell('2026-05-18', false)?.date).toBe('2026-05-18');
    },
  );
});

describe('parseDateRangeCell', () => {
  it("reads Notion's ranges: two dates, or a time on the start's day", () => {
    process.env.TZ = 'America/Los_Angeles';
    expect(parseDateRangeCell('January 20, 2026 → January 22, 2026', false)).toEqual({
      start: { date: '2026-01-20', instant: null },
      end: { date: '2026-01-22', instant: null },
    });
    const timed = parseDateRangeCell('February 3, 2026 2:00 PM → 3:30 PM', false);
    expect([timed?.start.instant, timed?.end.instant]).toEqual([
      toInstant(new Date(2026, 1, 3, 14, 0)),
      toInstant(new Date(2026, 1, 3, 15, 30)),
    ]);
    expect(parseDateRangeCell('2026-05-18 -> 2026-08-07', false)?.end.date).toBe('2026-08-07');
  });

  it("honours a zone written after the time, as Notion writes one, whatever the machine's zone", () => {
    for (const zone of ['Europe/Berlin', 'America/Los_Angeles']) {
      process.env.TZ = zone;
      const eastern = parseDateCell('December 9, 2026 2:00 PM (EST)', false);
      expect(eastern?.date).toBe('2026-12-09');
      expect(Date.parse(eastern!.instant!)).toBe(Date.parse('2026-12-09T19:00:00Z'));
      expect(Date.parse(parseDateCell('9 December 2026 14:00 GMT+1', false)!.instant!)).toBe(
        Date.parse('2026-12-09T13:00:00Z'),
      );
      expect(Date.parse(parseDateCell('2026-07-01 09:30 PT', false)!.instant!)).toBe(
        Date.parse('2026-07-01T16:30:00Z'),
      );
      const range = parseDateRangeCell('February 3, 2026 2:00 PM → 3:30 PM (EST)', false);
      expect([range?.start.instant, range?.end.instant].map((at) => at && Date.parse(at))).toEqual([
        Date.parse('2026-02-03T19:00:00Z'),
        Date.parse('2026-02-03T20:30:00Z'),
      ]);
    }
    // A zone nobody can place, or a word that is none, leaves the cell unread rather than misread.
    expect(parseDateCell('December 9, 2026 2:00 PM (IST)', false)).toBeNull();
    expect(parseDateCell('December 9, 2026 2:00 PM (Mars/Olympus_Mons)', false)).toBeNull();
    expect(parseDateCell('December 9, 2026 2:00 PM', false)?.instant).toBe(toInstant(new Date(2026, 11, 9, 14, 0)));
  });

  it.each([
    ['May 24, 2027 – August 13, 2027', '2027-05-24', '2027-08-13'],
    ['May 24, 2027—August 13, 2027', '2027-05-24', '2027-08-13'],
    ['2027-06-01 - 2027-08-31', '2027-06-01', '2027-08-31'],
    ['June 1, 2027 to August 20, 2027', '2027-06-01', '2027-08-20'],
    ['01.06.2027 bis 31.08.2027', '2027-06-01', '2027-08-31'],
    ['1 juin 2027 au 31 août 2027', '2027-06-01', '2027-08-31'],
    ['1 de junio de 2027 hasta 31 de agosto de 2027', '2027-06-01', '2027-08-31'],
    // Portuguese and Spanish "a", Dutch "t/m" and "tot en met", Polish "do", Swedish "till".
    ['1 de junho de 2027 a 31 de agosto de 2027', '2027-06-01', '2027-08-31'],
    ['1 juni 2027 t/m 31 augustus 2027', '2027-06-01', '2027-08-31'],
    ['01-06-2027 tot en met 31-08-2027', '2027-06-01', '2027-08-31'],
    ['1 czerwca 2027 do 31 sierpnia 2027', '2027-06-01', '2027-08-31'],
    ['2027-06-01 till 2027-08-31', '2027-06-01', '2027-08-31'],
  ])('reads a range written with a dash or a word: %j', (text, start, end) => {
    const range = parseDateRangeCell(text, true);
    expect([range?.start.date, range?.end.date]).toEqual([start, end]);
  });

  it.each([
    'January 22, 2026 → January 20, 2026',
    // A hyphen joins a range only between spaces: here it is part of each date.
    '2027-06-01-2027-08-31',
    'Summer to be confirmed',
    'February 3, 2026 2:00 PM → 1:00 PM',
    'February 3, 2026 → 3:00 PM',
    'January 20, 2026',
    'January 20, 2026 → soon',
    'A → B → C',
  ])('is not a range: %j', (text) => {
    expect(parseDateRangeCell(text, false)).toBeNull();
  });
});

describe('parseYearlessDateCell', () => {
  const DEC_5_2026 = new Date(2026, 11, 5, 10, 0);

  it.each([
    ['Nov 2', '2026-11-02'],
    ['Mon, Nov 2', '2026-11-02'],
    ['2 Nov', '2026-11-02'],
    ['Jan 15', '2027-01-15'],
    ['15th January', '2027-01-15'],
    ['11/2', '2026-11-02'],
    ['Jun 10', '2026-06-10'],
  ])('reads %j in the year nearest today', (text, date) => {
    expect(parseYearlessDateCell(text, false, DEC_5_2026, false)).toEqual({ date, instant: null });
  });

  it('reads a day already gone (an applied date) no later than today', () => {
    expect(parseYearlessDateCell('Jan 15', false, DEC_5_2026, true)?.date).toBe('2026-01-15');
    expect(parseYearlessDateCell('Dec 5', false, DEC_5_2026, true)?.date).toBe('2026-12-05');
    expect(parseYearlessDateCell('Dec 6', false, DEC_5_2026, true)?.date).toBe('2025-12-06');
  });

  it('reads a numeric one in the order the file writes its dates, unless only the other reads it', () => {
    expect(parseYearlessDateCell('11/2', true, DEC_5_2026, true)?.date).toBe('2026-02-11');
    expect(parseYearlessDateCell('15/10', false, DEC_5_2026, true)?.date).toBe('2026-10-15');
  });

  it.each(['Feb 30', '13/40', '2.11', '11-2', 'soon', 'Nov', '2026'])('is no date: %j', (text) => {
    expect(parseYearlessDateCell(text, false, DEC_5_2026, false)).toBeNull();
  });

  it('takes February 29 in the leap year nearest', () => {
    expect(parseYearlessDateCell('Feb 29', false, new Date(2027, 11, 1), false)?.date).toBe('2028-02-29');
    expect(isYearlessDate('Feb 29')).toBe(true);
    expect(isYearlessDate('4/5 stars')).toBe(false);
  });
});

describe('detectDateOrder', () => {
  it('is month-first for US files, settled by a date only that order reads', () => {
    expect(detectDateOrder(['5/18/2026', '10/5/24, 2:15 PM', ''])).toEqual({
      dayFirst: false,
      unsettled: null,
      mixed: null,
    });
  });

  it('is day-first when a date can only be read that way', () => {
    expect(detectDateOrder(['05/06/2026', '18/05/2026'])).toEqual({ dayFirst: true, unsettled: null, mixed: null });
  });

  it('asks about a date that reads both ways when others can only be day first and others only month first', () => {
    expect(detectDateOrder(['2026-10-03', '15/10/2026', '10/20/2026', '03/11/2026', '31/02/2026'])).toEqual({
      dayFirst: false,
      unsettled: '03/11/2026',
      mixed: { dayFirst: '15/10/2026', monthFirst: '10/20/2026' },
    });
    // With no date that reads both ways, there is nothing to ask: each is read its one way.
    expect(detectDateOrder(['18/05/2026', '05/18/2026'])).toEqual({
      dayFirst: false,
      unsettled: null,
      mixed: { dayFirst: '18/05/2026', monthFirst: '05/18/2026' },
    });
  });

  it('reads each date of a list', () => {
    expect(detectDateOrder(['2026-04-02; 18/05/2026'])).toEqual({ dayFirst: true, unsettled: null, mixed: null });
  });

  it('is month-first but unsettled when every date reads either way, naming one that differs', () => {
    expect(detectDateOrder(['03/03/2026', '05-01-2026', '02/12/2025'])).toEqual({
      dayFirst: false,
      unsettled: '05-01-2026',
      mixed: null,
    });
    // Dates that read the same either way, or not at all, settle nothing and ask nothing.
    expect(detectDateOrder(['03/03/2026', 'March 5, 2026', '2026-05-01'])).toEqual({
      dayFirst: false,
      unsettled: null,
      mixed: null,
    });
  });

  it("weighs both ends of a range, as a cohort's or a deadline's", () => {
    // 20/08/2027 is the range's end: only day first reads it.
    expect(detectDateOrder(['01/06/2027 - 20/08/2027'])).toEqual({ dayFirst: true, unsettled: null, mixed: null });
    expect(detectDateOrder(['01/02/2026 → 15/02/2026'])).toEqual({ dayFirst: true, unsettled: null, mixed: null });
    expect(detectDateOrder(['06/01/2027 to 08/20/2027'])).toEqual({ dayFirst: false, unsettled: null, mixed: null });
    // Both ends read either way: asked, as a single date would be.
    expect(detectDateOrder(['01/07/2027 – 01/09/2027'])).toEqual({
      dayFirst: false,
      unsettled: '01/07/2027',
      mixed: null,
    });
  });

  it('takes a range that ends before it starts in one order only as written in the other', () => {
    // Month first, 5 June → 3 July would be May 6 → March 7.
    expect(detectDateOrder(['05/06/2027 - 03/07/2027'])).toEqual({ dayFirst: true, unsettled: null, mixed: null });
    // Day first, June 5 → July 3 would be 6 May → 7 March.
    expect(detectDateOrder(['06/05/2027 - 07/03/2027'])).toEqual({ dayFirst: false, unsettled: null, mixed: null });
  });

  it('ignores impossible dates like 31/31/2026 and 31/30/2026', () => {
    expect(detectDateOrder(['31/31/2026', '31/30/2026', '05/05/2026'])).toEqual({
      dayFirst: false,
      unsettled: null,
      mixed: null,
    });
  });
});

describe('localeWritesDayFirst', () => {
  it.each([
    ['en-GB', true],
    ['de', true],
    ['fr-FR', true],
    ['es', true],
    ['en-US', false],
    ['en', false],
    ['ja-JP', false],
    ['not a locale!', false],
  ])('%s: %s', (locale, dayFirst) => {
    expect(localeWritesDayFirst(locale)).toBe(dayFirst);
  });
});
