// A small window zoomed to 200% (1024×700 is 512×350 CSS px): the top bar leaves the views most
// of the height, the table shows four rows whole (the view scrolling to them) and a row focused
// by keyboard lies whole on screen, the board shows a whole card, and axe finds nothing on any
// view or the details, in light and dark. At 400% (1280×1024 is 320×256) every view and dialog
// fits the width without scrolling sideways.
import type { Locator, Page } from '@playwright/test';
import { wholeOnScreen } from '../support/onScreen';
import { axeViolations } from '../support/axe';
import { expect, test } from '../support/browserFixtures';
import { generateApplications } from '../support/generateApplications';
import { seedApplications } from '../support/seedDatabase';
import { applicationsTable } from '../support/userActions';
import { calendarSeason, SEASON_NOW } from '../support/viewData';

const ZOOMED = { width: 512, height: 350 };
/** 400% of 1280×1024: the width of a phone, where content must reflow (WCAG 1.4.10). */
const PHONE_WIDE = { width: 320, height: 256 };

/** A season of interviews and deadlines (the calendar's), among thirty more applications. */
async function openZoomed(page: Page, size = ZOOMED) {
  await page.setViewportSize(size);
  await page.clock.install({ time: SEASON_NOW });
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'No applications yet' })).toBeVisible();
  const season = calendarSeason();
  const taken = new Set(season.map((app) => app.company));
  const apps = [...season, ...generateApplications(40, SEASON_NOW, 7).filter((app) => !taken.has(app.company))];
  await seedApplications(page, apps);
  await page.reload();
  await expect(applicationsTable(page)).toBeVisible();
  // Two picked for comparison: the bar that says so takes room above the table too.
  const boxes = applicationsTable(page).getByRole('checkbox', { name: /^Compare / });
  await boxes.nth(0).check();
  await boxes.nth(1).check();
}

/** How many of the table's rows are whole on screen. */
async function rowsWholeOnScreen(page: Page): Promise<number> {
  const rows = await applicationsTable(page).getByRole('rowgroup').nth(1).getByRole('row').all();
  let whole = 0;
  for (const row of rows) if (await wholeOnScreen(row)) whole++;
  return whole;
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`at 200% of a 1024×700 window the table shows four rows, and a row reached by ↓ is whole (${colorScheme})`, async ({
    page,
  }, testInfo) => {
    await page.emulateMedia({ colorScheme });
    await openZoomed(page);
    await page.screenshot({ path: testInfo.outputPath(`zoomed-applications-${colorScheme}.png`) });
    // Down the table by keyboard: every row focused is whole, below the column headers.
    const rows = applicationsTable(page).getByRole('rowgroup').nth(1).getByRole('row');
    await rows.first().focus();
    for (let i = 1; i <= 6; i++) {
      await page.keyboard.press('ArrowDown');
      const focused = rows.and(page.locator(':focus'));
      await expect(focused).toHaveAttribute('data-index', String(i));
      expect(await wholeOnScreen(focused), `row ${i} is whole on screen`).toBe(true);
      expect(await wholeOnScreen(applicationsTable(page).getByRole('row').first()), 'the headers are whole').toBe(true);
    }
    await page.screenshot({ path: testInfo.outputPath(`zoomed-applications-down-${colorScheme}.png`) });
    expect(await rowsWholeOnScreen(page)).toBeGreaterThanOrEqual(4);
    expect(await axeViolations(page)).toEqual([]);

    // The top bar takes at most a quarter of the height; its heading is still the page's.
    const topBar = (await page.getByRole('banner').boundingBox())!;
    expect(topBar.height).toBeLessThanOrEqual(ZOOMED.height / 4);
    await expect(page.getByRole('heading', { level: 1, name: 'Internship Tracker' })).toHaveCount(1);
    for (const name of ['Import CSV…', 'Export', 'Paste posting', 'Add application'])
      expect(await wholeOnScreen(page.getByRole('banner').getByRole('button', { name })), name).toBe(true);
  });

  test(`at 200% of a 1024×700 window the board shows a whole card, and axe finds nothing on any view (${colorScheme})`, async ({
    page,
  }, testInfo) => {
    await page.emulateMedia({ colorScheme });
    await openZoomed(page);
    const views = page.getByRole('navigation', { name: 'Views' });

    await views.getByRole('button', { name: 'Board', exact: true }).click();
    const wishlist = page.getByRole('region', { name: 'Wishlist', exact: true });
    const card = wishlist.getByRole('listitem').first();
    await card.locator('[aria-roledescription="card"]').focus();
    await page.screenshot({ path: testInfo.outputPath(`zoomed-board-${colorScheme}.png`) });
    expect(await wholeOnScreen(card), 'the first card is whole on screen').toBe(true);
    expect(await axeViolations(page)).toEqual([]);

    await views.getByRole('button', { name: 'Calendar', exact: true }).click();
    await expect(page.getByRole('grid', { name: 'March 2026' })).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath(`zoomed-calendar-${colorScheme}.png`) });
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Agenda' }).click();
    await expect(page.getByRole('button', { name: 'Month' })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);

    for (const view of ['Dashboard', 'Settings']) {
      await views.getByRole('button', { name: view, exact: true }).click();
      await expect(page.getByRole('heading', { name: view, exact: true })).toBeVisible();
      await page.screenshot({ path: testInfo.outputPath(`zoomed-${view.toLowerCase()}-${colorScheme}.png`) });
      expect(await axeViolations(page), view).toEqual([]);
    }

    await views.getByRole('button', { name: 'Applications', exact: true }).click();
    const row = applicationsTable(page).getByRole('rowgroup').nth(1).getByRole('row').first();
    const company = await row.locator('.company').textContent();
    await row.click();
    const details = page.getByRole('complementary', { name: company! });
    await expect(details).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath(`zoomed-details-${colorScheme}.png`) });
    expect(await axeViolations(page)).toEqual([]);
  });
}

/** Whether the page, the view or an open dialog can be scrolled sideways (a table's or the board's own scroller may). */
function scrollsSideways(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [document.documentElement, document.querySelector('main'), document.querySelector('dialog[open]')]
      .filter((element) => element !== null && element.scrollWidth > element.clientWidth)
      .map((element) => element!.tagName.toLowerCase()),
  );
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`at 400% of a 1280×1024 window every view and the editor fit the width, and a row reached by ↓ is whole (${colorScheme})`, async ({
    page,
  }, testInfo) => {
    await page.emulateMedia({ colorScheme });
    await openZoomed(page, PHONE_WIDE);
    const views = page.getByRole('navigation', { name: 'Views' });
    const shown: [string, Locator][] = [
      ['Board', page.getByRole('region', { name: 'Wishlist', exact: true })],
      ['Calendar', page.getByRole('grid', { name: 'March 2026' })],
      ['Dashboard', page.getByRole('heading', { name: 'Dashboard', exact: true })],
      ['Compare offers', page.getByRole('heading', { name: 'Compare offers', exact: true })],
      ['Reminders', page.getByRole('heading', { name: 'Reminders', exact: true })],
      ['Settings', page.getByRole('heading', { name: 'Settings', exact: true })],
      ['Applications', applicationsTable(page)],
    ];
    for (const [view, content] of shown) {
      await views.getByRole('button', { name: view, exact: true }).click();
      await expect(content).toBeVisible();
      await content.scrollIntoViewIfNeeded();
      await page.screenshot({ path: testInfo.outputPath(`phone-wide-${view.toLowerCase()}-${colorScheme}.png`) });
      expect(await scrollsSideways(page), view).toEqual([]);
      expect(await axeViolations(page), view).toEqual([]);
    }

    // The company and role keep room to be read beside the stage.
    const rows = applicationsTable(page).getByRole('rowgroup').nth(1).getByRole('row');
    expect((await rows.first().locator('.company').boundingBox())!.width).toBeGreaterThanOrEqual(120);
    await rows.first().focus();
    for (let i = 1; i <= 4; i++) {
      await page.keyboard.press('ArrowDown');
      const focused = rows.and(page.locator(':focus'));
      await expect(focused).toHaveAttribute('data-index', String(i));
      expect(await wholeOnScreen(focused), `row ${i} is whole on screen`).toBe(true);
    }

    // The editor takes the window, its fields one under another, its buttons reached by Tab.
    await page.keyboard.press('Control+n');
    const editor = page.getByRole('dialog', { name: 'New application' });
    await expect(editor).toBeVisible();
    expect((await editor.getByLabel('Company').boundingBox())!.width).toBeGreaterThanOrEqual(PHONE_WIDE.width / 2);
    expect(await scrollsSideways(page)).toEqual([]);
    const add = editor.getByRole('button', { name: 'Add application' });
    await add.focus();
    await page.screenshot({ path: testInfo.outputPath(`phone-wide-editor-${colorScheme}.png`) });
    expect(await wholeOnScreen(add), 'Add application is whole on screen').toBe(true);
    expect(await axeViolations(page)).toEqual([]);
  });
}
