import { describe, expect, it } from 'vitest';
import { toInstant } from '@shared/calendarDate';
import { planImport } from '@shared/csv/csvImport';
import { duplicateIndex } from '@shared/csv/duplicates';
import { dateWords } from '@shared/dateWords';
import { DEFAULT_PIPELINE } from '@shared/pipeline';
import { EMPTY_TERM, parseTerm, termLabel } from '@shared/term';
import { IMPORT_NOW, importText } from './importHelpers';
import { aPinterestApplication } from '../core/pinterestApplication';

const named = (company: string, role: string, term: string, postingUrl = '') => ({
  company,
  role,
  term: parseTerm(term),
  postingUrl,
});

describe('duplicateIndex', () => {
  it('tells apart two postings of one company and role by their addresses', () => {
    const index = duplicateIndex<string>();
    index.add(named('Faire', 'SWE Intern', '', 'https://boards.greenhouse.io/faire/jobs/7654321'), 'first');
    expect(index.find(named('Faire', 'SWE Intern', '', 'https://boards.greenhouse.io/faire/jobs/7654399'))).toBe(
      undefined,
    );
    expect(
      index.find(named('Faire', 'SWE Intern', '', 'HTTPS://Boards.Greenhouse.io/faire/jobs/7654321/?utm_source=x')),
    ).toBe('first');
    expect(index.find(named('Faire', 'SWE Intern', ''))).toBe('first');
  });

  it('takes a year alone as the same term as a season of that year, preferring an exact term', () => {
    const index = duplicateIndex<string>();
    index.add(named('Pinterest', 'ML Intern', 'Summer 2026'), 'summer');
    expect(index.find(named('Pinterest', 'ML Intern', '2026'))).toBe('summer');
    expect(index.find(named('Pinterest', 'ML Intern', '2027'))).toBe(undefined);
    index.add(named('Pinterest', 'ML Intern', '2026'), 'year');
    expect(index.find(named('Pinterest', 'ML Intern', '2026'))).toBe('year');
  });

  it('prefers the entry of the same posting over one without an address', () => {
    const index = duplicateIndex<string>();
    index.add(named('Faire', 'SWE Intern', ''), 'no address');
    index.add(named('Faire', 'SWE Intern', '', 'https://faire.com/jobs/1'), 'jobs/1');
    expect(index.find(named('Faire', 'SWE Intern', '', 'https://faire.com/jobs/1'))).toBe('jobs/1');
  });

  it('finds the same company, role and term whatever the case, spacing or accent encoding', () => {
    const index = duplicateIndex<string>();
    index.add(named('Nestlé', 'Data  Intern', 'Summer 2026'), 'nestle');
    expect(index.find(named('NESTLE\u0301', ' data intern ', 'summer 2026'))).toBe('nestle');
    index.add(named('Ørsted', 'Wind Intern', ''), 'orsted');
    expect(index.find(named('Orsted', 'Wind Intern', ''))).toBe('orsted');
  });

  it('finds the same company written with its legal form and without', () => {
    const index = duplicateIndex<string>();
    index.add(named('Google', 'SWE Intern', 'Summer 2026'), 'google');
    expect(index.find(named('Google LLC', 'SWE Intern', 'Summer 2026'))).toBe('google');
    index.add(named('Stone Co.', 'Estágio DevOps', ''), 'stone');
    expect(index.find(named('Stone', 'Estagio DevOps', ''))).toBe('stone');
  });

  it('takes terms written differently for the same term', () => {
    const index = duplicateIndex<string>();
    index.add(named('Stripe', 'SWE Intern', "summer '26"), 'summer');
    expect(index.find(named('Stripe', 'SWE Intern', '2026 Summer'))).toBe('summer');
  });

  it('tells internships apart by term when both have one', () => {
    const index = duplicateIndex<string>();
    index.add(named('Stripe', 'SWE Intern', 'Summer 2026'), 'summer');
    expect(index.find(named('Stripe', 'SWE Intern', 'Fall 2026'))).toBeUndefined();
  });

  it('matches a missing term on either side', () => {
    const index = duplicateIndex<string>();
    index.add(named('Stripe', 'SWE Intern', ''), 'no-term');
    index.add(named('Figma', 'Design Intern', 'Summer 2026'), 'figma');
    expect(index.find(named('Stripe', 'SWE Intern', 'Summer 2026'))).toBe('no-term');
    expect(index.find(named('Figma', 'Design Intern', ''))).toBe('figma');
  });

  it('prefers the entry with the same term over one without a term', () => {
    const index = duplicateIndex<string>();
    index.add(named('Stripe', 'SWE Intern', ''), 'no-term');
    index.add(named('Stripe', 'SWE Intern', 'Fall 2026'), 'fall');
    expect(index.find(named('Stripe', 'SWE Intern', 'Fall 2026'))).toBe('fall');
  });

  it('keeps company and role apart however the words split', () => {
    const index = duplicateIndex<string>();
    index.add(named('Jane Street', 'Intern', ''), 'jane-street');
    expect(index.find(named('Jane', 'Street Intern', ''))).toBeUndefined();
  });
});

describe('importing rows without a term', () => {
  const existing = [aPinterestApplication()];
  const file =
    'Company,Role,Tags\n' + "Pinterest,Master's Machine Learning Internship 2026 (USA),new\n" + 'Stripe,SWE Intern,a\n';

  it('takes a row without a term for the application that has one', async () => {
    const preview = await importText(file, { existing });
    expect(preview.rows.map((r) => r.duplicateOf)).toEqual([{ kind: 'existing', id: 'app-pinterest' }, null]);
  });

  it('fills a missing term from the row it merges', async () => {
    const withoutTerm = [aPinterestApplication({ term: EMPTY_TERM })];
    const preview = await importText(
      "Company,Role,Term\nPinterest,Master's Machine Learning Internship 2026 (USA),Summer 2026\n",
      {
        existing: withoutTerm,
      },
    );
    const plan = planImport(preview, 'merge', withoutTerm, toInstant(IMPORT_NOW), DEFAULT_PIPELINE, dateWords('en-US'));
    expect(plan.update.map((a) => [a.id, termLabel(a.term)])).toEqual([['app-pinterest', 'Summer 2026']]);
    expect(plan.add).toEqual([]);
  });
});
