// The board in Chromium: cards moved by mouse, by keyboard alone and from "Move to…", each
// recorded in the stage history and undone from the message; reordering kept across a reload;
// no accessibility violations in light or dark, on the data the README's screenshot shows
// (tests/support/viewData.ts; the screenshot itself is `npm run screenshots`).
import type { Locator, Page } from '@playwright/test';
import { axeViolations } from '../support/axe';
import { expect, test } from '../support/browserFixtures';
import { seedApplications } from '../support/seedDatabase';
import { boardSeason, SEASON_NOW } from '../support/viewData';
import type { Application } from '../../shared/application';
import { newApplication, type ApplicationFields } from '../../shared/newApplication';
import { DEFAULT_PIPELINE, stageById } from '../../shared/pipeline';

const NOW = SEASON_NOW;
const CREATED = '2026-02-10T09:00:00-08:00';

function anApplication(
  id: string,
  stageId: string,
  boardRank: number,
  fields: Partial<ApplicationFields> & { company: string },
): Application {
  const stage = stageById(DEFAULT_PIPELINE, stageId)!;
  return {
    ...newApplication({ role: 'Software Engineering Intern', ...fields }, { id, now: CREATED, stage }),
    boardRank,
  };
}

const STRIPE = anApplication('stripe', 'applied', 1000, {
  company: 'Stripe',
  pay: { min: 9000, max: 9000, currency: 'USD', period: 'month', raw: '$9,000/month' },
  deadlines: [{ id: 'd1', kind: 'assessment', at: '2026-03-05', label: 'Coding challenge', done: false }],
  excitement: 4,
  tags: ['fintech'],
});
const FIGMA = anApplication('figma', 'applied', 2000, { company: 'Figma', role: 'Product Design Intern' });
const DATADOG = anApplication('datadog', 'applied', 3000, { company: 'Datadog', role: 'SRE Intern' });
const NOTION = anApplication('notion', 'online-assessment', 1000, { company: 'Notion' });

/** Opens the app at NOW on the given applications (written before it reads them) and goes to the board. */
async function openBoard(page: Page, apps: Application[]) {
  await page.clock.install({ time: NOW });
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'No applications yet' })).toBeVisible();
  await seedApplications(page, apps);
  await page.reload();
  await page.getByRole('button', { name: 'Board', exact: true }).click();
  await expect(page.locator('.board-card').first()).toBeVisible();
}

function column(page: Page, name: string): Locator {
  return page.getByRole('region', { name, exact: true });
}

/** A card by its company, found by the card itself (the drag handle, named "Company — Role"). */
function card(scope: Page | Locator, company: string): Locator {
  return scope.getByRole('button', { name: new RegExp(`^${company} — `) });
}

/** The whole card: its handle, details and buttons. */
function cardItem(page: Page, scope: Locator, company: string): Locator {
  return scope.getByRole('listitem').filter({ has: card(page, company) });
}

async function companiesIn(page: Page, name: string): Promise<string[]> {
  return column(page, name).locator('.board-card-company').allTextContents();
}

async function dragWithMouse(
  page: Page,
  from: Locator,
  to: Locator,
  toY: (box: { y: number; height: number }) => number,
) {
  const start = (await from.boundingBox())!;
  const end = (await to.boundingBox())!;
  await page.mouse.move(start.x + start.width / 2, start.y + start.height / 2);
  await page.mouse.down();
  // Past the few pixels that tell a drag from a click, then over to the target in steps.
  await page.mouse.move(start.x + start.width / 2 + 12, start.y + start.height / 2 + 12, { steps: 4 });
  await page.mouse.move(end.x + end.width / 2, toY(end), { steps: 24 });
  await page.mouse.up();
}

/** What dnd-kit tells screen readers during a drag (it takes keys once the card is picked up). */
function announcements(page: Page): Locator {
  return page.locator('[role="status"][aria-live="assertive"]');
}

function toast(page: Page, text: string): Locator {
  return page.getByRole('status').filter({ hasText: text });
}

async function historyOf(page: Page, company: string): Promise<string[]> {
  await card(page, company).click();
  const detail = page.getByRole('complementary', { name: company });
  return detail.getByRole('list', { name: 'Stage history' }).getByRole('listitem').allTextContents();
}

test('moves a card to another column with the mouse, records it in the history, and Undo restores it', async ({
  page,
}) => {
  await openBoard(page, [STRIPE, FIGMA, NOTION]);
  const stripe = cardItem(page, column(page, 'Applied'), 'Stripe');
  await expect(stripe).toContainText('Mar 5 · in 3 days');
  await expect(stripe).toContainText('Coding challenge');
  await expect(stripe).toContainText('$9,000 a month');
  await expect(stripe.getByRole('img', { name: 'Excitement 4 of 5' })).toBeVisible();
  await expect(stripe).toContainText('fintech');

  await dragWithMouse(page, card(page, 'Stripe'), column(page, 'Phone screen'), (box) => box.y + 80);

  await expect(toast(page, 'Moved Stripe to Phone screen.')).toBeVisible();
  expect(await companiesIn(page, 'Phone screen')).toEqual(['Stripe']);
  // The card is drawn anew where it was dropped, and keeps focus there.
  await expect(card(column(page, 'Phone screen'), 'Stripe')).toBeFocused();
  expect(await companiesIn(page, 'Applied')).toEqual(['Figma']);
  const history = await historyOf(page, 'Stripe');
  expect(history).toHaveLength(2);
  expect(history[0]).toMatch(/^Phone screenMar 2, 2026, 10:0\d\sAM/);
  // The details open beside the board: the view stays.
  await expect(page.getByRole('button', { name: 'Board', exact: true })).toHaveAttribute('aria-current', 'page');

  await page.keyboard.press('Control+1');
  await expect(
    page.getByRole('grid', { name: 'Applications' }).getByRole('row').filter({ hasText: 'Stripe' }),
  ).toContainText('Phone screen');

  await toast(page, 'Moved Stripe to Phone screen.').getByRole('button', { name: 'Undo' }).click();
  await expect(
    page.getByRole('grid', { name: 'Applications' }).getByRole('row').filter({ hasText: 'Stripe' }),
  ).toContainText('Applied');
  await page.keyboard.press('Control+2');
  expect(await companiesIn(page, 'Applied')).toEqual(['Stripe', 'Figma']);
  expect(await historyOf(page, 'Stripe')).toHaveLength(1);
});

test('moves a card with the keyboard alone, telling screen readers each step, and Undo restores it', async ({
  page,
}) => {
  await openBoard(page, [STRIPE, FIGMA, NOTION]);
  // Tab reaches the board at its first card; the arrow keys move between cards.
  await card(page, 'Stripe').focus();
  await page.keyboard.press('ArrowDown');
  await expect(card(page, 'Figma')).toBeFocused();

  const live = announcements(page);
  await page.keyboard.press('Space');
  await expect(live).toHaveText('Picked up Figma — Product Design Intern, in Applied, position 2 of 2.');
  await page.keyboard.press('ArrowRight');
  await expect(live).toHaveText('Moved to Online assessment, position 1 of 2.');
  // Carried into another column, the card is drawn anew there and focus goes with it.
  await expect(card(column(page, 'Online assessment'), 'Figma')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(live).toHaveText('Moved to Online assessment, position 2 of 2.');
  await page.keyboard.press('Space');
  await expect(live).toHaveText('Dropped in Online assessment.');

  await expect(toast(page, 'Moved Figma to Online assessment.')).toBeVisible();
  expect(await companiesIn(page, 'Online assessment')).toEqual(['Notion', 'Figma']);
  // Focus stays with the card in its new place.
  await expect(card(column(page, 'Online assessment'), 'Figma')).toBeFocused();
  const history = await historyOf(page, 'Figma');
  expect(history[0]).toMatch(/^Online assessmentMar 2, 2026/);

  await toast(page, 'Moved Figma to Online assessment.').getByRole('button', { name: 'Undo' }).click();
  await expect(card(column(page, 'Applied'), 'Figma')).toBeVisible();
  expect(await companiesIn(page, 'Online assessment')).toEqual(['Notion']);
  expect(await historyOf(page, 'Figma')).toHaveLength(1);
});

test('a card carried by keyboard into an empty column is drawn under its name, not over it', async ({ page }) => {
  await openBoard(page, [STRIPE, FIGMA, NOTION]);
  const live = announcements(page);
  await card(page, 'Figma').focus();
  await page.keyboard.press('Space');
  await expect(live).toHaveText(/^Picked up Figma/);
  await page.keyboard.press('ArrowRight');
  await expect(live).toHaveText('Moved to Online assessment, position 1 of 2.');
  await page.keyboard.press('ArrowRight');
  await expect(live).toHaveText('Moved to Phone screen, position 1 of 1.');
  const header = (await column(page, 'Phone screen').locator('.board-column-header').boundingBox())!;
  await expect
    .poll(async () => (await page.locator('.board-card.overlay').boundingBox())!.y)
    .toBeGreaterThanOrEqual(header.y + header.height);
  await page.keyboard.press('Escape');
});

test('Escape puts a picked-up card back where it was and changes nothing', async ({ page }) => {
  await openBoard(page, [STRIPE, FIGMA, NOTION]);
  const live = announcements(page);
  await card(page, 'Stripe').focus();
  await page.keyboard.press('Enter');
  await expect(live).toHaveText(/^Picked up Stripe/);
  await page.keyboard.press('ArrowRight');
  await expect(live).toHaveText('Moved to Online assessment, position 1 of 2.');
  await page.keyboard.press('Escape');
  await expect(live).toHaveText('Move cancelled.');
  expect(await companiesIn(page, 'Applied')).toEqual(['Stripe', 'Figma']);
  expect(await companiesIn(page, 'Online assessment')).toEqual(['Notion']);
  expect(await historyOf(page, 'Stripe')).toHaveLength(1);
});

test('a card carried by keyboard to the last closed stage stays in view, and the stages fold again', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openBoard(page, [STRIPE, FIGMA, NOTION]);
  const live = announcements(page);
  await card(page, 'Stripe').focus();
  await page.keyboard.press('Space');
  await expect(live).toHaveText(/^Picked up Stripe/);
  // The last stage of all is far past the window's edge: the board scrolls it in as the card goes.
  const stages = DEFAULT_PIPELINE.stages;
  for (const stage of stages.slice(stages.findIndex((s) => s.id === 'applied') + 1)) {
    await page.keyboard.press('ArrowRight');
    await expect(live).toHaveText(new RegExp(`^Moved to ${stage.name}, `));
  }
  const board = (await page.locator('.board').boundingBox())!;
  const carried = (await page.locator('.board-card.overlay').boundingBox())!;
  expect(carried.x).toBeGreaterThanOrEqual(board.x);
  expect(carried.x + carried.width).toBeLessThanOrEqual(board.x + board.width);

  await page.keyboard.press('Escape');
  await expect(live).toHaveText('Move cancelled.');
  await expect(page.getByRole('button', { name: /^Closed \d/ })).toBeVisible();
  await expect(card(column(page, 'Applied'), 'Stripe')).toBeFocused();
});

test('moves a card from its "Move to…" menu, archives one, and closed stages fold into one column', async ({
  page,
}) => {
  await openBoard(page, [STRIPE, FIGMA, NOTION]);
  await page.getByRole('button', { name: 'Move Stripe — Software Engineering Intern to…' }).click();
  const menu = page.getByRole('menu', { name: 'Move Stripe — Software Engineering Intern to' });
  await expect(menu.getByRole('menuitem')).toHaveText([
    'Wishlist',
    'Online assessment',
    'Phone screen',
    'Technical interview',
    'Final round',
    'Offer',
    'Accepted',
    'Rejected',
    'Withdrawn',
    'Declined',
    'Ghosted',
    'Archive',
  ]);
  await menu.getByRole('menuitem', { name: 'Final round' }).click();
  await expect(toast(page, 'Moved Stripe to Final round.')).toBeVisible();
  expect(await companiesIn(page, 'Final round')).toEqual(['Stripe']);
  await expect(card(page, 'Stripe')).toBeFocused();

  // To a closed stage, by keyboard: M opens the menu on a focused card.
  await card(page, 'Figma').focus();
  await page.keyboard.press('m');
  await page.getByRole('menuitem', { name: 'Rejected' }).focus();
  await page.keyboard.press('Enter');
  await expect(toast(page, 'Moved Figma to Rejected.')).toBeVisible();
  // It was the last card of Applied: focus goes where it went, to the Closed column now counting it.
  const closed = page.getByRole('button', { name: 'Closed 1 application' });
  await expect(closed).toBeFocused();
  await expect(closed).toHaveAttribute('aria-expanded', 'false');
  // Undo from the keyboard brings the card back, and focus with it; then the move again.
  await page.keyboard.press('F8');
  await page.keyboard.press('Enter');
  await expect(card(column(page, 'Applied'), 'Figma')).toBeFocused();
  await page.keyboard.press('m');
  await page.getByRole('menuitem', { name: 'Rejected' }).focus();
  await page.keyboard.press('Enter');
  await expect(closed).toBeFocused();
  await closed.click();
  expect(await companiesIn(page, 'Rejected')).toEqual(['Figma']);
  expect(await companiesIn(page, 'Ghosted')).toEqual([]);

  await page.getByRole('button', { name: 'Move Notion — Software Engineering Intern to…' }).click();
  await page.getByRole('menuitem', { name: 'Archive' }).click();
  await expect(toast(page, 'Archived Notion.')).toBeVisible();
  await expect(card(page, 'Notion')).toHaveCount(0);
  await toast(page, 'Archived Notion.').getByRole('button', { name: 'Undo' }).click();
  await expect(card(column(page, 'Online assessment'), 'Notion')).toBeVisible();
});

test('a menu opened by keyboard under a resting pointer keeps its first item until the pointer moves', async ({
  page,
}) => {
  await openBoard(page, [STRIPE, FIGMA, NOTION]);
  const figma = card(page, 'Figma');
  const menu = page.getByRole('menu', { name: 'Move Figma — Product Design Intern to' });
  await figma.focus();
  await page.keyboard.press('m');
  const under = (await menu.getByRole('menuitem', { name: 'Rejected' }).boundingBox())!;
  await page.keyboard.press('Escape');
  await expect(menu).toHaveCount(0);
  // The pointer rests where the menu's "Rejected" will be drawn, and the menu opens by keyboard.
  await page.mouse.move(under.x + under.width / 2, under.y + under.height / 2);
  await figma.focus();
  await page.keyboard.press('m');
  await expect(menu.getByRole('menuitem', { name: 'Wishlist' })).toBeFocused();
  // The browser's hover update for the new menu comes with the next frames.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await expect(menu.getByRole('menuitem', { name: 'Wishlist' })).toBeFocused();
  // Moving the pointer over an item highlights it; arrows go on from there.
  await page.mouse.move(under.x + under.width / 2 + 4, under.y + under.height / 2);
  await expect(menu.getByRole('menuitem', { name: 'Rejected' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(menu.getByRole('menuitem', { name: 'Withdrawn' })).toBeFocused();
  // So does focus moved there by other means (a screen reader, say).
  await menu.getByRole('menuitem', { name: 'Phone screen' }).focus();
  await page.keyboard.press('ArrowDown');
  await expect(menu.getByRole('menuitem', { name: 'Technical interview' })).toBeFocused();
});

test('reorders cards within a column, and the order is kept after a reload', async ({ page }) => {
  await openBoard(page, [STRIPE, FIGMA, DATADOG, NOTION]);
  // Datadog, the third card, dropped on the upper half of the first.
  await dragWithMouse(page, card(page, 'Datadog'), card(page, 'Stripe'), (box) => box.y + 10);
  await expect(toast(page, 'Moved Datadog within Applied.')).toBeVisible();
  expect(await companiesIn(page, 'Applied')).toEqual(['Datadog', 'Stripe', 'Figma']);
  // Within a column the stage does not change: nothing is added to the history.
  expect(await historyOf(page, 'Datadog')).toHaveLength(1);

  // And by keyboard: Figma up one place.
  const live = announcements(page);
  await card(page, 'Figma').focus();
  await page.keyboard.press('Space');
  await expect(live).toHaveText(/^Picked up Figma/);
  await page.keyboard.press('ArrowUp');
  await expect(live).toHaveText('Moved to Applied, position 2 of 3.');
  await page.keyboard.press('Space');
  await expect(toast(page, 'Moved Figma within Applied.')).toBeVisible();
  expect(await companiesIn(page, 'Applied')).toEqual(['Datadog', 'Figma', 'Stripe']);

  await page.reload();
  await page.getByRole('button', { name: 'Board', exact: true }).click();
  await expect(card(page, 'Datadog')).toBeVisible();
  expect(await companiesIn(page, 'Applied')).toEqual(['Datadog', 'Figma', 'Stripe']);
});

test('follows the search box and filters the table uses', async ({ page }) => {
  await openBoard(page, [STRIPE, FIGMA, NOTION]);
  await page.keyboard.press('Control+f');
  // Search keeps the board in view.
  await expect(page.getByRole('button', { name: 'Board', exact: true })).toHaveAttribute('aria-current', 'page');
  await page.keyboard.type('fig');
  expect(await companiesIn(page, 'Applied')).toEqual(['Figma']);
  expect(await companiesIn(page, 'Online assessment')).toEqual([]);
  await expect(page.getByRole('status').filter({ hasText: '1 of 3 applications' })).toBeVisible();
});

test("Tab stops only on the board's controls, never on a column's scroll area, which has no name", async ({ page }) => {
  // Columns long enough to scroll: Chromium makes a scroller with no tab stop inside a tab stop itself.
  await openBoard(page, boardSeason());
  const closed = page.getByRole('button', { name: /^Closed \d/ });
  await page.locator('.board-card-body[tabindex="0"]').focus();
  const stops: string[] = [];
  while (!(await closed.evaluate((button) => button === document.activeElement))) {
    expect(stops.length, `Tab stops so far: ${stops.join(', ')}`).toBeLessThan(10);
    await page.keyboard.press('Tab');
    stops.push(
      await page.evaluate(() => {
        const focused = document.activeElement!;
        return `${focused.tagName.toLowerCase()}.${focused.className} "${focused.getAttribute('aria-label') ?? ''}"`;
      }),
    );
  }
  expect(stops.filter((stop) => stop.includes('board-column-scroll'))).toEqual([]);
});

test('the board has no accessibility violations, in light and dark', async ({ page }) => {
  // Axe reads every card on screen, four times over: slow on a busy machine.
  test.setTimeout(240_000);
  await openBoard(page, boardSeason());
  await page.getByRole('button', { name: /^Closed \d/ }).click();
  await expect(column(page, 'Rejected')).toBeVisible();
  // The board scrolls sideways inside itself; the window never does.
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(
    0,
  );
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    expect(await axeViolations(page)).toEqual([]);
  }
  // A menu open, and the details beside the board.
  await page.locator('.board-card .board-card-button[aria-haspopup="menu"]').first().click();
  expect(await axeViolations(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Fold' }).click();
  await page.locator('.board-card-body').nth(3).click();
  await expect(page.getByRole('complementary')).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Close details' }).click();
  await expect(page.getByRole('complementary')).toBeHidden();
});
