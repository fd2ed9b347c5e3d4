import { describe, expect, it } from 'vitest';
import { findDateRanges, findDates, yearsNamed } from '@shared/posting/dateMentions';
import { findDeadline } from '@shared/posting/deadline';
import { deadlineInstant } from '@shared/posting/deadlineTime';

function deadline(text: string) {
  const dates = findDates(text);
  return findDeadline(text, dates, yearsNamed(text), findDateRanges(text, dates));
}

describe('findDeadline', () => {
  it.each([
    ['Apply by March 1, 2026.', '2026-03-01'],
    ['Applications close 2026-02-15.', '2026-02-15'],
    ['Deadline: 15 January 2026', '2026-01-15'],
    ['Application deadline is January 31st, 2026', '2026-01-31'],
    ['Please submit your application by 11:59 p.m. Pacific on Friday, February 6, 2026.', '2026-02-06'],
    ['If you are highly motivated, send your application before 14th June 2027.', '2027-06-14'],
    // tester30: what is sent with the CV, between it and its date.
    ['Send your CV and a short cover letter by 31 January 2027.', '2027-01-31'],
    ['Please submit your resume, a cover letter and a writing sample by March 3, 2027.', '2027-03-03'],
    ['Closing date: 31 October 2025. Only shortlisted candidates will be notified.', '2025-10-31'],
    ['Last date to apply: 20 December 2025', '2025-12-20'],
    ['Applications are reviewed on a rolling basis until April 10, 2026.', '2026-04-10'],
    ['Apply before 31/07/2026', '2026-07-31'],
    ['Application Deadline:\nSep 18, 2026 09:00 AM', '2026-09-18'],
    ['Closes on Friday, January 2, 2026', '2026-01-02'],
    ['Applications will open on November 1, 2023 and close 11:59pm on February 1, 2024.', '2024-02-01'],
    ['Applications will be accepted through January 9, 2023.', '2023-01-09'],
    ['Opportunities are open until 15 December 2019 and are available in engineering.', '2019-12-15'],
    // A window of signing up that started on one day closes at its end.
    ['Registrations for the 2019 edition started on April 10 and will end on May 19, 2019.', '2019-05-19'],
    ['Applications opened on 1 March 2027 and run to 31 March 2027.', '2027-03-31'],
    ['CLOSING DATE 02.09.2025', '2025-09-02'],
    ['Applications for this job will be accepted at least until December 15, 2026.', '2026-12-15'],
    // A time, then the date, after what the applicant sends.
    ['Submit a CV and a statement through the form by 12:00 noon (UK time) on 28 February 2027.', '2027-02-28'],
    ['Applications should be emailed to the office by noon on 3 March 2027.', '2027-03-03'],
    ['Students in the county have until Feb. 3, 2027, to apply for one of 40 paid placements.', '2027-02-03'],
  ])('reads "%s"', (text, expected) => {
    expect(deadline(text).deadline?.value).toBe(expected);
  });

  it('takes no deadline where each intake has its own, and says why', () => {
    const intakes =
      'To apply for the Spring Internship (April - June 2027) please apply by February 1, 2027.\n' +
      'To apply for the Autumn Internship (July - September 2027) please apply by May 1, 2027.';
    expect(deadline(intakes)).toEqual({
      deadline: null,
      time: null,
      notes: ['The page gives a deadline for each of several intakes, so no single deadline was taken.'],
    });
    // One intake's deadline is the deadline.
    expect(deadline('To apply for the Spring Internship, please apply by February 1, 2027.').deadline?.value).toBe(
      '2027-02-01',
    );
  });

  it("takes a year-less deadline's year from its sentence or from its weekday, saying so", () => {
    expect(deadline('The deadline for summer 2023 internships was Sunday, February 26.')).toEqual({
      deadline: { value: '2023-02-26', ranges: [expect.anything()] },
      time: null,
      notes: [
        'The deadline "deadline for summer 2023 internships was Sunday, February 26" has no year; 2023 is read from its sentence, the one before it, or its weekday.',
      ],
    });
    // 18 January is a Sunday in 2026, not in 2025.
    const timeline =
      'Thank you 2025 interns! The 2026 timeline follows.\nThe application will close at 11:59pm on Sunday, January 18th.';
    expect(deadline(timeline).deadline?.value).toBe('2026-01-18');
    expect(deadline('Thanks 2025 and 2026 interns.\nApplications close on January 18th.').deadline).toBeNull();
  });

  it('takes the year a weekday fits among the years next to those the page names, and only one', () => {
    // 31 January is a Saturday in 2026, the winter of "the 2025-26 school year", not in 2025.
    const winter =
      'Students graduating during the 2025-26 school year may apply.\nThe application deadline is 11:59 p.m., ET, Saturday, January 31.';
    expect(deadline(winter).deadline?.value).toBe('2026-01-31');
    // 10 September is a Sunday in 2023, the year before the intake the page names.
    expect(deadline('The 2024 intake.\nApplications close on Sunday, 10 September.').deadline?.value).toBe(
      '2023-09-10',
    );
    // Years named far apart: 18 January is a Sunday in 2015 and in 2026, so neither is taken.
    expect(
      deadline('Founded 2014; interns since 2025.\nApplications close on Sunday, January 18.').deadline,
    ).toBeNull();
  });

  it('points its evidence from the wording to the date', () => {
    const text = 'Details. Apply by March 1, 2026; interviews follow.';
    const found = deadline(text).deadline!;
    expect(text.slice(found.ranges[0]!.start, found.ranges[0]!.end)).toBe('Apply by March 1, 2026');
  });

  it('does not take when applying opens, by a time, for a deadline', () => {
    expect(
      deadline('The application will be live by 12:00pm Monday, December 1st, 2025 and will close in January.')
        .deadline,
    ).toBeNull();
  });

  it('takes "have until <date>" only when "to apply" follows the date', () => {
    expect(deadline('Interns have until August 14, 2027, to finish their projects.').deadline).toBeNull();
  });

  it('does not take a posting date for a deadline', () => {
    expect(deadline('Posted on February 2, 2026').deadline).toBeNull();
    expect(deadline('Posted 3 days ago · Date posted: 2026-01-12').deadline).toBeNull();
  });

  it("does not take other people's deadline (departments', referees', nominators') for the applicant's", () => {
    expect(
      deadline('Deadline for Department Recommendations is Wednesday, January 18, 2027 at 4:30 pm.').deadline,
    ).toBeNull();
    expect(deadline('The deadline for reference letters is March 3, 2027.').deadline).toBeNull();
    // The applicant's own date after it is still read.
    expect(
      deadline('Deadline for nominations: February 1, 2027. Students apply by March 1, 2027.').deadline?.value,
    ).toBe('2027-03-01');
  });

  it('does not take a date far from the wording, or on another line', () => {
    expect(deadline('Deadline: rolling. We will let you know.\nStart date: June 1, 2026').deadline).toBeNull();
  });

  it('skips a deadline wording with no date and keeps looking', () => {
    expect(deadline('Deadline: rolling.\nApplications close 2026-02-15.').deadline?.value).toBe('2026-02-15');
  });

  it.each([
    ['The application window runs from 3 March to 28 March 2027.', '2027-03-28'],
    ['Applications for the summer fellowship are open 2 February to 1 March, 2027.', '2027-03-01'],
    ['Application period: from mid-January to February 20, 2027', '2027-02-20'],
    ['Applications will be available from May 3, 2027, to June 4, 2027.', '2027-06-04'],
  ])('takes the end of the time applications are taken in: "%s"', (text, expected) => {
    expect(deadline(text).deadline?.value).toBe(expected);
  });

  it.each(['Applications are open from January 5, 2027.', 'Applications open on November 1, 2026; interviews follow.'])(
    'takes no day applying opens for the deadline: "%s"',
    (text) => {
      expect(deadline(text).deadline).toBeNull();
    },
  );

  it.each([
    ['The March 1, 2027 deadline for the research fellowship is firm.', '2027-03-01'],
    ['Key dates\nJanuary 15, 2027: Application Deadline\nFebruary 1, 2027: Interviews', '2027-01-15'],
    ['Resumes must be received for consideration by August 2, 2027.', '2027-08-02'],
    ['All applications should be received on or before 20 December 2026 at 5 pm.', '2026-12-20'],
    ['Applications must be postmarked by April 3, 2027.', '2027-04-03'],
    ['Posting Ends: Friday, March 12, 2027', '2027-03-12'],
    ['The application period runs through 5 p.m. on Friday, March 12, 2027.', '2027-03-12'],
    ['Applications will be accepted today through 5 p.m. on June 17, 2027.', '2027-06-17'],
  ])('reads "%s"', (text, expected) => {
    expect(deadline(text).deadline?.value).toBe(expected);
  });

  it('takes "must be received by" only beside an application', () => {
    expect(deadline('Housing deposits must be received by June 1, 2027.').deadline).toBeNull();
  });

  it('reports a deadline without a year instead of guessing it', () => {
    expect(deadline('Summer 2026. Apply by March 1.')).toEqual({
      deadline: null,
      time: null,
      notes: ['The deadline "Apply by March 1" has no year.'],
    });
  });

  it('takes the year of the same day written in full elsewhere on the page', () => {
    const page =
      'The board has posted 500 places, with applications ending on March 3.\n\nEligibility: a degree.\n\nThe closing day is March 3, 2027.';
    expect(deadline(page).deadline?.value).toBe('2027-03-03');
    // The day written in two years is no help.
    expect(
      deadline('Applications end on March 3.\n\nLast round: March 3, 2026.\n\nThis round: March 3, 2027.').deadline,
    ).toBeNull();
  });
});

describe('deadlines in German, French, Spanish and Dutch', () => {
  it.each([
    ['Bewerbungsfrist: 15.01.2027', '2027-01-15'],
    ['Bewerbungsschluss: 15. Januar 2027', '2027-01-15'],
    ['Bewerbungsschluss ist der 3. März 2027.', '2027-03-03'],
    ['Einsendeschluss: 1. Dezember 2026', '2026-12-01'],
    ['Date limite de candidature : 15 janvier 2027', '2027-01-15'],
    ['Date limite : 1er février 2027', '2027-02-01'],
    ['Date limite de dépôt des candidatures : 30 avril 2027', '2027-04-30'],
    ['Date de fin de candidature\n\n22/12/2026', '2026-12-22'],
    ['Date de clôture des candidatures : 15 janvier 2027', '2027-01-15'],
    ['Fecha límite de postulación: 15 de enero de 2027', '2027-01-15'],
    ['Plazo de inscripción: 28 de febrero de 2027', '2027-02-28'],
    ['Sluitingsdatum: 15 januari 2027', '2027-01-15'],
    // Portuguese labels (issue 13).
    ['Prazo de inscrição: 15/01/2027', '2027-01-15'],
    ['Prazo para candidaturas: 30 de abril de 2027', '2027-04-30'],
    ['Data limite: 15/01/2027', '2027-01-15'],
    ['Data limite para inscrições: 28 de fevereiro de 2027', '2027-02-28'],
  ])('reads "%s"', (text, expected) => {
    expect(deadline(text).deadline?.value).toBe(expected);
  });

  it.each([
    ['Période de candidature : du 1er au 15 juin 2027', '2027-06-15'],
    ['Candidatures du 1er octobre au 30 novembre 2026.', '2026-11-30'],
    ['Bewerbungszeitraum: 1. bis 15. Juni 2027', '2027-06-15'],
    ['Bewerbungszeitraum vom 1. Oktober bis 30. November 2026.', '2026-11-30'],
    ['Periodo de inscripción: del 1 al 15 de junio de 2027', '2027-06-15'],
    // Swedish, Danish and Norwegian: Staffanstorp's "Ansökningstiden för 2022 är 8 mars-21 mars".
    ['Ansökningstiden för 2027 är 8 mars-21 mars.', '2027-03-21'],
    ['Ansøgningsperiode: 1. juni – 15. juni 2027', '2027-06-15'],
    ['Søknadsperiode: 1.–15. mars 2027', '2027-03-15'],
  ])('takes the end of the time applications are taken in: %j', (text, expected) => {
    // A span of one month written once ("du 1er au 15 juin") starts with a day that is no date of its own.
    expect(deadline(text).deadline?.value).toBe(expected);
  });

  it('still leaves a numeric date whose order is not certain unread: "Bewerbungsfrist: 10/07/2027"', () => {
    expect(deadline('Bewerbungsfrist: 10/07/2027').deadline).toBeNull();
  });

  it.each([
    'Veröffentlicht am 15. Januar 2027',
    'Date de publication : 15 janvier 2027',
    'Fecha de inicio: 15 de enero de 2027',
    'Startdatum: 15 januari 2027',
  ])('takes no other date for a deadline: "%s"', (text) => {
    expect(deadline(text).deadline).toBeNull();
  });
});

describe('a Russian deadline label', () => {
  it.each([
    ['OIST Doctoral Program\n\nДедлайн: 2017-02-28\n\nСтрана: Japan;', '2017-02-28'],
    ['Крайний срок подачи заявок: 15.03.2027', '2027-03-15'],
    ['Крайний срок: 01.04.2027', '2027-04-01'],
  ])('reads %j', (text, expected) => {
    expect(deadline(text).deadline?.value).toBe(expected);
  });
});

describe('the time of a deadline', () => {
  it.each([
    ['Applications close on February 15, 2027 at 11:59 PM PT.', '23:59', 'America/Los_Angeles', '11:59 PM PT'],
    [
      'Please submit your application by 11:59 p.m. Pacific on Friday, February 6, 2026.',
      '23:59',
      'America/Los_Angeles',
      '11:59 p.m. Pacific',
    ],
    ['Apply by 5 p.m. (EST) on March 1, 2027.', '17:00', 'America/New_York', '5 p.m. (EST)'],
    ['Deadline: 15 March 2027, 17:00 GMT', '17:00', 'UTC', '17:00 GMT'],
    ['Closing date: 31 October 2026 at 12:00 noon CET', '12:00', 'Europe/Berlin', '12:00 noon CET'],
    ['Deadline: 1 March 2027 23:59 (UTC+05:30)', '23:59', '+05:30', '23:59 (UTC+05:30)'],
    ['Applications will open on November 1, 2023 and close 11:59pm on February 1, 2024.', '23:59', null, '11:59pm'],
    ['Application Deadline:\nSep 18, 2026 09:00 AM', '09:00', null, '09:00 AM'],
    ['Apply by March 1, 2027 (5pm Central Time)', '17:00', 'America/Chicago', '5pm Central Time'],
    // The zone after the date, in brackets, of a time written before it.
    [
      'Completed applications are due at NOON on Monday, February 4, 2019 (12 pm PST 2/4/19)',
      '12:00',
      'America/Los_Angeles',
      'NOON (12 pm PST)',
    ],
    ['Apply by 5pm on March 1, 2027 (ET).', '17:00', 'America/New_York', '5pm (ET)'],
    // Written out, India's zone is read; "IST" alone (India, Israel or Ireland) is not.
    [
      'Last date to apply: 10 January 2027, 11:59 PM (India Standard Time)',
      '23:59',
      'Asia/Kolkata',
      '11:59 PM (India Standard Time)',
    ],
    ['Last date to apply: 10 January 2027, 11:59 PM IST', '23:59', null, '11:59 PM'],
    ['Deadline: 10 July 2027, 23:59 MESZ', '23:59', 'Europe/Berlin', '23:59 MESZ'],
  ])('reads the time of "%s"', (text, time, zone, written) => {
    const found = deadline(text);
    expect(found.time).toEqual({ time, zone, written });
    // The evidence reaches the time where it follows the date.
    const range = found.deadline!.ranges[0]!;
    expect(text.slice(range.start, range.end)).toContain(written.replace(/[()]/g, '').split(' ')[0]);
  });

  it('takes no time that is not the deadline’s, nor midnight, nor a word that is no zone', () => {
    expect(deadline('Apply by March 1, 2027. Interviews at 10:00 AM.').time).toBeNull();
    expect(deadline('Apply by March 1, 2027 - 12 interns will be hired.').time).toBeNull();
    expect(deadline('Applications close at midnight on March 1, 2027.').time).toBeNull();
    // Another time in the brackets is not this one's zone.
    expect(deadline('Apply by 5pm on March 1, 2027 (9 am PT for the West Coast).').time).toEqual({
      time: '17:00',
      zone: null,
      written: '5pm',
    });
    expect(deadline('Apply by March 1, 2027 at 9am ON campus.').time).toEqual({
      time: '09:00',
      zone: null,
      written: '9am',
    });
    // Morning or evening? A 12-hour time without a.m. or p.m. is not read.
    expect(deadline('Applications must be submitted by August 19, 2027, at 11:59').time).toBeNull();
    expect(deadline('Apply by August 19, 2027 at 5pm.').time).toEqual({ time: '17:00', zone: null, written: '5pm' });
  });

  it('is the moment in the zone the page names, summer time included', () => {
    const at = (text: string) => {
      const found = deadline(text);
      return deadlineInstant(found.deadline!.value, found.time!)?.toISOString() ?? null;
    };
    expect(at('Applications close on February 15, 2027 at 11:59 PM PT.')).toBe('2027-02-16T07:59:00.000Z');
    expect(at('Applications close on July 15, 2027 at 11:59 PM PT.')).toBe('2027-07-16T06:59:00.000Z');
    expect(at('Deadline: 1 March 2027 23:59 (UTC+05:30)')).toBe('2027-03-01T18:29:00.000Z');
    expect(at('Apply by 11:59pm on March 1, 2027.')).toBeNull();
  });
});

it('takes no year for a year-less deadline from the page’s own date line in the same sentence', () => {
  const text =
    ' date 2022-11-03 Banaras Hindu University today extended the deadline to apply for the internship till November 9. Students can apply through their dean.';
  expect(deadline(text).deadline?.value ?? null).toBeNull();
  expect(deadline('In 2022 the university extended the deadline to apply till November 9.').deadline?.value).toBe(
    '2022-11-09',
  );
});

describe('"Due" opening a line', () => {
  it('is the deadline of the call above it', () => {
    const on = (text: string) => deadline(text).deadline?.value ?? null;
    expect(on('CALL FOR SUMMER INTERNSHIP APPLICATIONS\nDue 18th September 2027, 5pm')).toBe('2027-09-18');
    expect(on('Applications\n  Due by 1 March 2027')).toBe('2027-03-01');
    // "Due to ..." is a reason, and "due" mid-sentence another matter.
    expect(on('Due to high demand, the office shuts on 1 March 2027.')).toBeNull();
    expect(on('Reports are due 1 March 2027.')).toBeNull();
  });
});

describe('a year-less deadline after a sentence about the same applications', () => {
  it('takes the one year that sentence names', () => {
    const on = (text: string) => deadline(text).deadline?.value ?? null;
    expect(on('Applications for the Summer 2027 term are now open. The deadline to apply is April 15.')).toBe(
      '2027-04-15',
    );
    // A sentence about something else, or naming two years, fixes no year.
    expect(on('Our office opened in 2019. The deadline to apply is April 15.')).toBeNull();
    expect(on('Applications for 2027 and 2028 are open. The deadline to apply is April 15.')).toBeNull();
  });
});

describe('a date on its own line above the line that says it is the deadline', () => {
  it('is the deadline, as a timeline lays its dates out', () => {
    const timeline =
      'Application Timeline and Procedures\n\nJanuary 12, 2015\n\nDeadline for application packets. Send the form and transcripts.\n\nJanuary 21, 2015\n\nSemifinalists will be notified.';
    expect(deadline(timeline).deadline?.value).toBe('2015-01-12');
  });

  it('is not, when the label stands alone over the date below it', () => {
    const card = 'Posted\nJanuary 5, 2026\nApplication deadline:\nFebruary 1, 2026';
    expect(deadline(card).deadline?.value).toBe('2026-02-01');
    expect(deadline('Posted\nJanuary 5, 2026\nDeadline\nFebruary 1, 2026').deadline?.value).toBe('2026-02-01');
  });
});

describe('a morning time before a zone that keeps a 24-hour clock', () => {
  it('is the deadline’s time: "10:00 CET"', () => {
    const found = deadline('Deadline: 30 August 2024, 10:00 CET (traineeship period March – July 2025).');
    expect(found.deadline?.value).toBe('2024-08-30');
    expect(found.time).toEqual({ time: '10:00', zone: 'Europe/Berlin', written: '10:00 CET' });
    expect(deadlineInstant('2024-08-30', found.time!)?.toISOString()).toBe('2024-08-30T08:00:00.000Z');
    // Without a zone, or before an American one, "10:00" may be morning or evening.
    expect(deadline('Deadline: 30 August 2024, 10:00.').time).toBeNull();
    expect(deadline('Deadline: August 30, 2024, 10:00 ET.').time).toBeNull();
  });
});

describe('"until" a date in a sentence about sending the application, abroad', () => {
  it.each([
    [
      'Bewerber sollten ihren Lebenslauf bis 31. Dezember 2015 online eingereichen.',
      '2015-12-31',
      'bis 31. Dezember 2015',
    ],
    ['Bewerbungen bitte bis zum 15. März 2027 per E-Mail einreichen.', '2027-03-15', 'bis zum 15. März 2027'],
    ['Envoyez votre candidature avant le 15 mars 2027.', '2027-03-15', 'avant le 15 mars 2027'],
    ['Puedes postular hasta el 3 de febrero de 2027.', '2027-02-03', 'hasta el 3 de febrero de 2027'],
    ['Solliciteer vóór 1 maart 2027 via de website.', '2027-03-01', 'vóór 1 maart 2027'],
    // Portuguese "até" (no word boundary follows its "é"), and a bare Spanish "hasta"; signing up
    // ("inscrições", "inscripciones") is applying.
    ['Inscrições até 15/01/2027', '2027-01-15', 'até 15/01/2027'],
    ['Inscrições abertas até 15/01/2027', '2027-01-15', 'até 15/01/2027'],
    ['Candidaturas até 31/03/2027.', '2027-03-31', 'até 31/03/2027'],
    ['Envie sua candidatura até o dia 15 de janeiro de 2027.', '2027-01-15', 'até o dia 15 de janeiro de 2027'],
    ['Inscripciones hasta 15/01/2027', '2027-01-15', 'hasta 15/01/2027'],
    // A time of day, then the words for "of the day", between the cue and its date.
    ['Inscrições até às 23h59 do dia 15/01/2027', '2027-01-15', 'até às 23h59 do dia 15/01/2027'],
    [
      'Candidaturas até às 18 horas do dia 31 de março de 2027.',
      '2027-03-31',
      'até às 18 horas do dia 31 de março de 2027',
    ],
    [
      'Inscripciones hasta las 23:59 del día 15 de enero de 2027.',
      '2027-01-15',
      'hasta las 23:59 del día 15 de enero de 2027',
    ],
    [
      'Bewerbungen bitte bis spätestens um 23:59 Uhr am 15. März 2027 einreichen.',
      '2027-03-15',
      'bis spätestens um 23:59 Uhr am 15. März 2027',
    ],
    ['Envoyez votre candidature jusqu’à 12h le 15 mars 2027.', '2027-03-15', 'jusqu’à 12h le 15 mars 2027'],
    // "Uhr" makes an hour a time of day with no "um" before it.
    ['Bewerbungen bitte bis 18 Uhr am 5. März 2027 einreichen.', '2027-03-05', 'bis 18 Uhr am 5. März 2027'],
    ['Bewerbungen bitte bis 18 Uhr MEZ am 5. März 2027 einreichen.', '2027-03-05', 'bis 18 Uhr MEZ am 5. März 2027'],
    [
      'Bewerbungen bitte bis spätestens 23:59 Uhr MEZ am 15. März 2027 einreichen.',
      '2027-03-15',
      'bis spätestens 23:59 Uhr MEZ am 15. März 2027',
    ],
  ])('reads %j', (text, date, evidence) => {
    const found = deadline(text);
    expect(found.deadline?.value).toBe(date);
    expect(text.slice(found.deadline!.ranges[0]!.start, found.deadline!.ranges[0]!.end)).toBe(evidence);
  });

  it.each([
    'Das Praktikum läuft vom 1. Juni bis 31. August 2027. Bewerben Sie sich jetzt.',
    'Bewerben Sie sich für das Praktikum vom 1. Juni bis 31. August 2027.',
    'Das Büro ist bis 31. Dezember 2026 geschlossen.',
    'Le stage dure jusqu’au 31 août 2027.',
    'Candidate-se ao estágio de 01/02/2027 até 30/06/2027.',
    'Candidate-se ao estágio de 3 de fevereiro até 30 de junho de 2027.',
    'Postula a prácticas de 1 de junio hasta 31 de agosto de 2027.',
    'O escritório fica fechado até 15/01/2027.',
    'Cursando graduação com formatura prevista entre 12/2027 e 12/2028',
    // A time of day is no way to a date further on: the sentence goes on to something else.
    'Inscrições até às 18h. Estágio a partir de 15/01/2027',
    'Inscrições até às 18h, com início do estágio em 15/01/2027',
    'Candidature : stage jusqu’à 6 mois à partir du 15 mars 2027.',
    // A length of time is no time of day: the date is not the "until"'s.
    'Envie seu currículo até 2 horas antes, em 15/01/2027.',
    'Envie seu currículo até às 20 horas semanais, em 15/01/2027.',
    'Envie seu currículo até as 20 horas por semana, em 15/01/2027.',
    'Bewerbungen bitte bis 18 Stunden vor dem 5. März 2027 einreichen.',
  ])('leaves %j, the end of a span or of something else, alone', (text) => {
    expect(deadline(text).deadline).toBeNull();
  });
});

describe('a time of day between an "until" and its date', () => {
  it('is the deadline\'s time: "Inscrições até às 23h59 do dia 15/01/2027"', () => {
    expect(deadline('Inscrições até às 23h59 do dia 15/01/2027').time).toEqual({
      time: '23:59',
      zone: null,
      written: '23h59',
    });
  });

  it('is the hour after the "at" of a time, or before "Uhr": "às 18 horas", "bis 18 Uhr"', () => {
    const at = (time: string, written: string) => ({ time, zone: null, written });
    expect(deadline('Candidaturas até às 18 horas do dia 31 de março de 2027.').time).toEqual(at('18:00', '18 horas'));
    expect(deadline('Inscripciones hasta las 18 horas del día 15 de enero de 2027.').time).toEqual(
      at('18:00', '18 horas'),
    );
    expect(deadline('Envoyez votre candidature jusqu’à 12h le 15 mars 2027.').time).toEqual(at('12:00', '12h'));
    expect(deadline('Bewerbungen bitte bis 18 Uhr am 5. März 2027 einreichen.').time).toEqual(at('18:00', '18 Uhr'));
    expect(deadline('Inscrições até 31/03/2027 às 18 horas.').time).toEqual(at('18:00', '18 horas'));
  });

  it('is no count of hours: "18 horas semanais", "30 horas por semana", "18 Stunden"', () => {
    expect(deadline('Inscrições até 31/03/2027 às 18 horas semanais.').time).toBeNull();
    expect(deadline('Inscrições até 31/03/2027, 30 horas por semana.').time).toBeNull();
    expect(deadline('Bewerbungen bitte bis zum 5. März 2027, 18 Stunden pro Woche.').time).toBeNull();
    expect(deadline('Inscripciones hasta las 20 horas al mes del 15 de marzo de 2027.').time).toBeNull();
    expect(deadline('Inscripciones hasta el 15 de marzo de 2027 a las 4 horas por día.').time).toBeNull();
    expect(deadline('Candidatures jusqu’au 15 mars 2027 à 7 heures par jour.').time).toBeNull();
    expect(deadline('Bewerbungen bitte bis 5. März 2027, 20 Uhr im Monat.').time).toBeNull();
  });

  it('is no hour after "as" or "las" alone, which are "the", not "at"', () => {
    const at = (time: string, written: string) => ({ time, zone: null, written });
    const found = deadline('Inscrições até 31 de março de 2027, as 6 horas de formação são obrigatórias.');
    expect(found.deadline?.value).toBe('2027-03-31');
    expect(found.time).toBeNull();
    expect(deadline('Inscrições até 31 de março de 2027, as 6 horas são obrigatórias.').time).toBeNull();
    expect(deadline('Inscripciones hasta el 15 de marzo de 2027, las 6 horas son obligatorias.').time).toBeNull();
    // "até as", "a las", "hasta las": the article of a time after its "at".
    expect(deadline('Candidaturas até as 18 horas do dia 31 de março de 2027.').time).toEqual(at('18:00', '18 horas'));
    expect(deadline('Inscripciones hasta el 15 de enero de 2027 a las 18 horas.').time).toEqual(
      at('18:00', '18 horas'),
    );
  });

  it('is no hours of something or from somewhere: "horas de estágio", "à 3 heures de Paris"', () => {
    expect(deadline('Inscrições até 31 de março de 2027 as 4 horas de estágio por dia.').time).toBeNull();
    expect(deadline('Inscrições até 31 de março de 2027 às 4 horas de estágio.').time).toBeNull();
    expect(deadline('Candidatures jusqu’au 15 mars 2027 à 3 heures de Paris.').time).toBeNull();
    expect(deadline('Candidatures jusqu’au 15 mars 2027 à 3 heures d’avion de Paris.').time).toBeNull();
    // "da manhã", "do dia": the hour's part of the day, or its day.
    expect(deadline('Inscrições até 31/03/2027 às 6 horas da manhã.').time).toEqual({
      time: '06:00',
      zone: null,
      written: '6 horas',
    });
  });

  it('is the end of the day at "24 Uhr", "24h00", "24:00", read as 23:59', () => {
    const end = (written: string) => ({ time: '23:59', zone: null, written });
    expect(deadline('Bewerbungen bitte bis 5. März 2027, 24 Uhr.').time).toEqual(end('24 Uhr'));
    expect(deadline('Bewerbungen bitte bis 24 Uhr am 5. März 2027 einreichen.').time).toEqual(end('24 Uhr'));
    expect(deadline('Candidatures jusqu’au 15 mars 2027 à 24h00.').time).toEqual(end('24h00'));
    expect(deadline('Deadline: 1 March 2027 24:00').time).toEqual(end('24:00'));
    expect(deadline('Inscrições até 31/03/2027 às 24 horas.').time).toEqual(end('24 horas'));
    // A day's count of hours is no time.
    expect(deadline('Inscrições até 31/03/2027, 24 horas por dia.').time).toBeNull();
  });
});

describe('a Japanese deadline label', () => {
  it.each([
    ['申込期限は2027年1月15日(金)17時必着。', '2027-01-15'],
    ['応募締切：2027年2月1日', '2027-02-01'],
    ['募集締切 令和9年1月15日(金)', '2027-01-15'],
    ['② 提出期限\n令和9年3月31日(水)消印有効', '2027-03-31'],
    ['締切日\n2027年2月1日(月)', '2027-02-01'],
    // A period of taking applications closes at its end, or on the one day it runs "until".
    ['5 受付期間\n\n令和9年1月5日(火)~2月12日(金)(必着)', '2027-02-12'],
    ['募集期間\n2027年1月5日(火)~2月12日(金)', '2027-02-12'],
    ['4. 申込受付期間\n令和9年1月29日(金)まで', '2027-01-29'],
  ])('reads %j', (text, expected) => {
    expect(deadline(text).deadline?.value).toBe(expected);
  });

  it.each([
    '※令和9年度の受付期間は終了しました。\n\n1 実施期間\n\n令和9年8月2日(月)~8月27日(金)',
    '受付期間\n令和9年1月15日(金)から',
  ])('leaves %j, with no last day for applying, alone', (text) => {
    expect(deadline(text).deadline).toBeNull();
  });
});

describe('a Japanese date followed by まで in a sentence about applying', () => {
  it.each([
    [
      '所属校を通じて、令和9年6月14日正午(必着)までに専門教育課に提出すること。',
      '2027-06-14',
      '令和9年6月14日正午(必着)まで',
    ],
    [
      'エントリーシートは2027年5月10日(月)17:00までにメールで応募してください。',
      '2027-05-10',
      '2027年5月10日(月)17:00まで',
    ],
  ])('reads %j', (text, date, evidence) => {
    const found = deadline(text);
    expect(found.deadline?.value).toBe(date);
    expect(text.slice(found.deadline!.ranges[0]!.start, found.deadline!.ranges[0]!.end)).toBe(evidence);
  });

  it.each([
    // The end of a span of days, in a sentence that speaks of applicants.
    '応募者は令和9年8月2日(月)から8月27日(金)まで実習に参加する。',
    '応募者は令和9年8月2日(月)~8月27日(金)まで実習に参加する。',
    // Nothing about applying in its sentence.
    '本展示は2027年3月31日(水)まで開催します。応募方法は下記のとおり。',
  ])('leaves %j alone', (text) => {
    expect(deadline(text).deadline).toBeNull();
  });
});
