// Opening the app with 10,000 applications. nav-first-rows and nav-complete: from the moment the
// page's HTML begins to arrive until the table shows its first rows, and until it counts every
// application (all rows usable: sorting, filters and search see them all). Their baseline is a
// bare page of the same origin, loaded the same way, that opens the database on a fresh
// connection, reads the rows the table first shows through the same index (the date index, every
// row with a date up to the last shown one's) and puts them on screen, then reads every row.
// heap-10k: the JS heap with the 10,000 loaded and start-up over, next to the heap the raw rows
// take in a bare page.
import { expect, test, type Page } from '@playwright/test';
import type { Application } from '../../shared/application';
import { nextDate } from '../../shared/nextDate';
import { generateApplications } from '../support/generateApplications';
import { allRowsUsable, firstRowsShown, renderedRowCount } from '../support/userActions';
import { DATABASES, heapInUse, loadSettled, openBenchBrowser, seedEmptyApp } from './benchPage';
import { metric, recordMetrics } from './benchReport';
import { quiet, seenSinceLoad, watchFromLoad } from './pageProbes';

const COUNT = 10_000;
const LOADS = 7;
const RAW_PAGE = '/bench-raw-read';

interface RawTimes {
  firstRows?: number;
  complete?: number;
}

declare global {
  interface Window {
    /** The bare page's times, once it has read every row. */
    rawDone?: Promise<RawTimes>;
    rawRows?: unknown[];
  }
}

/**
 * The due time of the `shown`-th row in the table's default order (next date first): every row
 * the table first shows has a date index key from the start of today up to it.
 */
function firstScreenBound(apps: Application[], now: Date, shown: number): number {
  const times = apps
    .filter((app) => app.archivedAt === null)
    .map((app) => nextDate(app, now)?.time)
    .filter((time): time is number => time !== undefined)
    .sort((a, b) => a - b);
  return times[Math.min(shown, times.length) - 1]!;
}

/**
 * When the page's HTML began to arrive: both pages are timed from there, so that neither counts
 * how the test serves it (the app's server, or the test itself for the bare page) nor the page
 * it replaces being torn down.
 */
function documentArrived(page: Page): Promise<number> {
  return page.evaluate(
    () => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).responseStart,
  );
}

/** The bare page's script: the same reads, raw, timed from when its HTML began to arrive. */
function rawRead({ db, from, to }: { db: string; from: number; to: number }) {
  const times: RawTimes = {};
  let done = (_times: RawTimes) => {};
  window.rawDone = new Promise((resolve) => (done = resolve));
  const stamp = (name: keyof typeof times) => {
    void document.body.offsetHeight;
    times[name] = performance.now() - performance.getEntriesByType('navigation')[0]!.toJSON().responseStart;
  };
  const open = indexedDB.open(db);
  open.onsuccess = () => {
    const connection = open.result;
    const range = IDBKeyRange.bound(from, to);
    const first = connection.transaction('applications').objectStore('applications').index('dates').getAll(range);
    first.onsuccess = () => {
      // An application with two dates in range comes twice from a multi-entry index.
      const rows = new Map((first.result as Application[]).map((app) => [app.id, app]));
      const list = document.createElement('ol');
      for (const app of rows.values())
        list.append(Object.assign(document.createElement('li'), { textContent: `${app.company} — ${app.role}` }));
      document.body.append(list);
      stamp('firstRows');
      const all = connection.transaction('applications').objectStore('applications').getAll();
      all.onsuccess = () => {
        // Reading the result makes the rows objects (IndexedDB hands them over lazily), as the app must.
        window.rawRows = all.result as unknown[];
        stamp('complete');
        connection.close();
        done(times);
      };
    };
  };
}

test(`opening the app with ${COUNT.toLocaleString('en-US')} applications`, async ({ baseURL }, testInfo) => {
  const now = new Date();
  const apps = generateApplications(COUNT, now);
  const browser = await openBenchBrowser(baseURL);
  try {
    const { page, context } = browser;
    let rawScript = '';
    // The bare page is served through the DevTools protocol, for its address alone: Playwright's
    // routing would turn the browser's HTTP cache off for every request, the app's files included.
    const devTools = await context.newCDPSession(page);
    devTools.on('Fetch.requestPaused', ({ requestId }) => {
      const body = `<!doctype html><html><head><meta charset="utf-8"><title>Raw read</title></head><body><script>${rawScript}</script></body></html>`;
      void devTools.send('Fetch.fulfillRequest', {
        requestId,
        responseCode: 200,
        responseHeaders: [{ name: 'Content-Type', value: 'text/html; charset=utf-8' }],
        body: Buffer.from(body).toString('base64'),
      });
    });
    await devTools.send('Fetch.enable', { patterns: [{ urlPattern: `*${RAW_PAGE}*` }] });
    await watchFromLoad(page, 'firstRows', firstRowsShown);
    await watchFromLoad(page, 'complete', allRowsUsable);
    await seedEmptyApp(page, apps);

    // A first load shows how many rows the table puts on screen: the raw page reads those.
    await page.goto('/');
    await seenSinceLoad(page, ['firstRows', 'complete']);
    const shown = await renderedRowCount(page);
    expect(shown).toBeGreaterThan(5);
    const from = new Date(now).setHours(0, 0, 0, 0);
    rawScript = `(${rawRead.toString()})(${JSON.stringify({ db: DATABASES.app, from, to: firstScreenBound(apps, now, shown) })})`;

    const app = { firstRows: [] as number[], complete: [] as number[] };
    const raw = { firstRows: [] as number[], complete: [] as number[] };
    for (let i = 0; i < LOADS; i++) {
      await page.goto('/');
      const seen = await seenSinceLoad(page, ['firstRows', 'complete']);
      const arrived = await documentArrived(page);
      app.firstRows.push(seen.firstRows! - arrived);
      app.complete.push(seen.complete! - arrived);
      // What the app goes on to do (its reminder plan, the search text) is left to finish, so
      // that the bare page does not share the machine with it.
      await quiet(page);
      await page.goto(RAW_PAGE);
      // Waited for in the page, as the app's times are (see seenSinceLoad).
      const times = await page.evaluate(() => window.rawDone!);
      raw.firstRows.push(times.firstRows!);
      raw.complete.push(times.complete!);
    }

    // The heap with everything loaded and start-up over, against the rows alone in a bare page.
    // The loads above may have written the plan (a slow one outlasts start-up's wait) or not.
    await loadSettled(page, { planChanges: 'maybe' });
    const appHeap = await heapInUse(page);
    rawScript = '';
    await page.goto(RAW_PAGE);
    const emptyHeap = await heapInUse(page);
    const held = await page.evaluate(async (db) => {
      const connection = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open(db);
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      window.rawRows = await new Promise<unknown[]>((resolve, reject) => {
        const all = connection.transaction('applications').objectStore('applications').getAll();
        all.onsuccess = () => resolve(all.result);
        all.onerror = () => reject(all.error);
      });
      connection.close();
      return window.rawRows.length;
    }, DATABASES.app);
    expect(held).toBe(COUNT);
    const rowsHeap = (await heapInUse(page)) - emptyHeap;

    await recordMetrics(testInfo, [
      metric('nav-first-rows', {
        samples: app.firstRows,
        baseline: raw.firstRows,
        limits: [{ field: 'ratio', max: 1.2 }],
        note: `${shown} rows on screen`,
      }),
      metric('nav-complete', { samples: app.complete, baseline: raw.complete, limits: [{ field: 'ratio', max: 1.5 }] }),
      // The whole heap of the app against what the rows take as objects in the same engine: the
      // app's own code and its fixed state count against it, which only favours the baseline.
      metric('heap-10k', {
        samples: [appHeap],
        baseline: [rowsHeap],
        unit: 'MB',
        limits: [{ field: 'ratio', max: 2.5 }],
      }),
    ]);
  } finally {
    await browser.close();
  }
});
