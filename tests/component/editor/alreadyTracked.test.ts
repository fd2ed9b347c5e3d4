// "You already track this": same company and role, however they are written.
import { describe, expect, it } from 'vitest';
import { sameApplicationKey } from '@shared/sameApplication';
import { parseTerm } from '@shared/term';
import { indexApplications, sameApplications } from '../../../renderer/src/features/editor/alreadyTracked';
import { anApplication } from '../applicationFixture';

describe('sameApplicationKey', () => {
  it('ignores case, accents and spacing', () => {
    expect(sameApplicationKey('  Nestlé ', 'Data   Intern')).toBe(sameApplicationKey('NESTLE', 'data intern'));
  });

  it('keeps company and role apart', () => {
    expect(sameApplicationKey('Acme Data', 'Intern')).not.toBe(sameApplicationKey('Acme', 'Data Intern'));
  });

  it('leaves out a term written at the end of the role, which is compared on its own', () => {
    const key = sameApplicationKey('Stripe', 'Software Engineering Intern');
    for (const role of [
      'Software Engineering Intern, Summer 2027',
      'Software Engineering Intern (2027)',
      "Software Engineering Intern – Fall '26",
      'Software Engineering Intern 2026',
    ])
      expect(sameApplicationKey('Stripe', role)).toBe(key);
    // A year inside the role is part of it.
    expect(sameApplicationKey('Stripe', 'Class of 2027 Engineering Intern')).not.toBe(key);
  });
});

describe('sameApplications', () => {
  const apps = [
    anApplication('a', { company: 'Pinterest', role: 'ML Intern', term: parseTerm('Summer 2026') }),
    anApplication('b', { company: 'Pinterest', role: 'SWE Intern' }),
    anApplication('c', { company: 'pinterest', role: 'ml  intern' }, { archivedAt: '2026-02-01T10:00:00-08:00' }),
    anApplication('d', { company: 'Pinterest', role: 'ML Intern', term: parseTerm('Summer 2027') }),
    anApplication('e', { company: 'Pinterest', role: 'Data Intern', postingUrl: 'https://pinterest.com/jobs/1' }),
  ];
  const index = indexApplications(apps);
  // The dialog asks with the term as its field reads it.
  const posting = (company: string, role: string, term = '', postingUrl = '') => ({
    company,
    role,
    term: parseTerm(term),
    postingUrl,
  });

  it('finds every application at the company for the role and term, archived ones included', () => {
    expect(sameApplications(index, posting('PINTEREST', 'ML Intern', 'summer 2026')).map((a) => a.id)).toEqual([
      'a',
      'c',
    ]);
    // The same term however it is written.
    expect(sameApplications(index, posting('Pinterest', 'ML Intern', "Summer '27")).map((a) => a.id)).toEqual([
      'c',
      'd',
    ]);
  });

  it('takes a missing term, on either side, for any term', () => {
    expect(sameApplications(index, posting('Pinterest', 'ML Intern')).map((a) => a.id)).toEqual(['a', 'c', 'd']);
    expect(sameApplications(index, posting('Pinterest', 'SWE Intern', 'Fall 2026')).map((a) => a.id)).toEqual(['b']);
  });

  it('tells another posting of the role apart by its address, written any way', () => {
    const data = (url: string) =>
      sameApplications(index, posting('Pinterest', 'Data Intern', '', url)).map((a) => a.id);
    expect(data('https://pinterest.com/jobs/2')).toEqual([]);
    expect(data('https://www.pinterest.com/jobs/1/?utm_source=linkedin')).toEqual(['e']);
    expect(data('')).toEqual(['e']);
  });

  it('finds nothing for another role or term, or before both company and role are known', () => {
    expect(sameApplications(index, posting('Pinterest', 'Design Intern'))).toEqual([]);
    expect(sameApplications(index, posting('Pinterest', 'ML Intern', 'Summer 2025')).map((a) => a.id)).toEqual(['c']);
    expect(sameApplications(index, posting('Pinterest', ' '))).toEqual([]);
  });
});
