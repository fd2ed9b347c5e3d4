// "The same application": terms compare as they read, a missing term matching any.
import { describe, expect, it } from 'vitest';
import { comparableTerm, termsMatch } from '@shared/sameApplication';
import { EMPTY_TERM, parseTerm } from '@shared/term';

describe('termsMatch', () => {
  it('matches terms that read the same, however they were written', () => {
    expect(termsMatch(parseTerm('Summer 2026'), parseTerm("summer '26"))).toBe(true);
    expect(termsMatch(parseTerm('2026 Summer'), parseTerm('SUMMER, 2026'))).toBe(true);
    expect(termsMatch(parseTerm('Summer/Fall  2026'), parseTerm('summer/fall 2026'))).toBe(true);
  });

  it('tells different terms apart: another year, another season, more said', () => {
    expect(termsMatch(parseTerm('Summer 2026'), parseTerm('Summer 2027'))).toBe(false);
    expect(termsMatch(parseTerm('Summer 2026'), parseTerm('Fall 2026'))).toBe(false);
    expect(termsMatch(parseTerm('Summer 2026'), parseTerm('Summer/Fall 2026'))).toBe(false);
  });

  it('matches a missing term with any', () => {
    expect(termsMatch(EMPTY_TERM, parseTerm('Summer 2026'))).toBe(true);
    expect(termsMatch(parseTerm('Fall'), EMPTY_TERM)).toBe(true);
  });

  it('compares labels, so text that reads like a season and year matches them', () => {
    expect(comparableTerm({ season: null, year: null, text: 'Summér 2026' })).toBe('summer 2026');
    expect(termsMatch({ season: null, year: null, text: 'summer 2026' }, parseTerm('Summer 2026'))).toBe(true);
  });
});
