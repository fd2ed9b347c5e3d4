// Every tag in use, for the filter menu: counted per row as rows change.
import type { RowChange, RowIndex } from './applicationsModel';

export interface TagIndex extends RowIndex {
  /** Tags in use, sorted; the same array until one comes or goes. */
  tags(): readonly string[];
}

export function createTagIndex(): TagIndex {
  const counts = new Map<string, number>();
  let sorted: readonly string[] | null = [];

  function count(tags: readonly string[], by: 1 | -1) {
    for (const tag of new Set(tags)) {
      const left = (counts.get(tag) ?? 0) + by;
      if (left > 0) counts.set(tag, left);
      else counts.delete(tag);
      if (left === 0 || (by === 1 && left === 1)) sorted = null;
    }
  }

  return {
    tags() {
      sorted ??= [...counts.keys()].sort();
      return sorted;
    },
    reset(rows) {
      counts.clear();
      for (const row of rows) count(row.app.tags, 1);
      sorted = null;
    },
    apply(changes: readonly RowChange[]) {
      for (const { before, after } of changes) {
        if (before) count(before.app.tags, -1);
        if (after) count(after.app.tags, 1);
      }
    },
  };
}
