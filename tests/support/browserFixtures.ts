// Playwright fixtures: a persistent Chromium profile per test (IndexedDB on disk, as in the
// desktop app) and `restart()` to close the browser and open the same profile again.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, chromium, type BrowserContext, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './chromium';

interface Fixtures {
  profileDir: string;
  app: { context: BrowserContext; page: Page; restart(): Promise<Page> };
  page: Page;
}

/**
 * `locale` is the language the browser says it has, `timezoneId` its zone (a file's
 * test.use({ locale, timezoneId }) sets them): American in playwright.config.ts's zone unless told.
 * `deviceScaleFactor` (test.use too) is the screen's pixels per CSS pixel: 2 with the viewport
 * halved is a window zoomed to 200%.
 */
export async function launchProfile(
  profileDir: string,
  baseURL: string | undefined,
  locale = 'en-US',
  timezoneId = process.env.TZ,
  deviceScaleFactor?: number,
) {
  return chromium.launchPersistentContext(profileDir, {
    executablePath: findChromium(),
    args: CHROMIUM_ARGS,
    headless: true,
    baseURL,
    viewport: { width: 1360, height: 860 },
    locale,
    timezoneId,
    deviceScaleFactor,
  });
}

export const test = base.extend<Fixtures>({
  // eslint-disable-next-line no-empty-pattern
  profileDir: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'internship-tracker-e2e-'));
    await use(dir);
    rmSync(dir, { recursive: true, force: true });
  },
  app: async ({ profileDir, baseURL, locale, timezoneId, deviceScaleFactor }, use) => {
    let context = await launchProfile(profileDir, baseURL, locale, timezoneId, deviceScaleFactor);
    const app = {
      context,
      page: context.pages()[0] ?? (await context.newPage()),
      async restart() {
        await context.close();
        context = await launchProfile(profileDir, baseURL, locale, timezoneId, deviceScaleFactor);
        app.context = context;
        app.page = context.pages()[0] ?? (await context.newPage());
        await app.page.goto('/');
        return app.page;
      },
    };
    await use(app);
    await context.close();
  },
  page: async ({ app }, use) => {
    await app.page.goto('/');
    await use(app.page);
  },
});

export { expect } from '@playwright/test';
