// The calendar end to end in Chromium: an application's date-only deadline, timed interview and
// cohort start on the right days in two time zones, the month grid by keyboard, Enter opening
// the application, axe on both views in light and dark, and screenshots of each; and every item
// saying whose it is in a narrow day (a small window, the details open).
import { chromium, type Browser, type Page } from '@playwright/test';
import { join } from 'node:path';
import { axeViolations } from '../support/axe';
import { expect, test } from '../support/browserFixtures';
import { CHROMIUM_ARGS, findChromium } from '../support/chromium';
import { seedApplications } from '../support/seedDatabase';
import { calendarSeason, SEASON_NOW, STRIPE } from '../support/viewData';
import type { Application } from '../../shared/application';

// Monday, March 2, 2026 in Los Angeles (already Tuesday morning in Tokyo). STRIPE and the month
// around it (calendarSeason) are in tests/support/viewData.ts, shared with the README's screenshots.
const NOW = SEASON_NOW;

/** Opens the app on a database holding `apps`, written before the read model loads. */
async function openWith(page: Page, apps: Application[]) {
  await page.clock.install({ time: NOW });
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'No applications yet' })).toBeVisible();
  await seedApplications(page, apps);
  await page.reload();
  await page
    .getByRole('status')
    .filter({ hasText: `${apps.length} application` })
    .waitFor();
}

async function openCalendar(page: Page) {
  await page.keyboard.press('Control+3');
  const grid = page.getByRole('grid', { name: 'March 2026' });
  await expect(grid).toBeVisible();
  return grid;
}

const day = (page: Page, name: string) => page.getByRole('gridcell', { name: new RegExp(`^${name}`) });

let tokyoBrowser: Browser | null = null;
test.afterAll(async () => {
  await tokyoBrowser?.close();
});

test('shows a deadline, an interview and a cohort start on their days in Los Angeles and in Tokyo', async ({
  page,
  baseURL,
}) => {
  await openWith(page, [STRIPE]);
  await openCalendar(page);
  await expect(day(page, 'Monday, March 16, 2026, 1 item').getByRole('button')).toHaveAccessibleName(
    'Stripe: Assessment due',
  );
  await expect(day(page, 'Thursday, March 19, 2026, 1 item').getByRole('button')).toHaveAccessibleName(
    '5:30 PM Stripe: Technical interview',
  );
  await expect(day(page, 'Friday, March 20, 2026, no items')).toHaveCount(1);
  await expect(day(page, 'Monday, March 30, 2026, 1 item').getByRole('button')).toHaveAccessibleName(
    'Stripe: Internship starts',
  );
  // Weeks start on Sunday in the United States; today is marked.
  await expect(page.getByRole('columnheader').first()).toHaveAccessibleName('Sunday');
  await expect(page.locator('[aria-current="date"]')).toHaveAccessibleName(/^Monday, March 2, 2026/);

  tokyoBrowser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  const tokyo = await tokyoBrowser.newContext({
    baseURL,
    timezoneId: 'Asia/Tokyo',
    locale: 'en-US',
    viewport: { width: 1360, height: 860 },
  });
  const tokyoPage = await tokyo.newPage();
  await openWith(tokyoPage, [STRIPE]);
  await openCalendar(tokyoPage);
  await expect(day(tokyoPage, 'Monday, March 16, 2026, 1 item').getByRole('button')).toHaveAccessibleName(
    'Stripe: Assessment due',
  );
  await expect(day(tokyoPage, 'Thursday, March 19, 2026, no items')).toHaveCount(1);
  await expect(day(tokyoPage, 'Friday, March 20, 2026, 1 item').getByRole('button')).toHaveAccessibleName(
    '9:30 AM Stripe: Technical interview',
  );
  await expect(day(tokyoPage, 'Monday, March 30, 2026, 1 item').getByRole('button')).toHaveAccessibleName(
    'Stripe: Internship starts',
  );
  // It is already Tuesday there.
  await expect(tokyoPage.locator('[aria-current="date"]')).toHaveAccessibleName(/^Tuesday, March 3, 2026/);
  await tokyo.close();
});

test('moves through the month by keyboard, and Enter opens the application', async ({ page }) => {
  await openWith(page, [STRIPE]);
  await openCalendar(page);
  const focused = page.locator(':focus');

  await page.locator('[aria-current="date"]').focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(focused).toHaveAccessibleName(/^Monday, March 16, 2026, 1 item/);
  await page.keyboard.press('End');
  await expect(focused).toHaveAccessibleName(/^Saturday, March 21, 2026, no items/);
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowRight');
  await expect(focused).toHaveAccessibleName(/^Monday, March 16, 2026, 1 item/);

  await page.keyboard.press('PageDown');
  await expect(page.getByRole('grid', { name: 'April 2026' })).toBeVisible();
  await expect(focused).toHaveAccessibleName(/^Thursday, April 16, 2026/);
  await page.keyboard.press('PageUp');
  await expect(page.getByRole('grid', { name: 'March 2026' })).toBeVisible();
  await expect(focused).toHaveAccessibleName(/^Monday, March 16, 2026, 1 item/);

  await page.keyboard.press('Enter');
  await expect(focused).toHaveAccessibleName('Stripe: Assessment due');
  await page.keyboard.press('Enter');
  const details = page.getByRole('complementary', { name: 'Stripe' });
  await expect(details).toBeVisible();
  await expect(page.getByRole('grid', { name: 'March 2026' })).toBeVisible();
  // Escape closes the details first, as on the board; the item keeps focus.
  await expect(focused).toHaveAccessibleName('Stripe: Assessment due');
  await page.keyboard.press('Escape');
  await expect(details).toBeHidden();
  await expect(focused).toHaveAccessibleName('Stripe: Assessment due');
  await page.keyboard.press('Enter');
  await expect(details).toBeVisible();

  // Closing the details brings focus back to the item that opened them.
  await details.getByRole('button', { name: 'Close details' }).click();
  await expect(details).toBeHidden();
  await expect(focused).toHaveAccessibleName('Stripe: Assessment due');
  await page.keyboard.press('Escape');
  await expect(focused).toHaveAccessibleName(/^Monday, March 16, 2026, 1 item/);
});

// tester36: in Windows' high-contrast mode (forced colours) backgrounds and shadows go, and today
// looked like every other day.
test('marks today in the month grid in high-contrast mode too', async ({ page }) => {
  await page.emulateMedia({ forcedColors: 'active' });
  await openWith(page, [STRIPE]);
  await openCalendar(page);
  // Today's number is drawn on a colour of its own: not the cell's, whatever its number's box
  // computes to without one (forced colours turn the accent into the page's white).
  const today = await page.locator('[aria-current="date"] .day-number').evaluate((element) => {
    const opaque = (colour: string) => (/rgba\(.*, 0\)$/.test(colour) ? null : colour);
    const cell = getComputedStyle(element.closest('[role="gridcell"]')!).backgroundColor;
    const page = getComputedStyle(document.body).backgroundColor;
    const style = getComputedStyle(element);
    return { background: style.backgroundColor, color: style.color, behind: opaque(cell) ?? page };
  });
  await page.screenshot({ path: join('test-results', 'calendar-month-forced-colors.png') });
  expect(today.background).not.toBe(today.behind);
  expect(today.color).not.toBe(today.background);
});

test('has no accessibility violations in either view, light or dark, and takes their screenshots', async ({ page }) => {
  await openWith(page, calendarSeason());
  await openCalendar(page);
  await page.mouse.move(0, 0);
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join('test-results', `calendar-month-${colorScheme}.png`) });
  }

  await page.getByRole('button', { name: 'Agenda' }).click();
  await expect(page.getByRole('region', { name: 'Mar 2 – Mar 29, 2026' })).toBeVisible();
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join('test-results', `calendar-agenda-${colorScheme}.png`) });
  }
  // Weeks that cross into April: each month is named above its first listed day.
  await page.getByRole('button', { name: 'Next 4 weeks' }).click();
  await expect(page.getByRole('region', { name: 'Mar 30 – Apr 26, 2026' }).getByText('March 2026')).toBeVisible();
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join('test-results', `calendar-agenda-next-${colorScheme}.png`) });
  }

  // A day with more than fits, opened over the grid.
  await page.getByRole('button', { name: 'Month' }).click();
  await day(page, 'Wednesday, March 18, 2026, 5 items').getByRole('button', { name: '+3 more' }).click();
  // Focus goes to the first item that did not fit (open ones first, of those whole-day ones, by company).
  await expect(page.locator(':focus')).toHaveAccessibleName('10:00 AM Zillow: Phone screen');
  // Under the pointer an item's tint deepens: its time must still read.
  await page.locator('.day-popover .calendar-item:has(.item-time)').first().hover();
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join('test-results', `calendar-day-open-${colorScheme}.png`) });
  }
  await page.keyboard.press('Escape');

  // The details beside the calendar.
  await page.getByRole('button', { name: '5:30 PM Stripe: Technical interview' }).click();
  await expect(page.getByRole('complementary', { name: 'Stripe' })).toBeVisible();
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join('test-results', `calendar-details-${colorScheme}.png`) });
  }
});

for (const [width, height] of [
  [1024, 640],
  [1280, 860],
] as const)
  test(`says whose every item is in a ${width}×${height} window with the details open`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await openWith(page, calendarSeason());
    await openCalendar(page);
    await page.getByRole('button', { name: '5:30 PM Stripe: Technical interview' }).click();
    await expect(page.getByRole('complementary', { name: 'Stripe' })).toBeVisible();
    // Thursday the 19th holds a whole-day deadline and a timed interview: two items in a narrow day.
    await expect(day(page, 'Thursday, March 19, 2026, 2 items')).toHaveCount(1);
    // Each item shows the first letters of its company (all of a short one) inside its box.
    const unread = await page.locator('.month-grid .day-items .item-text').evaluateAll((texts) =>
      texts.flatMap((text) => {
        const words = text.firstChild as Text;
        const company = words.data.split(':')[0]!;
        const range = document.createRange();
        range.setStart(words, 0);
        range.setEnd(words, Math.min(company.length, 5));
        const shown = range.getBoundingClientRect();
        const box = text.getBoundingClientRect();
        return shown.right <= box.right + 0.5 && shown.bottom <= box.bottom + 0.5 ? [] : [words.data];
      }),
    );
    expect(unread).toEqual([]);
  });

/** The words of `text`, lower case, its punctuation left out ("2:00 p.m." is "2", "00", "p", "m"). */
const wordsOf = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

// Label in Name (WCAG 2.5.3): what someone sees on an item is what they say to a voice control
// to press it, so its name begins with the words it shows, in the order they show, whatever a
// narrow day leaves out; at every size and zoom, the details open or not.
for (const { width, height, details } of [
  { width: 1360, height: 860, details: false },
  { width: 1024, height: 640, details: true },
  { width: 900, height: 600, details: true },
  { width: 640, height: 400, details: false },
  { width: 512, height: 350, details: false },
])
  test(`every item's name begins with what it shows, in a ${width}×${height} window with the details ${details ? 'open' : 'closed'}`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height });
    await openWith(page, calendarSeason());
    await openCalendar(page);
    if (details) {
      await page.getByRole('button', { name: /Stripe: Technical interview/ }).click();
      await expect(page.getByRole('complementary', { name: 'Stripe' })).toBeVisible();
    }
    const items = page.locator('.month-grid .calendar-item');
    expect(await items.count()).toBeGreaterThan(5);
    for (const item of await items.all()) {
      // What shows, read as the eye reads it: line by line, left to right.
      const shown = await item.evaluate((button) => {
        const walker = document.createTreeWalker(button, NodeFilter.SHOW_TEXT);
        const pieces: { text: string; top: number; left: number }[] = [];
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const parent = node.parentElement!;
          if (parent.closest('[aria-hidden="true"]') || !parent.checkVisibility()) continue;
          const range = document.createRange();
          range.selectNodeContents(node);
          const box = range.getBoundingClientRect();
          if (box.width > 0) pieces.push({ text: node.textContent ?? '', top: Math.round(box.top), left: box.left });
        }
        return pieces
          .sort((a, b) => a.top - b.top || a.left - b.left)
          .map((piece) => piece.text)
          .join(' ');
      });
      const name = (await item.getAttribute('aria-label')) ?? '';
      const said = wordsOf(name);
      expect(said.slice(0, wordsOf(shown).length), `"${shown}" begins "${name}"`).toEqual(wordsOf(shown));
    }
    expect(await axeViolations(page)).toEqual([]);
  });

test.describe('in a region whose clock writes "a.m." and "p.m."', () => {
  test.use({ locale: 'en-CA' });

  test("the agenda shows each time on one line, every item's text starting at the same place", async ({ page }) => {
    await openWith(page, calendarSeason());
    await openCalendar(page);
    await page.getByRole('button', { name: 'Agenda' }).click();
    await expect(page.getByRole('button', { name: /^10:00 a\.m\. Zillow/ })).toBeVisible();
    const items = await page.locator('.agenda-item').evaluateAll((rows) =>
      rows.map((row) => {
        const time = row.querySelector('.agenda-time > :first-child')!;
        const range = document.createRange();
        range.selectNodeContents(time);
        const lineTops = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
        return {
          time: time.textContent,
          lines: lineTops.size,
          textLeft: Math.round(row.querySelector('.agenda-text')!.getBoundingClientRect().left),
        };
      }),
    );
    expect(items.map((item) => item.time)).toContain('10:00 a.m.');
    expect(items.filter((item) => item.lines !== 1)).toEqual([]);
    expect(new Set(items.map((item) => item.textLeft)).size).toBe(1);
  });
});
