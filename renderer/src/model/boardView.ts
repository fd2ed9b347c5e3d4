// The board's columns for one filter and search: applications by stage, each column in board
// order (lowest rank first), kept up to date as rows change. A moved card leaves one column and
// joins another; every other column keeps its array, so only those two re-render. A search is
// filtered from a recent one it narrows, like the table's.
import { NO_FILTERS, type Filters } from '../state/uiStore';
import type { RowChange, RowIndex } from './applicationsModel';
import { createSearchMemory } from './searchMemory';
import { PLACE_ONE_BY_ONE, withoutSorted, withSorted } from './sortedList';
import { rowMatcher, searchKey, type TableRow } from './tableRows';

export interface BoardQuery {
  filters: Filters;
  search: string;
}

/** Cards of one stage, in board order. */
export type Columns = ReadonlyMap<string, readonly TableRow[]>;

export interface BoardView extends RowIndex {
  /** The columns to show; the same map until a card in it changes. */
  columns(query: BoardQuery): Columns;
}

/** Board order: rank, then id, so no two cards tie and a card's place can be found by binary search. */
export function boardOrder(a: TableRow, b: TableRow): number {
  return a.app.boardRank - b.app.boardRank || (a.app.id < b.app.id ? -1 : a.app.id > b.app.id ? 1 : 0);
}

export function createBoardView(): BoardView {
  let filters: Filters = NO_FILTERS;
  let search = '';
  let matches = rowMatcher(filters, search);
  /** Every row by stage (the filter applies on top). */
  let all = new Map<string, readonly TableRow[]>();
  let shown: Columns = new Map();
  /** Recent searches and their columns; the current one's are `shown`. */
  const searches = createSearchMemory<Columns>((columns) => {
    let cards = 0;
    for (const column of columns.values()) cards += column.length;
    return cards;
  });

  function group(rows: Iterable<TableRow>): Map<string, readonly TableRow[]> {
    const byStage = new Map<string, TableRow[]>();
    for (const row of rows) {
      const column = byStage.get(row.app.stageId);
      if (column) column.push(row);
      else byStage.set(row.app.stageId, [row]);
    }
    for (const column of byStage.values()) column.sort(boardOrder);
    return byStage;
  }

  /** The matching cards of every column, still in board order (no sorting again); empty columns left out. */
  function filtered(from: Columns): Map<string, readonly TableRow[]> {
    const byStage = new Map<string, readonly TableRow[]>();
    for (const [stageId, column] of from) {
      const cards = column.filter(matches);
      if (cards.length > 0) byStage.set(stageId, cards);
    }
    return byStage;
  }

  function regroup(rows: Iterable<TableRow>) {
    all = group(rows);
    shown = filtered(all);
    searches.keepOnly(searchKey(search), shown);
  }

  return {
    columns(query) {
      const filtersChanged = query.filters !== filters;
      if (!filtersChanged && searchKey(query.search) === searchKey(search)) return shown;
      ({ filters, search } = query);
      matches = rowMatcher(filters, search);
      if (filtersChanged) searches.clear();
      shown = searches.recall(searchKey(search), all, filtered);
      return shown;
    },

    reset(rows) {
      regroup(rows);
    },

    apply(changes: readonly RowChange[]) {
      if (changes.length > PLACE_ONE_BY_ONE) {
        const byId = new Map([...all.values()].flatMap((column) => column.map((row) => [row.app.id, row] as const)));
        for (const { before, after } of changes) {
          if (before) byId.delete(before.app.id);
          if (after) byId.set(after.app.id, after);
        }
        regroup(byId.values());
        return;
      }
      const nextAll = new Map(all);
      const nextShown = new Map(shown);
      const take = (columns: Map<string, readonly TableRow[]>, row: TableRow) => {
        const left = withoutSorted(columns.get(row.app.stageId) ?? [], row, boardOrder);
        if (left.length === 0) columns.delete(row.app.stageId);
        else columns.set(row.app.stageId, left);
      };
      const put = (columns: Map<string, readonly TableRow[]>, row: TableRow) =>
        columns.set(row.app.stageId, withSorted(columns.get(row.app.stageId) ?? [], row, boardOrder));
      for (const { before, after } of changes) {
        if (before) {
          take(nextAll, before);
          if (matches(before)) take(nextShown, before);
        }
        if (after) {
          put(nextAll, after);
          if (matches(after)) put(nextShown, after);
        }
      }
      all = nextAll;
      shown = nextShown;
      // Only the current search's columns were kept up to date.
      searches.keepOnly(searchKey(search), shown);
    },
  };
}
