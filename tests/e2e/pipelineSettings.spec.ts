// Settings → Pipeline in Chromium, by keyboard alone: rename, move up, add, recolour, and remove
// a stage that an application is in (choosing where it goes), undo that removal, remove it again
// and find the application in its new stage in the table, the move noted in its history. Then
// axe on Settings in light and dark, and screenshots of the section.
import type { Locator, Page } from '@playwright/test';
import { axeViolations } from '../support/axe';
import { expect, test } from '../support/browserFixtures';
import { seedApplications } from '../support/seedDatabase';
import { toInstant } from '../../shared/calendarDate';
import { newApplication } from '../../shared/newApplication';

const NOW = new Date('2026-03-02T10:00:00-08:00');

/**
 * Presses Tab (Shift+Tab with `back`) until `target` has focus: the control is reached the way a
 * keyboard user reaches it. Fails if it is not among the next `max` stops.
 */
async function tabTo(page: Page, target: Locator, { back = false, max = 150 } = {}) {
  const element = await target.elementHandle();
  if (!element) throw new Error(`Not on the page: ${target.toString()}`);
  for (let presses = 0; presses < max; presses += 1) {
    if (await element.evaluate((e) => e === document.activeElement)) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Not reached with ${max} presses of ${back ? 'Shift+Tab' : 'Tab'}: ${target.toString()}`);
}

async function openWithOneApplication(page: Page) {
  await page.clock.install({ time: NOW });
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'No applications yet' })).toBeVisible();
  const acme = newApplication(
    { company: 'Acme Robotics', role: 'Software Intern' },
    {
      id: 'acme',
      now: toInstant(new Date('2026-02-20T09:00:00-08:00')),
      stage: { id: 'phone-screen', phase: 'in-process' },
    },
  );
  await seedApplications(page, [acme]);
  // Written behind the app's back: it reads them when it starts again.
  await page.reload();
  await expect(
    page.getByRole('grid', { name: 'Applications' }).getByRole('row', { name: /Acme Robotics/ }),
  ).toBeVisible();
}

const pipelineSection = (page: Page) => page.getByRole('region', { name: 'Pipeline' });
const stageRow = (page: Page, name: string) => pipelineSection(page).getByRole('group', { name, exact: true });
const phaseGroup = (page: Page, phase: string) =>
  pipelineSection(page).getByRole('group', { name: `${phase} phase`, exact: true });
const stageNames = (page: Page, phase: string) =>
  phaseGroup(page, phase)
    .getByRole('listitem')
    .evaluateAll((items) => items.map((item) => item.querySelector('input')!.value));
const toast = (page: Page, text: string) => page.getByRole('status').filter({ hasText: text });

test('renames, moves, adds, recolours and removes stages by keyboard, with Undo', async ({ page }) => {
  // Many key presses, each waited for: a long scenario on a shared machine.
  test.setTimeout(180_000);
  await openWithOneApplication(page);
  await page.keyboard.press('Control+Comma');
  await expect(page.getByRole('heading', { name: 'Settings', level: 2 })).toBeVisible();
  await expect(stageRow(page, 'Phone screen')).toContainText('1 application');

  // Rename: type over the name, Enter saves.
  await tabTo(page, stageRow(page, 'Phone screen').getByLabel('Name'));
  await page.keyboard.press('Control+A');
  await page.keyboard.type('Recruiter call');
  await page.keyboard.press('Enter');
  await expect(toast(page, 'Renamed “Phone screen” to “Recruiter call”.')).toBeVisible();
  await expect(stageRow(page, 'Recruiter call')).toBeVisible();

  // Move up: the row moves with focus on its button, and its place is announced.
  const up = page.getByRole('button', { name: 'Move Technical interview up' });
  await tabTo(page, up);
  await page.keyboard.press('Enter');
  await expect
    .poll(() => stageNames(page, 'In process'))
    .toEqual(['Online assessment', 'Technical interview', 'Recruiter call', 'Final round']);
  await expect(up).toBeFocused();
  await expect(pipelineSection(page).locator('[aria-live="polite"]')).toHaveText(
    'Technical interview is now 2 of 4 in the phase In process.',
  );

  // Remove the stage the application is in: the dialog asks where it goes.
  const removeRecruiterCall = page.getByRole('button', { name: 'Remove Recruiter call' });
  await tabTo(page, removeRecruiterCall);
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Remove “Recruiter call”?' });
  const moveTo = dialog.getByLabel('Move to');
  await expect(moveTo).toBeFocused();
  // The next stage of its phase is proposed.
  await expect(moveTo).toHaveValue('final-round');
  await page.keyboard.press('ArrowUp');
  await expect(moveTo).toHaveValue('technical-interview');
  await expect(dialog).toContainText('1 application moves to Technical interview; it keeps a note in its history.');
  await tabTo(page, dialog.getByRole('button', { name: 'Remove stage' }), { max: 5 });
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(toast(page, 'Removed “Recruiter call”: 1 application moved to “Technical interview”.')).toBeVisible();
  await expect
    .poll(() => stageNames(page, 'In process'))
    .toEqual(['Online assessment', 'Technical interview', 'Final round']);
  await expect(stageRow(page, 'Technical interview')).toContainText('1 application');
  // Focus stays in the list, on the name of the stage in its place (not on its Remove, where a
  // second Enter would remove that one too).
  const finalRoundName = stageRow(page, 'Final round').getByRole('textbox', { name: 'Name' });
  await expect(finalRoundName).toBeFocused();

  // Undo, reached with F8: the stage and the application come back, and focus returns.
  await page.keyboard.press('F8');
  await expect(toast(page, 'Removed “Recruiter call”').getByRole('button', { name: 'Undo' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect
    .poll(() => stageNames(page, 'In process'))
    .toEqual(['Online assessment', 'Technical interview', 'Recruiter call', 'Final round']);
  await expect(stageRow(page, 'Recruiter call')).toContainText('1 application');
  await expect(finalRoundName).toBeFocused();

  // Remove it again for good.
  await tabTo(page, removeRecruiterCall, { back: true });
  await page.keyboard.press('Enter');
  await expect(moveTo).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(moveTo).toHaveValue('technical-interview');
  await tabTo(page, dialog.getByRole('button', { name: 'Remove stage' }), { max: 5 });
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(finalRoundName).toBeFocused();

  // Recolour Offer, choosing the colour by its name.
  const colour = stageRow(page, 'Offer').getByLabel('Colour');
  await tabTo(page, colour);
  await page.keyboard.type('Purple');
  await expect(toast(page, '“Offer” is now purple.')).toBeVisible();
  await expect(stageRow(page, 'Offer').locator('xpath=ancestor::li')).toHaveClass(/stage-color-purple/);

  // Add a stage to the phase Applied, pink.
  const form = pipelineSection(page).getByRole('form', { name: 'Add a stage' });
  await tabTo(page, form.getByLabel('Name'));
  await page.keyboard.type('Coffee chat');
  await page.keyboard.press('Tab');
  await expect(form.getByLabel('Phase')).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(form.getByLabel('Phase')).toHaveValue('applied');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Pink');
  await expect(form.getByLabel('Colour')).toHaveValue('pink');
  await page.keyboard.press('Tab');
  await expect(form.getByRole('button', { name: 'Add stage' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(toast(page, 'Added “Coffee chat” to Applied.')).toBeVisible();
  await expect.poll(() => stageNames(page, 'Applied')).toEqual(['Applied', 'Coffee chat']);

  // The application is in the stage it was moved to, the move noted in its history.
  await tabTo(page, page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Applications' }));
  await page.keyboard.press('Enter');
  const row = page.getByRole('grid', { name: 'Applications' }).getByRole('row', { name: /Acme Robotics/ });
  await expect(row).toContainText('Technical interview');
  await tabTo(page, row);
  await page.keyboard.press('Enter');
  const history = page
    .getByRole('complementary', { name: 'Acme Robotics' })
    .getByRole('list', { name: 'Stage history' });
  await expect(history.getByRole('listitem').first()).toContainText('Technical interview');
  await expect(history.getByRole('listitem').first()).toContainText(
    'Moved from “Recruiter call” when that stage was removed',
  );
  // The removed stage still names the entry from before.
  await expect(history.getByRole('listitem').nth(1)).toContainText('Recruiter call');
});

test('a second rename replaces the first one’s message, and its Undo takes back only the second', async ({ page }) => {
  await openWithOneApplication(page);
  await page.keyboard.press('Control+Comma');
  for (const [from, to] of [
    ['Applied', 'Sent'],
    ['Sent', 'Submitted'],
  ] as const) {
    await stageRow(page, from).getByLabel('Name').fill(to);
    await page.keyboard.press('Enter');
    await expect(toast(page, `Renamed “${from}” to “${to}”.`)).toBeVisible();
  }
  // One Undo at a time: the latest change's.
  await expect(toast(page, 'Renamed “Applied” to “Sent”.')).toHaveCount(0);
  await toast(page, 'Renamed “Sent” to “Submitted”.').getByRole('button', { name: 'Undo' }).click();
  await expect(stageRow(page, 'Sent')).toBeVisible();
  await expect(stageRow(page, 'Applied')).toHaveCount(0);
});

test('a name refused is kept when another view is chosen, by its shortcut or the side nav, and is there on return', async ({
  page,
}) => {
  await openWithOneApplication(page);
  const nav = (name: string) =>
    page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name, exact: true });
  const name = () => stageRow(page, 'Phone screen').getByLabel('Name');
  await page.keyboard.press('Control+Comma');
  // Left by its shortcut with focus still in the field: no blur, no message yet.
  await name().fill('');
  await page.keyboard.press('Control+1');
  await expect(page.getByRole('grid', { name: 'Applications' })).toBeVisible();
  await page.keyboard.press('Control+Comma');
  await expect(name()).toHaveValue('');
  await expect(stageRow(page, 'Phone screen')).toContainText('Give the stage a name');

  // Left from the side nav: leaving the field says what is wrong first.
  await name().fill('Offer');
  await nav('Board').click();
  await expect(pipelineSection(page)).toHaveCount(0);
  await nav('Settings').click();
  await expect(name()).toHaveValue('Offer');
  await expect(stageRow(page, 'Phone screen')).toContainText('There is already a stage called “Offer”');

  // Fixed, it saves as any rename does, and nothing is kept.
  await name().fill('Recruiter call');
  await page.keyboard.press('Enter');
  await expect(toast(page, 'Renamed “Phone screen” to “Recruiter call”.')).toBeVisible();
});

test('Settings have no accessibility violations in light and dark, and look right', async ({ page }) => {
  await openWithOneApplication(page);
  await page.keyboard.press('Control+Comma');
  await expect(stageRow(page, 'Phone screen')).toContainText('1 application');
  await page.mouse.move(0, 0);
  await pipelineSection(page).evaluate((section) => section.scrollIntoView({ block: 'start' }));
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.screenshot({ path: `test-results/settings-pipeline-${colorScheme}.png` });
  }

  // A name to fix, so its message is checked too, and the question a removal asks.
  await stageRow(page, 'Final round').getByLabel('Name').fill('Offer');
  await stageRow(page, 'Final round').getByLabel('Name').press('Enter');
  await expect(stageRow(page, 'Final round')).toContainText('There is already a stage called “Offer”');
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    expect(await axeViolations(page)).toEqual([]);

    await stageRow(page, 'Phone screen').getByRole('button', { name: 'Remove Phone screen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Remove “Phone screen”?' });
    await expect(dialog).toContainText('1 application moves to Technical interview');
    await page.screenshot({ path: `test-results/settings-pipeline-remove-${colorScheme}.png` });
    expect(await axeViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();
  }
});
