import { expect, test } from '../support/browserFixtures';
import { generateApplications } from '../support/generateApplications';
import { seedApplications } from '../support/seedDatabase';

for (const scheme of ['light', 'dark'] as const) {
  test(`details ${scheme}`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.emulateMedia({ colorScheme: scheme });
    await expect(page.getByRole('heading', { name: 'No applications yet' })).toBeVisible();
    await seedApplications(page, generateApplications(40, new Date()));
    await page.reload();
    const grid = page.getByRole('grid', { name: 'Applications' });
    await expect(grid).toBeVisible();
    await grid.getByRole('row').nth(3).click();
    await page.waitForTimeout(500);
    await page.screenshot({ path: `/work/scratch/s29/details-${scheme}.png` });
    await page.keyboard.press('Control+2');
    await page.waitForTimeout(800);
    await page.screenshot({ path: `/work/scratch/s29/board-${scheme}.png` });
  });
}
