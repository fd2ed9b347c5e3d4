// Where focus goes when what held it changes, so it never falls to the start of the page. In
// lists of rows with an "Add" button after them (cohorts, deadlines, contacts, events): when a row
// is removed, focusNeighbour (called just before) moves focus to where a keyboard user goes on, and
// a row added takes focus, so it is filled in without looking for it. After a dialog or a message,
// focusAgain puts focus back where it was.
import { flushSync } from 'react-dom';

const FOCUSABLE =
  'button:not(:disabled), input:not(:disabled), select:not(:disabled), textarea:not(:disabled), a[href], [tabindex]:not([tabindex="-1"])';

function focusableIn(element: Element): HTMLElement | null {
  return element.matches(FOCUSABLE) ? (element as HTMLElement) : element.querySelector<HTMLElement>(FOCUSABLE);
}

/**
 * Focuses the nearest control among the siblings of `row` (the element about to go), else
 * `fallback`; says whether a sibling took focus.
 */
export function focusNeighbour(row: Element | null, fallback?: HTMLElement | null): boolean {
  for (const step of ['nextElementSibling', 'previousElementSibling'] as const) {
    for (let sibling = row?.[step] ?? null; sibling !== null; sibling = sibling[step]) {
      const target = focusableIn(sibling);
      if (target === null) continue;
      target.focus();
      return true;
    }
  }
  fallback?.focus();
  return false;
}

/**
 * Focuses `element` again where it still is in the page and is not the page itself (where focus
 * was when a shortcut opened something); says whether it did, so the caller can go elsewhere.
 */
export function focusAgain(element: Element | null): boolean {
  if (!(element instanceof HTMLElement) || element === document.body || !element.isConnected) return false;
  element.focus();
  // A control disabled or hidden since does not take it.
  return document.activeElement === element;
}

/**
 * Adds a row with `add` (a state update), rendered at once, and focuses its first control: the
 * row just before `addButton`, where every list puts the row it adds, or the one `newRow` finds
 * where something else (a list's message) comes between.
 */
export function addRowAndFocus(
  addButton: HTMLElement,
  add: () => void,
  newRow: (addButton: HTMLElement) => Element | null = (button) => button.previousElementSibling,
): void {
  flushSync(add);
  const row = newRow(addButton);
  if (row) focusableIn(row)?.focus();
}
