// The table's rows for one sort, filter and search, kept up to date as rows change: a changed
// row is taken out of its place and put into its new one, never the whole list sorted again.
// A new sort sorts once; new filters filter once; a search is filtered from a recent one it narrows.
import { NO_FILTERS, type Filters, type SortDirection, type SortKey } from '../state/uiStore';
import type { RowChange, RowIndex } from './applicationsModel';
import { createSearchMemory } from './searchMemory';
import { PLACE_ONE_BY_ONE, withoutSorted, withSorted } from './sortedList';
import { rowMatcher, rowOrder, searchKey, sortRows, type RowOrder, type TableRow } from './tableRows';

export interface TableQuery {
  sort: { key: SortKey; direction: SortDirection };
  filters: Filters;
  search: string;
}

export interface TableView extends RowIndex {
  /** The currency whose pay the sort by pay puts first (rowOrder): the student's region's, if known. */
  readonly firstCurrency: string | null;
  /** The rows to show, in order; the same array until something in it changes. */
  rows(query: TableQuery): readonly TableRow[];
}

export function createTableView(firstCurrency: string | null): TableView {
  let sort: TableQuery['sort'] = { key: 'nextDate', direction: 'asc' };
  let filters: Filters = NO_FILTERS;
  let search = '';
  let order: RowOrder = rowOrder(sort.key, sort.direction, firstCurrency);
  let matches = rowMatcher(filters, search);
  let sorted: readonly TableRow[] = [];
  let shown: readonly TableRow[] = [];
  /** Recent searches and their rows; the current one's are `shown`. */
  const searches = createSearchMemory<readonly TableRow[]>((rows) => rows.length);

  return {
    firstCurrency,

    rows(query) {
      const sortChanged = query.sort.key !== sort.key || query.sort.direction !== sort.direction;
      const filtersChanged = query.filters !== filters;
      const searchChanged = searchKey(query.search) !== searchKey(search);
      if (!sortChanged && !filtersChanged && !searchChanged) return shown;
      ({ sort, filters, search } = query);
      matches = rowMatcher(filters, search);
      if (sortChanged) {
        order = rowOrder(sort.key, sort.direction, firstCurrency);
        sorted = sortRows(sorted, sort.key, sort.direction, firstCurrency);
      }
      if (sortChanged || filtersChanged) searches.clear();
      shown = searches.recall(searchKey(search), sorted, (rows) => rows.filter(matches));
      return shown;
    },

    reset(rows) {
      sorted = sortRows(rows, sort.key, sort.direction, firstCurrency);
      shown = sorted.filter(matches);
      searches.keepOnly(searchKey(search), shown);
    },

    apply(changes: readonly RowChange[]) {
      if (changes.length > PLACE_ONE_BY_ONE) {
        const byId = new Map(sorted.map((row) => [row.app.id, row]));
        for (const { before, after } of changes) {
          if (before) byId.delete(before.app.id);
          if (after) byId.set(after.app.id, after);
        }
        this.reset([...byId.values()]);
        return;
      }
      for (const { before, after } of changes) {
        if (before) {
          sorted = withoutSorted(sorted, before, order);
          if (matches(before)) shown = withoutSorted(shown, before, order);
        }
        if (after) {
          sorted = withSorted(sorted, after, order);
          if (matches(after)) shown = withSorted(shown, after, order);
        }
      }
      // Only the current search's rows were kept up to date.
      searches.keepOnly(searchKey(search), shown);
    },
  };
}
