// Sorting by pay with two currencies, in Chromium, as a student in India sees it (tester34): pay
// sorts within each currency, hers first, and a line under the count says so, in light and dark.
import type { Application } from '../../shared/application';
import { newApplication, type ApplicationFields } from '../../shared/newApplication';
import { DEFAULT_PIPELINE, stageById } from '../../shared/pipeline';
import { expect, test } from '../support/browserFixtures';
import { seedApplications } from '../support/seedDatabase';

test.use({ locale: 'en-IN', timezoneId: 'Asia/Kolkata', viewport: { width: 1366, height: 768 } });

const NOW = new Date('2026-12-07T21:00:00+05:30');

function paid(id: string, company: string, min: number, max: number, currency: string): Application {
  const fields: Partial<ApplicationFields> = {
    company,
    role: 'Software Engineering Intern',
    pay: { min, max, currency, period: 'month', raw: '' },
  };
  return newApplication(fields, {
    id,
    now: '2026-12-01T10:00:00+05:30',
    stage: stageById(DEFAULT_PIPELINE, 'applied')!,
  });
}

const APPS = [
  paid('aurora', 'Aurora', 7800, 7800, 'USD'),
  paid('pnc', 'PNC', 4853, 4853, 'USD'),
  paid('stealth', 'Startup (Stealth)', 10000, 15000, 'INR'),
  paid('flipkart', 'Flipkart', 50000, 50000, 'INR'),
  paid('atlassian', 'Atlassian', 12500, 12500, 'INR'),
  { ...paid('isro', 'ISRO', 0, 0, 'INR'), pay: { min: 0, max: 0, currency: 'INR', period: null, raw: 'Unpaid' } },
];

for (const colorScheme of ['light', 'dark'] as const) {
  test(`says pay is sorted within each currency, INR first, when sorted by pay (${colorScheme})`, async ({
    page,
  }, testInfo) => {
    await page.emulateMedia({ colorScheme });
    await page.clock.install({ time: NOW });
    await page.goto('/');
    await expect(page.getByRole('heading', { name: 'No applications yet' })).toBeVisible();
    await seedApplications(page, APPS);
    await page.reload();
    const table = page.getByRole('grid', { name: 'Applications' });
    await expect(table.getByRole('row')).toHaveCount(APPS.length + 1);
    const note = 'Pay is sorted within each currency (no exchange rates offline): INR, your region’s, first, then USD.';
    await expect(page.getByText(note)).toHaveCount(0);

    await table.getByRole('button', { name: /^Pay per month/ }).click();
    await expect(table.getByRole('columnheader', { name: /^Pay per month/ })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
    await expect(table.locator('.company')).toHaveText([
      'Flipkart',
      'Atlassian',
      'Startup (Stealth)',
      'Aurora',
      'PNC',
      'ISRO',
    ]);
    await expect(page.getByRole('status').filter({ hasText: 'Pay is sorted' })).toHaveText(note);
    await expect(page.getByRole('status').filter({ hasText: '6 applications' })).toHaveText('6 applications');
    await expect(table.getByRole('button', { name: /^Pay per month/ })).toHaveAccessibleDescription(note);
    await page.screenshot({ path: testInfo.outputPath(`pay-sorted-${colorScheme}.png`) });
  });
}
