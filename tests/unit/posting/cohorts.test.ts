import { describe, expect, it } from 'vitest';
import { findCohorts } from '@shared/posting/cohorts';
import { findDateRanges, findDates, soleYear, yearsNamed } from '@shared/posting/dateMentions';
import { findDuration } from '@shared/posting/duration';

function cohorts(text: string) {
  const dates = findDates(text);
  return findCohorts(text, findDateRanges(text, dates), soleYear(text), yearsNamed(text), {
    dates,
    length: findDuration(text).duration,
  });
}
const values = (text: string) => cohorts(text).cohorts.map((c) => c.value);

describe('findCohorts', () => {
  it.each([
    [
      'The program will take place from Tuesday, May 30, 2023, until Friday, August 4, 2023.',
      '2023-05-30',
      '2023-08-04',
    ],
    ['It is a 10-week commitment from May 28, 2025, through August 1, 2025.', '2025-05-28', '2025-08-01'],
    ['The Program begins May 28, 2020 and lasts until August 10, 2020.', '2020-05-28', '2020-08-10'],
  ])('reads the range written as prose in %j', (text, start, end) => {
    expect(values(text)).toEqual([{ start, end }]);
  });

  it('gives the year the written work dates fall in, and none for a term across New Year or with no written year', () => {
    expect(cohorts('Internship dates: May 26th through August 7th, 2026 (11 weeks).').writtenYear).toBe(2026);
    expect(cohorts('It runs from Monday 30 November 2026 to Friday 12 February 2027.').writtenYear).toBeNull();
    expect(cohorts('Born by June 1, 2022. It runs from June 1 - July 15.').writtenYear).toBeNull();
  });

  it('does not take a break inside the work period for a cohort', () => {
    const text =
      'Paid for 28 weeks from September 26th, 2022 to May 1st, 2023 with a break from December 13th, 2022 to January 9th, 2023.';
    expect(values(text)).toEqual([{ start: '2022-09-26', end: '2023-05-01' }]);
  });

  it("takes a year-less range's year from its sentence, saying so", () => {
    const text =
      'Founded in 1999 and 2009. In 2014, the program will run from June 5 through August 8. Since 2012 we grew.';
    expect(cohorts(text)).toMatchObject({
      cohorts: [{ value: { start: '2014-06-05', end: '2014-08-08' } }],
      notes: [
        'The year of "June 5 through August 8" is not written next to it; 2014 is read from its sentence, the one before it, or its weekday.',
      ],
    });
  });

  it('takes each offered date range as a cohort, with its text as evidence', () => {
    const text =
      'We offer 2 internship start dates :\n  • May 18, 2026 - August 7, 2026\n  • June 15, 2026 - September 4, 2026';
    const found = cohorts(text).cohorts;
    expect(found.map((c) => c.value)).toEqual([
      { start: '2026-05-18', end: '2026-08-07' },
      { start: '2026-06-15', end: '2026-09-04' },
    ]);
    expect(found.map((c) => text.slice(c.ranges[0]!.start, c.ranges[0]!.end))).toEqual([
      'May 18, 2026 - August 7, 2026',
      'June 15, 2026 - September 4, 2026',
    ]);
  });

  it('does not take month-only starts for cohorts', () => {
    expect(values('Internships start in May or June 2026 and run through August.')).toEqual([]);
  });

  it('does not take application windows, interview weeks or events for cohorts', () => {
    expect(values('Applications are open from September 1 to October 15, 2025.')).toEqual([]);
    expect(values('Interviews run January 12 – February 6, 2026.')).toEqual([]);
    expect(values('Info sessions: October 1 - October 30, 2025')).toEqual([]);
    expect(values('The 2026 National Cherry Blossom Festival runs from March 20 – April 12, 2026.')).toEqual([]);
  });

  it('reads what a range on a line of its own is for from the short line above it', () => {
    const text =
      'Program Dates\n\nMay 11 – July 31, 2020\n\nSelection Process\n\nDecember 2 – January 10, 2020\n\nPreparation Time\n\nJanuary 20 – May 1, 2020';
    expect(values(text)).toEqual([{ start: '2020-05-11', end: '2020-07-31' }]);
    // A label alone on its line, its colon included, heads the value below it.
    expect(
      values('Program Dates\nSummer 2025\nMay 27 to Aug. 22\nApplication Period:\nFeb. 3 through March 3'),
    ).toEqual([{ start: '2025-05-27', end: '2025-08-22' }]);
    // A paragraph under a heading is read for itself.
    expect(
      values(
        'Applying for an internship\n\nThe program will take place from Tuesday, May 30, 2023, until Friday, August 4, 2023.',
      ),
    ).toEqual([{ start: '2023-05-30', end: '2023-08-04' }]);
  });

  it('ignores spans too short or too long to be a cohort', () => {
    expect(values('Orientation week: June 1 – June 5, 2026')).toEqual([]);
    expect(values('Funding period: January 1, 2026 – December 31, 2028')).toEqual([]);
    // A listing's validity is no work either, however long.
    expect(values('Valid January 1, 2026 – December 31, 2027')).toEqual([]);
  });

  it('takes two working weeks, and two years, as cohorts', () => {
    expect(values('Interns spend two weeks between Monday June 22 and Friday July 3, 2026.')).toEqual([
      { start: '2026-06-22', end: '2026-07-03' },
    ]);
    expect(values('The traineeship lasts 24 months, from 3 July 2026 to 30 June 2028.')).toEqual([
      { start: '2026-07-03', end: '2028-06-30' },
    ]);
  });

  it('lists a cohort named twice only once', () => {
    expect(values('Dates: June 1 – August 21, 2026. Reminder: June 1 – August 21, 2026.')).toHaveLength(1);
  });

  it('takes the year from the page when the range has none, and says so', () => {
    const found = cohorts('Summer 2026 internship. Our program runs June 1 – August 21.');
    expect(found.cohorts.map((c) => c.value)).toEqual([{ start: '2026-06-01', end: '2026-08-21' }]);
    expect(found.notes).toEqual([
      'The year of "June 1 – August 21" is not written next to it; 2026 is the only year the page names.',
    ]);
  });

  it('leaves out a range without a year when the page names several years', () => {
    expect(values('Graduating 2026 or 2027. The program runs June 1 – August 21.')).toEqual([]);
  });

  it('takes no cohort from a range listed under an application heading', () => {
    const text =
      'Program Period\n  • Summer : June 24 to August 2, 2019\n  • Application Period\n    • Summer : March 8 to April 7, 2019\n';
    expect(values(text)).toEqual([{ start: '2019-06-24', end: '2019-08-02' }]);
  });
});

describe('a start date and an end date written as labelled fields', () => {
  it.each([
    ['Start date: 1 June 2027\nEnd date: 31 August 2027', '2027-06-01', '2027-08-31'],
    ['Start Date - June 7, 2027\nEnd Date - August 27, 2027', '2027-06-07', '2027-08-27'],
    ['Location: London\nInternship start: 5 July 2027\nInternship end: 10 September 2027', '2027-07-05', '2027-09-10'],
    ['Duration: 12 weeks\nStart: 2027-06-01\nEnd: 2027-08-20\nPay: £2,000 per month', '2027-06-01', '2027-08-20'],
    ['Start date: June 1, 2027 | End date: August 13, 2027', '2027-06-01', '2027-08-13'],
    ['Starting date: 3. Mai 2027\nEnd date: 30. Juli 2027', '2027-05-03', '2027-07-30'],
    ['Summer 2027 internship.\nStart date: June 1\nEnd date: August 14', '2027-06-01', '2027-08-14'],
    // The end's name right after the start's date, on the same line.
    ['Start: 1 June 2027 End: 20 August 2027', '2027-06-01', '2027-08-20'],
    ['Praktikum im Controlling\nBeginn: 01.04.2027 (Ende 30.09.2027)', '2027-04-01', '2027-09-30'],
    // Fields abroad.
    ['Eintrittsdatum: 1. März 2027\nEnde: 31. August 2027', '2027-03-01', '2027-08-31'],
    ['Date de début : 2 juin 2027\nDate de fin : 29 août 2027', '2027-06-02', '2027-08-29'],
    // Month-first numeric dates: the end's 20 settles the order its start shares.
    ['Start Date: 06/01/2027\nEnd Date: 08/20/2027', '2027-06-01', '2027-08-20'],
  ])('reads one cohort from %j', (text, start, end) => {
    expect(values(text)).toEqual([{ start, end }]);
  });

  it('points its evidence from the start date to the end date', () => {
    const text = 'Role: Analyst Intern\nStart date: 1 June 2027\nEnd date: 31 August 2027\nPay: none';
    const found = cohorts(text).cohorts[0]!;
    expect(text.slice(found.ranges[0]!.start, found.ranges[0]!.end)).toBe(
      'Start date: 1 June 2027\nEnd date: 31 August 2027',
    );
  });

  it.each([
    // When applications open and close is no cohort.
    'Application start date: 1 October 2026\nApplication end date: 30 November 2026',
    'Applications\nStart: 1 October 2026\nEnd: 30 November 2026',
    // A start date alone, or an end far below it, pairs with nothing.
    'Start date: 1 June 2027\nWe will tell you more.',
    'Start date: 1 June 2027\nWe offer mentoring.\nWe offer lunches.\nWe offer a laptop.\nWe offer more.\nEnd date: 31 August 2027',
    // An end before its start (a short span between the fields is the work's: see below).
    'Start date: 31 August 2027\nEnd date: 1 June 2027',
    // Other dates under start and end words in prose.
    'We start reviewing on 1 June 2027 and end our search on 31 August 2027.',
    // A certain date settles no order for a start date under another field's name.
    'Start Date: 06/01/2027\nApply by: 08/20/2027',
  ])('reads no cohort from %j', (text) => {
    expect(values(text)).toEqual([]);
  });

  it.each([
    // A list's bullets before the labels.
    ['At a glance\n- Start date: 7th September 2026\n- End date: 4th December 2026', '2026-09-07', '2026-12-04'],
    ['* Commencement date: 5 October 2026\n* Finish date: 18 December 2026', '2026-10-05', '2026-12-18'],
    ['▪ Starting date: March 2, 2026\n▪ End date: May 29, 2026\n▪ Pay: £400 per week', '2026-03-02', '2026-05-29'],
    // Two fields on one line, divided by a slash.
    ['Work placement\nStart date: March 2, 2026 / End date: May 29, 2026', '2026-03-02', '2026-05-29'],
    // A tab between label and date, as a copied table gives it.
    ['Start date\t2 March 2026\nEnd date\t29 May 2026', '2026-03-02', '2026-05-29'],
    ['Team\tData\tStart date\t2 March 2026\nEnd date\t29 May 2026', '2026-03-02', '2026-05-29'],
    // The label on a line of its own, the date on the next.
    ['Start date\n2 March 2026\nEnd date\n29 May 2026', '2026-03-02', '2026-05-29'],
    [
      '- Internship start date:\n  5 July 2027\n- Internship end date:\n  10 September 2027',
      '2027-07-05',
      '2027-09-10',
    ],
    // A weekday before the date.
    ['Start date: Monday, 7 September 2026\nEnd date: Friday, 4 December 2026', '2026-09-07', '2026-12-04'],
    ['Start date: Mon 7 September 2026\nEnd date: Fri 4 December 2026', '2026-09-07', '2026-12-04'],
    // Two fields on one line, divided by a comma or by the spaces of a copied table.
    ['Start date: 7 September 2026, End date: 4 December 2026', '2026-09-07', '2026-12-04'],
    ['Start date: September 7, 2026, End date: December 4, 2026', '2026-09-07', '2026-12-04'],
    ['Start Date: 7 September 2026    End Date: 4 December 2026', '2026-09-07', '2026-12-04'],
    // Label and date a blank line apart, as a page's styled fields copy.
    ['START DATE\n\n7 September 2026\n\nEND DATE\n\n4 December 2026', '2026-09-07', '2026-12-04'],
    // A closing date on the line above is a field, not a heading that makes the fields about applying.
    [
      'Applications close: 31 January 2027\nStart date: 5 July 2027\nEnd date: 10 September 2027',
      '2027-07-05',
      '2027-09-10',
    ],
  ])('reads one cohort from the fields of %j', (text, start, end) => {
    expect(values(text)).toEqual([{ start, end }]);
  });

  it('points the evidence of bulleted fields from the start label to the end date', () => {
    const text = 'Key facts\n- Start date: 7th September 2026\n- End date: 4th December 2026\n- Pay: none';
    const found = cohorts(text).cohorts[0]!;
    expect(text.slice(found.ranges[0]!.start, found.ranges[0]!.end)).toBe(
      'Start date: 7th September 2026\n- End date: 4th December 2026',
    );
  });

  it.each([
    // Applications' start and end, under a heading or a label, bulleted or not.
    'Applications\n- Start: 1 October 2026\n- End: 30 November 2026',
    '- Application start date: 1 October 2026\n- Application end date: 30 November 2026',
    'Application window\nStart date\n1 October 2026\nEnd date\n30 November 2026',
    // A start with no date, or a start alone.
    '- Start date: ASAP\n- End date: 30 November 2026',
    '- Start date: 1 June 2027\n- Location: London',
    'Start date\nTo be agreed; last year it was 1 June 2026\nEnd date\n31 August 2026',
    // The end a whole block below its start.
    'START DATE\n\n7 September 2026\n\nWe offer mentoring.\n\nWe offer lunches.\n\nWe offer a laptop.\n\nEND DATE\n\n4 December 2026',
    // A past programme's dates.
    'Previous cohort\n- Start date: 1 June 2025\n- End date: 29 August 2025',
  ])('reads no cohort from the fields of %j', (text) => {
    expect(values(text)).toEqual([]);
  });
});

describe('a start and its end named in a sentence', () => {
  it.each([
    ['Internship period: 6 months, starting 1 April 2027 (end 30 September 2027).', '2027-04-01', '2027-09-30'],
    ['The placement starts on 7 June 2027, ending 27 August 2027.', '2027-06-07', '2027-08-27'],
    ['A 12-week internship beginning June 14, 2027 (ends September 3, 2027).', '2027-06-14', '2027-09-03'],
    ['Commencing 5 July 2027; end date 10 September 2027.', '2027-07-05', '2027-09-10'],
    ['Start 01.04.2027 (end 30.09.2027), Walldorf.', '2027-04-01', '2027-09-30'],
  ])('reads one cohort from %j', (text, start, end) => {
    expect(values(text)).toEqual([{ start, end }]);
  });

  it('points its evidence from the start date to the end date', () => {
    const text = 'Internship period: 6 months, starting 1 April 2027 (end 30 September 2027).';
    const found = cohorts(text).cohorts[0]!;
    expect(text.slice(found.ranges[0]!.start, found.ranges[0]!.end)).toBe('1 April 2027 (end 30 September 2027');
  });

  it.each([
    // Applying, not working.
    'Applications open starting 1 October 2026 (end 30 November 2026).',
    // The end word names something else, or other words stand between.
    'Starting 1 April 2027 (end of the first week: 7 April 2027).',
    'Starting 1 April 2027, we end the 2026 programme on 30 September 2027.',
    // No start word before the first date.
    'Posted 1 April 2027 (end 30 September 2027).',
  ])('reads no cohort from %j', (text) => {
    expect(values(text)).toEqual([]);
  });
});

describe("the work's dates written in German, French, Spanish or Dutch", () => {
  it.each([
    'Das Praktikum dauert vom 1. Juni bis 31. August 2027.',
    'Le stage se déroule du 1er juin au 31 août 2027.',
    'Las prácticas serán del 1 de junio al 31 de agosto de 2027.',
    'De stage loopt van 1 juni tot 31 augustus 2027.',
    'Praktikumszeitraum: 1. Juni – 31. August 2027',
  ])('reads one cohort from %j', (text) => {
    expect(values(text)).toEqual([{ start: '2027-06-01', end: '2027-08-31' }]);
  });

  it('reads a span shorter than two weeks when the page labels it as the work period, and not otherwise', () => {
    // Round 36: Japanese offices and museums take students for five days, under a heading naming the period.
    const sessions =
      '2.実施期間\n(1)事務職\n5日間の日程で、3クール実施します。\n- 第1クール : 令和7年8月18日(月曜日)~22日(金曜日)\n- 第2クール : 令和7年8月25日(月曜日)~29日(金曜日)\n3.受入先一覧';
    expect(values(sessions)).toEqual([
      { start: '2025-08-18', end: '2025-08-22' },
      { start: '2025-08-25', end: '2025-08-29' },
    ]);
    expect(values('実習期間:2024年8月27日から9月1日まで')).toEqual([{ start: '2024-08-27', end: '2024-09-01' }]);
    expect(values('Internship period: June 1 – June 5, 2027')).toEqual([{ start: '2027-06-01', end: '2027-06-05' }]);
    expect(values('Zeitraum\n1. bis 5. Juni 2027')).toEqual([{ start: '2027-06-01', end: '2027-06-05' }]);
    expect(values('Praktikumszeitraum: 1. bis 5. Juni 2027')).toEqual([{ start: '2027-06-01', end: '2027-06-05' }]);
    expect(values('Période de stage : du 1er juin au 5 juin 2027')).toEqual([
      { start: '2027-06-01', end: '2027-06-05' },
    ]);
    expect(values('Dates du stage : du 1er au 5 juin 2027')).toEqual([{ start: '2027-06-01', end: '2027-06-05' }]);
    expect(values('Fechas de las prácticas: del 1 al 5 de junio de 2027')).toEqual([
      { start: '2027-06-01', end: '2027-06-05' },
    ]);
    // Unlabelled, or under another period's label, a short span keeps the floor.
    expect(values('Orientation runs June 1 – June 5, 2027.')).toEqual([]);
    expect(values('実施期間\n2025年8月18日~22日\n説明会期間\n2025年7月1日~3日')).toEqual([
      { start: '2025-08-18', end: '2025-08-22' },
    ]);
  });

  it("reads a short span from the work's own start and end fields, as from a label naming its period", () => {
    // A start field and an end field name the work's first and last day, however few days apart.
    expect(values('Start date: 1 June 2027\nEnd date: 5 June 2027\nLocation: Paris')).toEqual([
      { start: '2027-06-01', end: '2027-06-05' },
    ]);
    expect(values('Start date: 1 June 2027\nEnd date: 3 June 2027')).toEqual([
      { start: '2027-06-01', end: '2027-06-03' },
    ]);
    expect(values('Date de début : 1er juin 2027\nDate de fin : 5 juin 2027')).toEqual([
      { start: '2027-06-01', end: '2027-06-05' },
    ]);
    // A start named in a sentence is no field: its short span keeps the floor.
    expect(values('The workshop starts on 1 June 2027, ending 5 June 2027.')).toEqual([]);
  });

  it.each([
    // When applications are taken is no cohort, in any language.
    'Bewerbungszeitraum vom 1. Oktober bis 30. November 2026.',
    'Bewerbungen nehmen wir vom 1. Oktober bis 30. November 2026 entgegen.',
    'Candidatures du 1er octobre au 30 novembre 2026.',
    'Période de candidature : du 1er octobre au 30 novembre 2026',
    'Postulaciones del 1 de octubre al 30 de noviembre de 2026.',
    'Inscripciones abiertas del 1 de octubre al 30 de noviembre de 2026.',
    'Sollicitaties van 1 oktober tot 30 november 2026.',
    // Swedish, Danish and Norwegian applications: "ansökan", "ansøgning", "søknad".
    'Ansökningstiden för 2027 är 8 mars-21 mars.',
    'Søknadsperiode: 1. mars – 20. mars 2027',
    // Japanese writes no spaces between words: applying, taking applications and selecting anywhere before the span.
    '募集期間:令和7年6月2日(月)~6月30日(月)',
    '申請期間 令和4年4月1日(金)~5月15日(日)(必着)',
    '応募受付は2025年6月2日から2025年6月30日まで',
    '選考期間:2025年7月1日~7月20日',
    // Signing up is applying: registrations and enrolments are taken, not worked.
    'Registrations for the 2027 edition started on April 10 and will end on May 19.',
    'Enrolment for the course: 1 October – 30 November 2026.',
    // A span too short to be the work.
    'Einführungstage vom 1. bis 3. Juni 2027.',
    // An exhibition's dates.
    "L'exposition se déroulera du 2 avril 2026 au 11 juillet à la bibliothèque.",
    'Die Ausstellung läuft vom 2. April bis 11. Juli 2026.',
  ])('reads no cohort from %j', (text) => {
    expect(values(text)).toEqual([]);
  });
});

describe('a span that comes back every year', () => {
  it.each([
    'Stand: 2017. Das Programm dauert jedes Jahr vom 1. März bis zum 31. Juli.',
    'Édition 2027. Le programme a lieu chaque année du 1er mars au 31 juillet.',
    'Summer 2027. The program runs every year from June 1 to August 31.',
    'Summer 2027. Annually, from June 1 to August 31, interns join the lab.',
  ])('takes no year from the page for %j', (text) => {
    expect(values(text)).toEqual([]);
  });

  it.each([
    ['Summer 2027. The program runs from June 1 to August 31.', '2027-06-01', '2027-08-31'],
    ['Every year we hire interns. This one runs from June 1 to August 31, 2027.', '2027-06-01', '2027-08-31'],
    ['Das Programm dauert jedes Jahr vom 1. März bis zum 31. Juli 2027.', '2027-03-01', '2027-07-31'],
  ])('still reads %j', (text, start, end) => {
    expect(values(text)).toEqual([{ start, end }]);
  });
});

describe('start dates offered with the length of the work', () => {
  it.each([
    [
      'This is a full-time, 12-week paid internship starting May 24, 2027 or June 14, 2027.',
      [
        { start: '2027-05-24', end: '2027-08-13' },
        { start: '2027-06-14', end: '2027-09-03' },
      ],
    ],
    // The year written once, after the last start.
    [
      'The 10-week program begins on June 1 or June 15, 2026.',
      [
        { start: '2026-06-01', end: '2026-08-07' },
        { start: '2026-06-15', end: '2026-08-21' },
      ],
    ],
    // Across New Year: the earlier month's start is in the year before.
    [
      'Co-op students start December 7 or January 4, 2027 for a 12-week term.',
      [
        { start: '2026-12-07', end: '2027-02-26' },
        { start: '2027-01-04', end: '2027-03-26' },
      ],
    ],
    // Three starts; one on a Wednesday ends on the Tuesday twelve weeks on.
    [
      'Interns start on May 18, 2026, June 1, 2026 or June 17, 2026 for a 12 week internship.',
      [
        { start: '2026-05-18', end: '2026-08-07' },
        { start: '2026-06-01', end: '2026-08-21' },
        { start: '2026-06-17', end: '2026-09-08' },
      ],
    ],
  ])('reads a cohort for each start in %j, ending on the last weekday of its length', (text, expected) => {
    expect(values(text)).toEqual(expected);
  });

  it('says the ends are not written', () => {
    expect(cohorts('A 12-week internship starting May 24, 2027 or June 14, 2027.').notes).toEqual([
      "The cohorts' ends are not written: each is the last weekday of the 12 weeks from its start.",
    ]);
  });

  it.each([
    // One start date: a start alone is no cohort.
    'This 12-week internship starts on June 1, 2026.',
    'Duration: 10 weeks, starting 28 June 2027',
    // The length in another sentence, or not plainly one length.
    'The internship starts on May 24, 2027 or June 14, 2027. Most interns stay 12 weeks.',
    'A 10 to 12 week internship starting May 24, 2027 or June 14, 2027.',
    // A length in months is not a whole number of weeks.
    'A 3-month internship starting May 24, 2027 or June 14, 2027.',
    // Dates that are not starts, or starts with no year.
    'A 12-week internship; apply by May 24, 2027 or June 14, 2027.',
    'The 12-week internship commences from January 1 or July 1.',
  ])('reads no cohort from %j', (text) => {
    expect(values(text)).toEqual([]);
  });

  it('leaves the written ranges alone when the page gives any', () => {
    expect(
      values('A 12-week internship starting May 24, 2027 or June 14, 2027. Session A: May 24 – August 13, 2027.'),
    ).toEqual([{ start: '2027-05-24', end: '2027-08-13' }]);
  });
});

describe('a start field with the length of the work beside it', () => {
  it.each([
    // Months run to the day before the same date that many months on.
    [
      'Praktikum Chipdesign\nBeginn: 01.04.2027, Dauer: 6 Monate',
      '"Beginn: 01.04.2027" is the start and "6 Monate" the length, but no end is written, so no cohort was taken: from 2027-04-01, the work would end on 2027-09-30.',
    ],
    [
      'Date de début : 1er mars 2027\nDurée : 6 mois',
      '"Date de début : 1er mars 2027" is the start and "6 mois" the length, but no end is written, so no cohort was taken: from 2027-03-01, the work would end on 2027-08-31.',
    ],
    [
      'Fecha de inicio: 1 de febrero de 2027 | Duración: 4 meses',
      '"Fecha de inicio: 1 de febrero de 2027" is the start and "4 meses" the length, but no end is written, so no cohort was taken: from 2027-02-01, the work would end on 2027-05-31.',
    ],
    // Weeks end on the last weekday of the last week, as offered starts do.
    [
      'Duration: 12 weeks\nStart date: 7 June 2027\nPay: £2,000 per month',
      '"Start date: 7 June 2027" is the start and "12 weeks" the length, but no end is written, so no cohort was taken: from 2027-06-07, the work would end on 2027-08-27.',
    ],
  ])('takes no cohort from %j, and says when it starts and would end', (text, note) => {
    expect(values(text)).toEqual([]);
    expect(cohorts(text).notes).toEqual([note]);
  });

  it.each([
    // No one length, a length far from the field, or a start that is not the work's.
    'Start date: 1 June 2027\nDuration: 10 to 12 weeks',
    'Start date: 1 June 2027\nWe offer mentoring.\nWe offer lunches.\nWe offer a laptop.\nWe offer more.\nDuration: 10 weeks',
    'Application start date: 1 October 2026\nDuration: 10 weeks',
    // A start in prose, not a field.
    'Duration: 10 weeks, starting 28 June 2027',
  ])('says nothing of %j', (text) => {
    expect(cohorts(text).notes).toEqual([]);
  });
});

describe('a span well longer than the length the page states', () => {
  it('is the window the work falls in, not a cohort', () => {
    const text = 'The internships are full-time for 10 weeks and must occur between August 1 and December 31, 2025.';
    expect(values(text)).toEqual([]);
    expect(cohorts(text).notes).toEqual([
      '"August 1 and December 31, 2025" is longer than the 10 weeks the page states, so it is read as the window the work falls in, not as a cohort.',
    ]);
  });

  it('is a window where its sentence says the work falls somewhere in it, with no length to compare', () => {
    const occur = 'For Summer 2025, the research should occur between May 13 and August 24, 2025.';
    expect(values(occur)).toEqual([]);
    expect(cohorts(occur).notes).toEqual([
      '"May 13 and August 24, 2025" is the window the work is to fall in, as its sentence says, not a cohort.',
    ]);
    expect(values('Projects run for 6 to 10 weeks between 28 November 2022 and 17 February 2023.')).toEqual([]);
    // The days it may begin on.
    expect(
      values("Only those candidates can apply who can start the internship between 8th Dec'26 and 12th Jan'27"),
    ).toEqual([]);
    expect(values('Interns may begin between June 1 and June 30, 2027.')).toEqual([]);
    // However many words name the work (tester34's Internshala page); the note says it is the start's.
    const start = "2. can start the work from home job/internship between 8th Dec'26 and 12th Jan'27";
    expect(values(start)).toEqual([]);
    expect(cohorts(start).notes).toEqual([
      `"8th Dec'26 and 12th Jan'27" is when the work may start, as its sentence says, not a cohort.`,
    ]);
    // "Between them, each office sets its own period."
    expect(values('令和7年2月10日(月曜日)~令和7年3月21日(金曜日)の間で各課室等が設定する期間')).toEqual([]);
    expect(
      values('Research runs June 2, 2025 to August 15, 2025, but the exact period within this timeframe is flexible.'),
    ).toEqual([]);
    // The dates of the work themselves stay a cohort.
    expect(values('Research runs June 2, 2025 to August 15, 2025; housing is provided.')).toEqual([
      { start: '2025-06-02', end: '2025-08-15' },
    ]);
  });

  it('stays a cohort when it is about as long as the length', () => {
    expect(values('The funding is for a 14-week work term May 6, 2024 to August 30, 2024.')).toEqual([
      { start: '2024-05-06', end: '2024-08-30' },
    ]);
  });
});
