import type { Locator } from '@playwright/test';

/**
 * Whether the whole of `locator` is on screen: inside the window and every box that clips it, and
 * not under anything else (a column header, the top bar, a message), at its corners.
 */
export function wholeOnScreen(locator: Locator): Promise<boolean> {
  return locator.evaluate((element) => {
    const box = element.getBoundingClientRect();
    // Inside rounded corners.
    const inset = 6;
    const corners = [
      [box.left + inset, box.top + inset],
      [box.right - inset, box.top + inset],
      [box.left + inset, box.bottom - inset],
      [box.right - inset, box.bottom - inset],
    ] as const;
    return corners.every(([x, y]) => {
      if (x < 0 || y < 0 || x > window.innerWidth || y > window.innerHeight) return false;
      const found = document.elementFromPoint(x, y);
      return found !== null && element.contains(found);
    });
  });
}
