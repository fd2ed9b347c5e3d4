import { describe, expect, it } from 'vitest';
import { findDuration } from '@shared/posting/duration';

const weeks = (text: string) => findDuration(text).duration?.value ?? null;

describe('findDuration', () => {
  it.each([
    ['Internships are 12 weeks paid.', 12],
    ['a 12-week summer internship', 12],
    ['The program lasts twelve weeks.', 12],
    ['This is a 6-month internship', 26],
    ['The work term is 4 months.', 17],
    ['Internship length: 3 months', 13],
    ['Dates: May 4 – Aug 21 2026 (16 weeks)', 16],
    ['Period of placements: 10 weeks between July and September', 10],
    ['Our Summer Program is a 10-week immersion in the practice of law.', 10],
    ['These awards have a value of $4,500 for a full 16-week period.', 16],
    ['Durée initiale : 3 mois renouvelables', 13],
    ['La durata del tirocinio è di 6 mesi.', 26],
    ['Il tirocinio dura 8 settimane.', 8],
    ['A one year contract', 52],
    ['A 2-week orientation course comes first; the duration of the internship is 10 weeks.', 10],
    ['DURATION OF INTERNSHIP: (One (1) year)', 52],
    ['Contract: 1-year fixed-term', 52],
    ['We offer a one-year, paid internship at our lab.', 52],
    ['The one-year programme starts in September.', 52],
    ['Students spend seven weeks at the institute on research.', 7],
    ['Must be available to work 32 hours per week for 8 weeks.', 8],
  ])('reads "%s" as %i weeks', (text, expected) => {
    expect(weeks(text)).toBe(expected);
  });

  it('converts months at 52/12 weeks each, rounded', () => {
    expect(weeks('a 1-month project')).toBe(4);
    expect(weeks('an 8-month co-op')).toBe(35);
  });

  it('gives no duration for a range, and says why', () => {
    expect(findDuration('The internship lasts 10 to 12 weeks.')).toEqual({
      duration: null,
      notes: ['The length is given as a range ("10 to 12 weeks"), so no single duration was taken.'],
    });
    expect(weeks('An internship of one or two months of research in Singapore.')).toBeNull();
    expect(weeks('The internship runs for 2 or 3 months.')).toBeNull();
    // Its upper end in words and in another unit: "from six months to one year".
    expect(weeks('The duration of the internships will be extended from six months to one year.')).toBeNull();
    expect(weeks('The internship lasts six months to a year.')).toBeNull();
  });

  it('reads numbers written as words in German, French, Spanish and Italian', () => {
    expect(weeks('Das Praktikum dauert sechs Monate.')).toBe(26);
    expect(weeks('Un stage de quatre mois au sein de notre équipe.')).toBe(17);
    expect(weeks('Las prácticas tienen una duración de tres meses.')).toBe(13);
    expect(weeks('Il tirocinio dura dieci settimane.')).toBe(10);
    expect(weeks('Das Praktikum dauert zwölf Wochen.')).toBe(12);
  });

  it('gives no duration for a range joined by "bis", "à" or "a", and says why', () => {
    expect(findDuration('Das Praktikum dauert drei bis sechs Monaten.')).toEqual({
      duration: null,
      notes: ['The length is given as a range ("drei bis sechs Monaten"), so no single duration was taken.'],
    });
    expect(weeks('Das Praktikum dauert 3 bis 6 Monate.')).toBeNull();
    expect(weeks('Stage de 4 à 6 mois.')).toBeNull();
    expect(weeks('Las prácticas duran de 3 a 6 meses.')).toBeNull();
  });

  it('takes no length from a floor or a cap written in German, French, Spanish or Italian', () => {
    expect(weeks('Das Praktikum dauert mindestens drei Monate.')).toBeNull();
    expect(weeks('Das Praktikum dauert maximal 6 Monate.')).toBeNull();
    expect(weeks('Le stage dure au moins deux mois.')).toBeNull();
    expect(weeks('Las prácticas duran como mínimo tres meses.')).toBeNull();
    expect(weeks('Il tirocinio dura almeno tre mesi.')).toBeNull();
    expect(weeks('Las prácticas tendrán una duración máxima de cinco meses.')).toBeNull();
    expect(weeks('Die maximale Dauer beträgt dabei drei Monate.')).toBeNull();
    expect(weeks('Le stage a une durée minimale de deux mois.')).toBeNull();
  });

  it('gives no duration for a range whose lower end is written apart from its unit', () => {
    expect(
      weeks('Applicants shall commit to an internship for a period between twelve (12) and twenty-four (24 weeks).'),
    ).toBeNull();
    expect(weeks('Applicants shall commit to an internship for a period of twenty-four (24 weeks).')).toBe(24);
  });

  it('gives no duration when the page offers several lengths, and says why', () => {
    const text =
      'Funding per week of the internship:\n • $3,000 for a 4-week internship\n • $3,750 for a 5-week internship';
    expect(findDuration(text)).toEqual({
      duration: null,
      notes: ['The page gives several lengths ("4-week", "5-week"), so no single duration was taken.'],
    });
    // Another unit is a comparison, not a choice.
    expect(
      weeks('The program runs approximately ten weeks. Interns work like students on a three-month rotation.'),
    ).toBe(10);
  });

  it('takes no length from how applications are handled', () => {
    expect(weeks('Applications will not be considered after this three week period.')).toBeNull();
    expect(weeks('We review all applications within 3 weeks of the internship deadline.')).toBeNull();
    expect(weeks('We review all applications quickly. The internship lasts 3 weeks.')).toBe(3);
  });

  it('takes no length from experience asked for, or from the rhythm of the work', () => {
    expect(weeks('You need 6 months of work experience in Python.')).toBeNull();
    expect(weeks('We work in 2-week sprints with a demo each time.')).toBeNull();
  });

  it("ignores lengths that are not the job's", () => {
    expect(weeks('Interns get 2 weeks of PTO.')).toBeNull();
    expect(weeks('Posted 3 weeks ago')).toBeNull();
    expect(weeks('We reply within 2 weeks.')).toBeNull();
    expect(weeks('Shortlisted interns hear from us in about three weeks from the closing date.')).toBeNull();
    expect(weeks('Requires 6 months of experience with SQL.')).toBeNull();
    expect(weeks('Hybrid: 3 days / week in the office, 20 hours per week.')).toBeNull();
    expect(weeks('Completion of a four-year graduate-level conservation program is required.')).toBeNull();
    expect(weeks('Interns must have completed two years of university study.')).toBeNull();
    expect(weeks('Internship assignments will be limited to a period of six months.')).toBeNull();
    expect(weeks('Candidates may opt for a duration of the internship from 1 month to 11 months.')).toBeNull();
  });

  it('takes no length from a floor or a cap, nor from a recommendation beside one', () => {
    expect(weeks('A stipend per month (for a maximum duration of 2 months) for interns.')).toBeNull();
    expect(weeks('Internship duration: Minimum 12 weeks, 16 weeks recommended (maximum 12 months).')).toBeNull();
    expect(weeks('The internship runs a minimum of 8 weeks.')).toBeNull();
    // "Not less than": a floor, and the shorter training given inside the internship is no length of it.
    expect(
      weeks(
        'Interns will work for a period of not less than 3 months.\n1. Providing a 2 week training program for the interns.',
      ),
    ).toBeNull();
    expect(weeks('Interns attend a 2-week orientation session, then work on projects.')).toBeNull();
    // A floor on the applicant's years (of unemployment, of study) bounds no length of the job.
    expect(weeks('It is a 4 month paid placement for graduates out of work for at least 1 year.')).toBe(17);
    expect(weeks('It is a 4 month paid placement for graduates out of work for a minimum of 2 years.')).toBe(17);
    expect(weeks('The placement lasts at least 1 year, paid monthly, starting in a 4 month block.')).toBeNull();
  });

  it('reads "will last 8 weeks" and "for 28 weeks from September 26th" as lengths', () => {
    expect(weeks('The summer program will last 8 weeks.')).toBe(8);
    expect(weeks('Interns are paid for 28 weeks from September 26th, 2022 to May 1st, 2023.')).toBe(28);
    expect(weeks('The internship: we reply within 2 weeks from now.')).toBeNull();
  });

  it('prefers a labelled duration to an earlier mention', () => {
    expect(weeks('Our summer program started as 8 weeks long.\nDuration: 10 weeks')).toBe(10);
  });

  it('reads "How long: 1 year" as a labelled length, but not a year after the question in a sentence', () => {
    expect(weeks('Software Development Graduate\n\nHow long: 1 year\n\nWhere: London/Hybrid')).toBe(52);
    expect(weeks('How long is the programme? Applicants need 2 years of study first.')).toBeNull();
  });

  it('gives no duration for "between 10 and 12 weeks", nor for a week spent on one part of the work', () => {
    expect(weeks('The internship lasts between 10 and 12 weeks, depending on host institution.')).toBeNull();
    expect(
      weeks('Interns travel by bicycle, spending approximately one week in a community before biking on.'),
    ).toBeNull();
    expect(weeks('The internship lasts 12 weeks.')).toBe(12);
    expect(weeks('The internship lasts 10 weeks. Interns spend about one week in each community.')).toBe(10);
  });

  it('gives no duration for sessions of one and of two weeks', () => {
    expect(weeks('Join our one-week intensive first session or our two week long second session.')).toBeNull();
    expect(
      weeks('The schemes take place in Leeds, lasting one week in the spring or two weeks in the summer.'),
    ).toBeNull();
  });

  it('reads a length the page calls the commitment', () => {
    expect(weeks('Time Commitment:\n  • 3 month commitment\n  • 12 hours per week required')).toBe(13);
  });
});

describe('lengths that are not this job’s', () => {
  it('gives no duration for a definition in a co-op FAQ ("a double work term is 8 months")', () => {
    expect(weeks('What is a double work term? A double work term is 8 months with the same employer.')).toBeNull();
    expect(weeks('Co-op FAQ: a work term is typically 4 months long.')).toBeNull();
    expect(weeks('The work term is 4 months.')).toBe(17);
  });

  it('gives no duration for an average over past interns', () => {
    expect(weeks('The average length of the Excellence Research internship is about twelve weeks.')).toBeNull();
  });

  it('gives no duration for a floor written after the length ("6 weeks (240 hours) or more")', () => {
    expect(weeks('Internships for the Fall term should be 6 weeks (240 hours) or more in length.')).toBeNull();
    expect(weeks('The placement is 10 weeks or longer, by agreement with the host.')).toBeNull();
    expect(weeks('The placement is 10 weeks, or more by agreement.')).toBe(10);
  });

  it('gives no duration for a comparison ("If the length of your internship is over four months")', () => {
    expect(weeks('If the length of your internship is over four months, the rest is not covered.')).toBeNull();
    expect(weeks('The internship takes place over 10 weeks.')).toBe(10);
  });

  it('gives no duration for weeks of a month ("Last 2 weeks of July 2026 | Interviews")', () => {
    expect(weeks('| Last 2 weeks of July 2026 | Interviews |\n| 1 October 2026 | Commence internship |')).toBeNull();
  });
});

describe('lengths compared, or counted in calendar months', () => {
  it.each([
    'Bewerben können sich Studenten, die noch kein Praktikum absolviert haben, welches länger als 6 Wochen gedauert hat.',
    "Le stage ne peut pas durer plus de 6 mois au total dans l'année.",
    'Las prácticas no pueden durar más de 6 meses.',
    'De stage mag niet meer dan 6 maanden duren.',
  ])('reads no length from a comparison: %j', (text) => {
    expect(findDuration(text).duration).toBeNull();
  });

  it('reads "12 calendar months" as a year', () => {
    expect(findDuration('The internship lasts 12 calendar months.').duration?.value).toBe(52);
  });
});

describe('a length inside an example', () => {
  it('is not the job’s length', () => {
    expect(
      weeks('The internship must be for a minimum of 400 hours (e.g., 8 hours a day, 5 days a week for 10 weeks).'),
    ).toBeNull();
    expect(weeks('Projects vary; for example, a 6-month internship in the lab.')).toBeNull();
    expect(weeks('The internship lasts 10 weeks (e.g., June to August).')).toBe(10);
  });
});

describe('a period that something else is counted over', () => {
  it('is no length of the job: hybrid terms over a 4-week window, "in any" period, a rota', () => {
    expect(weeks('Up to 50% of time can be spent working from home over a 4-week period.')).toBeNull();
    expect(
      weeks(
        'Hybrid working enables a balance of 50 per cent of time split between the office and home over a 4-week period.',
      ),
    ).toBeNull();
    expect(weeks('Interns may work remotely for up to 2 days in any 4-week period.')).toBeNull();
    expect(weeks('Interns work on a 2 week rota of early and late shifts.')).toBeNull();
  });

  it('is the length when nothing is counted over it, or the share is of no place of work', () => {
    expect(weeks('Interns gain experience at the museum over a six-week period in the summer.')).toBe(6);
    expect(weeks('Interns spend 50% of their time on research over a 10-week period.')).toBe(10);
    expect(weeks('The internship is hybrid, with 50% of time in the office, and lasts 10 weeks.')).toBe(10);
  });

  it('is the length when a share or a place is written beside it but not a share of time at a place counted over it', () => {
    expect(weeks('This 100% remote internship runs over a 12-week period.')).toBe(12);
    expect(weeks('The internship is hybrid, with 50% of time in the office, over a 10-week period.')).toBe(10);
    expect(
      weeks('Interns will work from our London office over a 10-week period, receiving a 100% match on pension.'),
    ).toBe(10);
  });
});

describe('a length under a "Schedule", "Total Weeks" or "Durée de la mission" label', () => {
  it('is the job’s length', () => {
    expect(weeks('Location(s)\n- Quillon Medical Center\nSchedule\n- Seven weeks from late June to early August')).toBe(
      7,
    );
    expect(weeks('  • Internship Period: June 12 – August 14\n  • Total Weeks: 9 weeks')).toBe(9);
    expect(weeks("Type d'emploi\nStage étudiant\nDurée de la mission\n4 mois")).toBe(17);
  });
});

describe('a length longer than an application may last (two years)', () => {
  it('reads the length an invitation to join is for, whatever the sentence calls the job', () => {
    expect(weeks('Join our platform team for 12 weeks. You will build deployment tooling with mentors.')).toBe(12);
    expect(weeks('Come and join the data group for a ten-week stint.')).toBe(10);
    // Not the invitation's length: a reply within a time, or a length not after "join ... for".
    expect(weeks('Join our platform team! We reply within 2 weeks.')).toBeNull();
    expect(weeks('Our platform team ships every release in 2 weeks.')).toBeNull();
  });

  it('is the life of the scheme, not the job’s length, and a later length still counts', () => {
    expect(weeks('The Voluntary Internship Project (2018-20) is a 3 year program for students.')).toBeNull();
    expect(
      findDuration('The Project (2018-20) is a 3 year program. The internships last 6 months.').duration?.value,
    ).toBe(26);
    expect(findDuration('Duration: 3 years').notes).toEqual([
      'The page gives a length of "3 years", longer than the two years an application may last, so it was not taken.',
    ]);
    expect(weeks('This is a two year contract.')).toBe(104);
  });
});

describe('a floor or a cap on the length', () => {
  it('gives no duration and says what it read', () => {
    expect(findDuration('The internship lasts a minimum of 12 weeks.')).toEqual({
      duration: null,
      notes: ['The length "12 weeks" is a floor or a cap, not the length, so no duration was taken.'],
    });
  });

  it('says nothing of a floor on the applicant rather than the job', () => {
    expect(findDuration('Applicants must have been unemployed for a minimum of 1 year.').notes).toEqual([]);
  });
});
