// What the app does on its own with 10,000 applications: the automatic daily backup (how long
// from its check to the backup being stored, next to a raw read, JSON, checksum and write of the
// same data, and the longest the page was busy meanwhile: no stretch over 50 ms; workers make and
// store it, so its end is when the backups store first shows it), and minute-refresh, the minute
// tick that keeps "in 3 days" true (the longest it keeps the page busy), in the table and in the
// reminder centre, which counts on by the minute. The backups kept are
// those of two weeks of use: fourteen, each of everything.
//
// The backup runs on the app's own timers, as it does for a student: Playwright's fake clock fires
// every timer due at once in one task of its own, which joined the tasks the backup takes turns
// in (receiving the backup, handing it on) into one stretch the page never has. The minute tick,
// an hour of minutes apart, is driven by the fake clock in a browser of its own.
import { expect, test, type Page } from '@playwright/test';
import { KEPT_BACKUPS } from '../../shared/desktopApi';
import { generateApplications } from '../support/generateApplications';
import { backUpFirst, DATABASES, loadSettled, openBenchBrowser, seedEmptyApp } from './benchPage';
import { metric, recordMetrics } from './benchReport';
import { busySince, newestBackup, quiet, startBusy, startBusyAtRead, stopBusy, waitForBackup } from './pageProbes';

const COUNT = 10_000;
const BACKUPS = 3;
const MINUTES = 7;
const DAY_MS = 24 * 60 * 60_000;
/** Past the app's start-up work: its first reminder plan starts 1.5 s in. */
const STARTUP_WORK_MS = 5_000;

/** Fills the kept backups up with copies of the newest, each a day older than the one before. */
function fillKeptBackups(page: Page): Promise<number> {
  return page.evaluate(
    async ({ db, kept, day }) => {
      const connection = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open(db);
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const store = () => connection.transaction('backups', 'readwrite').objectStore('backups');
      const [newest] = await new Promise<{ id: string; createdAt: string }[]>((resolve, reject) => {
        const all = store().getAll();
        all.onsuccess = () => resolve(all.result);
        all.onerror = () => reject(all.error);
      });
      if (!newest) throw new Error('There is no backup to copy');
      const tx = connection.transaction('backups', 'readwrite');
      for (let i = 1; i < kept; i++) {
        const createdAt = new Date(Date.parse(newest.createdAt) - i * day).toISOString();
        tx.objectStore('backups').put({
          ...newest,
          id: `${createdAt.replace(/[:.]/g, '-')}-daily`,
          createdAt,
          reason: 'daily',
        });
      }
      await new Promise((resolve, reject) => {
        tx.oncomplete = resolve;
        tx.onerror = () => reject(tx.error);
      });
      const count = await new Promise<number>((resolve) => {
        const counted = store().count();
        counted.onsuccess = () => resolve(counted.result);
      });
      connection.close();
      return count;
    },
    { db: DATABASES.backups, kept: KEPT_BACKUPS, day: DAY_MS },
  );
}

/** Moves the newest backup a day back, so that the app finds the daily one due when it starts. */
function ageNewestBackup(page: Page): Promise<void> {
  return page.evaluate(
    async ({ db, day }) => {
      const connection = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open(db);
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const tx = connection.transaction('backups', 'readwrite');
      const cursor = tx.objectStore('backups').index('createdAt').openCursor(null, 'prev');
      cursor.onsuccess = () => {
        const newest = cursor.result?.value as { createdAt: string } | undefined;
        // A throw here would not reach the caller: aborting rejects below.
        if (!newest) return tx.abort();
        cursor.result!.update({ ...newest, createdAt: new Date(Date.parse(newest.createdAt) - day).toISOString() });
      };
      await new Promise((resolve, reject) => {
        tx.oncomplete = resolve;
        tx.onerror = () => reject(tx.error);
        tx.onabort = () => reject(new Error('There is no backup to age'));
      });
      connection.close();
    },
    { db: DATABASES.backups, day: DAY_MS },
  );
}

/** The same work raw: both tables read on a fresh connection, JSON, SHA-256, written to a store. */
function rawBackups(page: Page, times: number): Promise<number[]> {
  return page.evaluate(
    async ({ db, times }) => {
      const opened = (name: string, version?: number) =>
        new Promise<IDBDatabase>((resolve, reject) => {
          const open = indexedDB.open(name, version);
          open.onupgradeneeded = () => open.result.createObjectStore('backups', { keyPath: 'id' });
          open.onsuccess = () => resolve(open.result);
          open.onerror = () => reject(open.error);
        });
      const target = await opened('bench-raw-backups', 1);
      const samples: number[] = [];
      for (let i = 0; i < times; i++) {
        const start = performance.now();
        const source = await opened(db);
        const tx = source.transaction(['applications', 'settings']);
        const read = (store: string) =>
          new Promise<unknown[]>((resolve, reject) => {
            const all = tx.objectStore(store).getAll();
            all.onsuccess = () => resolve(all.result);
            all.onerror = () => reject(all.error);
          });
        const [applications, settings] = await Promise.all([read('applications'), read('settings')]);
        source.close();
        const json = JSON.stringify({ applications, settings });
        const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(json));
        const write = target.transaction('backups', 'readwrite');
        write.objectStore('backups').put({ id: `raw-${i}`, digest, json });
        await new Promise((resolve, reject) => {
          write.oncomplete = resolve;
          write.onerror = () => reject(write.error);
        });
        samples.push(performance.now() - start);
      }
      target.close();
      return samples;
    },
    { db: DATABASES.app, times },
  );
}

test(`the automatic daily backup with ${COUNT.toLocaleString('en-US')} applications`, async ({ baseURL }, testInfo) => {
  const browser = await openBenchBrowser(baseURL);
  try {
    const { page } = browser;
    await seedEmptyApp(page, generateApplications(COUNT, new Date()));
    await loadSettled(page);
    await backUpFirst(page);
    expect(await fillKeptBackups(page)).toBe(KEPT_BACKUPS);

    // Each time the newest backup a day old when the app starts; then the same work raw, taking
    // turns so that a busy moment of the machine falls on both.
    const backups: number[] = [];
    const rawTimes: number[] = [];
    const busiest: number[] = [];
    for (let i = 0; i < BACKUPS; i++) {
      await ageNewestBackup(page);
      const newest = await newestBackup(page, DATABASES.backups);
      await loadSettled(page, { planChanges: false });
      // The first reminder plan, 1.5 s in, finds nothing to change and writes nothing to wait for.
      await page.waitForTimeout(STARTUP_WORK_MS);
      await quiet(page);
      expect(
        await newestBackup(page, DATABASES.backups),
        'start-up took so long that the backup ran before it was measured',
      ).toBe(newest);
      // Timed from the check (it counts the applications first), not through the half minute
      // before it, when the probe's own messages would be the only work the page has.
      await startBusyAtRead(page, DATABASES.app, 'applications');
      const written = await waitForBackup(page, DATABASES.backups, newest);
      backups.push(written - (await busySince(page)));
      await quiet(page);
      busiest.push(await stopBusy(page));
      rawTimes.push(...(await rawBackups(page, 1)));
    }

    await recordMetrics(testInfo, [
      metric('backup', {
        samples: backups,
        baseline: rawTimes,
        longestTask: Math.max(...busiest),
        limits: [{ field: 'longest_task_ms', max: 50 }],
        note: 'automatic daily backup, 14 kept',
      }),
    ]);
  } finally {
    await browser.close();
  }
});

/** The longest the page is busy after each of MINUTES minutes, on a quiet page, once `open` shows a view. */
async function minuteRefresh(baseURL: string | undefined, open: (page: Page) => Promise<void>): Promise<number[]> {
  const browser = await openBenchBrowser(baseURL, { clock: true });
  try {
    const { page } = browser;
    await seedEmptyApp(page, generateApplications(COUNT, new Date()));
    await loadSettled(page);
    // The fake clock moves only when told: past what the app does once after it starts (the
    // first reminder plan), which is not the minute tick's work.
    await page.clock.runFor(STARTUP_WORK_MS);
    await open(page);

    // A minute at a time, each on a quiet page.
    const minutes: number[] = [];
    for (let i = 0; i < MINUTES; i++) {
      await quiet(page);
      await startBusy(page);
      await page.clock.runFor(60_000);
      await quiet(page);
      minutes.push(await stopBusy(page));
    }
    return minutes;
  } finally {
    await browser.close();
  }
}

test(`the minute tick with ${COUNT.toLocaleString('en-US')} applications`, async ({ baseURL }, testInfo) => {
  const minutes = await minuteRefresh(baseURL, async () => {});
  await recordMetrics(testInfo, [
    metric('minute-refresh', {
      samples: minutes,
      limits: [{ field: 'value_ms', max: 16 }],
      note: 'longest busy stretch after a minute passes',
    }),
  ]);
});

test(`the minute tick in the reminder centre with ${COUNT.toLocaleString('en-US')} applications`, async ({
  baseURL,
}, testInfo) => {
  // The centre counts on by the minute ("1 hour ago", "in 3 hours"): it draws its listed reminders
  // again each minute, and only those.
  const minutes = await minuteRefresh(baseURL, async (page) => {
    await page
      .getByRole('navigation', { name: 'Views' })
      .getByRole('button', { name: 'Reminders', exact: true })
      .click();
    await expect(page.getByRole('region', { name: 'Upcoming' }).getByRole('listitem').first()).toBeVisible();
  });
  await recordMetrics(testInfo, [
    metric('minute-refresh-reminders', {
      samples: minutes,
      limits: [{ field: 'value_ms', max: 16 }],
      note: 'longest busy stretch after a minute passes, the reminder centre open',
    }),
  ]);
});
