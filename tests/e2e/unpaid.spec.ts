// An unpaid internship in Chromium: the student types "Unpaid" as its pay, and the table and the
// details say "Unpaid", not "$0" or "—"; the editor opens it again as "Unpaid".
import { expect, test } from '../support/browserFixtures';

const NOW = new Date('2026-03-02T10:00:00-08:00');

test('a pay typed as "Unpaid" is shown as unpaid in the table, the details and the editor', async ({ page }) => {
  await page.clock.install({ time: NOW });
  await page.goto('/');
  await page.getByRole('button', { name: 'Add application' }).first().click();
  const editor = page.getByRole('dialog', { name: 'New application' });
  await editor.getByLabel('Company').fill('City Museum');
  await editor.getByLabel('Role').fill('Curatorial Intern');
  await editor.getByLabel('Pay from').fill('Unpaid');
  await expect(editor).toContainText('Read as unpaid: no pay over the internship');
  await editor.getByRole('button', { name: 'Add application' }).click();
  await expect(editor).toBeHidden();

  const row = page.getByRole('grid', { name: 'Applications' }).getByRole('row').filter({ hasText: 'City Museum' });
  await expect(row.getByRole('gridcell', { name: 'Unpaid', exact: true })).toBeVisible();
  await expect(row).not.toContainText('$0');

  const detail = page.getByRole('complementary', { name: 'City Museum' });
  await expect(detail).toContainText('Unpaid · no pay over the internship');
  await expect(detail).not.toContainText('$0');

  await detail.getByRole('button', { name: 'Edit' }).click();
  const again = page.getByRole('dialog', { name: 'Edit City Museum' });
  await expect(again.getByLabel('Pay from')).toHaveValue('Unpaid');
});
