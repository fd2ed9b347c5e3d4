// The README's screenshots (`npm run screenshots`), each in light and dark, written to assets/
// as screenshot-<name>.png and screenshot-<name>-dark.png. To add one, add a Shot: its name and
// how to bring the window to what it shows.
import type { Page } from '@playwright/test';
import { expect, test } from '../support/browserFixtures';
import { generateApplications } from '../support/generateApplications';
import { seedApplications } from '../support/seedDatabase';
import { applicationsTable } from '../support/userActions';
import { toInstant } from '../../shared/calendarDate';
import { newApplication } from '../../shared/newApplication';
import { SAMPLE_APPLICATION } from '../../shared/sampleApplication';

// Early March 2026: both Pinterest cohorts are still ahead.
const NOW = new Date('2026-03-02T10:00:00-08:00');

interface Shot {
  name: string;
  /** Brings the window, opened empty at NOW, to what the picture shows. */
  arrange(page: Page): Promise<void>;
}

const SHOTS: Shot[] = [
  {
    // The table of a tracker in use, with the Pinterest sample open beside it.
    name: 'main',
    async arrange(page) {
      const sample = newApplication(SAMPLE_APPLICATION, { id: 'sample', now: toInstant(NOW) });
      await seedApplications(page, [...generateApplications(14, NOW, 7), sample]);
      // Written behind the app's back: it reads them when it starts again.
      await page.reload();
      await expect(page.getByRole('status').filter({ hasText: /of 15 applications|^15 applications/ })).toBeVisible();
      await applicationsTable(page).getByRole('row').filter({ hasText: 'Pinterest' }).first().click();
      await expect(page.getByRole('complementary', { name: 'Pinterest' })).toBeVisible();
    },
  },
];

for (const shot of SHOTS) {
  test(`takes the "${shot.name}" screenshot in light and dark`, async ({ page }) => {
    await page.clock.install({ time: NOW });
    await page.goto('/');
    await expect(page.getByRole('heading', { name: 'No applications yet' })).toBeVisible();
    await shot.arrange(page);
    await page.mouse.move(0, 0);
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await page.screenshot({ path: `assets/screenshot-${shot.name}${colorScheme === 'dark' ? '-dark' : ''}.png` });
    }
  });
}
