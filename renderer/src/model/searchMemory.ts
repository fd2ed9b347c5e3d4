// Recent searches and their results, while the rows and filters behind them stay the same: a new
// search is filtered from the smallest remembered result it narrows, not from every row, so
// typing on, deleting and editing inside a word read only the rows that can still match.

/** Searches remembered at once. */
const RECENT_SEARCHES = 16;

const termsOf = (key: string) => key.split(/\s+/).filter(Boolean);

/**
 * Every row matching `narrower` matches `broader` when each of broader's words is inside one of
 * narrower's: "strpe" narrows "str", "stripe" narrows "strip" and "stri pe".
 */
function narrows(narrower: string[], broader: string[]): boolean {
  return broader.every((b) => narrower.some((n) => n.includes(b)));
}

export interface SearchMemory<T> {
  /** The result of the search `key` (a search key: lower case, single spaces), remembered or filtered. */
  recall(key: string, everything: T, filter: (from: T) => T): T;
  /** Forgets every search but this one, whose result was kept up to date as rows changed. */
  keepOnly(key: string, result: T): void;
  /** Forgets every search (the filters changed under them). */
  clear(): void;
}

/** `size` counts the rows a result holds, to pick the smallest one to filter from. */
export function createSearchMemory<T>(size: (result: T) => number): SearchMemory<T> {
  /** Search key -> its result, least recent first. */
  let recent = new Map<string, T>();

  function narrowest(key: string, everything: T): T {
    const terms = termsOf(key);
    let fewest = everything;
    for (const [known, result] of recent) {
      if (size(result) < size(fewest) && narrows(terms, termsOf(known))) fewest = result;
    }
    return fewest;
  }

  return {
    recall(key, everything, filter) {
      const result = recent.get(key) ?? filter(narrowest(key, everything));
      recent.delete(key);
      recent.set(key, result);
      if (recent.size > RECENT_SEARCHES) recent.delete(recent.keys().next().value!);
      return result;
    },
    keepOnly(key, result) {
      recent = new Map([[key, result]]);
    },
    clear() {
      recent = new Map();
    },
  };
}
