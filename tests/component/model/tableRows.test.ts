// What the table shows: rows sorted, filtered and searched from the stored records.
process.env.TZ = 'America/Los_Angeles';

import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import type { Application, PayPeriod } from '@shared/application';
import { DEFAULT_PIPELINE } from '@shared/pipeline';
import { searchableText } from '@shared/normalizeWord';
import { parseTerm } from '@shared/term';
import {
  filterRows,
  paidCurrencies,
  prepareSearchWhenIdle,
  rowOrder,
  searchKey,
  sortRows,
  toTableRows,
  type TableRow,
} from '../../../renderer/src/model/tableRows';
import { NO_FILTERS, type Filters, type SortKey } from '../../../renderer/src/state/uiStore';
import { anApplication } from '../applicationFixture';

const NOW = new Date('2026-03-01T12:00:00-08:00');
const monthly = (amount: number, period: PayPeriod = 'month') => ({
  min: amount,
  max: amount,
  currency: 'USD',
  period,
  raw: '',
});
// An online assessment: a deadline to apply would be met in the rows already sent.
const due = (at: string) => [{ id: 'd', kind: 'assessment' as const, at, label: '', done: false }];

const ids = (rows: TableRow[]) => rows.map((r) => r.app.id);
const rowsOf = (...apps: Application[]) => toTableRows(apps, DEFAULT_PIPELINE, NOW);

describe('sortRows', () => {
  // b has no next date and no pay: it sorts last in both directions for those columns.
  const rows = rowsOf(
    anApplication(
      'a',
      { company: 'Stripe', deadlines: due('2026-03-10'), pay: monthly(9000) },
      { stage: 'technical-interview', updatedAt: '2026-02-01T00:00:00Z' },
    ),
    anApplication('b', { company: 'airbnb' }, { stage: 'rejected', updatedAt: '2026-02-03T00:00:00Z' }),
    anApplication(
      'c',
      { company: 'Figma', deadlines: due('2026-03-03'), pay: monthly(45, 'hour') },
      { stage: 'applied', updatedAt: '2026-02-02T00:00:00Z' },
    ),
    anApplication(
      'd',
      { company: 'figma 2', deadlines: due('2026-04-01'), pay: monthly(11000) },
      { stage: 'wishlist', updatedAt: '2026-01-15T00:00:00Z' },
    ),
  );

  const cases: [SortKey, string[], string[]][] = [
    ['company', ['b', 'c', 'd', 'a'], ['a', 'd', 'c', 'b']],
    ['stage', ['d', 'c', 'a', 'b'], ['b', 'a', 'c', 'd']],
    ['nextDate', ['c', 'a', 'd', 'b'], ['d', 'a', 'c', 'b']],
    // $45/h is $7,800 a month.
    ['payPerMonth', ['c', 'a', 'd', 'b'], ['d', 'a', 'c', 'b']],
    ['updatedAt', ['d', 'a', 'c', 'b'], ['b', 'c', 'a', 'd']],
  ];
  for (const [key, ascending, descending] of cases) {
    it(`sorts by ${key} in both directions, rows without a value last`, () => {
      expect(ids(sortRows(rows, key, 'asc', null))).toEqual(ascending);
      expect(ids(sortRows(rows, key, 'desc', null))).toEqual(descending);
    });
  }

  it('sorts pay within each currency, never comparing yen with dollars', () => {
    const paid = rowsOf(
      anApplication('usd-low', { company: 'A', pay: monthly(5000) }),
      anApplication('jpy', { company: 'B', pay: { ...monthly(300000), currency: 'JPY' } }),
      anApplication('usd-high', { company: 'C', pay: monthly(9000) }),
      anApplication('eur', { company: 'D', pay: { ...monthly(2500), currency: 'EUR' } }),
      anApplication('none', { company: 'E' }),
    );
    expect(ids(sortRows(paid, 'payPerMonth', 'desc', null))).toEqual(['eur', 'jpy', 'usd-high', 'usd-low', 'none']);
    expect(ids(sortRows(paid, 'payPerMonth', 'asc', null))).toEqual(['eur', 'jpy', 'usd-low', 'usd-high', 'none']);
  });

  // tester34: in India, $7,800 a month came below ₹10,000 sorted high to low, INR first as its code
  // is first; with her region's currency first it is so by choice, and the table says so.
  it("puts the student's region's currency first, then the others by code, whichever way it sorts", () => {
    const inr = (amount: number) => ({ ...monthly(amount), currency: 'INR' });
    const paid = rowsOf(
      anApplication('usd', { company: 'Aurora', pay: monthly(7800) }),
      anApplication('inr-low', { company: 'Stealth', pay: inr(10000) }),
      anApplication('eur', { company: 'Bosch', pay: { ...monthly(2500), currency: 'EUR' } }),
      anApplication('inr-high', { company: 'Flipkart', pay: inr(50000) }),
      anApplication('unpaid', { company: 'ISRO', pay: { ...inr(0), raw: 'Unpaid' } }),
    );
    expect(ids(sortRows(paid, 'payPerMonth', 'desc', 'USD'))).toEqual(['usd', 'eur', 'inr-high', 'inr-low', 'unpaid']);
    expect(ids(sortRows(paid, 'payPerMonth', 'desc', 'INR'))).toEqual(['inr-high', 'inr-low', 'eur', 'usd', 'unpaid']);
    expect(ids(sortRows(paid, 'payPerMonth', 'asc', 'INR'))).toEqual(['unpaid', 'inr-low', 'inr-high', 'eur', 'usd']);
    // A region whose currency no row is paid in changes nothing.
    expect(ids(sortRows(paid, 'payPerMonth', 'desc', 'JPY'))).toEqual(['eur', 'inr-high', 'inr-low', 'usd', 'unpaid']);
  });

  it('names the currencies of the paid rows in the order the rows show them', () => {
    const sorted = sortRows(
      rowsOf(
        anApplication('usd', { company: 'A', pay: monthly(7800) }),
        anApplication('inr', { company: 'B', pay: { ...monthly(10000), currency: 'INR' } }),
        anApplication('unpaid-eur', { company: 'C', pay: { ...monthly(0), currency: 'EUR', raw: 'Unpaid' } }),
        anApplication('none', { company: 'D' }),
      ),
      'payPerMonth',
      'desc',
      'INR',
    );
    expect(paidCurrencies(sorted)).toEqual(['INR', 'USD']);
  });

  it('sorts unpaid as the lowest pay in any currency, and a pay not known after it either way', () => {
    const unpaid = (currency: string) => ({ ...monthly(0), currency, raw: 'Unpaid' });
    const paid = rowsOf(
      anApplication('usd', { company: 'A', pay: monthly(5000) }),
      anApplication('unpaid-eur', { company: 'B', pay: unpaid('EUR') }),
      anApplication('eur', { company: 'C', pay: { ...monthly(2500), currency: 'EUR' } }),
      anApplication('none', { company: 'D' }),
      anApplication('unpaid-usd', { company: 'E', pay: { ...unpaid('USD'), period: null } }),
    );
    expect(ids(sortRows(paid, 'payPerMonth', 'desc', null))).toEqual([
      'eur',
      'usd',
      'unpaid-eur',
      'unpaid-usd',
      'none',
    ]);
    expect(ids(sortRows(paid, 'payPerMonth', 'asc', null))).toEqual(['unpaid-eur', 'unpaid-usd', 'eur', 'usd', 'none']);
  });

  it('compares company names ignoring case and accents, and numbers by value', () => {
    const named = rowsOf(
      anApplication('1', { company: 'Team 10' }),
      anApplication('2', { company: 'team 9' }),
      anApplication('3', { company: 'Éclair' }),
      anApplication('4', { company: 'eclair labs' }),
    );
    expect(sortRows(named, 'company', 'asc', null).map((r) => r.app.company)).toEqual([
      'Éclair',
      'eclair labs',
      'team 9',
      'Team 10',
    ]);
  });

  it('breaks ties by company name, and sorts by role within a company', () => {
    const tied = rowsOf(
      anApplication('1', { company: 'Stripe', role: 'Data Intern' }, { stage: 'applied' }),
      anApplication('2', { company: 'Asana', role: 'SWE Intern' }, { stage: 'applied' }),
      anApplication('3', { company: 'Stripe', role: 'Backend Intern' }, { stage: 'applied' }),
    );
    expect(ids(sortRows(tied, 'stage', 'asc', null))).toEqual(['2', '1', '3']);
    expect(ids(sortRows(tied, 'company', 'asc', null))).toEqual(['2', '3', '1']);
  });

  it('sorts in the order the table keeps rows in as they change (rowOrder), whatever the rows', () => {
    // Names the collator finds equal or ordered by their numbers, dates shared by several rows.
    const names = ['Éclair', 'eclair', 'ECLAIR labs', 'Team 9', 'team 10', 'Stripe', 'stripe', ''];
    const stages = DEFAULT_PIPELINE.stages.map((stage) => stage.id);
    const anyRow = fc.record({
      company: fc.constantFrom(...names),
      role: fc.constantFrom(...names),
      stage: fc.constantFrom(...stages),
      deadline: fc.option(fc.constantFrom('2026-03-02', '2026-03-10', '2026-02-01')),
      pay: fc.option(
        fc.record({ amount: fc.constantFrom(0, 20, 45, 9000), currency: fc.constantFrom('USD', 'JPY', 'EUR', 'INR') }),
      ),
      updatedAt: fc.constantFrom('2026-02-01T00:00:00Z', '2026-02-03T10:00:00Z'),
    });
    fc.assert(
      fc.property(
        fc.array(anyRow, { maxLength: 30 }),
        fc.constantFrom<SortKey>('company', 'stage', 'nextDate', 'payPerMonth', 'updatedAt'),
        fc.constantFrom('asc' as const, 'desc' as const),
        fc.constantFrom(null, 'USD', 'JPY', 'EUR'),
        (specs, key, direction, firstCurrency) => {
          const rows = rowsOf(
            ...specs.map((spec, i) =>
              anApplication(
                `id-${i}`,
                {
                  company: spec.company,
                  role: spec.role,
                  deadlines: spec.deadline ? due(spec.deadline) : [],
                  pay: spec.pay && { ...monthly(spec.pay.amount), currency: spec.pay.currency },
                },
                { stage: spec.stage, updatedAt: spec.updatedAt },
              ),
            ),
          );
          const sorted = sortRows(rows, key, direction, firstCurrency);
          expect(ids(sorted)).toEqual(ids([...rows].sort(rowOrder(key, direction, firstCurrency))));
          // Sorted by pay, a search for each currency's run finds every currency, in order.
          if (key === 'payPerMonth')
            expect(paidCurrencies(sorted)).toEqual([
              ...new Set(sorted.flatMap(({ pay }) => (pay && !pay.unpaid ? [pay.currency] : []))),
            ]);
        },
      ),
    );
  });

  it('does not change the rows it is given', () => {
    const before = ids(rows);
    sortRows(rows, 'company', 'desc', null);
    expect(ids(rows)).toEqual(before);
  });
});

describe('filterRows', () => {
  const rows = rowsOf(
    anApplication(
      'pinterest',
      { company: 'Pinterest', workMode: 'hybrid', tags: ['ml', 'big-tech'] },
      { stage: 'applied' },
    ),
    anApplication(
      'stripe',
      { company: 'Stripe', workMode: 'onsite', tags: ['backend'] },
      { stage: 'technical-interview' },
    ),
    anApplication('figma', { company: 'Figma', workMode: null, tags: ['ml'] }, { stage: 'applied' }),
    anApplication(
      'nestle',
      { company: 'Nestlé', workMode: 'remote', tags: ['ml', 'big-tech'] },
      { stage: 'rejected', archivedAt: '2026-02-01T00:00:00Z' },
    ),
  );
  const filter = (filters: Partial<Filters>, search = '') =>
    ids(filterRows(rows, { ...NO_FILTERS, ...filters }, search));

  it('hides archived applications unless asked to show them', () => {
    expect(filter({})).toEqual(['pinterest', 'stripe', 'figma']);
    expect(filter({ showArchived: true })).toEqual(['pinterest', 'stripe', 'figma', 'nestle']);
  });

  it('keeps any of the chosen stages', () => {
    expect(filter({ stageIds: ['applied'] })).toEqual(['pinterest', 'figma']);
    expect(filter({ stageIds: ['technical-interview', 'rejected'], showArchived: true })).toEqual(['stripe', 'nestle']);
  });

  it('keeps any of the chosen phases, and a stage chosen besides them', () => {
    expect(filter({ phases: ['in-process'] })).toEqual(['stripe']);
    expect(filter({ phases: ['closed'], showArchived: true })).toEqual(['nestle']);
    expect(filter({ phases: ['in-process'], stageIds: ['applied'] })).toEqual(['pinterest', 'stripe', 'figma']);
  });

  it('keeps any of the chosen work modes, and drops applications whose mode is unknown', () => {
    expect(filter({ workModes: ['hybrid', 'onsite'] })).toEqual(['pinterest', 'stripe']);
    expect(filter({ workModes: ['remote'] })).toEqual([]);
  });

  it('keeps only applications with all of the chosen tags', () => {
    expect(filter({ tags: ['ml'] })).toEqual(['pinterest', 'figma']);
    expect(filter({ tags: ['ml', 'big-tech'] })).toEqual(['pinterest']);
    expect(filter({ tags: ['ml', 'big-tech'], showArchived: true })).toEqual(['pinterest', 'nestle']);
    // Whatever the case the tag is written in: "ML" from one import is "ml" from another.
    expect(filter({ tags: ['ML', 'Big-Tech'] })).toEqual(['pinterest']);
  });

  it('combines filters and search', () => {
    expect(filter({ stageIds: ['applied'], tags: ['ml'] }, 'fig')).toEqual(['figma']);
  });
});

describe('search', () => {
  const rows = rowsOf(
    anApplication('pinterest', {
      company: 'Pinterest',
      role: "Master's Machine Learning Internship",
      locations: ['San Francisco, CA', 'Seattle, WA'],
      tags: ['ml'],
      term: parseTerm('Summer 2026'),
    }),
    anApplication('nestle', {
      company: 'Nestlé',
      role: 'Data Science Intern',
      notes: 'Met the recruiter at the career fair',
      locations: ['Vevey'],
      workMode: 'remote',
    }),
    anApplication(
      'itau',
      { company: 'Itaú Unibanco', role: 'Software Intern', locations: ['São Paulo'], tags: ['fintech'] },
      { stage: 'technical-interview' },
    ),
  );
  const search = (text: string) => ids(filterRows(rows, NO_FILTERS, text));

  it('finds an unpaid role by the word the pay column shows, and no other by it', () => {
    const unpaid = rowsOf(
      anApplication('unpaid', { company: 'Museum', pay: { min: 0, max: 0, currency: 'USD', period: null, raw: '$0' } }),
      anApplication('paid', { company: 'Bank', pay: { min: 20, max: 20, currency: 'USD', period: 'hour', raw: '' } }),
      anApplication('unknown', { company: 'Lab' }),
    );
    expect(ids(filterRows(unpaid, NO_FILTERS, 'unpaid'))).toEqual(['unpaid']);
  });

  it('finds by company, role, stage, notes, locations, work mode, tags and term', () => {
    expect(search('pinterest')).toEqual(['pinterest']);
    // As the table's places say it: "Remote · Vevey".
    expect(search('remote')).toEqual(['nestle']);
    // The stage as the table's badge names it.
    expect(search('technical interview')).toEqual(['itau']);
    expect(search('data science')).toEqual(['nestle']);
    expect(search('recruiter')).toEqual(['nestle']);
    expect(search('seattle')).toEqual(['pinterest']);
    expect(search('fintech')).toEqual(['itau']);
    expect(search('summer 2026')).toEqual(['pinterest']);
  });

  it('ignores case and accents in both the query and the record', () => {
    expect(search('nestle')).toEqual(['nestle']);
    expect(search('NESTLÉ')).toEqual(['nestle']);
    expect(search('sao paulo')).toEqual(['itau']);
    expect(search('itaú')).toEqual(['itau']);
  });

  it('finds umlauts however they are typed: with the dots, without, or as German spells them without', () => {
    const german = rowsOf(
      anApplication('bmw', { company: 'BMW Group', role: 'Werkstudent', locations: ['München, Germany'] }),
      anApplication('mueller', { company: 'Müller', role: 'Praktikum', notes: 'Büro in Nürnberg' }),
      anApplication('queue', { company: 'Queue Labs', role: 'Intern', locations: ['Munich'] }),
    );
    const find = (text: string) => ids(filterRows(german, NO_FILTERS, text));
    expect(find('München')).toEqual(['bmw']);
    expect(find('Munchen')).toEqual(['bmw']);
    expect(find('Muenchen')).toEqual(['bmw']);
    expect(find('mueller')).toEqual(['mueller']);
    expect(find('nuernberg')).toEqual(['mueller']);
    // Only a text with umlauts gains the second spelling, decomposed ones too, and only of its
    // words with umlauts (a long note with one is not kept twice).
    expect(searchableText('Queue Labs')).toBe('queue labs');
    expect(searchableText('Müller Straße')).toBe('muller strasse\nmueller');
    expect(searchableText('Mu\u0308ller')).toBe('muller\nmueller');
    expect(searchableText('Büro in Nürnberg, near the station')).toBe(
      'buro in nurnberg, near the station\nbuero nuernberg,',
    );
    expect(find('Buero Nuernberg')).toEqual(['mueller']);
  });

  it('works the search text out in idle moments, a row at least each time, so the first search finds it', () => {
    const fresh = rowsOf(...rows.map((row) => row.app));
    expect(fresh.map((row) => [row.haystack, row.shown])).toEqual([
      [undefined, undefined],
      [undefined, undefined],
      [undefined, undefined],
    ]);
    const idle: IdleRequestCallback[] = [];
    vi.stubGlobal('requestIdleCallback', (callback: IdleRequestCallback) => idle.push(callback));
    try {
      prepareSearchWhenIdle(fresh);
      // Moments with no time left still move on.
      for (let turns = 0; idle.length > 0; turns++) {
        expect(turns).toBeLessThan(fresh.length);
        idle.shift()!({ didTimeout: true, timeRemaining: () => 0 });
      }
    } finally {
      vi.unstubAllGlobals();
    }
    expect(fresh.map((row) => [row.haystack, row.shown])).toEqual([
      [
        'pinterest\n',
        "master's machine learning internship\nwishlist\nsummer 2026\nsan francisco, ca\nseattle, wa\n\nml",
      ],
      ['nestle\nmet the recruiter at the career fair', 'data science intern\nwishlist\n\nvevey\nremote'],
      ['itau unibanco\n', 'software intern\ntechnical interview\n\nsao paulo\n\nfintech'],
    ]);
    expect(ids(filterRows(fresh, NO_FILTERS, 'vevey'))).toEqual(['nestle']);
  });

  it('needs every term to match, in any field and any order', () => {
    expect(search('seattle machine')).toEqual(['pinterest']);
    expect(search('  intern   vevey ')).toEqual(['nestle']);
    expect(search('seattle vevey')).toEqual([]);
  });

  it('shows everything for an empty or blank query', () => {
    expect(search('')).toEqual(['pinterest', 'nestle', 'itau']);
    expect(search('   ')).toEqual(['pinterest', 'nestle', 'itau']);
  });

  it('searchKey lowers case and strips accents', () => {
    expect(searchKey('Crème Brûlée São')).toBe('creme brulee sao');
    // Letters that are no base letter with an accent, as typed without one.
    expect(searchKey('Ørsted Łódź Straße Æther')).toBe('orsted lodz strasse aether');
  });
});

describe('toTableRows', () => {
  it('computes the next date and the pay per month for each row', () => {
    const [row] = rowsOf(anApplication('a', { deadlines: due('2026-03-10'), pay: monthly(45, 'hour') }));
    expect(row?.next).toMatchObject({ type: 'deadline', at: '2026-03-10' });
    expect(Math.round(row!.pay!.monthly.min * 100) / 100).toBe(7800);
  });
});
