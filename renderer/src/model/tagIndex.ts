// Every tag in use, for the filter menu: counted per row as rows change. Tags that differ only in
// case ("SWE" from one import, "swe" from another) are one tag, shown as most rows write it.
import type { RowChange, RowIndex } from './applicationsModel';

export interface TagIndex extends RowIndex {
  /** Tags in use, sorted; the same array until one comes or goes. */
  tags(): readonly string[];
}

/** What makes two tags the same: their letters, whatever their case. */
export const tagKey = (tag: string) => tag.toLocaleLowerCase();

export function createTagIndex(): TagIndex {
  /** By tag key: how many rows write each spelling of it. */
  const counts = new Map<string, Map<string, number>>();
  let sorted: readonly string[] | null = [];

  function count(tags: readonly string[], by: 1 | -1) {
    for (const tag of new Set(tags)) {
      const key = tagKey(tag);
      const spellings = counts.get(key) ?? new Map<string, number>();
      const left = (spellings.get(tag) ?? 0) + by;
      if (left > 0) spellings.set(tag, left);
      else spellings.delete(tag);
      if (spellings.size > 0) counts.set(key, spellings);
      else counts.delete(key);
      // A spelling came or went, or its count changed which spelling is shown.
      if (left === 0 || (by === 1 && left === 1) || spellings.size > 1) sorted = null;
    }
  }

  /** The spelling most rows use; of equals, the first in order. */
  function shown(spellings: Map<string, number>): string {
    let best = '';
    let most = 0;
    for (const [tag, n] of spellings) if (n > most || (n === most && tag < best)) [best, most] = [tag, n];
    return best;
  }

  return {
    tags() {
      sorted ??= [...counts.keys()].sort().map((key) => shown(counts.get(key)!));
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
