// Keeping a list in order as items come and go, without sorting it again: a binary search finds
// the place, and a copy with the item spliced in or out becomes the new list (lists handed to
// React are never changed in place).

/**
 * Beyond this many changed items at once (an import), ordering everything anew is cheaper than
 * placing each: every placement copies the list.
 */
export const PLACE_ONE_BY_ONE = 200;

/** The first index whose item is not before `item` in `order`. */
export function lowerBound<T>(list: readonly T[], item: T, order: (a: T, b: T) => number): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (order(list[middle]!, item) < 0) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** A copy of `list` with `item` removed, found by its place in `order`; the list itself when absent. */
export function withoutSorted<T>(list: readonly T[], item: T, order: (a: T, b: T) => number): readonly T[] {
  const index = lowerBound(list, item, order);
  if (list[index] !== item) return list;
  return list.toSpliced(index, 1);
}

/** A copy of `list` with `item` at its place in `order`. */
export function withSorted<T>(list: readonly T[], item: T, order: (a: T, b: T) => number): readonly T[] {
  const index = lowerBound(list, item, order);
  return list.toSpliced(index, 0, item);
}
