// A delete whose Undo has gone is not the end: after the message times out and the page is
// loaded again, Settings → Recently deleted restores the application exactly, history included.
// The list passes axe in light and dark; its screenshots are kept with the test's results.
import type { Page } from '@playwright/test';
import { axeViolations } from '../support/axe';
import { expect, test } from '../support/browserFixtures';

async function openView(page: Page, name: 'Settings' | 'Applications') {
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name }).click();
}

test('restores from Recently deleted, after the delete’s message is gone and the page reloaded', async ({
  page,
}, testInfo) => {
  await page.clock.install();
  await page.reload();
  await page.getByRole('button', { name: 'Load sample' }).click();
  const detail = page.getByRole('complementary', { name: 'Pinterest' });
  await detail.getByLabel('New stage').selectOption('applied');
  await detail.getByRole('textbox', { name: 'Note' }).fill('Through the careers site');
  await detail.getByRole('button', { name: 'Record' }).click();
  const history = detail.getByRole('list', { name: 'Stage history' }).getByRole('listitem');
  await expect(history).toHaveCount(2);

  await detail.getByRole('button', { name: 'Delete' }).click();
  const message = page.getByRole('status').filter({ hasText: 'Deleted Pinterest' });
  await expect(message).toBeVisible();
  // The message and its Undo time out.
  await page.clock.runFor(10_000);
  await expect(message).toBeHidden();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'No applications yet' })).toBeVisible();

  await openView(page, 'Settings');
  const section = page.getByRole('region', { name: 'Recently deleted' });
  const restore = section.getByRole('button', { name: /^Restore Pinterest — .* \(deleted / });
  await expect(restore).toBeVisible();
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await section.scrollIntoViewIfNeeded();
    await page.screenshot({ path: testInfo.outputPath(`recently-deleted-${colorScheme}.png`) });
    expect(await axeViolations(page)).toEqual([]);
  }

  await restore.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: /^Restored Pinterest — / })).toBeVisible();
  await expect(section).toContainText('Nothing deleted in the last 30 days.');

  await openView(page, 'Applications');
  const row = page.getByRole('grid', { name: 'Applications' }).getByRole('row').filter({ hasText: 'Pinterest' });
  await expect(row).toContainText('Applied');
  await row.click();
  await expect(history).toHaveCount(2);
  await expect(history.first()).toContainText('Through the careers site');
});
