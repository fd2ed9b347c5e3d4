import { readFileSync } from 'node:fs';
import { expect, test } from '../support/browserFixtures';

const page1 = `Software Engineering Intern, Summer 2027
Harbor Labs · Seattle, WA (Hybrid)
About the job
We build developer tools used by 2 million engineers across the world every single day.
The 12-week program runs June 1, 2027 – August 21, 2027.
Pay: $42 – $48 per hour
Apply by January 15, 2027.
We are unable to sponsor visas for this role.`;

for (const scheme of ['light', 'dark'] as const) {
  test(`paste review ${scheme}`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.emulateMedia({ colorScheme: scheme });
    await expect(page.getByRole('heading', { name: 'No applications yet' })).toBeVisible();
    await page.getByRole('button', { name: 'Paste posting' }).click();
    const dialog = page.getByRole('dialog', { name: 'Paste a job posting' });
    await dialog.getByLabel('Paste the whole job page here').fill(page1);
    await dialog.getByRole('button', { name: 'Review proposed fields' }).click();
    await expect(dialog.getByLabel('Company')).toBeVisible();
    await page.screenshot({ path: `/work/scratch/s29/paste-${scheme}.png` });
    await dialog.getByLabel('Visa sponsorship').scrollIntoViewIfNeeded().catch(() => {});
    await page.screenshot({ path: `/work/scratch/s29/paste2-${scheme}.png` });
  });
}
