// The offer comparison in Chromium: three offers paid by the hour, by the month and in total,
// ticked in the table by keyboard alone and compared side by side; the best of each row marked
// where the hand-worked figures say (tests/support/threeOffers.ts); the CSV export; axe in light
// and dark, and screenshots into test-results/ (the README's is `npm run screenshots`).
import { readFile } from 'node:fs/promises';
import type { Download, Page } from '@playwright/test';
import { axeViolations } from '../support/axe';
import { expect, test } from '../support/browserFixtures';
import { seedApplications } from '../support/seedDatabase';
import { NOW } from '../support/threeOffers';
import { offersAmongOthers } from '../support/viewData';

async function openWithOffers(page: Page) {
  await page.clock.install({ time: NOW });
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'No applications yet' })).toBeVisible();
  // Written behind the app's back, before it loads them: it reads the database once, on start.
  await seedApplications(page, offersAmongOthers());
  await page.reload();
  await expect(page.getByRole('status').filter({ hasText: '5 applications' })).toBeVisible();
}

function tableRow(page: Page, company: string) {
  return page.getByRole('grid', { name: 'Applications' }).getByRole('row').filter({ hasText: company });
}

/** Moves down the table with the arrow keys until the company's row has focus. */
async function arrowTo(page: Page, company: string) {
  const row = tableRow(page, company);
  for (let step = 0; step < 10; step += 1) {
    if (await row.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('ArrowDown');
  }
  await expect(row).toBeFocused();
}

async function tickOffersByKeyboard(page: Page) {
  // The table's one tab stop; from there on, the keyboard alone.
  await page.getByRole('grid', { name: 'Applications' }).getByRole('row').nth(1).focus();
  for (const company of ['Northwind', 'Globex', 'Initech']) {
    await page.keyboard.press('Home');
    await arrowTo(page, company);
    await page.keyboard.press('Space');
    await expect(tableRow(page, company).getByRole('checkbox')).toBeChecked();
  }
  await expect(page.getByText('3 selected for comparison', { exact: true })).toBeVisible();
}

function comparison(page: Page) {
  return page.getByRole('table', { name: 'Compare offers' });
}

/** The cells of the fact row headed `fact`. */
function factCells(page: Page, fact: string) {
  return comparison(page)
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: fact }) })
    .getByRole('cell');
}

/** Clicks what starts a download and returns the file's bytes and its suggested name. */
async function downloadOf(page: Page, start: () => Promise<void>) {
  const [download] = (await Promise.all([page.waitForEvent('download'), start()])) as [Download, void];
  return { name: download.suggestedFilename(), bytes: await readFile(await download.path()) };
}

// Which columns (Northwind, Globex, Initech) hold each row's best, worked out by hand.
const BEST: [fact: string, best: boolean[], means: string][] = [
  ['Response deadline', [false, true, false], 'most time to decide'],
  ['Hourly', [false, false, true], 'highest hourly pay'],
  ['Monthly', [false, false, true], 'highest monthly pay'],
  ['Total pay', [true, false, false], 'highest total pay'],
  ['Housing', [false, true, false], 'highest housing stipend'],
  ['Relocation', [false, false, true], 'highest relocation'],
  ['Sign-on bonus', [true, false, true], 'highest sign-on bonus'],
  ['Other parts', [false, true, false], 'most in other parts'],
  ['Total value', [true, false, false], 'highest total value'],
  ['Visa sponsorship', [true, false, false], 'offers visa sponsorship'],
  ['Excitement', [false, true, false], 'highest excitement'],
  ['Stage', [false, false, false], ''],
];

test('compares three offers ticked in the table by keyboard, marking the best of each row', async ({ page }) => {
  await openWithOffers(page);
  await tickOffersByKeyboard(page);
  await page.getByRole('button', { name: 'Compare', exact: true }).press('Enter');

  await expect(comparison(page).getByRole('columnheader')).toHaveText([
    'NorthwindBackend Intern',
    'GlobexData Science Intern',
    'InitechPlatform Intern',
  ]);
  for (const [fact, best, means] of BEST) {
    const cells = factCells(page, fact);
    await expect(cells).toHaveCount(3);
    for (const [column, marked] of best.entries()) {
      const badge = cells.nth(column).locator('.best-badge');
      if (marked) await expect(badge, `${fact}, column ${column + 1}`).toHaveText(`Best: ${means}`);
      else await expect(badge, `${fact}, column ${column + 1}`).toHaveCount(0);
    }
  }
  await expect(factCells(page, 'Hourly')).toHaveText(['$50.00', '$51.92', '$75.00Best: highest hourly pay']);
  await expect(factCells(page, 'Total value')).toHaveText([
    '$40,692.31Best: highest total valueover 16 weeks',
    '$31,523.08over 12 weeks',
    '$40,500over 10 weeks',
  ]);
  await expect(factCells(page, 'Response deadline').nth(2)).toContainText('overdue by 2 days');
  // The badge is seen: it has a colour of its own and is not hidden.
  await expect(factCells(page, 'Total value').first().locator('.best-badge')).toBeVisible();

  // The CSV of the comparison, as the spreadsheet will read it.
  const csv = await downloadOf(page, () => page.getByRole('button', { name: 'Export CSV' }).click());
  expect(csv.name).toBe('offer-comparison-2026-03-04.csv');
  expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = csv.bytes.toString('utf8').slice(1).split('\r\n');
  expect(lines[0]).toBe('Fact,Northwind — Backend Intern,Globex — Data Science Intern,Initech — Platform Intern,Best');
  expect(lines).toContain('Hourly,$50.00,$51.92,$75.00,Initech — Platform Intern (highest hourly pay)');
  expect(lines).toContain(
    'Sign-on bonus,"$5,000",None,"$5,000",Northwind — Backend Intern; Initech — Platform Intern (highest sign-on bonus)',
  );
  await expect(
    page.getByRole('status').filter({ hasText: 'Exported the comparison of 3 applications to Downloads/' }),
  ).toBeVisible();

  // Details open from a column head, in the table's view, with the keyboard on its row.
  await page.getByRole('button', { name: 'Open details of Globex — Data Science Intern' }).press('Enter');
  await expect(page.getByRole('complementary', { name: 'Globex' })).toBeVisible();
  await expect(
    page.getByRole('grid', { name: 'Applications' }).getByRole('row').filter({ hasText: 'Globex' }),
  ).toBeFocused();
});

test('the comparison has no accessibility violations, in light and dark', async ({ page }) => {
  await openWithOffers(page);
  await tickOffersByKeyboard(page);
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.mouse.move(0, 0);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `test-results/compare-picking-${colorScheme}.png` });
  }

  await page.keyboard.press('Control+5');
  await expect(comparison(page)).toBeVisible();
  // Tall enough for the whole table, as the README shows it.
  await page.setViewportSize({ width: 1360, height: 1400 });
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.mouse.move(0, 0);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `test-results/compare-${colorScheme}.png` });
  }

  // The empty view, with the list to add from.
  await page.getByRole('button', { name: 'Clear', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Nothing to compare yet' })).toBeVisible();
  await page.setViewportSize({ width: 1360, height: 860 });
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `test-results/compare-empty-${colorScheme}.png` });
  }
});
