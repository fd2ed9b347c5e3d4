// Two tabs of the web build on one profile: an editor open in one while the other saves the same
// application. The first tab hears of the other's write only through Dexie's storagemutated notice.
import type { Page } from '@playwright/test';
import { expect, test } from '../support/browserFixtures';

async function openEditor(page: Page) {
  await page
    .getByRole('row', { name: /Pinterest/ })
    .first()
    .click();
  await page
    .getByRole('complementary', { name: 'Pinterest' })
    .getByRole('button', { name: 'Edit', exact: true })
    .click();
  return page.getByRole('dialog', { name: 'Edit Pinterest' });
}

test('a save keeps what the other tab saved since the form opened, and stops where both changed a field', async ({
  app,
  page,
}) => {
  await page.getByRole('button', { name: 'Load sample' }).click();
  await expect(page.getByText('Added the sample: Pinterest.')).toBeVisible();
  const other = await app.context.newPage();
  await other.goto('/');

  const editor = await openEditor(page);
  const otherEditor = await openEditor(other);
  await otherEditor.getByLabel('Notes').fill('B: recruiter Jane said call back Tuesday');
  await otherEditor.getByRole('button', { name: 'Save changes' }).click();
  await expect(other.getByText('Saved Pinterest.')).toBeVisible();

  await editor.getByLabel('Role').fill('ML Intern (edited in A)');
  await editor.getByRole('button', { name: 'Save changes' }).click();
  await expect(editor).toBeHidden();
  const details = page.getByRole('complementary', { name: 'Pinterest' });
  await expect(details).toContainText('ML Intern (edited in A)');
  await expect(details).toContainText('B: recruiter Jane said call back Tuesday');

  // Both change the notes: the second save stops, saying what the other tab wrote.
  const again = await openEditor(page);
  const otherAgain = await openEditor(other);
  await otherAgain.getByLabel('Notes').fill('B: passed the OA');
  await otherAgain.getByRole('button', { name: 'Save changes' }).click();
  await expect(otherAgain).toBeHidden();
  await again.getByLabel('Notes').fill('A: interview prep');
  await again.getByRole('button', { name: 'Save changes' }).click();
  await expect(again.getByRole('alert', { name: /changed elsewhere/ })).toContainText(
    'Its notes there now: “B: passed the OA”',
  );
  await again.getByRole('button', { name: 'Save changes' }).click();
  await expect(again).toBeHidden();
  await expect(other.getByRole('complementary', { name: 'Pinterest' })).toContainText('A: interview prep');
});
