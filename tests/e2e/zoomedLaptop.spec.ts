// A low-vision user's laptop: 1280×720 zoomed to 200% (640×360 CSS px at two screen pixels each),
// Windows high contrast (forced colours), reduced motion, by keyboard. A card's "Move to…" menu
// fits the window with its focused item in sight, wherever the card is; a message has a border
// in forced colours and sits under the view, not over it; every view in the side bar is in
// sight, and Tab goes through the top bar in the order it reads.
import type { Locator, Page } from '@playwright/test';
import { axeViolations } from '../support/axe';
import { expect, test } from '../support/browserFixtures';
import { wholeOnScreen } from '../support/onScreen';
import { seedApplications } from '../support/seedDatabase';
import { applicationsTable, searchBox } from '../support/userActions';
import { boardSeason, SEASON_NOW } from '../support/viewData';

test.use({ viewport: { width: 640, height: 360 }, deviceScaleFactor: 2 });

const COLOR_SCHEMES = ['light', 'dark'] as const;

async function openLaptop(page: Page, colorScheme: 'light' | 'dark', forcedColors: 'active' | 'none' = 'active') {
  await page.setViewportSize({ width: 640, height: 360 });
  await page.emulateMedia({ colorScheme, forcedColors, reducedMotion: 'reduce' });
  await page.clock.install({ time: SEASON_NOW });
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'No applications yet' })).toBeVisible();
  await seedApplications(page, boardSeason());
  await page.reload();
  await expect(applicationsTable(page)).toBeVisible();
}

/**
 * Axe's violations in the light or dark colours: in forced colours it reads some text's own
 * colour instead of the one forced on it (white on black seen as near-white on black).
 */
async function axeUnforced(page: Page): Promise<string[]> {
  await page.emulateMedia({ forcedColors: 'none' });
  const violations = await axeViolations(page);
  await page.emulateMedia({ forcedColors: 'active' });
  return violations;
}

/** Whether `locator`'s box lies inside the window, top to bottom. */
function insideTheWindow(locator: Locator): Promise<boolean> {
  return locator.evaluate((element) => {
    const box = element.getBoundingClientRect();
    return box.top >= 0 && box.bottom <= window.innerHeight && box.left >= 0 && box.right <= window.innerWidth;
  });
}

for (const colorScheme of COLOR_SCHEMES) {
  test(`"Move to…" on the board's first card opens inside the window, every item in sight when focused (${colorScheme})`, async ({
    page,
  }, testInfo) => {
    await openLaptop(page, colorScheme);
    await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Board', exact: true }).click();
    const wishlist = page.getByRole('region', { name: 'Wishlist', exact: true });
    const cards = wishlist.getByRole('button', { name: /^Move .* to…$/ });
    for (const [which, card] of [cards.first(), cards.nth(1)].entries()) {
      await card.focus();
      await page.keyboard.press('Enter');
      const menu = page.getByRole('menu', { name: /^Move / });
      const items = menu.getByRole('menuitem');
      await expect(items.first()).toBeFocused();
      await page.screenshot({ path: testInfo.outputPath(`move-menu-${which + 1}-${colorScheme}.png`) });
      expect(await insideTheWindow(menu), 'the menu is inside the window').toBe(true);
      expect(await wholeOnScreen(items.first()), 'the focused first item is in sight').toBe(true);
      // Down every item: each is in sight as it is focused (the menu scrolls within itself).
      const count = await items.count();
      for (let i = 1; i < count; i++) {
        await page.keyboard.press('ArrowDown');
        await expect(items.nth(i)).toBeFocused();
        expect(await wholeOnScreen(items.nth(i)), `item ${i} is in sight`).toBe(true);
      }
      await expect(items.last()).toHaveText('Archive');
      expect(await axeUnforced(page)).toEqual([]);
      await page.keyboard.press('Escape');
      await expect(menu).toBeHidden();
      await expect(card).toBeFocused();
    }
  });

  test(`a message has a border in forced colours and sits under the view, not over it (${colorScheme})`, async ({
    page,
  }, testInfo) => {
    await openLaptop(page, colorScheme);
    await page.keyboard.press('Control+n');
    const editor = page.getByRole('dialog', { name: 'New application' });
    await editor.getByLabel('Company').fill('BMW Group');
    await editor.getByLabel('Role').fill('Werkstudent Data Engineering');
    await editor.getByRole('button', { name: 'Add application' }).click();
    const message = page.getByRole('status').filter({ hasText: 'Added BMW Group.' });
    await expect(message).toBeVisible();
    const details = page.getByRole('complementary', { name: 'BMW Group' });
    await expect(details).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath(`message-${colorScheme}.png`) });

    const border = await message.evaluate((element) => {
      const style = getComputedStyle(element);
      return { width: style.borderTopWidth, color: style.borderTopColor, background: style.backgroundColor };
    });
    expect(border.width).not.toBe('0px');
    expect(border.color, 'the border stands out from the message').not.toBe(border.background);

    const messageBox = (await message.boundingBox())!;
    const viewBox = (await page.getByRole('main').boundingBox())!;
    expect(messageBox.y, 'the message is below the view').toBeGreaterThanOrEqual(viewBox.y + viewBox.height);
    expect(await wholeOnScreen(message), 'the message is in sight').toBe(true);
    expect(await axeUnforced(page)).toEqual([]);
  });

  test(`every view in the side bar is in sight, and Tab goes through the top bar as it reads (${colorScheme})`, async ({
    page,
  }, testInfo) => {
    await openLaptop(page, colorScheme);
    await page.screenshot({ path: testInfo.outputPath(`side-bar-${colorScheme}.png`) });
    const nav = page.getByRole('navigation', { name: 'Views' });
    expect(
      await nav.evaluate((element) => element.scrollHeight - element.clientHeight),
      'the side bar needs no scrolling',
    ).toBeLessThanOrEqual(0);
    for (const view of await nav.getByRole('button').all())
      expect(await wholeOnScreen(view), (await view.textContent()) ?? undefined).toBe(true);

    // From the page's start, each stop is right of the one before on its line, or on a line below.
    await page.reload();
    await expect(applicationsTable(page)).toBeVisible();
    const banner = page.getByRole('banner');
    const stops = [
      searchBox(page),
      ...['Import CSV…', 'Export', 'Paste posting', 'Add application'].map((name) =>
        banner.getByRole('button', { name }),
      ),
    ];
    let before: { x: number; y: number; height: number } | null = null;
    for (const [i, stop] of stops.entries()) {
      await page.keyboard.press('Tab');
      await expect(stop).toBeFocused();
      const box = (await stop.boundingBox())!;
      if (before) {
        const sameLine = Math.abs(box.y - before.y) < before.height / 2;
        expect(
          sameLine ? box.x > before.x : box.y >= before.y + before.height,
          `stop ${i} reads after the one before`,
        ).toBe(true);
      }
      before = box;
    }
    expect(await axeUnforced(page)).toEqual([]);
  });
}
