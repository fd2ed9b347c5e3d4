// A new student's first week, found only by role and accessible name with Playwright's strict
// locators, as a screen reader's user or a check written from the screen would find it: no
// control the student reaches shares its name with another on screen, so none needs `.first()`.
// The one exception is the side nav's Board, whose name is inside Dashboard's (both are the
// views' names in the design), found with `exact`.
import { expect, test } from '../support/browserFixtures';

const NOW = new Date('2026-10-05T10:00:00-07:00');

test('a new student finds every step of a first week by its name alone', async ({ page }) => {
  await page.clock.install({ time: NOW });
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'No applications yet' })).toBeVisible();

  // Two applications by hand: the form's own Add application is the only one while it is open.
  for (const [company, role] of [
    ['Figma', 'Product Design Intern'],
    ['Datadog', 'Software Engineering Intern'],
  ]) {
    await page.getByRole('button', { name: 'Add application' }).click();
    const editor = page.getByRole('dialog', { name: 'New application' });
    await editor.getByLabel('Company').fill(company!);
    await editor.getByLabel('Role').fill(role!);
    await editor.getByLabel('Term').fill('summer 27');
    await page.getByRole('button', { name: 'Add application' }).click();
    await expect(editor).toBeHidden();
  }
  const grid = page.getByRole('grid', { name: 'Applications' });
  await expect(grid.getByRole('row', { name: /Figma/ })).toBeVisible();
  await expect(grid.getByRole('row', { name: /Datadog/ })).toBeVisible();

  // A stage recorded and undone, then recorded again.
  await grid.getByRole('row', { name: /Figma/ }).click();
  const figma = page.getByRole('complementary', { name: 'Figma' });
  await expect(figma).toContainText('Summer 2027');
  for (const undo of [true, false]) {
    await figma.getByLabel('New stage').selectOption({ label: 'Applied' });
    await figma.getByRole('button', { name: 'Record' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Moved Figma to Applied.' })).toBeVisible();
    if (undo) {
      await page.getByRole('button', { name: 'Undo' }).click();
      await expect(page.getByRole('status').filter({ hasText: 'Undone: Moved Figma to Applied.' })).toBeVisible();
    }
  }
  await expect(figma.getByRole('list', { name: 'Stage history' }).getByRole('listitem')).toHaveCount(2);
  await expect(figma.getByRole('button', { name: 'Edit' })).toBeVisible();

  // A delete, and its Undo: the only one offered, though the move's came just before.
  await grid.getByRole('row', { name: /Datadog/ }).click();
  await page.getByRole('complementary', { name: 'Datadog' }).getByRole('button', { name: 'Delete' }).click();
  await expect(grid.getByRole('row', { name: /Datadog/ })).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(grid.getByRole('row', { name: /Datadog/ })).toBeVisible();

  // Every view from the side nav.
  const nav = (name: string) =>
    page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name, exact: true });
  await nav('Board').click();
  await expect(page.getByRole('region', { name: 'Applied', exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Calendar' }).click();
  await expect(page.getByRole('grid', { name: 'October 2026' })).toBeVisible();
  await page.getByRole('button', { name: 'Dashboard' }).click();
  await expect(page.getByRole('heading', { name: 'Dashboard' })).toBeVisible();
  for (const view of ['Compare offers', 'Reminders']) {
    await page.getByRole('button', { name: view }).click();
    await expect(page.getByRole('button', { name: view })).toHaveAttribute('aria-current', 'page');
  }

  // Settings: the theme shows the choice as it is clicked.
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByRole('radio', { name: 'Dark' }).check();
  await expect(page.getByRole('radio', { name: 'Dark' })).toBeChecked();

  // The CSV summary out, and a spreadsheet in, through the file chooser's button.
  await page.getByRole('button', { name: 'Applications' }).click();
  await page.getByRole('button', { name: 'Export' }).click();
  await page.getByRole('menuitem', { name: 'CSV summary — all applications' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Exported 2 applications' })).toBeVisible();
  await page.getByRole('button', { name: 'Import CSV…' }).click();
  const importer = page.getByRole('dialog', { name: 'Import from CSV' });
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Choose a CSV file…' }).click();
  await (
    await chooser
  ).setFiles({
    name: 'tracker.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('Company,Position,Status,Date Applied\nStripe,SWE Intern,Applied,09/28/2026\n'),
  });
  await page.getByRole('button', { name: 'Import 1 application' }).click();
  await expect(importer).toBeHidden();
  await expect(grid.getByRole('row', { name: /Stripe/ })).toBeVisible();
});
