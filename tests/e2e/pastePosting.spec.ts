// Paste a job posting, end to end in Chromium: the Pinterest reference page in, its proposed
// fields checked against the page, the application added and found in the table; a page that
// states its term and visa sponsorship, both carried through to the details.
import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { axeViolations } from '../support/axe';
import { expect, test } from '../support/browserFixtures';

// Early March 2026: both Pinterest cohorts are still ahead.
const NOW = new Date('2026-03-02T10:00:00-08:00');
const PINTEREST = readFileSync('tests/fixtures/postings/pinterest-ml-intern-2026.txt', 'utf8');
const ROLE = "Master's Machine Learning Internship 2026 (USA)";
/** Fall 2026 in its title; "unable to sponsor" and "without sponsorship" under Work authorization. */
const FERNWAY = readFileSync('tests/fixtures/postings/lever-fernway-no-sponsorship.txt', 'utf8');

async function openAt(page: Page) {
  await page.clock.install({ time: NOW });
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'No applications yet' })).toBeVisible();
}

function pasteDialog(page: Page): Locator {
  return page.getByRole('dialog', { name: 'Paste a job posting' });
}

/** Opens the dialog from the top bar, fills in the page and reviews what was found. */
async function fillPinterest(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'Paste posting' }).click();
  const dialog = pasteDialog(page);
  await dialog.getByLabel('Paste the whole job page here').fill(PINTEREST);
  await expect(dialog.getByRole('status')).toHaveText(
    'Found company, role, job site, type, term, work mode, 4 locations, pay, duration, 2 cohorts.',
  );
  await dialog.getByRole('button', { name: 'Review proposed fields' }).click();
  await expect(dialog.getByRole('heading', { name: 'Proposed application' })).toBeVisible();
  return dialog;
}

async function expectPinterestProposed(dialog: Locator) {
  await expect(dialog.getByLabel('Company')).toHaveValue('Pinterest');
  await expect(dialog.getByLabel('Role')).toHaveValue(ROLE);
  // The title names the year, the text the season ("our summer internships"); the page says
  // nothing about visa sponsorship.
  await expect(dialog.getByLabel('Term')).toHaveValue('Summer 2026');
  await expect(dialog.getByLabel('Visa sponsorship')).toHaveValue('unknown');
  await expect(dialog.getByLabel('Source')).toHaveValue('Talent.com');
  await expect(dialog.getByLabel('Work mode')).toHaveValue('hybrid');
  await expect(dialog.getByLabel('Locations')).toHaveValue(
    'San Francisco, CA\nPalo Alto, CA\nNew York, NY\nSeattle, WA',
  );
  await expect(dialog.getByLabel('Pay from')).toHaveValue('11000');
  await expect(dialog.getByLabel('Currency')).toHaveValue('USD');
  await expect(dialog.getByLabel('Paid', { exact: true })).toHaveValue('month');
  const may = dialog.getByRole('group', { name: 'Cohort 1' });
  const june = dialog.getByRole('group', { name: 'Cohort 2' });
  await expect(may.getByLabel('Starts')).toHaveValue('2026-05-18');
  await expect(may.getByLabel('Ends')).toHaveValue('2026-08-07');
  await expect(june.getByLabel('Starts')).toHaveValue('2026-06-15');
  await expect(june.getByLabel('Ends')).toHaveValue('2026-09-04');
  const pay = dialog.getByRole('group', { name: 'Pay' });
  await expect(pay).toContainText('$11,000');
  await expect(pay).toContainText('$30,461.54');
  await expect(pay).toContainText('40 h/week unless the pay states its hours, 52 weeks/year, 12 months/year');
}

test('pastes the Pinterest page, confirms its fields and finds it in the table', async ({ page }) => {
  await openAt(page);
  const dialog = await fillPinterest(page);
  await expectPinterestProposed(dialog);

  // Focusing a field emphasises the page text it came from.
  await dialog.getByRole('group', { name: 'Cohort 2' }).getByLabel('Starts').focus();
  const emphasised = dialog.getByRole('region', { name: 'Page text' }).locator('mark.active');
  await expect(emphasised).toHaveText(['Cohort 2: June 15, 2026 - September 4, 2026']);
  await expect(emphasised).toBeInViewport();

  await dialog.getByRole('button', { name: 'Add application' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: `Added Pinterest — ${ROLE}.` })).toBeVisible();

  const row = page.getByRole('grid', { name: 'Applications' }).getByRole('row').filter({ hasText: 'Pinterest' });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('Wishlist');
  await expect(row).toContainText('May 18');
  await expect(row).toContainText('$11,000');
  const detail = page.getByRole('complementary', { name: 'Pinterest' });
  await expect(detail.getByRole('radio', { name: /Mon, May 18, 2026 – Fri, Aug 7, 2026/ })).toBeVisible();
  await expect(detail.getByRole('radio', { name: /Mon, Jun 15, 2026 – Fri, Sep 4, 2026/ })).toBeVisible();
  await expect(detail).toContainText('$30,461.54');
});

test('takes a real paste from the clipboard straight to the proposed fields', async ({ app }) => {
  const page = app.page;
  await app.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openAt(page);
  await page.keyboard.press('Control+Shift+V');
  const dialog = pasteDialog(page);
  await expect(dialog.getByLabel('Paste the whole job page here')).toBeFocused();

  await page.evaluate((text) => navigator.clipboard.writeText(text), PINTEREST);
  await page.keyboard.press('Control+V');
  await expect(dialog.getByRole('heading', { name: 'Proposed application' })).toBeVisible();
  await expectPinterestProposed(dialog);
  await expect(dialog.getByLabel('Company')).toBeFocused();
});

test('proposes the term and visa sponsorship the page states, shows where, and keeps them', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await openAt(page);
  await page.getByRole('button', { name: 'Paste posting' }).click();
  const dialog = pasteDialog(page);
  await dialog.getByLabel('Paste the whole job page here').fill(FERNWAY);
  await expect(dialog.getByRole('status')).toHaveText(/, term, .*, visa sponsorship\.$/);
  await dialog.getByRole('button', { name: 'Review proposed fields' }).click();

  await expect(dialog.getByLabel('Term')).toHaveValue('Fall 2026');
  await expect(dialog.getByLabel('Term')).toHaveAccessibleDescription(/Found in “Fall 2026”/);
  const sponsorship = dialog.getByLabel('Visa sponsorship');
  await expect(sponsorship).toHaveValue('does-not-offer');
  await expect(sponsorship).toHaveAccessibleDescription('Found in “unable to sponsor”, “without sponsorship”');
  await sponsorship.focus();
  const emphasised = dialog.getByRole('region', { name: 'Page text' }).locator('mark.active');
  await expect(emphasised).toHaveText(['Visa sponsorship: unable to sponsor', 'Visa sponsorship: without sponsorship']);
  await expect(emphasised.first()).toBeInViewport();
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `test-results/paste-posting-sponsorship-${colorScheme}.png` });
  }

  await dialog.getByRole('button', { name: 'Add application' }).click();
  await expect(dialog).toBeHidden();
  const detail = page.getByRole('complementary', { name: 'Fernway' });
  await expect(
    detail
      .getByRole('term')
      .filter({ hasText: /^Term$/ })
      .locator('xpath=following-sibling::dd[1]'),
  ).toHaveText('Fall 2026');
  await expect(
    detail
      .getByRole('term')
      .filter({ hasText: /^Visa$/ })
      .locator('xpath=following-sibling::dd[1]'),
  ).toHaveText('Does not sponsor visas');
});

test('reads a Brazilian posting: its work mode, its deadline written day first and its pay in reais', async ({
  page,
}) => {
  await openAt(page);
  await page.getByRole('button', { name: 'Paste posting' }).click();
  const dialog = pasteDialog(page);
  // A Gupy page as its tester pasted it (shortened).
  await dialog
    .getByLabel('Paste the whole job page here')
    .fill(
      'Estágio em Desenvolvimento de Software\nStone Co. · São Paulo, SP · Híbrido\n\nBenefícios\nBolsa-auxílio: R$ 2.200,00\n\nInformações adicionais\nInscrições até 05/01/2027\nModelo de trabalho: Híbrido\nLocal: São Paulo, SP\n',
    );
  await expect(dialog.getByRole('status')).toHaveText('Found company, role, type, work mode, location, pay, deadline.');
  await dialog.getByRole('button', { name: 'Review proposed fields' }).click();
  await expect(dialog.getByLabel('Work mode')).toHaveValue('hybrid');
  await expect(dialog.getByLabel('Currency')).toHaveValue('BRL');
  await expect(dialog.getByRole('group', { name: 'Deadline 1' }).getByLabel('Date')).toHaveValue('2027-01-05');
});

test('points out a posting already tracked before adding it again', async ({ page }) => {
  await openAt(page);
  await (await fillPinterest(page)).getByRole('button', { name: 'Add application' }).click();
  await expect(pasteDialog(page)).toBeHidden();

  const dialog = await fillPinterest(page);
  await expect(dialog.getByRole('alert')).toHaveText(`You already track this: Pinterest — ${ROLE} (Wishlist).`);
  await dialog.getByRole('button', { name: 'Open it' }).click();
  await expect(dialog).toBeHidden();
  await expect(
    page.getByRole('grid', { name: 'Applications' }).getByRole('row').filter({ hasText: 'Pinterest' }),
  ).toHaveCount(1);
});

test('the dialog with the page highlighted has no accessibility violations, in light and dark', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await openAt(page);
  const dialog = await fillPinterest(page);
  await dialog.getByLabel('Work mode').focus();
  await expect(dialog.locator('mark.active')).toHaveCount(1);
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `test-results/paste-posting-${colorScheme}.png` });
  }
  // The pay and cohorts further down, and the first step, are looked at too.
  await dialog.getByRole('group', { name: 'Cohort 1' }).getByLabel('Starts').focus();
  await expect(dialog.locator('mark.active')).toBeInViewport();
  await page.screenshot({ path: 'test-results/paste-posting-cohorts-dark.png' });
  await dialog.getByRole('button', { name: 'Change the text' }).click();
  expect(await axeViolations(page)).toEqual([]);
  await page.screenshot({ path: 'test-results/paste-posting-text-dark.png' });
});
