// Typing with an input method (Japanese, Chinese, Korean): the word being composed belongs to the
// input method until it is committed. Composition is driven through the debugger protocol, as an
// IME drives the page.
import type { CDPSession, Page } from '@playwright/test';
import { expect, test } from '../support/browserFixtures';
import { seedApplications } from '../support/seedDatabase';
import { tableCountText } from '../support/userActions';
import { newApplication } from '../../shared/newApplication';
import { DEFAULT_PIPELINE, stageById } from '../../shared/pipeline';

const wishlist = stageById(DEFAULT_PIPELINE, 'wishlist')!;
const APPS = [
  newApplication(
    { company: 'メルカリ', role: 'Backend Intern' },
    { id: 'mercari', now: '2026-11-01T00:00:00Z', stage: wishlist },
  ),
  newApplication(
    { company: 'ソニー', role: 'AI Intern' },
    { id: 'sony', now: '2026-11-01T00:00:00Z', stage: wishlist },
  ),
];

/** The table's count, exactly ("2 applications" is not "0 of 2 applications"). */
const countSays = (page: Page, text: string) => page.getByRole('status').filter({ hasText: new RegExp(`^${text}$`) });

/** Composes `text` syllable by syllable without committing it. */
async function compose(cdp: CDPSession, text: string) {
  for (let i = 1; i <= text.length; i++)
    await cdp.send('Input.imeSetComposition', { text: text.slice(0, i), selectionStart: i, selectionEnd: i });
}

async function pressEscape(cdp: CDPSession) {
  const key = { key: 'Escape', code: 'Escape', windowsVirtualKeyCode: 27 };
  await cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', ...key });
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...key });
}

async function openWithTwo(page: Page): Promise<CDPSession> {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'No applications yet' })).toBeVisible();
  await seedApplications(page, APPS);
  await page.reload();
  await expect(countSays(page, tableCountText(2, 2))).toBeVisible();
  return page.context().newCDPSession(page);
}

test('searches for the word once it is committed, not for each syllable composed', async ({ page }) => {
  const cdp = await openWithTwo(page);
  const search = page.getByRole('searchbox', { name: 'Search applications' });
  await search.focus();
  await compose(cdp, 'めるか');
  await expect(search).toHaveValue('めるか');
  // Composing, the table still shows both (no "No application matches" for half a word).
  await expect(countSays(page, tableCountText(2, 2))).toBeVisible();
  await cdp.send('Input.insertText', { text: 'メルカリ' });
  await expect(search).toHaveValue('メルカリ');
  await expect(countSays(page, tableCountText(1, 2))).toBeVisible();
});

test('Escape while composing is the input method’s: the search and the form stay', async ({ page }) => {
  const cdp = await openWithTwo(page);
  const search = page.getByRole('searchbox', { name: 'Search applications' });
  await search.focus();
  await cdp.send('Input.insertText', { text: 'ソ' });
  await compose(cdp, 'に');
  await pressEscape(cdp);
  await cdp.send('Input.insertText', { text: 'ニー' });
  await expect(search).toHaveValue('ソニー');
  await expect(countSays(page, tableCountText(1, 2))).toBeVisible();

  await page.keyboard.press('Control+n');
  const editor = page.getByRole('dialog', { name: 'New application' });
  await expect(editor.getByLabel('Company')).toBeFocused();
  await compose(cdp, 'らくて');
  await pressEscape(cdp);
  await cdp.send('Input.insertText', { text: '楽天' });
  await expect(editor).toBeVisible();
  await expect(page.getByRole('dialog', { name: /Discard/ })).toHaveCount(0);
  await expect(editor.getByLabel('Company')).toHaveValue('楽天');
  // Escape with nothing composed still closes the form's way: it asks before dropping a change.
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'Discard' })).toBeVisible();
});
