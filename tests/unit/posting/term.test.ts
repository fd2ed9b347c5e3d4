// The term a posting names: season and year side by side anywhere in the posting, else what the
// title says, read with parseTerm.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePosting } from '@shared/posting/parsePosting';
import { findTerm } from '@shared/posting/term';
import { FIXTURE_DIR } from './postingFixtures';

const PROSE =
  'We build scheduling and intake software for community clinics; it is used by 900 clinics to book more than two million appointments a year.';

/** The term found in `text` with the given title range (the first line by default). */
function termIn(text: string, workYear: number | null = null, title = { start: 0, end: text.indexOf('\n') }) {
  const { term, notes } = findTerm(text, title, workYear);
  return { value: term?.value ?? null, spans: term?.ranges.map((r) => text.slice(r.start, r.end)) ?? [], notes };
}

describe('findTerm', () => {
  it.each([
    ['Data Intern (Summer 2026)', { season: 'summer', year: 2026, text: '' }, 'Summer 2026'],
    ["Data Intern, Summer '27", { season: 'summer', year: 2027, text: '' }, "Summer '27"],
    ['Data Intern - Fall, 2026', { season: 'fall', year: 2026, text: '' }, 'Fall, 2026'],
    ['Data Intern – Autumn 2026', { season: 'fall', year: 2026, text: '' }, 'Autumn 2026'],
    ['Work Term: 2027 - Winter', { season: 'winter', year: 2027, text: '' }, '2027 - Winter'],
    ['Data Intern (Summer/Fall 2026)', { season: null, year: 2026, text: 'Summer/Fall 2026' }, 'Summer/Fall 2026'],
    ['Co-op, Spring or Fall 2027', { season: null, year: 2027, text: 'Spring or Fall 2027' }, 'Spring or Fall 2027'],
    // Seasons abroad, beside their year.
    ['Praktikant (m/w/d) Marketing – Sommer 2027', { season: 'summer', year: 2027, text: '' }, 'Sommer 2027'],
    ['Stage développeur – été 2027', { season: 'summer', year: 2027, text: '' }, 'été 2027'],
    ['Prácticas de verano 2027', { season: 'summer', year: 2027, text: '' }, 'verano 2027'],
    // Malmö's programme "Ung i sommar 2023".
    ['Ung i sommar 2023', { season: 'summer', year: 2023, text: '' }, 'sommar 2023'],
  ])('reads %j', (title, value, span) => {
    expect(termIn(`${title}\n${PROSE}`)).toEqual({ value, spans: [span], notes: [] });
  });

  it('reads a term named in the posting’s text when the title names none, with every mention as evidence', () => {
    const text = `Data Intern\n${PROSE}\nThis is our Summer 2026 program.\nApply now for Summer 2026.`;
    expect(termIn(text)).toEqual({
      value: { season: 'summer', year: 2026, text: '' },
      spans: ['Summer 2026', 'Summer 2026'],
      notes: [],
    });
  });

  it('takes the title’s term over others the page names', () => {
    const text = `Data Intern (Fall 2026)\n${PROSE}\nOur Summer 2025 interns loved it.`;
    expect(termIn(text).value).toEqual({ season: 'fall', year: 2026, text: '' });
  });

  it("does not join a date's year to a season on the next line", () => {
    const text = `Data Intern\n${PROSE}\n- Spring Internship: March 13 - May 9, 2023\n- Summer Internship: May 15 - September 4`;
    expect(termIn(text).value).toBeNull();
  });

  it("takes the term of the page's first line, its heading, over others the page names", () => {
    const text = `2026 Summer Internship Applications Now Open!\nThank you Summer 2025 Interns!\n${PROSE}`;
    const heading = { start: 0, end: text.indexOf('\n') };
    expect(findTerm(text, null, null, heading).term?.value).toEqual({ season: 'summer', year: 2026, text: '' });
  });

  it('proposes none when the page names several and the title none, saying so', () => {
    const text = `Data Intern\n${PROSE}\nStart in Summer 2026 or Fall 2026.`;
    expect(termIn(text)).toEqual({
      value: null,
      spans: [],
      notes: ['The term is left empty: the page names several (Summer 2026, Fall 2026).'],
    });
  });

  it('reads a year the title names alone, or a season', () => {
    expect(termIn(`New Grad 2026\n${PROSE}`).value).toEqual({ season: null, year: 2026, text: '' });
    expect(termIn(`Summer Vacation Program\n${PROSE}`).value).toEqual({ season: 'summer', year: null, text: '' });
  });

  it('gives a year alone in the title the one season the page names the work by', () => {
    expect(termIn(`Data Intern 2026\n${PROSE}\nOur summer interns join a team.`)).toEqual({
      value: { season: 'summer', year: 2026, text: '' },
      spans: ['2026', 'summer interns'],
      notes: [],
    });
    // Two seasons named: the year stays alone.
    expect(termIn(`Data Intern 2026\n${PROSE}\nOur summer interns join a team; winter ones too.`).value).toEqual({
      season: null,
      year: 2026,
      text: '',
    });
  });

  it("gives a season in the title the year of the work's dates, and says so", () => {
    expect(termIn(`Summer Field Engineering Intern\n${PROSE}`, 2026)).toEqual({
      value: { season: 'summer', year: 2026, text: '' },
      spans: ['Summer'],
      notes: ['The term\'s year is not written next to "Summer"; 2026 is the year of the work\'s dates.'],
    });
  });

  it("takes the year the page writes with the title's programme, or with its initials", () => {
    expect(
      termIn(`STEM Summer Lab Internship Program\n${PROSE}\nThe 2022 CCAS STEM Summer Lab Internship Program is open.`)
        .value,
    ).toEqual({ season: 'summer', year: 2022, text: '' });
    expect(
      termIn(`Summer Internship Program (SIP)\n${PROSE}\nThe 2024 SIP program will take place in June.`).value,
    ).toEqual({ season: 'summer', year: 2024, text: '' });
    expect(termIn(`Summer Internship Program\n${PROSE}\nIn 2024 we hosted 40 interns.`).value).toEqual({
      season: 'summer',
      year: null,
      text: '',
    });
  });

  it('does not take the season by which applicants must hold a degree', () => {
    expect(
      termIn(
        `Research Intern\n${PROSE}\nHave completed a Bachelor’s degree from a recognized university by spring 2018;`,
      ).value,
    ).toBeNull();
  });

  it('does not take when to apply for the term, but does take the term applied for', () => {
    expect(
      termIn(`Research Intern\n${PROSE}\nThe application form will be available for download Winter 2018.`).value,
    ).toBeNull();
    expect(termIn(`Research Intern\n${PROSE}\nApplications for Summer 2026 are now open.`).value).toEqual({
      season: 'summer',
      year: 2026,
      text: '',
    });
  });

  it("does not take the applicant's graduation season for the term", () => {
    expect(
      termIn(`CERN Summer Student Programme\n${PROSE}\nIf you expect to graduate in the European summer 2015, apply.`)
        .value,
    ).toEqual({
      season: 'summer',
      year: null,
      text: '',
    });
  });

  it('does not take a season in prose for a term', () => {
    expect(
      termIn(`Data Intern\n${PROSE}\nLast summer our interns shipped a feature. We raised money in the spring.`).value,
    ).toBeNull();
    expect(termIn(`Data Intern\nThe leaves fall 20 times.`).value).toBeNull();
    expect(termIn(`Data Intern\n${PROSE}\nMost cases fall under the program's rules.`).value).toBeNull();
  });

  // Tried and left out: taking the year of the work's dates for a season the prose names alone
  // ("this summer", June – August 2027) cost five dev-corpus terms, whose readers leave the year
  // empty unless it is written with the season or in the title line.
  it("gives a season the prose names no year from the work's dates", () => {
    const summer = { season: 'summer', year: null, text: '' };
    expect(termIn(`Apply now\nJoin us this summer. The internship runs June 7 – August 27, 2027.`, 2027).value).toEqual(
      summer,
    );
    expect(termIn(`Apply now\nOur paid summer positions run June 1 – August 14, 2026.`, 2026).value).toEqual(summer);
  });

  it('reads a season with no year where the page names the work by it, and no other season', () => {
    const summer = { season: 'summer', year: null, text: '' };
    expect(termIn(`Apply now\n${PROSE}\nOur Summer Internship Program places students in labs.`)).toEqual({
      value: summer,
      spans: ['Summer Internship'],
      notes: [],
    });
    expect(termIn(`Apply now\nThe city hires paid interns this summer.`).value).toEqual(summer);
    expect(termIn(`Apply now\nThe Garden’s Summer High School Internship runs seven weeks.`).value).toEqual(summer);
    expect(
      termIn(`Apply now\nA paid internship for up to 12 weeks during the university summer holidays.`).value,
    ).toEqual(summer);
    // Another season on the page: which one is the work's is no longer clear.
    expect(
      termIn(`Apply now\nSummer internship opportunities are posted early in the spring semester.`).value,
    ).toBeNull();
    expect(
      termIn(`Apply now\nInternships are available in the fall and summer.\nOur summer program pays.`).value,
    ).toBeNull();
    // A summer school is a programme of courses, not the internship's term.
    expect(termIn(`Apply now\nStudents may also join our Summer School Programmes.`).value).toBeNull();
  });

  it('shows the season alone where the words of a role come between it and the work', () => {
    expect(termIn(`Apply now\nLarkspur Trust is seeking a Summer Mapping Intern to help the survey.`)).toEqual({
      value: { season: 'summer', year: null, text: '' },
      spans: ['Summer'],
      notes: [],
    });
    expect(termIn('Apply now\nOur Summer Mapping Internship 2027 is open to students.')).toEqual({
      value: { season: 'summer', year: 2027, text: '' },
      spans: ['Summer', '2027'],
      notes: [],
    });
    // Side by side, the season and the work are one phrase, shown whole.
    expect(termIn('Apply now\nOur summer internship is open to students.').spans).toEqual(['summer internship']);
  });

  it('takes the year written into the name of the season’s programme', () => {
    const text = `Apply now\nShare news of the 2021 Plano Mayor’s Summer Internship Program with students.`;
    expect(termIn(text)).toEqual({
      value: { season: 'summer', year: 2021, text: '' },
      spans: ['2021', 'Summer Internship'],
      notes: [],
    });
  });

  it('takes the year written right after the season’s programme, shown with it', () => {
    // A news item: the programme is named with its year twice, and once more without it.
    const text =
      'New Delhi, Apr 21 The university has opened applications for the Summer Internship 2025 under its scheme.\n' +
      'For Summer Internship 2025, applications are being accepted. It offers a two-month Summer Internship during the vacation.';
    expect(termIn(text, null, { start: 0, end: 0 })).toEqual({
      value: { season: 'summer', year: 2025, text: '' },
      spans: ['Summer Internship 2025', 'Summer Internship 2025', 'Summer Internship'],
      notes: [],
    });
    expect(termIn('Apply now\nOur Summer Internship Program - 2024 is open to students.').value).toEqual({
      season: 'summer',
      year: 2024,
      text: '',
    });
  });

  it('takes no year after the programme that runs on into a range or a number, nor two different years', () => {
    const summer = { season: 'summer', year: null, text: '' };
    expect(termIn('Apply now\nOur Summer Internship 2025-26 is open.').value).toEqual(summer);
    expect(termIn('Apply now\nOur Summer Internship 20251 is open.').value).toEqual(summer);
    expect(
      termIn('Apply now\nThe Summer Internship 2024 was a success; the Summer Internship 2025 is open.').value,
    ).toEqual(summer);
  });
});

describe('the reference page', () => {
  const draft = parsePosting(readFileSync(`${FIXTURE_DIR}pinterest-ml-intern-2026.txt`, 'utf8'));

  it('names the year of its term in its title, "Internship 2026", and its season in the text: "our summer internships"', () => {
    expect(draft.term).toEqual({ season: 'summer', year: 2026, text: '' });
    expect(draft.evidence.term?.map((r) => draft.text.slice(r.start, r.end))).toEqual(['2026', 'summer internships']);
  });

  it('says nothing about sponsorship: the "Visa : GC, USC" of a related job card is not the posting’s', () => {
    expect(draft.text).toContain('Visa : GC, USC');
    expect(draft.sponsorship).toBeNull();
  });
});

describe('the year of a programme named with its season', () => {
  const SURF =
    'SURF students spend 10 weeks, from June 14 to August 20, 2027, working on a research project under experienced mentors.';

  it('is the title’s, under a breadcrumb: "Summer Undergraduate Research Fellowship (SURF) 2027"', () => {
    const page = `Home › Research › Undergraduate Research\nSummer Undergraduate Research Fellowship (SURF) 2027\nCalifornia Institute of Technology\n\n${SURF}`;
    expect(parsePosting(page).term).toEqual({ season: 'summer', year: 2027, text: '' });
  });

  it.each([
    ['Summer Undergraduate Research Fellowship (SURF) 2027', 2027],
    ['Summer Research Internship Program 2026', 2026],
    ['Summer Student Fellowship – 2025', 2025],
  ])('is written at the end of its name in the prose: %j', (name, year) => {
    const text = `Apply now\n${PROSE}\nThe ${name} is open to undergraduates.`;
    expect(findTerm(text, null, null).term?.value).toEqual({ season: 'summer', year, text: '' });
  });

  it('is not a year further on the line, after the name ends', () => {
    const text = `Apply now\n${PROSE}\nOur Summer Research Fellowship pays well; since 2015 it has grown.`;
    expect(findTerm(text, null, null).term?.value).toEqual({ season: 'summer', year: null, text: '' });
  });
});

describe('a season the page looks back on, dates itself by, or may stretch into', () => {
  it.each([
    'Data Intern\nFollowing the success of our pilot scheme in Summer 2021, we are hiring again.',
    'Data Intern\nSince launching in summer 2019, the programme has hosted 200 students.',
    'Data Intern\nJoin the analytics team for a term of study and work.\n© Summer 2023 Acme Corp.',
    'Data Intern\nJoin the analytics team.\nPosted: Fall 2024',
    'Data Intern\nThe placement starts in January and may extend into Summer 2026 if both sides agree.',
    'Data Intern\nLast summer interns built a new dashboard for the clinic.',
  ])('takes no term from %j', (text) => {
    expect(termIn(text).value).toBeNull();
  });

  it('reads "the summer of 2027" as summer 2027, not a past intern’s or a student’s year', () => {
    const term = (text: string) => findTerm(text, null, null).term?.value ?? null;
    expect(term('The Courier will hire six reporting interns for the summer of 2027.')).toEqual({
      season: 'summer',
      year: 2027,
      text: '',
    });
    expect(
      term('Photo: Hannah was a conservation intern at the Aquarium in Baltimore in the summer of 2025.'),
    ).toBeNull();
    expect(term('Applicants will be between their junior and senior years during the summer of 2027.')).toBeNull();
  });

  it('takes no term from a season before the year the stored page is dated', () => {
    const dated = (words: string) => findTerm(` date 2019-12-20 ${words}`, null, null);
    expect(dated('Quillon Club hires 15 interns. Its director became a crew leader in spring 2018.').term).toBeNull();
    expect(dated('Quillon Club hires 15 interns for Summer 2020.').term?.value).toEqual({
      season: 'summer',
      year: 2020,
      text: '',
    });
  });

  it('still takes the term the page names for the work', () => {
    expect(termIn('Data Intern\nThe internship runs in Summer 2026, following orientation.').value).toEqual({
      season: 'summer',
      year: 2026,
      text: '',
    });
  });
});

describe('a season of the applicant’s studies or of the hiring', () => {
  it.each([
    'Data Intern\nCandidates must be returning to school in Fall 2026.',
    'Data Intern\nInterviews will take place in Winter 2025.',
    'Data Intern\nOffers will be made in Spring 2026.',
  ])('is not the term: %j', (text) => {
    expect(termIn(text).value).toBeNull();
  });

  it('still takes a term the applications are for', () => {
    expect(termIn('Data Intern\nApplications for Summer 2026 open in January.').value).toEqual({
      season: 'summer',
      year: 2026,
      text: '',
    });
  });
});

describe('a season opening a German, Dutch or Swedish word for the internship', () => {
  it.each([
    ['Sommerpraktikum 2026 – BALDER-Projekt', { season: 'summer', year: 2026, text: '' }, 'Sommerpraktikum 2026'],
    ['Winterpraktika 2027 am Institut', { season: 'winter', year: 2027, text: '' }, 'Winterpraktika 2027'],
    ['Frühjahrspraktikum 2027: Marketing', { season: 'spring', year: 2027, text: '' }, 'Frühjahrspraktikum 2027'],
    ['2026 Herbstpraktikum Vertrieb', { season: 'fall', year: 2026, text: '' }, '2026 Herbstpraktikum'],
    ['Zomerstage 2026 bij de gemeente', { season: 'summer', year: 2026, text: '' }, 'Zomerstage 2026'],
    // Swedish "praktik" closes the compound bare: Staffanstorp's "Sommarpraktik 2022".
    ['Sommarpraktik 2022', { season: 'summer', year: 2022, text: '' }, 'Sommarpraktik 2022'],
    ['Höstpraktik 2027 på kontoret', { season: 'fall', year: 2027, text: '' }, 'Höstpraktik 2027'],
  ])('reads %j as the term', (title, value, span) => {
    const { value: term, spans } = termIn(`${title}\n${PROSE}\n`);
    expect(term).toEqual(value);
    expect(spans).toEqual([span]);
  });

  it('reads the season of the internship the prose names that way, with the title’s year', () => {
    const page = `Praktikum Datenanalyse 2026\n${PROSE}\nWir bieten ein Sommerpraktikum für Studierende an.\n`;
    expect(termIn(page).value).toEqual({ season: 'summer', year: 2026, text: '' });
  });

  it('leaves a term of study, a summer school and two seasons alone', () => {
    expect(termIn(`Praktikum Datenanalyse\n${PROSE}\nAb dem Sommersemester 2026.\n`).value).toBeNull();
    expect(termIn(`Sommerschule 2026\n${PROSE}\n`).value).toEqual({ season: null, year: 2026, text: '' });
    expect(termIn(`Praktikum Datenanalyse\n${PROSE}\nSommerpraktikum oder Winterpraktikum.\n`).value).toBeNull();
  });
});

describe('a season named without its year, in a sentence saying when the work starts', () => {
  it.each([
    ['Data Intern\nOur summer internship starting in June 2027 runs ten weeks.', 'starting in June 2027'],
    ['Data Intern\nThe summer internship programme, commencing July 2027, is paid.', 'commencing July 2027'],
  ])("takes the start's year: %j", (text, start) => {
    const { value, spans, notes } = termIn(text);
    expect(value).toEqual({ season: 'summer', year: 2027, text: '' });
    expect(spans).toContain(start);
    expect(notes[0]).toContain('2027 is the year the work starts');
  });

  it.each([
    // Months alone are no term, and a month with no day no cohort.
    'Software Engineering Intern\nA 6-month internship starting January 2027.\nDuration: 6 months (Jan 2027 - Jun 2027)',
    // The months of the work in another sentence than the season's leave the year unwritten.
    'Data Intern\nOur summer internship is paid. The eight-week internship runs June-August 2027.',
  ])('reads no year from months alone: %j', (text) => {
    expect(termIn(text).value?.year ?? null).toBeNull();
  });
});
