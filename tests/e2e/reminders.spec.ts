// Reminders end to end in Chromium, on Playwright's clock: a deadline set through the form
// becomes a notification at its time, is listed in the reminder centre, and comes back exactly
// once after a snooze. Web Notifications are replaced by a recorder that has permission.
import type { Page } from '@playwright/test';
import { axeViolations } from '../support/axe';
import { expect, test } from '../support/browserFixtures';

// Monday morning; the deadline is at 17:00 the same day, so of the default lead times (3 days,
// 1 day, 3 hours) only "3 hours before", at 14:00, is still ahead.
const NOW = new Date('2026-03-02T10:00:00-08:00');
const TITLE = 'Acme Robotics: Assessment due in 3 hours';

interface Shown {
  title: string;
  body: string;
}

async function recordNotifications(page: Page) {
  await page.addInitScript(() => {
    const shown: { title: string; body: string }[] = [];
    class RecordingNotification {
      static readonly permission = 'granted';
      static async requestPermission() {
        return 'granted';
      }
      onclick: (() => void) | null = null;
      constructor(title: string, options: { body?: string } = {}) {
        shown.push({ title, body: options.body ?? '' });
      }
      close() {}
    }
    Object.defineProperty(window, 'Notification', { value: RecordingNotification, configurable: true });
    Object.defineProperty(window, 'shownNotifications', { value: shown });
  });
}

const shownNotifications = (page: Page) =>
  page.evaluate(() => (window as unknown as { shownNotifications: Shown[] }).shownNotifications.map((n) => n));

async function openAt(page: Page) {
  await recordNotifications(page);
  await page.clock.install({ time: NOW });
  await page.goto('/');
}

async function addWithDeadline(page: Page, company = 'Acme Robotics', date = '2026-03-02') {
  await page.getByRole('button', { name: 'Add application' }).first().click();
  const editor = page.getByRole('dialog', { name: 'New application' });
  await editor.getByLabel('Company').fill(company);
  await editor.getByLabel('Role').fill('Software Intern');
  await editor.getByRole('button', { name: 'Add deadline' }).click();
  const deadline = editor.getByRole('group', { name: 'Deadline 1' });
  await deadline.getByLabel('Kind').selectOption('assessment');
  await deadline.getByLabel('Date').fill(date);
  await deadline.getByLabel('Time').fill('17:00');
  await editor.getByRole('button', { name: 'Add application' }).click();
  await expect(editor).toBeHidden();
}

/** Lets the page's clock reach `at` exactly, timers firing on the way, then lets it run on. */
async function timePassesUntil(page: Page, at: string) {
  const target = new Date(at).getTime();
  await page.clock.pauseAt(target - 60_000);
  await page.clock.runFor(60_000);
  await page.clock.resume();
}

const reminderNav = (page: Page) =>
  page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Reminders', exact: true });
const section = (page: Page, name: string) => page.getByRole('region', { name });

test('reminds 3 hours before a deadline, lists it, and brings it back once after a snooze', async ({ page }) => {
  await openAt(page);
  await addWithDeadline(page);

  await expect(reminderNav(page)).toHaveAccessibleDescription('1 in the next 7 days');
  await reminderNav(page).click();
  const upcoming = section(page, 'Upcoming').getByRole('listitem');
  await expect(upcoming).toHaveCount(1);
  await expect(upcoming).toContainText(TITLE);
  await expect(upcoming).toContainText('Comes Mon, Mar 2, 2026, 2:00 PM');
  expect(await shownNotifications(page)).toEqual([]);

  await timePassesUntil(page, '2026-03-02T14:00:30-08:00');
  await expect
    .poll(() => shownNotifications(page))
    .toEqual([{ title: TITLE, body: 'Mon, Mar 2, 5:00 PM · Software Intern' }]);
  const recent = section(page, 'Shown recently').getByRole('listitem');
  await expect(recent).toContainText(TITLE);
  await expect(recent).toContainText('Shown Mon, Mar 2, 2026, 2:00 PM');
  await expect(section(page, 'Upcoming')).toContainText('Nothing coming up');

  // By keyboard: Enter opens the choices on the first, Escape closes them back on Snooze, Space
  // opens them again, and Enter on a choice snoozes (the deadline at 17:00 leaves only "1 hour").
  const snooze = recent.getByRole('button', { name: `Snooze ${TITLE}` });
  const hour = recent.getByRole('menu', { name: 'Snooze for' }).getByRole('menuitem', { name: '1 hour' });
  await snooze.focus();
  await page.keyboard.press('Enter');
  await expect(hour).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(hour).toBeHidden();
  await expect(snooze).toBeFocused();
  await page.keyboard.press('Space');
  await expect(hour).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('status').filter({ hasText: 'Snoozed until Mon, Mar 2, 2026, 3:00 PM PST: ' }),
  ).toBeVisible();
  await expect(upcoming).toContainText('Snoozed until Mon, Mar 2, 2026, 3:00 PM');
  await expect(section(page, 'Shown recently')).toContainText('Reminders shown in the last 14 days appear here');
  // No other shown reminder to go on to: focus followed it to Upcoming, on its Snooze.
  await expect(upcoming.getByRole('button', { name: `Snooze ${TITLE}` })).toBeFocused();

  // The snooze is kept across a reload (the new page records notifications afresh).
  await page.reload();
  await reminderNav(page).click();
  await expect(upcoming).toContainText('Snoozed until Mon, Mar 2, 2026, 3:00 PM');
  expect(await shownNotifications(page)).toEqual([]);

  // A minute before the snooze ends nothing new; just after it, the same reminder once more,
  // titled by its date: "in 3 hours" is no longer true.
  await timePassesUntil(page, '2026-03-02T14:59:00-08:00');
  expect(await shownNotifications(page)).toEqual([]);
  await timePassesUntil(page, '2026-03-02T15:01:00-08:00');
  await expect
    .poll(async () => (await shownNotifications(page)).map((n) => n.title))
    .toEqual(['Acme Robotics: Assessment due, Mon, Mar 2, 5:00 PM']);
  await expect(recent).toContainText('Shown Mon, Mar 2, 2026, 3:00 PM');

  // Past the deadline and into the next day: never a third time, even after a reload.
  await timePassesUntil(page, '2026-03-03T10:00:00-08:00');
  await page.reload();
  await reminderNav(page).click();
  await expect(section(page, 'Shown recently').getByRole('listitem')).toHaveCount(1);
  expect(await shownNotifications(page)).toEqual([]);
  await expect(section(page, 'Upcoming')).toContainText('Nothing coming up');
});

test('drops the reminders of an application that is archived', async ({ page }) => {
  await openAt(page);
  await addWithDeadline(page);
  await reminderNav(page).click();
  await expect(section(page, 'Upcoming').getByRole('listitem')).toHaveCount(1);

  await page.getByRole('button', { name: 'Open Acme Robotics' }).click();
  await page.getByRole('complementary', { name: 'Acme Robotics' }).getByRole('button', { name: 'Archive' }).click();
  await reminderNav(page).click();
  await expect(section(page, 'Upcoming')).toContainText('Nothing coming up');
  await expect(reminderNav(page)).toHaveAccessibleName('Reminders');

  await timePassesUntil(page, '2026-03-02T14:00:30-08:00');
  expect(await shownNotifications(page)).toEqual([]);
});

test('reminder centre and reminder settings have no accessibility violations, in light and dark', async ({ page }) => {
  await openAt(page);
  await addWithDeadline(page);
  await reminderNav(page).click();
  await expect(section(page, 'Upcoming').getByRole('listitem')).toHaveCount(1);
  await timePassesUntil(page, '2026-03-02T14:00:30-08:00');
  await addWithDeadline(page, 'Globex', '2026-03-10');
  await reminderNav(page).click();
  await expect(section(page, 'Upcoming').getByRole('listitem')).toHaveCount(3);
  await expect(section(page, 'Shown recently').getByRole('listitem')).toHaveCount(1);
  // With the snooze choices open, so they are checked too.
  await section(page, 'Shown recently')
    .getByRole('button', { name: /^Snooze/ })
    .click();

  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await reminderNav(page).click();
    await expect(page.getByRole('heading', { name: 'Reminders', level: 2 })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Settings' }).click();
    const settings = page.getByRole('region', { name: 'Reminders' });
    await settings.getByRole('group', { name: 'Deadline reminder 1' }).getByLabel('How long before').fill('');
    await settings.getByRole('button', { name: 'Save reminder settings' }).click();
    await expect(settings.getByText('Enter a number of days')).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await settings.getByRole('button', { name: 'Restore defaults' }).click();
  }
});

test('with two tabs open, one shows each reminder, and the other takes over when it closes', async ({ app }) => {
  const first = app.page;
  await openAt(first);
  const second = await app.context.newPage();
  await openAt(second);
  await addWithDeadline(first);
  // The scheduler has the reminder (a reminder whose time passed before it was sent is dropped).
  await expect(reminderNav(first)).toHaveAccessibleDescription('1 in the next 7 days');

  // The clock is the browser's, for both tabs: past 14:00 only the tab that opened first (the
  // leader) shows the reminder.
  await timePassesUntil(first, '2026-03-02T14:00:30-08:00');
  await expect.poll(async () => (await shownNotifications(first)).map((n) => n.title)).toEqual([TITLE]);
  expect(await shownNotifications(second)).toEqual([]);
  // The other tab lists it as shown: it reads the leader's reminders.
  await reminderNav(second).click();
  await expect(section(second, 'Shown recently').getByRole('listitem')).toContainText(TITLE);

  // The leading tab closes: the other one runs the reminders from then on, without showing one twice.
  await first.close();
  await addWithDeadline(second, 'Globex', '2026-03-03');
  await expect(reminderNav(second)).toHaveAccessibleDescription('2 in the next 7 days');
  await timePassesUntil(second, '2026-03-02T17:00:30-08:00');
  await expect
    .poll(async () => (await shownNotifications(second)).map((n) => n.title))
    .toEqual(['Globex: Assessment due tomorrow']);
});

/** Opens Acme Robotics from the reminder centre and saves its deadline at another time. */
async function moveDeadlineTime(page: Page, time: string) {
  await reminderNav(page).click();
  await page
    .getByRole('button', { name: /^Open Acme Robotics/ })
    .first()
    .click();
  await page
    .getByRole('complementary', { name: 'Acme Robotics' })
    .getByRole('button', { name: 'Edit', exact: true })
    .click();
  const editor = page.getByRole('dialog', { name: /^Edit/ });
  await editor.getByRole('group', { name: 'Deadline 1' }).getByLabel('Time').fill(time);
  await editor.getByRole('button', { name: 'Save changes' }).click();
  await expect(editor).toBeHidden();
}

/** Acme's assessment reminder shown at 14:00 and snoozed an hour, the centre open: its two lists. */
async function shownAndSnoozedAnHour(page: Page) {
  await openAt(page);
  await addWithDeadline(page);
  await reminderNav(page).click();
  await expect(section(page, 'Upcoming').getByRole('listitem')).toHaveCount(1);
  await timePassesUntil(page, '2026-03-02T14:00:30-08:00');
  const recent = section(page, 'Shown recently').getByRole('listitem');
  await recent.getByRole('button', { name: `Snooze ${TITLE}` }).click();
  await recent.getByRole('menuitem', { name: '1 hour' }).click();
  const upcoming = section(page, 'Upcoming').getByRole('listitem');
  await expect(upcoming).toContainText('Snoozed until Mon, Mar 2, 2026, 3:00 PM');
  return { recent, upcoming };
}

/** After an Undo: the reminder snoozed until 15:00 again, listed so, and shown again at 15:01. */
async function snoozeIsBackAsItWas(page: Page) {
  const upcoming = section(page, 'Upcoming').getByRole('listitem');
  await reminderNav(page).click();
  await expect(upcoming).toHaveCount(1);
  await expect(upcoming).toContainText('Snoozed until Mon, Mar 2, 2026, 3:00 PM');
  await expect(section(page, 'Shown recently')).toContainText('Reminders shown in the last 14 days appear here');
  await timePassesUntil(page, '2026-03-02T15:01:00-08:00');
  await expect
    .poll(async () => (await shownNotifications(page)).map((n) => n.title))
    .toEqual([TITLE, 'Acme Robotics: Assessment due, Mon, Mar 2, 5:00 PM']);
}

test('an undone deadline edit brings back the snooze the edit had called off, and the edit never calls it dismissed', async ({
  page,
}) => {
  const { recent, upcoming } = await shownAndSnoozedAnHour(page);

  // A slip: 18:00. Its own "3 hours before" comes at 15:00; the shown one is no longer planned.
  await moveDeadlineTime(page, '18:00');
  await reminderNav(page).click();
  await expect(upcoming).toHaveCount(1);
  await expect(upcoming).toContainText('Comes Mon, Mar 2, 2026, 3:00 PM');
  await expect(recent).toContainText('no longer planned: what it was about changed');
  await expect(recent).toContainText('its snooze until Mon, Mar 2, 2026, 3:00 PM PST is off');
  await expect(recent).not.toContainText('dismissed');

  // Undone: the deadline at 17:00 again, and the snooze as it was.
  await page
    .getByRole('status')
    .filter({ hasText: 'Saved Acme Robotics' })
    .getByRole('button', { name: 'Undo' })
    .click();
  await snoozeIsBackAsItWas(page);
});

test('a deadline ticked done in the details says so, and its Undo brings back the deadline and its snooze', async ({
  page,
}) => {
  const { upcoming } = await shownAndSnoozedAnHour(page);

  // Done, in the details: it says so, nothing is left to remind of, and the snooze is off.
  await upcoming.getByRole('button', { name: /^Open Acme Robotics/ }).click();
  const details = page.getByRole('complementary', { name: 'Acme Robotics' });
  const done = details.getByRole('checkbox', { name: /^Assessment due/ });
  await done.check();
  const message = page.getByRole('status').filter({ hasText: 'Marked Acme Robotics’s assessment done.' });
  // The pointer on it, it waits however long the checks below take.
  await message.hover();
  await expect(details.getByRole('region', { name: 'Next' })).toContainText('Nothing coming up.');
  // Nothing due: its tooltip, the shortcut as on the other views' buttons, is all it says.
  await expect(reminderNav(page)).toHaveAccessibleDescription('Ctrl+Shift+R');

  // Undone: the deadline open again, focus back on its box, and the snooze as it was.
  await message.getByRole('button', { name: 'Undo' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Undone: Marked Acme Robotics’s assessment done.' }),
  ).toBeVisible();
  await expect(done).not.toBeChecked();
  await expect(done).toBeFocused();
  await expect(details.getByRole('region', { name: 'Next' })).toContainText(
    'Assessment due: Mon, Mar 2, 2026, 5:00 PM',
  );
  await expect(reminderNav(page)).toHaveAccessibleDescription('1 in the next 7 days');
  await snoozeIsBackAsItWas(page);
});

test('the open reminder centre counts on by the minute', async ({ page }) => {
  await openAt(page);
  await addWithDeadline(page);
  await addWithDeadline(page, 'Globex', '2026-03-03');
  await reminderNav(page).click();
  await expect(section(page, 'Upcoming').getByRole('listitem')).toHaveCount(3);
  await timePassesUntil(page, '2026-03-02T14:00:30-08:00');
  const recent = section(page, 'Shown recently').getByRole('listitem');
  await expect(recent).toContainText('Shown Mon, Mar 2, 2026, 2:00 PM PST (now)');
  // Globex's "1 day before" comes at 17:00: in 3 hours now, in 2 an hour later.
  const globex = section(page, 'Upcoming').getByRole('listitem').filter({ hasText: 'Globex: Assessment due tomorrow' });
  await expect(globex).toContainText('Comes Mon, Mar 2, 2026, 5:00 PM PST (in 3 hours)');

  // Timers fire in order, the minute tick among them, with the view left open.
  await page.clock.runFor(65 * 60_000);
  await expect(recent).toContainText('Shown Mon, Mar 2, 2026, 2:00 PM PST (1 hour ago)');
  await expect(globex).toContainText('Comes Mon, Mar 2, 2026, 5:00 PM PST (in 2 hours)');
});

test('a reminder shown in the page goes once its deadline moves, and the new one is named by its date', async ({
  page,
}) => {
  // No notification permission: reminders come as messages in the page.
  await page.clock.install({ time: NOW });
  await page.goto('/');
  await addWithDeadline(page);
  await reminderNav(page).click();
  await expect(section(page, 'Upcoming').getByRole('listitem')).toHaveCount(1);
  await timePassesUntil(page, '2026-03-02T14:00:30-08:00');
  const oldOpen = page.getByRole('button', { name: `Open ${TITLE} (Mon, Mar 2, 5:00 PM · Software Intern)` });
  await expect(oldOpen).toBeVisible();

  await moveDeadlineTime(page, '18:00');
  await expect(oldOpen).toBeHidden();
  await timePassesUntil(page, '2026-03-02T15:00:30-08:00');
  await expect(
    page.getByRole('button', { name: `Open ${TITLE} (Mon, Mar 2, 6:00 PM · Software Intern)` }),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: /^Open Acme Robotics: Assessment due in 3 hours \(/ })).toHaveCount(1);
});

test('a reminder shown in the page goes once what it reminds of is over, and the centre keeps it', async ({ page }) => {
  // No notification permission: reminders come as messages in the page.
  await page.clock.install({ time: NOW });
  await page.goto('/');
  await addWithDeadline(page);
  await timePassesUntil(page, '2026-03-02T14:00:30-08:00');
  const open = page.getByRole('button', { name: `Open ${TITLE} (Mon, Mar 2, 5:00 PM · Software Intern)` });
  await expect(open).toBeVisible();

  // "Due in 3 hours" after 17:00 would say what no longer holds.
  await timePassesUntil(page, '2026-03-02T17:01:00-08:00');
  await expect(open).toBeHidden();
  await reminderNav(page).click();
  await expect(section(page, 'Shown recently').getByRole('listitem')).toHaveCount(1);
});
