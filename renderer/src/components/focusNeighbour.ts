// When a row of a list is removed, the focused control goes with it and focus falls to the start
// of the page. Called just before the removal, this moves focus to where a keyboard user goes on:
// the next control after the row in its list (the next row, or the "Add" button), else the one
// before it, else `fallback`.

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
