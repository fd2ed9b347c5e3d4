// Table benchmark, 10,000 applications in real Chromium on disk: (a) navigation until the table
// shows rows, next to a raw IndexedDB read of the same rows; (b) a keystroke in search until the
// table shows the result, next to a plain Array.filter over the same rows.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { launchProfile } from '../support/browserFixtures';
import { generateApplications } from '../support/generateApplications';
import { seedApplications } from '../support/seedDatabase';
import { median, metric, report } from './benchReport';

const COUNT = 10_000;
const LOADS = 7;
const QUERIES = ['pinterest', 'google', 'machine learning', 'nestle'];

declare global {
  interface Window {
    firstRowAt?: number;
  }
}

test(`table with ${COUNT.toLocaleString('en-US')} applications`, async ({ baseURL }) => {
  const profile = mkdtempSync(join(tmpdir(), 'internship-tracker-bench-'));
  const context = await launchProfile(profile, baseURL);
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    // Records when the first data row appears, from navigation start.
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (document.querySelector('[role="row"][aria-rowindex="2"]')) {
          window.firstRowAt = performance.now();
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto('/');
    await expect(page.getByRole('heading', { name: 'No applications yet' })).toBeVisible();

    await seedApplications(page, generateApplications(COUNT, new Date()));

    // (a) Navigation until rows show, against a raw read of the same rows.
    const loads: number[] = [];
    for (let i = 0; i < LOADS; i++) {
      await page.reload();
      await page.waitForFunction(() => window.firstRowAt !== undefined);
      loads.push(await page.evaluate(() => window.firstRowAt!));
    }
    const rawReads = await page.evaluate(async (times) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('internship-tracker');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const samples: number[] = [];
      for (let i = 0; i < times; i++) {
        const start = performance.now();
        await new Promise((resolve, reject) => {
          const request = db.transaction('applications').objectStore('applications').getAll();
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
        samples.push(performance.now() - start);
      }
      db.close();
      return samples;
    }, LOADS);
    await expect(page.getByRole('status').filter({ hasText: '10,000 applications' })).toBeVisible();

    // (b) Keystroke until the table shows the result, against Array.filter over the same rows.
    const { keystrokes, filters } = await page.evaluate(async (queries) => {
      const input = document.querySelector<HTMLInputElement>('#search')!;
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
      const table = document.querySelector('.applications-main')!;
      const type = (value: string) =>
        new Promise<number>((resolve) => {
          const observer = new MutationObserver(() => {
            observer.disconnect();
            void document.body.offsetHeight; // include style and layout of the new result
            resolve(performance.now() - start);
          });
          observer.observe(table, { childList: true, subtree: true, characterData: true, attributes: true });
          const start = performance.now();
          setValue.call(input, value);
          input.dispatchEvent(new Event('input', { bubbles: true }));
        });
      const db = await new Promise<IDBDatabase>((resolve) => {
        const request = indexedDB.open('internship-tracker');
        request.onsuccess = () => resolve(request.result);
      });
      const all = await new Promise<{ company: string; role: string; notes: string }[]>((resolve) => {
        const request = db.transaction('applications').objectStore('applications').getAll();
        request.onsuccess = () => resolve(request.result);
      });
      db.close();

      const keystrokes: number[] = [];
      const filters: number[] = [];
      for (const query of queries) {
        for (let i = 1; i <= query.length; i++) {
          const typed = query.slice(0, i);
          keystrokes.push(await type(typed));
          const start = performance.now();
          const needle = typed.toLowerCase();
          all.filter((a) => `${a.company}\n${a.role}\n${a.notes}`.toLowerCase().includes(needle));
          filters.push(performance.now() - start);
          await new Promise((resolve) => setTimeout(resolve, 30));
        }
        await type('');
      }
      return { keystrokes, filters };
    }, QUERIES);

    report([
      metric('table: navigation to first rows (10k)', median(loads), median(rawReads), 'ratio ≤ 1.5'),
      metric('table: search keystroke to result (10k)', median(keystrokes), median(filters), 'value ≤ 16 ms'),
    ]);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
});
