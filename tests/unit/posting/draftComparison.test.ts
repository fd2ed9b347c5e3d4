import { describe, expect, it } from 'vitest';
import type { PostingDraft } from '@shared/posting/postingDraft';
import { draftDifferences, expectedDraftSchema, type ExpectedDraft } from './draftComparison';

const expected: ExpectedDraft = {
  source: 'Talent.com',
  company: 'Pinterest',
  title: 'ML Intern',
  locations: ['San Francisco, CA', 'Palo Alto, CA'],
  workMode: 'hybrid',
  pay: { min: 11000, max: 11000, currency: 'USD', period: 'month' },
  durationWeeks: 12,
  cohorts: [
    { start: '2026-05-18', end: '2026-08-07' },
    { start: '2026-06-15', end: '2026-09-04' },
  ],
  deadline: null,
  employmentType: 'internship',
};

function draft(overrides: Partial<PostingDraft> = {}): PostingDraft {
  return {
    ...expected,
    pay: { ...expected.pay!, raw: '$11,000 monthly' },
    deadlineTime: null,
    postingUrl: null,
    term: null,
    sponsorship: null,
    text: '',
    evidence: {},
    notes: [],
    ...overrides,
  };
}

describe('draftDifferences', () => {
  it('finds nothing to report when the draft says what the reader expects', () => {
    expect(draftDifferences(draft(), expected)).toEqual([]);
  });

  it('ignores case and surrounding space in names', () => {
    expect(
      draftDifferences(draft({ company: '  pinterest ', source: 'TALENT.COM', title: 'ml intern' }), expected),
    ).toEqual([]);
  });

  it('compares locations by city, in any order, ignoring the state', () => {
    expect(draftDifferences(draft({ locations: ['palo alto', 'San Francisco, California, USA'] }), expected)).toEqual(
      [],
    );
    expect(draftDifferences(draft({ locations: ['San Francisco, CA'] }), expected)).toEqual([
      'locations: expected ["San Francisco, CA","Palo Alto, CA"], got ["San Francisco, CA"]',
    ]);
  });

  it('compares cohorts as a set', () => {
    expect(draftDifferences(draft({ cohorts: [...expected.cohorts].reverse() }), expected)).toEqual([]);
    expect(draftDifferences(draft({ cohorts: [expected.cohorts[0]!] }), expected)).toHaveLength(1);
  });

  it('compares pay by amount, currency and period but not by its raw text', () => {
    expect(draftDifferences(draft({ pay: { ...expected.pay!, raw: 'anything' } }), expected)).toEqual([]);
    expect(draftDifferences(draft({ pay: { ...expected.pay!, period: 'year', raw: '' } }), expected)).toHaveLength(1);
    expect(draftDifferences(draft({ pay: null }), expected)).toHaveLength(1);
  });

  it('treats null as "not stated", different from a value', () => {
    expect(draftDifferences(draft({ deadline: '2026-01-15' }), expected)).toEqual([
      'deadline: expected null, got "2026-01-15"',
    ]);
    expect(draftDifferences(draft({ workMode: null, durationWeeks: null }), expected)).toHaveLength(2);
  });

  it('compares the term and sponsorship exactly when the expectation states them, and not when it leaves them out', () => {
    const summer = { season: 'summer' as const, year: 2026, text: '' };
    const stated = { ...expected, term: summer, sponsorship: 'offers' as const };
    expect(draftDifferences(draft({ term: summer, sponsorship: 'offers' }), stated)).toEqual([]);
    expect(draftDifferences(draft({ term: { ...summer, year: 2027 }, sponsorship: null }), stated)).toEqual([
      'term: expected {"season":"summer","year":2026,"text":""}, got {"season":"summer","year":2027,"text":""}',
      'sponsorship: expected "offers", got null',
    ]);
    expect(draftDifferences(draft({ term: summer, sponsorship: 'offers' }), expected)).toEqual([]);
    expect(draftDifferences(draft({ term: summer }), { ...expected, term: null })).toHaveLength(1);
  });

  it('refuses an expectation file with a misspelt field', () => {
    expect(() => expectedDraftSchema.parse({ ...expected, employment: 'internship' })).toThrow();
  });
});
