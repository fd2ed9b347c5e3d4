// The parser's notes go next to the field they are about.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePosting } from '@shared/posting/parsePosting';
import { noteField, noteInWords } from '../../../renderer/src/features/paste/noteFields';

const FIXTURES = 'tests/fixtures/postings/';

describe('noteField', () => {
  it('places every note the parser writes for the posting corpus next to its field', () => {
    const placed = readdirSync(FIXTURES)
      .filter((name) => /\.(txt|html)$/.test(name))
      .flatMap((name) => parsePosting(readFileSync(FIXTURES + name, 'utf8')).notes)
      .filter((note) => !note.startsWith("Taken from the page's structured data"))
      .map((note) => [note.slice(0, 24), noteField(note)]);
    expect(placed.length).toBeGreaterThanOrEqual(3);
    expect(placed.filter(([, field]) => field === null)).toEqual([]);
  });

  it.each([
    ['This is a fully remote position.\nThis role is on-site in Austin, TX.', 'workMode'],
    ['Pay: $45/hr for undergraduates. Pay: $55/hr for graduate students.', 'pay'],
    ['Stipend: $2.500 per month.', 'pay'],
    ['The internship runs for 10 to 12 weeks.', 'durationWeeks'],
    ['Apply by March 1.', 'deadline'],
    ['Summer 2026 internship. It runs June 1 – August 21.', 'cohorts'],
    ['Interns join for Summer 2026 or Fall 2026.', 'term'],
    ['We do not sponsor visas. Visa sponsorship is available for graduate students.', 'sponsorship'],
    ['Open to citizens or permanent residents only.', 'sponsorship'],
    ['Company: Quill Analytics\nAbout Harbor Labs', 'company'],
    // Values the form cannot hold, read and left out.
    ['Stipend: $2,000,000,000 per month.', 'pay'],
    ['Apply by March 1, 2300.', 'deadline'],
    // Lengths and spans read and left out.
    ['The internship lasts a minimum of 12 weeks.', 'durationWeeks'],
    ['Duration: 3 years.', 'durationWeeks'],
    ['Interns choose between a 4-week internship and a 5-week internship.', 'durationWeeks'],
    ['The internships are full-time for 10 weeks and must occur between August 1 and December 31, 2025.', 'cohorts'],
    ['A 12-week internship starting May 24, 2027 or June 14, 2027.', 'cohorts'],
    ['Start date: 7 June 2027\nDuration: 10 weeks', 'cohorts'],
    ['The internship runs June 1, 2300 – August 14, 2300.', 'cohorts'],
  ])('places the note on %j next to %s', (page, field) => {
    const prose = 'We build scheduling software used by 900 clinics to book two million appointments a year.';
    const { notes } = parsePosting(`Data Intern\n${prose}\n${page}`);
    expect(notes.length).toBeGreaterThan(0);
    expect(notes.map(noteField)).toEqual(notes.map(() => field));
  });

  it('places the note on a season the title names without its year next to the term', () => {
    const prose = 'We build scheduling software used by 900 clinics to book two million appointments a year.';
    const { notes } = parsePosting(`Summer Data Intern\n${prose}\nThe program runs June 1 – August 7, 2026.`);
    expect(notes).toEqual([`The term's year is not written next to "Summer"; 2026 is the year of the work's dates.`]);
    expect(noteField(notes[0]!)).toBe('term');
  });

  it('places the note on a length the form cannot hold next to the duration', () => {
    expect(noteField('A length of 156 weeks is outside one week to two years, so it was left out.')).toBe(
      'durationWeeks',
    );
  });

  it('leaves a note about the page as a whole, or one it does not know, to the page', () => {
    expect(noteField("Taken from the page's structured data (JSON-LD): title, company.")).toBeNull();
    expect(noteField('Something new the parser learnt to say.')).toBeNull();
  });
});

// tester36: a British student read "from 2025-09-08, the work would end on 2027-09-07" where the
// rest of the app writes "Mon, 8 Sept 2025".
describe('noteInWords', () => {
  const day = (date: string) => `<${date}>`;

  it("writes the parser's own dates in the student's format", () => {
    expect(
      noteInWords(
        '"Start date: 7 June 2027" is the start and "12 weeks" the length, but no end is written, so no cohort was taken: from 2027-06-07, the work would end on 2027-08-27.',
        day,
      ),
    ).toBe(
      '"Start date: 7 June 2027" is the start and "12 weeks" the length, but no end is written, so no cohort was taken: from <2027-06-07>, the work would end on <2027-08-27>.',
    );
  });

  it('leaves a date the page wrote, quoted in the note, as the page wrote it', () => {
    expect(noteInWords('"Beginn: 2027-04-01" is the start, from 2027-04-01.', day)).toBe(
      '"Beginn: 2027-04-01" is the start, from <2027-04-01>.',
    );
    expect(noteInWords('"Start date:\n2027-06-07" is the start, from 2027-06-07.', day)).toBe(
      '"Start date:\n2027-06-07" is the start, from <2027-06-07>.',
    );
  });
});
