// Changing one application, at 100 and at 10,000 applications in the same profile: edit-save,
// status-change, delete and undo, each from the click to the screen showing it, next to raw
// IndexedDB doing the same write to one record; and reminder-replan-one-edit, from the status
// change to the new reminder plan written by the scheduler (the browser build's stand-in for the
// main process). A change to one record should cost the same whatever else is stored: the 10,000
// figure over the 100 one is each metric's scale_ratio.
import { expect, test, type Page } from '@playwright/test';
import type { Application } from '../../shared/application';
import { generateApplications } from '../support/generateApplications';
import { seedApplications } from '../support/seedDatabase';
import {
  applicationsTable,
  changeStage,
  deleteApplication,
  deletedMessage,
  editNotes,
  CLOSING_STAGE,
  openApplicationAt,
  renderedRowIndexes,
  rowDaysAhead,
  tableCountText,
  tableRowAt,
  undoFromMessage,
} from '../support/userActions';
import { backUpFirst, DATABASES, loadSettled, openBenchBrowser, seedEmptyApp } from './benchPage';
import { metric, recordMetrics } from './benchReport';
import { quiet, timeStep, waitForWrite } from './pageProbes';

const SMALL = 100;
const LARGE = 10_000;
const REPEATS = 7;

interface RawSamples {
  getPut: number[];
  remove: number[];
  restore: number[];
}

interface Samples {
  editSave: number[];
  statusChange: number[];
  remove: number[];
  undo: number[];
  replan: number[];
  raw: RawSamples;
}

/**
 * The first row on screen whose next date is three days away or more: withdrawing it takes
 * reminders out of the plan (sooner ones may all be past), so the plan is written again. From the
 * top of the table: the Undo before took the table to the row it brought back, near the end.
 */
async function rowWithRemindersAhead(page: Page): Promise<number> {
  await applicationsTable(page)
    .locator('.table-scroll')
    .evaluate((scroll) => scroll.scrollTo(0, 0));
  await expect(tableRowAt(page, 0)).toBeVisible();
  for (const index of await renderedRowIndexes(page)) {
    if (((await rowDaysAhead(page, index)) ?? 0) >= 3) return index;
  }
  throw new Error('No application on screen has a date three days away or more');
}

/**
 * Each action on a different application, the page quiet before each, and after them the same
 * writes raw to one of `rawIds` (taking turns, so a busy moment of the machine falls on both).
 */
async function measureChanges(page: Page, apps: Application[], rawIds: string[], run: number): Promise<Samples> {
  const raw: RawSamples = { getPut: [], remove: [], restore: [] };
  const samples: Samples = { editSave: [], statusChange: [], remove: [], undo: [], replan: [], raw };
  const total = apps.length;
  const shown = apps.filter((app) => app.archivedAt === null).length;
  for (let i = 0; i < REPEATS; i++) {
    const app = await openApplicationAt(page, await rowWithRemindersAhead(page));
    await quiet(page);
    samples.editSave.push((await timeStep(page, editNotes(page, app, `Benchmark edit ${run}-${i}`))).ms);
    await quiet(page);
    const status = await timeStep(page, changeStage(page, app, CLOSING_STAGE));
    samples.statusChange.push(status.ms);
    samples.replan.push((await waitForWrite(page, DATABASES.reminders, status.start)) - status.start);
    await quiet(page);
    samples.remove.push((await timeStep(page, deleteApplication(page, app, tableCountText(shown - 1, total - 1)))).ms);
    // Not long: the message with Undo stays for 8 seconds.
    await quiet(page, 200);
    samples.undo.push(
      (await timeStep(page, undoFromMessage(page, deletedMessage(app), tableCountText(shown, total)))).ms,
    );
    await quiet(page);
    const writes = await measureRawWrites(page, rawIds[i]!);
    raw.getPut.push(writes.getPut);
    raw.remove.push(writes.remove);
    raw.restore.push(writes.restore);
  }
  return samples;
}

/** The same writes raw, on a connection of their own, to a record like the ones changed. */
function measureRawWrites(page: Page, id: string): Promise<{ getPut: number; remove: number; restore: number }> {
  return page.evaluate(
    async ({ db, id }) => {
      const connection = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open(db);
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      /**
       * Runs `work` in a read-write transaction over what the app's writes cover (a delete keeps
       * its record in Recently deleted); resolves with how long until it completed.
       */
      const timed = (work: (applications: IDBObjectStore, deleted: IDBObjectStore) => void) =>
        new Promise<number>((resolve, reject) => {
          const start = performance.now();
          const tx = connection.transaction(['applications', 'recentlyDeleted'], 'readwrite');
          work(tx.objectStore('applications'), tx.objectStore('recentlyDeleted'));
          tx.oncomplete = () => resolve(performance.now() - start);
          tx.onerror = () => reject(tx.error);
        });
      // Get and put back unchanged: the app's own view of the record stays true.
      const getPut = await timed((store) => {
        const read = store.get(id);
        read.onsuccess = () => store.put(read.result);
      });
      // Deleting and restoring a copy, so the app's records stay as they are.
      let copy: { id: string } | null = null;
      await timed((store) => {
        const read = store.get(id);
        read.onsuccess = () => {
          copy = { ...read.result, id: `${id}-raw` };
          store.put(copy);
        };
      });
      const remove = await timed((store, deleted) => {
        const read = store.get(`${id}-raw`);
        read.onsuccess = () => {
          store.delete(`${id}-raw`);
          deleted.put({ id: `${id}-raw`, deletedAt: Date.now(), application: read.result });
        };
      });
      const restore = await timed((store, deleted) => {
        store.put(copy);
        deleted.delete(`${id}-raw`);
      });
      await timed((store) => store.delete(`${id}-raw`));
      connection.close();
      return { getPut, remove, restore };
    },
    { db: DATABASES.app, id },
  );
}

test(`changing one application at ${SMALL} and at ${LARGE.toLocaleString('en-US')}`, async ({ baseURL }, testInfo) => {
  const now = new Date();
  const apps = generateApplications(LARGE, now);
  const going = apps.filter((app) => app.archivedAt === null).map((app) => app.id);
  const browser = await openBenchBrowser(baseURL);
  try {
    const { page } = browser;
    await seedEmptyApp(page, apps.slice(0, SMALL));
    await loadSettled(page);
    await backUpFirst(page);
    const small = await measureChanges(page, apps.slice(0, SMALL), going.slice(0, REPEATS), 1);

    await seedApplications(page, apps.slice(SMALL));
    await loadSettled(page);
    const large = await measureChanges(page, apps, going.slice(-REPEATS), 2);
    expect(large.editSave).toHaveLength(REPEATS);

    const limits = [
      { field: 'value_ms', max: 50 },
      { field: 'scale_ratio', max: 1.5 },
    ] as const;
    await recordMetrics(testInfo, [
      metric('edit-save', {
        samples: large.editSave,
        small: small.editSave,
        baseline: large.raw.getPut,
        limits: [...limits],
      }),
      metric('status-change', {
        samples: large.statusChange,
        small: small.statusChange,
        baseline: large.raw.getPut,
        limits: [...limits],
      }),
      metric('delete', { samples: large.remove, small: small.remove, baseline: large.raw.remove, limits: [...limits] }),
      metric('undo', { samples: large.undo, small: small.undo, baseline: large.raw.restore, limits: [...limits] }),
      metric('reminder-replan-one-edit', {
        samples: large.replan,
        small: small.replan,
        limits: [{ field: 'scale_ratio', max: 1.5 }],
        note: 'status change to the plan written',
      }),
    ]);
  } finally {
    await browser.close();
  }
});
