// "The same application": terms compare as they read, a missing term matching any.
import { describe, expect, it } from 'vitest';
import { comparableName } from '@shared/normalizeWord';
import {
  comparableCompany,
  comparablePostingUrl,
  comparableTerm,
  postingsMatch,
  sameApplicationKey,
  termsMatch,
} from '@shared/sameApplication';
import { EMPTY_TERM, parseTerm } from '@shared/term';

describe('comparableName', () => {
  it('leaves out case, accents and spacing', () => {
    expect(comparableName('  Nestlé  S.A.')).toBe(comparableName('nestle s.a.'));
    expect(comparableName('Ørsted')).toBe('orsted');
  });

  it('leaves out width, as a Japanese keyboard types letters, kana and spaces either way (tester32)', () => {
    expect(comparableName('Ｇｏｏｇｌｅ')).toBe('google');
    expect(comparableName('ﾒﾙｶﾘ')).toBe(comparableName('メルカリ'));
    expect(comparableName('株式会社　メルカリ')).toBe(comparableName('株式会社 メルカリ'));
    expect(comparableName('ｿﾆｰ')).not.toBe(comparableName('メルカリ'));
  });
});

describe('comparableCompany', () => {
  it('leaves out a legal form ending the name, as one tracker writes it and another does not (tester35)', () => {
    for (const [written, bare] of [
      ['Stone Co.', 'Stone'],
      ['Google LLC', 'google'],
      ['Infineon Technologies AG', 'Infineon Technologies'],
      ['Acme Learning Technologies Private Limited', 'Acme Learning Technologies'],
      ['Razorpay Software Pvt. Ltd.', 'Razorpay Software'],
      ['Nestlé S.A.', 'Nestle'],
      ['Natura &Co Ltda', 'Natura'],
      ['JPMorgan Chase & Co.', 'JPMorgan Chase'],
      ['Brightwater, Inc.', 'Brightwater'],
    ])
      expect(comparableCompany(written!), written).toBe(comparableName(bare!));
    expect(sameApplicationKey('Stone Co.', 'Estágio DevOps')).toBe(sameApplicationKey('Stone', 'Estagio DevOps'));
  });

  // Every form the comparison leaves out, written as a name writes it, with and without its dot.
  it.each([
    'Inc',
    'Inc.',
    'LLC',
    'L.L.C.',
    'Ltd',
    'Ltd.',
    'Ltda',
    'Limited',
    'Private Limited',
    'Pvt. Ltd.',
    'Pty Ltd',
    'Co.',
    'Corp.',
    'Corporation',
    'PLC',
    'plc',
    'LLP',
    'GmbH',
    'AG',
    'SE',
    'KG',
    'S.A.',
    'SA',
    'S/A',
    'B.V.',
    'BV',
    'N.V.',
    'NV',
    'Oy',
    'AB',
    'ASA',
    'A/S',
    'S.r.l.',
    'SRL',
    'S.p.A.',
    'SAS',
    'SARL',
    'GmbH & Co. KG',
  ])('leaves out "%s" ending a name', (form) => {
    expect(comparableCompany(`Nordwerk ${form}`)).toBe('nordwerk');
    expect(comparableCompany(`Nordwerk, ${form}`)).toBe('nordwerk');
  });

  it.each(['KGaA', 'gGmbH', 'S.A.S.', 'Pte.', 'Sdn Bhd', 'e.V.', 'Company', 'Group'])(
    'keeps "%s", a form the comparison does not know, in the name',
    (form) => {
      expect(comparableCompany(`Nordwerk ${form}`)).toBe(comparableName(`Nordwerk ${form}`));
    },
  );

  it('keeps a name that is no more than a legal form, and words that only end like one', () => {
    expect(comparableCompany('AB')).toBe('ab');
    expect(comparableCompany('Costco')).toBe('costco');
    expect(comparableCompany('Visa')).toBe('visa');
    expect(comparableCompany('Bain & Company')).not.toBe(comparableCompany('Bain'));
  });
});

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

  it('matches a year alone with a term of that year, whose season it leaves open', () => {
    expect(termsMatch(parseTerm('2026'), parseTerm('Summer 2026'))).toBe(true);
    expect(termsMatch(parseTerm('Fall 2026'), parseTerm('2026'))).toBe(true);
    expect(termsMatch(parseTerm('2026'), parseTerm('Summer 2027'))).toBe(false);
    expect(termsMatch(parseTerm('Summer'), parseTerm('Summer 2026'))).toBe(false);
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

describe('postingsMatch', () => {
  it('takes one posting however its address is written', () => {
    const url = 'https://jobs.lever.co/acme/3c2d1e0f?lever-source=LinkedIn&team=eng';
    for (const same of [
      'HTTPS://Jobs.Lever.co/acme/3c2d1e0f/?team=eng',
      'http://jobs.lever.co:80/acme/3c2d1e0f?utm_source=simplify&utm_medium=list&team=eng#apply',
      'https://jobs.lever.co/acme/3c2d1e0f?team=eng&gclid=abc&ref=Simplify',
    ]) {
      expect(postingsMatch(url, same)).toBe(true);
    }
    expect(comparablePostingUrl('https://www.linkedin.com/jobs/view/3912345678/?trk=public_jobs&refId=x')).toBe(
      'linkedin.com/jobs/view/3912345678',
    );
  });

  it('tells apart another posting: another path, another job id parameter, another host', () => {
    expect(postingsMatch('https://a.com/jobs/42', 'https://a.com/jobs/43')).toBe(false);
    expect(postingsMatch('https://a.com/apply?gh_jid=42', 'https://a.com/apply?gh_jid=43')).toBe(false);
    expect(postingsMatch('https://a.com/jobs/42', 'https://b.com/jobs/42')).toBe(false);
  });

  it('matches a missing address with any', () => {
    expect(postingsMatch('', 'https://a.com/jobs/42')).toBe(true);
    expect(postingsMatch('https://a.com/jobs/42', ' ')).toBe(true);
  });
});
