// The dashboard in Chromium on the hand-made search of tests/support/handMadeSearch.ts, written
// into the database before the app reads it: the funnel shows the numbers counted by hand, the
// table's filters and search change them, and it passes axe in light and dark. (The README's
// screenshot of the dashboard is `npm run screenshots`, on this search made busier.)
import type { Page } from '@playwright/test';
import { axeViolations } from '../support/axe';
import { expect, test } from '../support/browserFixtures';
import { HAND_MADE_NOW, handMadeSearch } from '../support/handMadeSearch';
import { seedApplications } from '../support/seedDatabase';

/** Opens the app on the hand-made search, with the page's clock at its moment. */
async function openWithHandMadeSearch(page: Page) {
  await page.clock.install({ time: HAND_MADE_NOW });
  await page.goto('/');
  // The app has created its database; the read model reads it once, when the app starts again.
  await expect(page.getByRole('heading', { name: 'No applications yet' })).toBeVisible();
  await seedApplications(page, handMadeSearch());
  await page.reload();
  // The shortcut works once the window is there (the database opened).
  await expect(page.getByRole('navigation', { name: 'Views' })).toBeVisible();
  await page.keyboard.press('Control+4');
  await expect(page.getByRole('heading', { name: 'Dashboard', level: 2 })).toBeVisible();
}

/** The funnel's table alternative, as screen readers get it: each phase with its count and share. */
function funnel(page: Page): Promise<string[][]> {
  return page
    .getByRole('table', { name: 'Funnel' })
    .locator('tbody tr')
    .evaluateAll((rows) => rows.map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent)));
}

/** The counts along the weekly chart's side. */
function weeklyAxis(page: Page): Promise<string[]> {
  return page.locator('.weekly-card .recharts-yAxis-tick-labels .recharts-cartesian-axis-tick-value').allTextContents();
}

test('the funnel shows the hand count, and the table’s filters and search change it', async ({ page }) => {
  await openWithHandMadeSearch(page);
  // Kelp is archived; of the other ten, Acme and Grove were only saved; Birch, Delta, Ember, Harbor,
  // Iris and Juniper got an answer past applying; Delta, Ember and Juniper an offer; Ember accepted.
  await expect
    .poll(() => funnel(page))
    .toEqual([
      ['Saved', '10', '—'],
      ['Applied', '8', '80%'],
      ['In process', '6', '75%'],
      ['Offer', '3', '50%'],
      ['Accepted', '1', '33%'],
    ]);
  await expect(page.getByText('6 of 8 answered')).toBeVisible();
  await expect.poll(() => weeklyAxis(page)).toEqual(['0', '1', '2', '3']);
  // Every other week is labelled along the bottom, counted back from this one, which always is.
  const weeks = await page.getByRole('table', { name: 'Applications per week' }).locator('tbody th').allTextContents();
  const labels = await page
    .locator('.weekly-card .recharts-xAxis-tick-labels .recharts-cartesian-axis-tick-value')
    .allTextContents();
  expect(labels).toHaveLength(Math.ceil(weeks.length / 2));
  expect(weeks.at(-1)).toContain(labels.at(-1));

  // The table's filters: remote only (Acme, Cobalt, Grove, Juniper).
  await page.keyboard.press('Control+1');
  await page.getByRole('button', { name: 'Filters' }).click();
  await page.getByRole('checkbox', { name: 'Remote' }).check();
  await page.keyboard.press('Control+4');
  await expect(page.getByText('The table’s filters and search apply: 4 of 11 applications.')).toBeVisible();
  await expect
    .poll(() => funnel(page))
    .toEqual([
      ['Saved', '4', '—'],
      ['Applied', '2', '50%'],
      ['In process', '1', '50%'],
      ['Offer', '1', '100%'],
      ['Accepted', '0', '0%'],
    ]);

  // Cleared here, then searched from the top bar without leaving the dashboard.
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect.poll(async () => (await funnel(page))[0]).toEqual(['Saved', '10', '—']);
  await page.getByRole('searchbox', { name: 'Search applications' }).fill('juniper');
  await expect
    .poll(() => funnel(page))
    .toEqual([
      ['Saved', '1', '—'],
      ['Applied', '1', '100%'],
      ['In process', '1', '100%'],
      ['Offer', '1', '100%'],
      ['Accepted', '0', '0%'],
    ]);
  // One application in its week: the weekly chart's axis counts 0 and 1, not on up to 4.
  await expect.poll(() => weeklyAxis(page)).toEqual(['0', '1']);
});

test('the dashboard has no accessibility violations, in light and dark', async ({ page }) => {
  await openWithHandMadeSearch(page);
  await expect(page.getByRole('region', { name: 'Offers' }).getByRole('listitem')).toHaveCount(3);
  // Each chart is one image named by its title: its drawing's text is not read out as well.
  for (const chart of ['Funnel', 'Applications per week']) {
    const image = page.getByRole('img', { name: chart, exact: true });
    await expect(image).toBeVisible();
    await expect(image.getByRole('img')).toHaveCount(0);
  }
  // Tall enough for the whole page: the window scrolls inside, so a full-page shot would not.
  await page.setViewportSize({ width: 1360, height: 1280 });
  await page.mouse.move(0, 0);
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `test-results/dashboard-${colorScheme}.png` });
  }
  // The custom range's date fields and a chart shown as its table.
  await page.getByRole('radio', { name: 'Custom' }).check();
  await page.getByRole('region', { name: 'Funnel' }).getByRole('button', { name: 'Show the numbers' }).click();
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    expect(await axeViolations(page)).toEqual([]);
  }
});
