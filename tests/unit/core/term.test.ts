// Terms as people write them: what parseTerm reads from real-world term strings, and how a term reads.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Term } from '@shared/application';
import { EMPTY_TERM, parseTerm, splitTrailingTerm, termLabel } from '@shared/term';
import { termArb } from '../arbitraries';

const plain = (season: Term['season'], year: number | null): Term => ({ season, year, text: '' });
const kept = (text: string, season: Term['season'], year: number | null): Term => ({ season, year, text });

describe('parseTerm', () => {
  it.each<[string, Term]>([
    ['Summer 2026', plain('summer', 2026)],
    ['summer 2026', plain('summer', 2026)],
    ['SUMMER 2026', plain('summer', 2026)],
    ['  Summer   2026 ', plain('summer', 2026)],
    ['2026 Summer', plain('summer', 2026)],
    ['Summer, 2026', plain('summer', 2026)],
    ["Summer '26", plain('summer', 2026)],
    ['Summer ’26', plain('summer', 2026)],
    ['Summer ‘26', plain('summer', 2026)],
    // A season and two digits alone, typed in a hurry.
    ['summer 27', plain('summer', 2027)],
    ['Summer27', plain('summer', 2027)],
    ['Fall 2025', plain('fall', 2025)],
    ['Autumn 2026', plain('fall', 2026)],
    ['Winter 2027', plain('winter', 2027)],
    ['Spring 2026', plain('spring', 2026)],
    ['Fall', plain('fall', null)],
    ['2027', plain(null, 2027)],
    // As German, French, Spanish and Dutch pages and sheets write them.
    ['Frühjahr 2027', plain('spring', 2027)],
    ['Sommer 2027', plain('summer', 2027)],
    ['Herbst 2026', plain('fall', 2026)],
    ['été 2027', plain('summer', 2027)],
    ['hiver 2027', plain('winter', 2027)],
    ['verano 2027', plain('summer', 2027)],
    ['najaar 2026', plain('fall', 2026)],
    // Swedish (not "vår", spring, which is also "our").
    ['sommar 2027', plain('summer', 2027)],
    ['höst 2026', plain('fall', 2026)],
    ['vinter 2027', plain('winter', 2027)],
  ])('reads %j as season and year alone', (text, term) => {
    expect(parseTerm(text)).toEqual(term);
  });

  it.each<[string, Term]>([
    ['Summer/Fall 2026', kept('Summer/Fall 2026', null, 2026)],
    ['Summer 2026 (12 weeks)', kept('Summer 2026 (12 weeks)', 'summer', 2026)],
    ['Fall 2026 Co-op', kept('Fall 2026 Co-op', 'fall', 2026)],
    ['Co-op term 2', kept('Co-op term 2', null, null)],
    ['Jan–Apr 2026', kept('Jan–Apr 2026', null, 2026)],
    ['May - August 2026', kept('May - August 2026', null, 2026)],
    ['Winter 2026/2027', kept('Winter 2026/2027', 'winter', null)],
    ['Fall 2025 / Winter 2026', kept('Fall 2025 / Winter 2026', null, null)],
    ['Summer 2026 or Fall 2026', kept('Summer 2026 or Fall 2026', null, 2026)],
    ['Spring Semester 2026', kept('Spring Semester 2026', 'spring', 2026)],
    ['Summer of 2026', kept('Summer of 2026', 'summer', 2026)],
    ['8-month co-op starting January 2027', kept('8-month co-op starting January 2027', null, 2027)],
    ['SU26', kept('SU26', null, null)],
    ['Year-round', kept('Year-round', null, null)],
    ['Internship 2026 (USA)', kept('Internship 2026 (USA)', null, 2026)],
  ])('keeps %j as written, with the season and year it names once', (text, term) => {
    expect(parseTerm(text)).toEqual(term);
  });

  it('collapses spacing in the text it keeps', () => {
    expect(parseTerm(' Summer /\tFall\n2026 ')).toEqual(kept('Summer / Fall 2026', null, 2026));
  });

  it('reads nothing, or only spaces, as no term', () => {
    expect(parseTerm('')).toEqual(EMPTY_TERM);
    expect(parseTerm(' \n ')).toEqual(EMPTY_TERM);
  });

  it('reads a season word only as a whole word', () => {
    expect(parseTerm('Falls Church office 2026')).toEqual(kept('Falls Church office 2026', null, 2026));
  });
});

describe('splitTrailingTerm', () => {
  it.each<[string, string, Term]>([
    ['Software Engineering Intern, Summer 2027', 'Software Engineering Intern', plain('summer', 2027)],
    ["Data Intern (Summer '27)", 'Data Intern', plain('summer', 2027)],
    ['Robotics Software Intern (2026)', 'Robotics Software Intern', plain(null, 2026)],
    ['Data Analytics Intern - Summer 2026', 'Data Analytics Intern', plain('summer', 2026)],
    [
      'Backend Engineering Intern, Winter/Spring 2027',
      'Backend Engineering Intern',
      kept('Winter/Spring 2027', null, 2027),
    ],
    ['Engineering Co-op, Summer & Fall 2026', 'Engineering Co-op', kept('Summer & Fall 2026', null, 2026)],
    ['SDE Intern (6 months) - Jan 2027', 'SDE Intern (6 months)', kept('Jan 2027', null, 2027)],
    ['Research Intern (May–August 2026)', 'Research Intern', kept('May–August 2026', null, 2026)],
    ['Software Engineer 2, Summer 2027', 'Software Engineer 2', plain('summer', 2027)],
    // The word bringing in the term goes with it: no "for" left dangling.
    ['Geospatial Intern for Fall 2026', 'Geospatial Intern', plain('fall', 2026)],
    ['Geospatial Intern during Summer 2027', 'Geospatial Intern', plain('summer', 2027)],
    ['Geospatial Intern starting Fall 2026', 'Geospatial Intern', plain('fall', 2026)],
  ])('cuts the whole term from %j', (title, before, term) => {
    expect(splitTrailingTerm(title)).toEqual({ before, term });
  });

  it.each([
    // The term phrase goes on before what could be cut: cutting part of it would leave half a term.
    'Data Intern, Fall 2025 / Winter 2026',
    'Data Intern, Fall 2025, Winter 2026',
    'Data Intern, Summer 2026 or 2027',
    'Graduate Analyst, Class of 2027',
    // A word that would be left dangling, the term not being all it says.
    'Geospatial Intern after Fall 2026',
    'Geospatial Intern with Summer 2027',
    'Geospatial Intern in Summer 2027',
    // No year at the end.
    'Software Engineer Intern, Summer',
    'Software Engineer 2',
  ])('cuts nothing from %j', (title) => {
    expect(splitTrailingTerm(title)).toBeNull();
  });
});

describe('termLabel', () => {
  it('writes season and year as people do', () => {
    expect(termLabel(plain('summer', 2026))).toBe('Summer 2026');
    expect(termLabel(plain('fall', null))).toBe('Fall');
    expect(termLabel(plain(null, 2027))).toBe('2027');
    expect(termLabel(EMPTY_TERM)).toBe('');
  });

  it('is the text when the term has some, whatever season and year it names', () => {
    expect(termLabel(kept('Summer/Fall 2026', null, 2026))).toBe('Summer/Fall 2026');
  });

  it('reads back as the same term for every term the app stores', () => {
    fc.assert(
      fc.property(termArb, (term) => {
        expect(parseTerm(termLabel(term))).toEqual(term);
      }),
      { numRuns: 500 },
    );
  });
});
