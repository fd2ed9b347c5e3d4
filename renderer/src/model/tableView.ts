// The table's rows for one sort, filter and search, kept up to date as rows change: a changed
// row is taken out of its place and put into its new one, never the whole list sorted again.
// A new sort sorts once; new filters filter once; a search filters the results of the broadest
// recent search it narrows, so typing on, deleting and editing inside a word do not read every row.
import { NO_FILTERS, type Filters, type SortDirection, type SortKey } from '../state/uiStore';
import type { RowChange, RowIndex } from './applicationsModel';
import { withoutSorted, withSorted } from './sortedList';
import { rowMatcher, rowOrder, searchKey, type RowOrder, type TableRow } from './tableRows';

export interface TableQuery {
  sort: { key: SortKey; direction: SortDirection };
  filters: Filters;
  search: string;
}

export interface TableView extends RowIndex {
  /** The rows to show, in order; the same array until something in it changes. */
  rows(query: TableQuery): readonly TableRow[];
  /** Every row, in the order of the last query (what an export of "the whole table" writes). */
  allRows(): readonly TableRow[];
}

/** Beyond this many changed rows at once (an import), sorting anew is cheaper than placing each. */
const PLACE_ONE_BY_ONE = 200;

/** Searches remembered, with their rows, while the rows, sort and filters stay the same. */
const RECENT_SEARCHES = 16;

const termsOf = (key: string) => key.split(/\s+/).filter(Boolean);

/**
 * Every row matching `narrower` matches `broader` when each of broader's words is inside one of
 * narrower's: "strpe" narrows "str", "stripe" narrows "strip" and "stri pe".
 */
function narrows(narrower: string[], broader: string[]): boolean {
  return broader.every((b) => narrower.some((n) => n.includes(b)));
}

export function createTableView(): TableView {
  let sort: TableQuery['sort'] = { key: 'nextDate', direction: 'asc' };
  let filters: Filters = NO_FILTERS;
  let search = '';
  let order: RowOrder = rowOrder(sort.key, sort.direction);
  let matches = rowMatcher(filters, search);
  let sorted: readonly TableRow[] = [];
  let shown: readonly TableRow[] = [];
  /** Search key -> its rows, least recent first; always holds the current search and `shown`. */
  let recent = new Map<string, readonly TableRow[]>([['', shown]]);

  /** The fewest rows a search for `key` can be filtered from. */
  function candidates(key: string): readonly TableRow[] {
    const terms = termsOf(key);
    let fewest = sorted;
    for (const [known, rows] of recent) {
      if (rows.length < fewest.length && narrows(terms, termsOf(known))) fewest = rows;
    }
    return fewest;
  }

  function remember(key: string, rows: readonly TableRow[]) {
    recent.delete(key);
    recent.set(key, rows);
    if (recent.size > RECENT_SEARCHES) recent.delete(recent.keys().next().value!);
  }

  /** After the rows changed: only the current search's rows were kept up to date. */
  function forgetOthers() {
    recent = new Map([[searchKey(search), shown]]);
  }

  return {
    rows(query) {
      const sortChanged = query.sort.key !== sort.key || query.sort.direction !== sort.direction;
      const filtersChanged = query.filters !== filters;
      const searchChanged = searchKey(query.search) !== searchKey(search);
      if (!sortChanged && !filtersChanged && !searchChanged) return shown;
      ({ sort, filters, search } = query);
      matches = rowMatcher(filters, search);
      if (sortChanged) {
        order = rowOrder(sort.key, sort.direction);
        sorted = [...sorted].sort(order);
      }
      if (sortChanged || filtersChanged) recent.clear();
      const key = searchKey(search);
      shown = recent.get(key) ?? candidates(key).filter(matches);
      remember(key, shown);
      return shown;
    },

    allRows: () => sorted,

    reset(rows) {
      sorted = [...rows].sort(order);
      shown = sorted.filter(matches);
      forgetOthers();
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
      forgetOthers();
    },
  };
}
