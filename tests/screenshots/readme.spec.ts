// The README's screenshots (`npm run screenshots`), each in light and dark, written to assets/
// as screenshot-<name>.png and screenshot-<name>-dark.png. To add one, add a Shot: its name and
// how to bring the window to what it shows. The views' pictures show the data their browser tests
// check (tests/support/viewData.ts, handMadeSearch.ts, threeOffers.ts), at the moment it is made for.
import type { Page } from '@playwright/test';
import { expect, test } from '../support/browserFixtures';
import { generateApplications } from '../support/generateApplications';
import { HAND_MADE_NOW } from '../support/handMadeSearch';
import { seedApplications } from '../support/seedDatabase';
import { NOW as OFFERS_NOW } from '../support/threeOffers';
import { applicationsTable } from '../support/userActions';
import { boardSeason, busierHandMadeSearch, calendarSeason, offersAmongOthers, SEASON_NOW } from '../support/viewData';
import type { Application } from '../../shared/application';
import { toInstant } from '../../shared/calendarDate';
import { newApplication } from '../../shared/newApplication';
import { SAMPLE_APPLICATION } from '../../shared/sampleApplication';

// Early March 2026: both Pinterest cohorts are still ahead.
const NOW = new Date('2026-03-02T10:00:00-08:00');

/** Tall enough for the whole view, where the window's 1360×860 is not: the window scrolls inside. */
const TALL = { width: 1360, height: 1400 };

interface Shot {
  name: string;
  /** When the window opens, if not at NOW: the moment the picture's data is made for. */
  now?: Date;
  /** The window's size, if not the default. */
  viewport?: { width: number; height: number };
  /** Brings the window, opened empty at `now`, to what the picture shows. */
  arrange(page: Page): Promise<void>;
}

/** Writes `apps` behind the app's back and starts it again: it reads them when it starts. */
async function restartWith(page: Page, apps: Application[]) {
  await seedApplications(page, apps);
  await page.reload();
  // "15 applications", or "10 of 15 applications" where some are hidden.
  await expect(page.getByRole('status').filter({ hasText: `${apps.length} applications` })).toBeVisible();
}

/**
 * Waits for the side bar's count of the coming week's reminders, planned a second or so after the
 * app starts, so that the picture does not depend on how soon it is taken.
 */
async function remindersCounted(page: Page) {
  await expect(page.getByRole('button', { name: 'Reminders', exact: true })).toHaveAccessibleDescription(
    /^\d+ in the next 7 days$/,
  );
}

const SHOTS: Shot[] = [
  {
    // The table of a tracker in use, with the Pinterest sample open beside it.
    name: 'main',
    async arrange(page) {
      const sample = newApplication(SAMPLE_APPLICATION, { id: 'sample', now: toInstant(NOW) });
      await restartWith(page, [...generateApplications(14, NOW, 7), sample]);
      await applicationsTable(page).getByRole('row').filter({ hasText: 'Pinterest' }).first().click();
      await expect(page.getByRole('complementary', { name: 'Pinterest' })).toBeVisible();
    },
  },
  {
    // The board of tests/e2e/board.spec.ts: 61 applications, the closed stages folded.
    name: 'board',
    now: SEASON_NOW,
    async arrange(page) {
      await restartWith(page, boardSeason());
      await remindersCounted(page);
      await page.getByRole('button', { name: 'Board', exact: true }).click();
      await expect(page.locator('.board-card').first()).toBeVisible();
    },
  },
  {
    // The month grid of March 2026 from tests/e2e/calendar.spec.ts.
    name: 'calendar',
    now: SEASON_NOW,
    async arrange(page) {
      await restartWith(page, calendarSeason());
      await remindersCounted(page);
      await page.keyboard.press('Control+3');
      await expect(page.getByRole('grid', { name: 'March 2026' })).toBeVisible();
    },
  },
  {
    // The same season in the agenda of the coming four weeks.
    name: 'agenda',
    now: SEASON_NOW,
    async arrange(page) {
      await restartWith(page, calendarSeason());
      await remindersCounted(page);
      await page.keyboard.press('Control+3');
      await page.getByRole('button', { name: 'Agenda' }).click();
      await expect(page.getByRole('region', { name: 'Mar 2 – Mar 29, 2026' })).toBeVisible();
    },
  },
  {
    // The hand-made search of tests/e2e/dashboard.spec.ts, busier, on the whole dashboard.
    name: 'dashboard',
    now: HAND_MADE_NOW,
    viewport: TALL,
    async arrange(page) {
      await restartWith(page, busierHandMadeSearch());
      await remindersCounted(page);
      await page.keyboard.press('Control+4');
      await expect(page.getByRole('region', { name: 'Offers' })).toBeVisible();
    },
  },
  {
    // The three offers of tests/e2e/compare.spec.ts, ticked in the table and compared.
    name: 'compare',
    now: OFFERS_NOW,
    viewport: TALL,
    async arrange(page) {
      await restartWith(page, offersAmongOthers());
      await remindersCounted(page);
      for (const company of ['Northwind', 'Globex', 'Initech']) {
        await page.getByRole('checkbox', { name: new RegExp(`^Compare ${company}`) }).check();
      }
      await page.keyboard.press('Control+5');
      await expect(page.getByRole('table', { name: 'Compare offers' })).toBeVisible();
    },
  },
];

for (const shot of SHOTS) {
  test(`takes the "${shot.name}" screenshot in light and dark`, async ({ page }) => {
    await page.clock.install({ time: shot.now ?? NOW });
    await page.goto('/');
    await expect(page.getByRole('heading', { name: 'No applications yet' })).toBeVisible();
    await shot.arrange(page);
    if (shot.viewport) await page.setViewportSize(shot.viewport);
    await page.mouse.move(0, 0);
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await page.screenshot({ path: `assets/screenshot-${shot.name}${colorScheme === 'dark' ? '-dark' : ''}.png` });
    }
  });
}
