// A student whose computer is set to the UK reads dates as the UK writes them: day first, in
// English, with the 24-hour clock, in the table and in the details alike.
import type { Page } from '@playwright/test';
import { expect, test } from '../support/browserFixtures';
import { seedApplications } from '../support/seedDatabase';
import { newApplication } from '../../shared/newApplication';
import { DEFAULT_PIPELINE, stageById } from '../../shared/pipeline';

test.use({ locale: 'en-GB', timezoneId: 'Europe/London' });

// Monday 2 March 2026, 10:00 in London.
const NOW = new Date('2026-03-02T10:00:00Z');

const MONZO = newApplication(
  {
    company: 'Monzo',
    role: 'Backend Engineering Intern',
    deadlines: [{ id: 'apply', kind: 'application', at: '2026-03-06T17:00:00Z', label: '', done: false }],
    cohorts: [{ id: 'summer', start: '2026-06-15', end: '2026-09-04', label: '' }],
  },
  { id: 'monzo', now: '2026-02-10T09:00:00Z', stage: stageById(DEFAULT_PIPELINE, 'wishlist')! },
);

async function openWithMonzo(page: Page) {
  await page.clock.install({ time: NOW });
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'No applications yet' })).toBeVisible();
  await seedApplications(page, [MONZO]);
  await page.reload();
}

test('shows a deadline day first in the table and the details', async ({ page }) => {
  await openWithMonzo(page);
  const row = page.getByRole('grid', { name: 'Applications' }).getByRole('row').filter({ hasText: 'Monzo' });
  await expect(row).toContainText('6 Mar · in 4 days');
  await expect(row).not.toContainText('Mar 6');

  await row.click();
  const detail = page.getByRole('complementary', { name: 'Monzo' });
  await expect(detail).toContainText('Application deadline: Fri, 6 Mar 2026, 17:00 GMT');
  // CLDR's British English shortens September to "Sept".
  await expect(detail).toContainText('Mon, 15 Jun 2026 – Fri, 4 Sept 2026 (12 weeks)');
});

test("proposes the region's currency, pounds, for a pay not written yet where no application has one", async ({
  page,
}) => {
  // tester26: Currency said USD for a UK student, and "2000" a month was saved as $2,000.
  await openWithMonzo(page);
  await page.getByRole('grid', { name: 'Applications' }).getByRole('row').filter({ hasText: 'Monzo' }).click();
  await page.getByRole('complementary', { name: 'Monzo' }).getByRole('button', { name: 'Edit' }).click();
  const editor = page.getByRole('dialog', { name: 'Edit Monzo' });
  await expect(editor.getByLabel('Currency', { exact: true })).toHaveValue('GBP');
  await editor.getByLabel('Pay from').fill('2000');
  await editor.getByLabel('Paid', { exact: true }).selectOption('month');
  await editor.getByRole('button', { name: 'Save changes' }).click();
  await expect(editor).toBeHidden();
  await expect(page.getByRole('complementary', { name: 'Monzo' })).toContainText('£2,000');
});

test("imports a CSV amount that writes no currency in the region's currency, pounds, and says so", async ({ page }) => {
  // tester27: a bare "2.500" was read as USD for a student in Germany; the region is the page's,
  // passed to the worker that checks the rows.
  await page.clock.install({ time: NOW });
  await page.goto('/');
  await page.getByRole('button', { name: 'Import CSV…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import from CSV' });
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    dialog.getByRole('button', { name: 'Choose a CSV file…' }).click(),
  ]);
  await chooser.setFiles({
    name: 'tracker.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('Company,Role,Stage,Pay\nMonzo,Backend Intern,Applied,2000/month\n'),
  });
  await expect(dialog).toContainText("'Pay': no currency written; read as GBP, your region's currency (1 row).");
  await dialog.getByRole('button', { name: 'Import 1 application' }).click();
  await expect(dialog).toBeHidden();
  await expect(
    page.getByRole('grid', { name: 'Applications' }).getByRole('row').filter({ hasText: 'Monzo' }),
  ).toContainText('£2,000');
});
