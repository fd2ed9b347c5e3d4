// Interviews, follow-ups and history corrections by keyboard alone, in Chromium: an interview
// with a time and a follow-up added in the editor, a history entry's time and note corrected,
// an entry removed and brought back with Undo, an entry known only by its day given its time; axe
// on the details and the editor, light and dark.
import type { Page } from '@playwright/test';
import type { Application } from '../../shared/application';
import { newApplication } from '../../shared/newApplication';
import { axeViolations } from '../support/axe';
import { expect, test } from '../support/browserFixtures';
import { seedApplications } from '../support/seedDatabase';

// Wednesday, Mar 4, 2026: the interview (Mar 10) and the follow-up (Mar 11) are ahead, and summer
// time (from Mar 8) has started by then.
const NOW = new Date('2026-03-04T10:00:00-08:00');

/** Pinterest, saved on Mar 1 and applied to on Mar 3 at 14:02, with pay, a cohort and an offer. */
function pinterest(): Application {
  const app = newApplication(
    {
      company: 'Pinterest',
      role: "Master's Machine Learning Internship 2026 (USA)",
      term: { season: 'summer', year: 2026, text: '' },
      workMode: 'hybrid',
      locations: ['San Francisco, CA', 'Seattle, WA'],
      durationWeeks: 12,
      pay: { min: 11000, max: 11000, currency: 'USD', period: 'month', raw: '$11,000 monthly' },
      deadlines: [{ id: 'answer', kind: 'offer-response', at: '2026-04-01', label: '', done: false }],
      offer: {
        currency: 'USD',
        offeredOn: '2026-03-25',
        housing: { type: 'stipend', amount: 2000, period: 'month' },
        relocation: 3000,
        signOnBonus: null,
        other: [],
        responseDeadlineId: 'answer',
        returnOfferProspects: 'Most interns get one',
      },
      sponsorship: 'offers',
      referral: { name: 'Sam Lee', relation: 'former manager' },
    },
    { id: 'pinterest', now: '2026-03-01T10:00:00-08:00' },
  );
  const applied = { id: 'applied-1', stageId: 'applied', phase: 'applied' as const, at: '2026-03-03T14:02:00-08:00' };
  return {
    ...app,
    stageId: 'applied',
    phase: 'applied',
    appliedAt: '2026-03-03',
    stageHistory: [...app.stageHistory, { ...applied, note: 'Online' }],
  };
}

/** Tab out of a date or time field: Chromium stops on the field's picker button first. */
async function leaveDateField(page: Page) {
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
}

async function openWithPinterest(page: Page) {
  await page.clock.install({ time: NOW });
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'No applications yet' })).toBeVisible();
  // Written behind the app's back: it reads them when it starts again.
  await seedApplications(page, [pinterest()]);
  await page.reload();
  const row = page.getByRole('grid', { name: 'Applications' }).getByRole('row').filter({ hasText: 'Pinterest' });
  await row.focus();
  await page.keyboard.press('Enter');
  return page.getByRole('complementary', { name: 'Pinterest' });
}

test('adds an interview and a follow-up, corrects and removes history entries, by keyboard', async ({ page }) => {
  const detail = await openWithPinterest(page);
  const history = detail.getByRole('list', { name: 'Stage history' });
  await expect(history.getByRole('listitem')).toHaveCount(2);

  // The editor: an interview with a time, then a follow-up.
  await detail.getByRole('button', { name: 'Edit', exact: true }).press('Enter');
  const editor = page.getByRole('dialog', { name: 'Edit Pinterest' });
  await editor.getByRole('button', { name: 'Add interview or event' }).press('Enter');
  const event = editor.getByRole('group', { name: 'Event 1' });
  await expect(event.getByLabel('Kind')).toBeFocused();
  await page.keyboard.type('Technical');
  await page.keyboard.press('Tab');
  await expect(event.getByLabel('Title')).toBeFocused();
  await page.keyboard.type('Round 2 with the ML team');
  await page.keyboard.press('Tab'); // Outcome stays Pending
  await page.keyboard.press('Tab');
  await expect(event.getByLabel('Date')).toBeFocused();
  await page.keyboard.type('03102026');
  await leaveDateField(page);
  await expect(event.getByLabel('Time')).toBeFocused();
  await page.keyboard.type('0230PM');
  await leaveDateField(page);
  await page.keyboard.type('45');
  await page.keyboard.press('Tab');
  await expect(event.getByLabel('People')).toBeFocused();
  await page.keyboard.type('Dana (ML lead)');
  await page.keyboard.press('Tab');
  await page.keyboard.type('https://meet.example.com/abc');
  await page.keyboard.press('Tab'); // Notes
  await page.keyboard.press('Tab'); // Remove
  await page.keyboard.press('Tab'); // Add interview or event
  await page.keyboard.press('Tab');
  await expect(editor.getByLabel('Follow up on')).toBeFocused();
  await page.keyboard.type('03112026');
  await leaveDateField(page);
  await page.keyboard.type('Email Sarah');
  await page.keyboard.press('Enter');
  await expect(editor).toBeHidden();
  // Back where the editor was opened from.
  await expect(detail.getByRole('button', { name: 'Edit', exact: true })).toBeFocused();

  const events = detail.getByRole('region', { name: 'Interviews and events' });
  await expect(events.getByRole('list', { name: 'Coming events' })).toContainText(
    'Round 2 with the ML team · Technical interview',
  );
  // 2:30 PM on Mar 10 is after the change to summer time.
  await expect(events).toContainText('Tue, Mar 10, 2026, 2:30 PM PDT · 45 min');
  await expect(events).toContainText('With: Dana (ML lead)');
  await expect(
    detail.getByRole('checkbox', { name: 'Follow up Wed, Mar 11, 2026 (in 7 days): Email Sarah' }),
  ).not.toBeChecked();

  // A history entry's time and note corrected.
  await history.getByRole('button', { name: 'Change entry Applied, Mar 3, 2026, 2:02 PM' }).press('Enter');
  const form = history.getByRole('form', { name: 'Change entry Applied, Mar 3, 2026, 2:02 PM' });
  await expect(form.getByLabel('Stage')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(form.getByLabel('When')).toBeFocused();
  await expect(form.getByLabel('Time')).toHaveValue('14:02');
  // Month, day and year, then on to the time: 09:30 AM.
  await page.keyboard.type('03022026');
  await leaveDateField(page);
  await expect(form.getByLabel('Time')).toBeFocused();
  await page.keyboard.type('0930AM');
  await leaveDateField(page);
  await expect(form.getByLabel('Note')).toBeFocused();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('Through the referral portal');
  await page.keyboard.press('Enter');
  const corrected = history.getByRole('button', { name: 'Change entry Applied, Mar 2, 2026, 9:30 AM' });
  await expect(corrected).toBeFocused();
  await expect(history.getByRole('listitem').first()).toContainText('Through the referral portal');

  // The entry removed, then brought back with Undo.
  await page.keyboard.press('Tab');
  await expect(history.getByRole('button', { name: 'Remove entry Applied, Mar 2, 2026, 9:30 AM' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(history.getByRole('listitem')).toHaveCount(1);
  await expect(history.getByRole('button', { name: 'Change entry Wishlist, Mar 1, 2026, 10:00 AM' })).toBeFocused();
  await expect(detail.locator('.detail-header')).toContainText('Wishlist');
  await page
    .getByRole('status')
    .filter({ hasText: 'Removed Applied, Mar 2, 2026, 9:30 AM from the history of Pinterest.' })
    .getByRole('button', { name: 'Undo' })
    .press('Enter');
  await expect(history.getByRole('listitem')).toHaveCount(2);
  await expect(history.getByRole('listitem').first()).toContainText('Through the referral portal');
  await expect(detail.locator('.detail-header')).toContainText('Applied');

  // Everything is stored: it is all there after a reload.
  await page.reload();
  await page.getByRole('grid', { name: 'Applications' }).getByRole('row').filter({ hasText: 'Pinterest' }).click();
  await expect(detail.getByRole('list', { name: 'Stage history' }).getByRole('listitem')).toHaveCount(2);
  await expect(detail.getByRole('region', { name: 'Interviews and events' })).toContainText('Round 2 with the ML team');
  await expect(detail.getByRole('region', { name: 'Follow-up' })).toContainText('Email Sarah');
});

test('details and editor have no accessibility violations, in light and dark', async ({ page }) => {
  const detail = await openWithPinterest(page);
  const events = [
    { kind: 'Technical', date: '03102026', time: '0230PM', title: 'Round 2 with the ML team' },
    { kind: 'Online', date: '02202026', time: '', title: '' },
  ];
  await detail.getByRole('button', { name: 'Edit', exact: true }).press('Enter');
  const editor = page.getByRole('dialog', { name: 'Edit Pinterest' });
  for (const [index, event] of events.entries()) {
    await editor.getByRole('button', { name: 'Add interview or event' }).press('Enter');
    const row = editor.getByRole('group', { name: `Event ${index + 1}` });
    await page.keyboard.type(event.kind);
    await row.getByLabel('Title').fill(event.title);
    await row.getByLabel('Date').pressSequentially(event.date);
    if (event.time) await row.getByLabel('Time').pressSequentially(event.time);
    await row.getByLabel('Location or link').fill(index === 0 ? 'Zoom: https://meet.example.com/abc' : '');
  }
  await editor.getByLabel('Follow up on').pressSequentially('03112026');
  await editor.getByLabel('Follow-up note').fill('Email Sarah');
  await editor.getByRole('button', { name: 'Save changes' }).press('Enter');
  await expect(editor).toBeHidden();
  // An entry being corrected, with its form open.
  await detail.getByRole('button', { name: 'Change entry Wishlist, Mar 1, 2026, 10:00 AM' }).press('Enter');

  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.mouse.move(0, 0);
    expect(await axeViolations(page)).toEqual([]);
    await detail.screenshot({ path: `test-results/details-${colorScheme}.png` });
    await detail.getByRole('region', { name: 'Interviews and events' }).scrollIntoViewIfNeeded();
    await detail.screenshot({ path: `test-results/details-events-${colorScheme}.png` });
    await detail.getByRole('region', { name: 'Pay and offer' }).scrollIntoViewIfNeeded();
    await detail.screenshot({ path: `test-results/details-offer-${colorScheme}.png` });

    await detail.getByRole('button', { name: 'Edit', exact: true }).press('Enter');
    await expect(editor).toBeVisible();
    await editor.getByRole('button', { name: 'Add another part' }).scrollIntoViewIfNeeded();
    expect(await axeViolations(page)).toEqual([]);
    await editor.screenshot({ path: `test-results/editor-offer-${colorScheme}.png` });
    await editor.getByRole('group', { name: 'Event 1' }).scrollIntoViewIfNeeded();
    await editor.screenshot({ path: `test-results/editor-events-${colorScheme}.png` });
    await editor.getByRole('button', { name: 'Cancel' }).press('Enter');
    await expect(editor).toBeHidden();
  }
});

test('an entry known only by its day shows its date alone, and takes a time by keyboard', async ({ page }) => {
  await page.clock.install({ time: NOW });
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'No applications yet' })).toBeVisible();
  // Added on Mar 1 as applied on Feb 20, a day with no time, as the editor's Applied on makes it.
  const stripe = newApplication(
    { company: 'Stripe', role: 'SWE Intern', appliedAt: '2026-02-20' },
    { id: 'stripe', now: '2026-03-01T10:00:00-08:00', stage: { id: 'applied', phase: 'applied' } },
  );
  await seedApplications(page, [stripe]);
  await page.reload();
  await page.getByRole('grid', { name: 'Applications' }).getByRole('row').filter({ hasText: 'Stripe' }).click();
  const history = page.getByRole('complementary', { name: 'Stripe' }).getByRole('list', { name: 'Stage history' });
  await expect(history.getByRole('listitem')).toHaveText(/Feb 20, 2026/);
  await expect(history).not.toContainText('12:00');

  await history.getByRole('button', { name: 'Change entry Applied, Feb 20, 2026' }).press('Enter');
  const form = history.getByRole('form', { name: 'Change entry Applied, Feb 20, 2026' });
  await expect(form.getByLabel('When')).toHaveValue('2026-02-20');
  await expect(form.getByLabel('Time')).toHaveValue('');
  expect(await axeViolations(page)).toEqual([]);
  await page.keyboard.press('Tab');
  await expect(form.getByLabel('When')).toBeFocused();
  // The same day typed over (Tab would stop on each of its parts), then the time it was.
  await page.keyboard.type('02202026');
  await leaveDateField(page);
  await expect(form.getByLabel('Time')).toBeFocused();
  await page.keyboard.type('0915AM');
  await leaveDateField(page);
  await expect(form.getByLabel('Note')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(history.getByRole('button', { name: 'Change entry Applied, Feb 20, 2026, 9:15 AM' })).toBeFocused();
});

test('a timed entry whose time is cleared by keyboard is known only by its day', async ({ page }) => {
  await openWithPinterest(page);
  const history = page.getByRole('complementary', { name: 'Pinterest' }).getByRole('list', { name: 'Stage history' });
  await history.getByRole('button', { name: 'Change entry Applied, Mar 3, 2026, 2:02 PM' }).press('Enter');
  const form = history.getByRole('form', { name: 'Change entry Applied, Mar 3, 2026, 2:02 PM' });
  const time = form.getByLabel('Time');
  await expect(time).toHaveValue('14:02');
  // Each part of the time cleared: hours, minutes, AM/PM.
  await time.focus();
  for (const key of ['Backspace', 'ArrowRight', 'Backspace', 'ArrowRight', 'Backspace']) await page.keyboard.press(key);
  await expect(time).toHaveValue('');
  await form.getByLabel('Note').press('Enter');

  const corrected = history.getByRole('button', { name: 'Change entry Applied, Mar 3, 2026' });
  await expect(corrected).toBeFocused();
  await expect(history.getByRole('listitem').first()).not.toContainText('2:02 PM');
  await expect(history.getByRole('listitem').first().locator('time')).toHaveAttribute('datetime', '2026-03-03');
});
