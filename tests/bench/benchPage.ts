// A benchmark's browser: a persistent Chromium profile on disk (IndexedDB as in the app) with the
// probes installed, filled with generated applications, and the app loaded and settled.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, type BrowserContext, type Page } from '@playwright/test';
import type { Application } from '../../shared/application';
import { launchProfile } from '../support/browserFixtures';
import { seedApplications } from '../support/seedDatabase';
import { backUpNow } from '../support/userActions';
import { installProbes, quiet, realNow, waitForWrite } from './pageProbes';

/** The app's databases, as the browser build names them. */
export const DATABASES = {
  app: 'internship-tracker',
  reminders: 'internship-tracker-reminders',
  backups: 'internship-tracker-backups',
};

export interface BenchBrowser {
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

/** A fresh profile with the probes in every page; `clock` installs Playwright's clock first thing. */
export async function openBenchBrowser(baseURL: string | undefined, options: { clock?: boolean } = {}) {
  const profile = mkdtempSync(join(tmpdir(), 'internship-tracker-bench-'));
  const context = await launchProfile(profile, baseURL);
  const page = context.pages()[0] ?? (await context.newPage());
  // Before the clock: the probes keep the page's real clock.
  await installProbes(page);
  if (options.clock) await page.clock.install();
  return {
    context,
    page,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  } satisfies BenchBrowser;
}

/** Opens the empty app once (which creates its database), then writes `apps` straight into it. */
export async function seedEmptyApp(page: Page, apps: Application[]): Promise<void> {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'No applications yet' })).toBeVisible();
  await seedApplications(page, apps);
}

/** Longer than the app's wait before background work (STARTUP_MS in useAfterStartup.ts, 1.5 s). */
const AFTER_STARTUP_MS = 2_000;

/**
 * Loads the app and waits until start-up is over: every row read, the first reminder plan
 * written (it starts a moment after start-up and reads every application), the page quiet.
 * `planChanges: false` when the plan has nothing new to write (the same data, the same day);
 * `'maybe'` when an earlier load of the same data may have written it or not (one left before
 * its start-up was over did not): then the page is waited on to stay quiet for longer than
 * start-up's wait, which the plan's reading of every application would have broken.
 */
export async function loadSettled(
  page: Page,
  { planChanges = true }: { planChanges?: boolean | 'maybe' } = {},
): Promise<void> {
  await page.goto('/');
  const loaded = await realNow(page);
  await expect(page.getByRole('status').filter({ hasText: /^[\d,]+ (of [\d,]+ )?applications?$/ })).toBeVisible();
  if (planChanges === true) await waitForWrite(page, DATABASES.reminders, loaded);
  await quiet(page, planChanges === 'maybe' ? AFTER_STARTUP_MS : undefined);
}

/**
 * Makes a backup through Settings, so the daily one (due 30 s after start-up when the newest
 * backup is a day old) does not run in the middle of a measurement.
 */
export async function backUpFirst(page: Page): Promise<void> {
  await backUpNow(page);
  await quiet(page);
}

/** Papa Parse in the page, as `window.Papa`: the library the raw CSV baselines use. */
export async function installPapaParse(page: Page): Promise<void> {
  const source = readFileSync(resolve('node_modules/papaparse/papaparse.min.js'), 'utf8');
  // Through the DevTools protocol: the page's CSP allows no inline script.
  await page.evaluate(`(function () { var module, exports, define; ${source}\n; window.Papa = Papa; })()`);
}

/** Garbage collects, then returns the JS heap in use (MB), through the DevTools protocol. */
export async function heapInUse(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.enable');
    for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return usedSize / 1e6;
  } finally {
    await cdp.detach();
  }
}
