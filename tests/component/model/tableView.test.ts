// The table view kept up to date change by change gives exactly what sorting and filtering all
// rows from scratch gives, whatever the sequence of edits, keystrokes, filters and sorts.
process.env.TZ = 'America/Los_Angeles';

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Application } from '@shared/application';
import { DEFAULT_PIPELINE } from '@shared/pipeline';
import type { RowChange } from '../../../renderer/src/model/applicationsModel';
import { filterRows, searchKey, sortRows, toTableRows, type TableRow } from '../../../renderer/src/model/tableRows';
import { createTableView, type TableQuery } from '../../../renderer/src/model/tableView';
import { NO_FILTERS, type SortKey } from '../../../renderer/src/state/uiStore';
import { generateApplications } from '../../support/generateApplications';
import { searchKeystroke, typed } from '../../support/searchKeys';

const NOW = new Date('2026-03-01T12:00:00-08:00');
const ids = (rows: readonly TableRow[]) => rows.map((r) => r.app.id);
const row = (app: Application) => toTableRows([app], DEFAULT_PIPELINE, NOW)[0]!;

const SORT_KEYS: SortKey[] = ['company', 'stage', 'nextDate', 'payPerMonth', 'updatedAt'];

type Step =
  | { type: 'key'; key: string }
  | { type: 'sort'; key: SortKey; direction: 'asc' | 'desc' }
  | { type: 'archived'; show: boolean }
  | { type: 'edit'; index: number; company: string }
  | { type: 'remove'; index: number }
  | { type: 'add'; index: number };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({
    type: fc.constant('key' as const),
    key: searchKeystroke,
  }),
  fc.record({
    type: fc.constant('sort' as const),
    key: fc.constantFrom(...SORT_KEYS),
    direction: fc.constantFrom('asc' as const, 'desc' as const),
  }),
  fc.record({ type: fc.constant('archived' as const), show: fc.boolean() }),
  fc.record({
    type: fc.constant('edit' as const),
    index: fc.nat(),
    company: fc.constantFrom('Pinterest', 'Spotify', 'Nestlé', 'Zeta', 'Aardvark'),
  }),
  fc.record({ type: fc.constant('remove' as const), index: fc.nat() }),
  fc.record({ type: fc.constant('add' as const), index: fc.nat() }),
);

describe('the table view, kept up to date change by change', () => {
  const pool = generateApplications(120, NOW);

  it('shows what a full sort and filter of every row shows, after any sequence of changes', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 30 }), (steps) => {
        const view = createTableView(null);
        const current = new Map(pool.slice(0, 60).map((app) => [app.id, row(app)]));
        let query: TableQuery = { sort: { key: 'nextDate', direction: 'asc' }, filters: NO_FILTERS, search: '' };
        view.reset([...current.values()]);
        let spare = 60;
        for (const s of steps) {
          const rows = [...current.values()];
          const change = (changes: RowChange[]) => view.apply(changes);
          if (s.type === 'key') {
            query = { ...query, search: typed(query.search, s.key) };
          } else if (s.type === 'sort') query = { ...query, sort: { key: s.key, direction: s.direction } };
          else if (s.type === 'archived') query = { ...query, filters: { ...NO_FILTERS, showArchived: s.show } };
          else if (s.type === 'edit' && rows.length > 0) {
            const before = rows[s.index % rows.length]!;
            const after = row({ ...before.app, company: s.company, updatedAt: '2026-03-01T12:00:00-08:00' });
            current.set(after.app.id, after);
            change([{ before, after }]);
          } else if (s.type === 'remove' && rows.length > 0) {
            const before = rows[s.index % rows.length]!;
            current.delete(before.app.id);
            change([{ before, after: undefined }]);
          } else if (s.type === 'add' && spare < pool.length) {
            const after = row(pool[spare]!);
            spare += 1;
            current.set(after.app.id, after);
            change([{ before: undefined, after }]);
          }
          const expected = filterRows(
            sortRows([...current.values()], query.sort.key, query.sort.direction, null),
            query.filters,
            query.search,
          );
          expect(ids(view.rows(query))).toEqual(ids(expected));
        }
      }),
      { numRuns: 150 },
    );
  });

  it('filters a new search from a recent one only where that one is broader', () => {
    const view = createTableView(null);
    const rows = toTableRows(pool, DEFAULT_PIPELINE, NOW);
    view.reset(rows);
    const query: TableQuery = { sort: { key: 'company', direction: 'asc' }, filters: NO_FILTERS, search: '' };
    const expected = (search: string) => ids(filterRows(sortRows(rows, 'company', 'asc', null), NO_FILTERS, search));
    const name = searchKey(rows[0]!.app.company);
    const start = name.slice(0, 2);
    // Each search straight after a narrower or an unrelated one, never typed letter by letter.
    for (const search of [name, start, name, name.slice(1), `${name} x`, `x ${start}`, start, name.slice(0, -1)]) {
      expect(ids(view.rows({ ...query, search })), search).toEqual(expected(search));
    }
    expect(expected(start).length).toBeGreaterThan(expected(name).length);
  });

  it('gives the same array back while nothing it shows changed', () => {
    const view = createTableView(null);
    view.reset(toTableRows(pool, DEFAULT_PIPELINE, NOW));
    const query: TableQuery = { sort: { key: 'company', direction: 'asc' }, filters: NO_FILTERS, search: 'pin' };
    expect(view.rows({ ...query })).toBe(view.rows({ ...query }));
  });

  it('places a large batch of changes (an import) by sorting once, with the same result', () => {
    const view = createTableView(null);
    const query: TableQuery = { sort: { key: 'company', direction: 'desc' }, filters: NO_FILTERS, search: '' };
    view.reset([]);
    view.rows(query);
    const rows = toTableRows(pool, DEFAULT_PIPELINE, NOW);
    view.apply(rows.map((after) => ({ before: undefined, after })));
    expect(ids(view.rows(query))).toEqual(ids(filterRows(sortRows(rows, 'company', 'desc', null), NO_FILTERS, '')));
  });
});
