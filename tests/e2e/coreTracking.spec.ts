// The core promise, end to end in Chromium with a persistent profile: add the Pinterest
// internship through the form, see it in the table, move it through the pipeline, restart and
// find everything intact, delete and undo.
import type { Page } from '@playwright/test';
import { axeViolations } from '../support/axe';
import { expect, test } from '../support/browserFixtures';
import { seedApplications } from '../support/seedDatabase';
import { applicationsTable } from '../support/userActions';
import { toInstant } from '../../shared/calendarDate';
import { newApplication } from '../../shared/newApplication';

// Early March 2026: both Pinterest cohorts are still ahead.
const NOW = new Date('2026-03-02T10:00:00-08:00');

async function openAt(page: Page, path = '/') {
  await page.clock.install({ time: NOW });
  await page.goto(path);
}

async function addPinterestThroughForm(page: Page) {
  await page.getByRole('button', { name: 'Add application' }).first().click();
  const editor = page.getByRole('dialog', { name: 'New application' });
  await editor.getByLabel('Company').fill('Pinterest');
  await editor.getByLabel('Role').fill("Master's Machine Learning Internship 2026 (USA)");
  await editor.getByLabel('Term').fill('Summer 2026');
  await editor.getByLabel('Work mode').selectOption('hybrid');
  await editor.getByLabel('Locations').fill('San Francisco, CA\nPalo Alto, CA\nNew York, NY\nSeattle, WA');
  await editor.getByLabel('Pay from').fill('11,000');
  await editor.getByLabel('Paid', { exact: true }).selectOption('month');
  await editor.getByLabel('Pay as written').fill('$11,000 monthly');
  await editor.getByLabel('Duration in weeks').fill('12');
  await editor.getByRole('button', { name: 'Add cohort' }).click();
  await editor.getByRole('button', { name: 'Add cohort' }).click();
  const first = editor.getByRole('group', { name: 'Cohort 1' });
  await first.getByLabel('Starts').fill('2026-05-18');
  await first.getByLabel('Ends').fill('2026-08-07');
  const second = editor.getByRole('group', { name: 'Cohort 2' });
  await second.getByLabel('Starts').fill('2026-06-15');
  await second.getByLabel('Ends').fill('2026-09-04');
  await editor.getByRole('button', { name: 'Add application' }).click();
  await expect(editor).toBeHidden();
}

function tableRow(page: Page, company: string) {
  return page.getByRole('grid', { name: 'Applications' }).getByRole('row').filter({ hasText: company });
}

test('adds the Pinterest internship through the form and shows its next date and pay', async ({ page }) => {
  await openAt(page);
  await addPinterestThroughForm(page);

  const row = tableRow(page, 'Pinterest');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('May 18 · in 77 days');
  await expect(row).toContainText('Internship starts');
  await expect(row).toContainText('$11,000');

  const detail = page.getByRole('complementary', { name: 'Pinterest' });
  await expect(detail).toContainText('$30,461.54');
  await expect(detail).toContainText('$63.46');
  await expect(detail).toContainText('40 h/week unless the pay states its hours, 52 weeks/year, 12 months/year');
  await expect(detail.getByRole('radio')).toHaveCount(3);
});

test("the details' deadline box, follow-up box and cohort radio are checked when the click returns", async ({
  page,
}) => {
  await openAt(page);
  await addPinterestThroughForm(page);
  const detail = page.getByRole('complementary', { name: 'Pinterest' });
  await detail.getByRole('button', { name: 'Edit' }).click();
  const editor = page.getByRole('dialog', { name: 'Edit Pinterest' });
  await editor.getByRole('button', { name: 'Add deadline' }).click();
  await editor.getByRole('group', { name: 'Deadline 1' }).getByLabel('Date').fill('2026-03-20');
  await editor.getByLabel('Follow up on').fill('2026-03-09');
  await editor.getByRole('button', { name: 'Save changes' }).click();
  await expect(editor).toBeHidden();

  // check() fails when the box is not checked as the click returns (it used to be ticked only
  // once saved, and a screen reader heard "not checked").
  await detail.getByRole('checkbox', { name: /^Application deadline/ }).check();
  await detail.getByRole('checkbox', { name: /^Follow up/ }).check();
  await detail.getByRole('radio', { name: /^Mon, Jun 15, 2026/ }).check();
  await detail.getByRole('checkbox', { name: /^Application deadline/ }).uncheck();
});

test('moves an application through the pipeline and keeps everything across a restart', async ({ app }) => {
  let page = app.page;
  await openAt(page);
  await addPinterestThroughForm(page);
  const detail = page.getByRole('complementary', { name: 'Pinterest' });

  const timeline = detail.getByRole('list', { name: 'Stage history' });
  await detail.getByLabel('New stage').selectOption('applied');
  await detail.getByRole('button', { name: 'Record' }).click();
  // The form starts afresh once the change is stored: fill it again only after that.
  await expect(timeline.getByRole('listitem')).toHaveCount(2);
  await detail.getByLabel('New stage').selectOption('technical-interview');
  await detail.getByLabel('Note').fill('Phone screen with the ML team');
  await detail.getByRole('button', { name: 'Record' }).click();
  await expect(timeline.getByRole('listitem')).toHaveCount(3);
  // A controlled radio: it turns on once the choice is stored, so click and then wait for it.
  await detail.getByRole('radio', { name: /Jun 15, 2026/ }).click();
  await expect(detail.getByRole('radio', { name: /Jun 15, 2026/ })).toBeChecked();

  await expect(timeline.getByRole('listitem').first()).toContainText('Technical interview');
  await expect(timeline).toContainText('Phone screen with the ML team');

  await page.reload();
  await expect(tableRow(page, 'Pinterest')).toContainText('Technical interview');

  page = await app.restart();
  await page.clock.install({ time: NOW });
  await page.reload();
  const row = tableRow(page, 'Pinterest');
  await expect(row).toContainText('Technical interview');
  await expect(row).toContainText('Jun 15');
  await row.click();
  const reopened = page.getByRole('complementary', { name: 'Pinterest' });
  await expect(reopened.getByRole('list', { name: 'Stage history' }).getByRole('listitem')).toHaveCount(3);
  await expect(reopened).toContainText('Phone screen with the ML team');
  await expect(reopened.getByRole('radio', { name: /Jun 15, 2026/ })).toBeChecked();
});

test('Escape in the stage form clears a date that does not exist along with the rest', async ({ page }) => {
  await openAt(page);
  await addPinterestThroughForm(page);
  const detail = page.getByRole('complementary', { name: 'Pinterest' });
  const stage = await detail.getByLabel('New stage').inputValue();
  await detail.getByLabel('New stage').selectOption('applied');
  const when = detail.getByLabel('When (leave empty for now)');
  await when.focus();
  await page.keyboard.type('02302026');
  await page.keyboard.press('Escape');

  await expect(detail.getByLabel('New stage')).toHaveValue(stage);
  // The browser's field holds no value either way: what it says is whether text is still shown.
  await expect.poll(() => when.evaluate((input: HTMLInputElement) => input.validity.badInput)).toBe(false);
  await expect(detail.getByRole('button', { name: 'Record' })).toHaveAttribute('aria-disabled', 'true');
});

test("a stage's When with its day and no time records the day alone; today's comes before what is recorded after it", async ({
  page,
}) => {
  await openAt(page);
  await addPinterestThroughForm(page);
  const detail = page.getByRole('complementary', { name: 'Pinterest' });
  const history = detail.getByRole('list', { name: 'Stage history' });
  await detail.getByLabel('New stage').selectOption('applied');
  const when = detail.getByLabel('When (leave empty for now)');
  // The day typed as a student types it; the time left as the browser shows it, "--:-- --".
  await when.focus();
  await page.keyboard.type('02272026');
  await detail.getByRole('button', { name: 'Record' }).click();

  await expect(page.getByRole('status').filter({ hasText: 'Moved Pinterest to Applied.' })).toBeVisible();
  await expect(history.getByRole('listitem').first()).toHaveText(/Applied\s*Feb 27, 2026\s*Change/);
  await expect(history.getByRole('button', { name: 'Change entry Applied, Feb 27, 2026' })).toBeVisible();

  // Today alone, at 10:00, is now (its noon is still to come): a stage recorded after it comes after it.
  await detail.getByLabel('New stage').selectOption('online-assessment');
  await when.focus();
  await page.keyboard.type('03022026');
  await detail.getByRole('button', { name: 'Record' }).click();
  await expect(history.getByRole('button', { name: 'Change entry Online assessment, Mar 2, 2026' })).toBeVisible();
  await detail.getByLabel('New stage').selectOption('phone-screen');
  await detail.getByRole('button', { name: 'Record' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Moved Pinterest to Phone screen.' })).toBeVisible();
  await expect(history.getByRole('listitem').first()).toContainText('Phone screen');
});

test('deletes an application and brings it back with Undo, history included', async ({ page }) => {
  await openAt(page);
  await addPinterestThroughForm(page);
  const detail = page.getByRole('complementary', { name: 'Pinterest' });
  await detail.getByLabel('New stage').selectOption('applied');
  await detail.getByRole('button', { name: 'Record' }).click();
  await expect(detail.getByRole('list', { name: 'Stage history' }).getByRole('listitem')).toHaveCount(2);

  await detail.getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByRole('heading', { name: 'No applications yet' })).toBeVisible();
  // Focus goes where the keyboard can carry on, not back to the top of the page.
  await expect(
    page
      .getByRole('region', { name: 'No applications yet' })
      .getByRole('button', { name: 'Add your first application' }),
  ).toBeFocused();
  await page.getByRole('status').filter({ hasText: 'Deleted Pinterest' }).getByRole('button', { name: 'Undo' }).click();

  const row = tableRow(page, 'Pinterest');
  await expect(row).toContainText('Applied');
  await row.click();
  await expect(
    page
      .getByRole('complementary', { name: 'Pinterest' })
      .getByRole('list', { name: 'Stage history' })
      .getByRole('listitem'),
  ).toHaveCount(2);
});

test('shows a message next to each field that needs fixing and saves nothing', async ({ page }) => {
  await openAt(page);
  // As a student would: once the window shows.
  await expect(page.getByRole('heading', { name: 'No applications yet' })).toBeVisible();
  await page.keyboard.press('Control+n');
  const editor = page.getByRole('dialog', { name: 'New application' });
  await expect(editor.getByLabel('Company')).toBeFocused();
  await editor.getByLabel('Pay from').fill('lots');
  await editor.getByRole('button', { name: 'Add cohort' }).click();
  await editor.getByLabel('Starts').fill('2026-08-07');
  await editor.getByLabel('Ends').fill('2026-05-18');
  await editor.getByRole('button', { name: 'Add application' }).click();

  await expect(editor.getByLabel('Company')).toHaveAttribute('aria-invalid', 'true');
  await expect(editor).toContainText('Company is required');
  await expect(editor).toContainText("Pay from: enter a number like 11000 (got 'lots')");
  await expect(editor).toContainText('The cohort ends before it starts');
  await expect(editor.getByLabel('Company')).toBeFocused();
  await editor.getByRole('button', { name: 'Cancel' }).click();
  await page.getByRole('dialog', { name: 'Discard your changes?' }).getByRole('button', { name: 'Discard' }).click();
  await expect(page.getByRole('heading', { name: 'No applications yet' })).toBeVisible();
});

test('says a date typed as 30 February does not exist, or a time typed in part, adds nothing until both are fixed', async ({
  page,
}) => {
  await openAt(page);
  await page.getByRole('button', { name: 'Add application' }).first().click();
  const editor = page.getByRole('dialog', { name: 'New application' });
  await editor.getByLabel('Company').fill('Stripe');
  await editor.getByLabel('Role').fill('SWE Intern');
  await editor.getByRole('button', { name: 'Add deadline' }).click();
  const date = editor.getByRole('group', { name: 'Deadline 1' }).getByLabel('Date');
  // Typed as a student types it, month, day and year, in the browser's own date field.
  await date.focus();
  await page.keyboard.type('02302026');
  await editor.getByRole('button', { name: 'Add application' }).click();

  await expect(date).toHaveAttribute('aria-invalid', 'true');
  await expect(editor).toContainText('No such date: check the day, month and year');
  await expect(editor).not.toContainText('Enter the date');
  await expect(editor.getByRole('alert')).toHaveText('One field needs fixing.');

  // A time typed in part had been saved as no time at all.
  await date.fill('2026-04-30');
  const time = editor.getByRole('group', { name: 'Deadline 1' }).getByLabel('Time');
  await time.focus();
  await page.keyboard.type('10');
  await editor.getByRole('button', { name: 'Add application' }).click();
  await expect(time).toHaveAttribute('aria-invalid', 'true');
  await expect(editor).toContainText('Part of the time is missing');
  await expect(editor.getByRole('alert')).toHaveText('One field needs fixing.');

  await time.fill('17:00');
  await editor.getByRole('button', { name: 'Add application' }).click();
  await expect(editor).toBeHidden();
  await expect(tableRow(page, 'Stripe')).toContainText('Apr 30');
});

test('Escape on a form with changes asks before discarding them, and keeps them on Keep editing', async ({ page }) => {
  await openAt(page);
  await page.getByRole('button', { name: 'Add application' }).first().click();
  const editor = page.getByRole('dialog', { name: 'New application' });
  await editor.getByLabel('Company').fill('Pinterest');
  await page.keyboard.press('Escape');
  const confirm = page.getByRole('dialog', { name: 'Discard your changes?' });
  await expect(confirm.getByRole('button', { name: 'Keep editing' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(confirm).toBeHidden();
  await expect(editor.getByLabel('Company')).toHaveValue('Pinterest');
  await expect(editor.getByLabel('Company')).toBeFocused();
  await page.keyboard.press('Escape');
  await confirm.getByRole('button', { name: 'Discard' }).click();
  await expect(editor).toBeHidden();
  await expect(page.getByRole('heading', { name: 'No applications yet' })).toBeVisible();
});

/** Stripe's SWE internship, added by keyboard in the editor that is open. */
async function addStripeInTheOpenEditor(page: Page) {
  const editor = page.getByRole('dialog', { name: 'New application' });
  await editor.getByLabel('Company').fill('Stripe');
  await editor.getByLabel('Role').fill('SWE Intern');
  await editor.getByRole('button', { name: 'Add application' }).press('Enter');
  await expect(editor).toBeHidden();
}

test('keeps the keyboard where the work is: the first application added, its delete undone, another view opened', async ({
  page,
}) => {
  await openAt(page);
  const empty = page.getByRole('region', { name: 'No applications yet' });
  await empty.getByRole('button', { name: 'Add your first application' }).click();
  await addStripeInTheOpenEditor(page);
  await expect(tableRow(page, 'Stripe')).toBeFocused();

  await page.getByRole('complementary', { name: 'Stripe' }).getByRole('button', { name: 'Delete' }).click();
  await expect(empty.getByRole('button', { name: 'Add your first application' })).toBeFocused();
  await page.keyboard.press('F8');
  await expect(page.getByRole('button', { name: 'Undo' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(tableRow(page, 'Stripe')).toBeFocused();

  await page.keyboard.press('Control+2');
  await expect(page.getByRole('main')).toBeFocused();
  await expect(page.getByRole('region', { name: 'Wishlist' })).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('main').getByRole('button', { name: 'Filters' })).toBeFocused();
});

test('Escape from the details after an edit that moved the application in the sort puts focus on its row, in view', async ({
  page,
}) => {
  // tester26: sorted by next date, Microsoft given a date that put it first; Escape put focus on the
  // row at its old place (another company's), the table scrolled away from Microsoft.
  await openAt(page);
  await expect(page.getByRole('heading', { name: 'No applications yet' })).toBeVisible();
  const now = toInstant(NOW);
  const deadline = (id: string, at: string) => ({ id, kind: 'application' as const, at, label: '', done: false });
  const others = Array.from({ length: 40 }, (_, i) =>
    newApplication(
      {
        company: `Company ${i + 1}`,
        role: 'Intern',
        deadlines: [deadline(`d${i}`, `2026-04-${String((i % 28) + 1).padStart(2, '0')}`)],
      },
      { id: `other-${i}`, now },
    ),
  );
  const microsoft = newApplication(
    { company: 'Microsoft', role: 'Explore Intern', deadlines: [deadline('late', '2026-09-30')] },
    { id: 'microsoft', now },
  );
  await seedApplications(page, [...others, microsoft]);
  await page.reload();
  await expect(page.getByRole('status').filter({ hasText: '41 applications' })).toBeVisible();

  // Last by its date: reached with End, opened with Enter.
  await applicationsTable(page).getByRole('row').nth(1).focus();
  await page.keyboard.press('End');
  await expect(tableRow(page, 'Microsoft')).toBeFocused();
  await page.keyboard.press('Enter');
  const detail = page.getByRole('complementary', { name: 'Microsoft' });
  await detail.getByRole('button', { name: 'Edit' }).click();
  const editor = page.getByRole('dialog', { name: 'Edit Microsoft' });
  await editor.getByRole('button', { name: 'Add deadline' }).click();
  await editor.getByRole('group', { name: 'Deadline 2' }).getByLabel('Kind').selectOption('assessment');
  await editor.getByRole('group', { name: 'Deadline 2' }).getByLabel('Date', { exact: true }).fill('2026-03-05');
  await editor.getByRole('button', { name: 'Save changes' }).click();
  await expect(editor).toBeHidden();
  await expect(detail.getByRole('button', { name: 'Edit' })).toBeFocused();

  await page.keyboard.press('Escape');
  await expect(detail).toHaveCount(0);
  await expect(tableRow(page, 'Microsoft')).toBeFocused();
  await expect(tableRow(page, 'Microsoft')).toBeInViewport();
  await expect(tableRow(page, 'Microsoft')).toHaveAttribute('aria-rowindex', '2');
});

test('a first application added with Ctrl+N from the empty window leaves focus on its row', async ({ page }) => {
  await openAt(page);
  await expect(page.getByRole('heading', { name: 'No applications yet' })).toBeVisible();
  await page.keyboard.press('Control+n');
  await addStripeInTheOpenEditor(page);
  // Not back on the page itself, where the shortcut was pressed.
  await expect(tableRow(page, 'Stripe')).toBeFocused();
});

test('an application added with Ctrl+N from another row, or brought back by Undo, takes focus in the table', async ({
  page,
}) => {
  await openAt(page);
  await page.getByRole('button', { name: 'Load sample' }).click();
  await tableRow(page, 'Pinterest').focus();
  await page.keyboard.press('Control+n');
  await addStripeInTheOpenEditor(page);
  // Stripe is selected: the keyboard is on its row, not back on Pinterest's.
  await expect(tableRow(page, 'Stripe')).toBeFocused();

  await page.getByRole('complementary', { name: 'Stripe' }).getByRole('button', { name: 'Delete' }).click();
  await expect(tableRow(page, 'Pinterest')).toBeFocused();
  await page.keyboard.press('F8');
  await page.keyboard.press('Enter');
  await expect(tableRow(page, 'Stripe')).toBeFocused();
});

test('answers "have I applied here already?" while typing in search', async ({ page }) => {
  await openAt(page);
  await page.getByRole('button', { name: 'Load sample' }).click();
  await page.keyboard.press('Control+f');
  await expect(page.getByRole('searchbox', { name: 'Search applications' })).toBeFocused();
  await page.keyboard.type('pint');
  await expect(page.getByText('Already tracking 1 application at Pinterest')).toBeVisible();
  await page.getByRole('searchbox', { name: 'Search applications' }).fill('stripe');
  await expect(page.getByText('No application matches “stripe”.')).toBeVisible();
  await expect(page.getByText(/No company matches/)).toHaveCount(0);
});

test('table and editor have no accessibility violations, in light and dark', async ({ page }) => {
  await openAt(page);
  await page.getByRole('button', { name: 'Load sample' }).click();
  await expect(tableRow(page, 'Pinterest')).toHaveCount(1);
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Edit', exact: true }).click();
    await expect(page.getByRole('dialog', { name: 'Edit Pinterest' })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Cancel' }).click();
  }
});

test('asks before the page is left with a form that holds work, and keeps it when told to stay', async ({ page }) => {
  await page.getByRole('button', { name: 'Add application' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'New application' });
  await dialog.getByLabel('Company').fill('Figma');
  const asked = page.waitForEvent('dialog');
  await page.close({ runBeforeUnload: true });
  const question = await asked;
  expect(question.type()).toBe('beforeunload');
  await question.dismiss();
  await expect(dialog.getByLabel('Company')).toHaveValue('Figma');
});

test('Tab past the last control of a dialog comes back to its first, and Shift+Tab the other way', async ({ page }) => {
  await page.getByRole('button', { name: 'Add application' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'New application' });
  const save = dialog.getByRole('button', { name: 'Add application' });
  await save.focus();
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(save).toBeFocused();
});
