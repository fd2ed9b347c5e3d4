// Focus in lists of rows with an "Add" button after them (cohorts, deadlines, contacts, events).
// When a row is removed, the focused control goes with it and focus falls to the start of the
// page: called just before the removal, focusNeighbour moves focus to where a keyboard user goes
// on. A row added takes focus, so it is filled in without looking for it.
import { flushSync } from 'react-dom';

const FOCUSABLE =
  'button:not(:disabled), input:not(:disabled), select:not(:disabled), textarea:not(:disabled), a[href], [tabindex]:not([tabindex="-1"])';

function focusableIn(element: Element): HTMLElement | null {
  return element.matches(FOCUSABLE) ? (element as HTMLElement) : element.querySelector<HTMLElement>(FOCUSABLE);
}

/** Focuses the nearest control among the siblings of `row` (the element about to go). */
export function focusNeighbour(row: Element | null, fallback?: HTMLElement | null): void {
  for (const step of ['nextElementSibling', 'previousElementSibling'] as const) {
    for (let sibling = row?.[step] ?? null; sibling !== null; sibling = sibling[step]) {
      const target = focusableIn(sibling);
      if (target !== null) return target.focus();
    }
  }
  fallback?.focus();
}

/**
 * Adds a row with `add` (a state update), rendered at once, and focuses its first control: the
 * row just before `addButton`, where every list puts the row it adds.
 */
export function addRowAndFocus(addButton: HTMLElement, add: () => void): void {
  flushSync(add);
  const row = addButton.previousElementSibling;
  if (row) focusableIn(row)?.focus();
}
