// Upgrading a schema-1 database, end to end in Chromium with a persistent profile on disk. The
// frozen schema-1 code (tests/support/schemaV1, bundled for the page here with Vite's build API)
// writes 1,000 applications and the user's settings at the app's origin before the app has ever
// run there; then the browser is closed, the same profile opened again and the app (the latest
// schema) loads. Every stored row is read back from IndexedDB itself and compared field by field with
// what tests/support/upgradeV1Expectations.ts says, by hand, each schema-1 field becomes; and so
// again after the backup made before the upgrade is restored through Settings.
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { build, type Rolldown } from 'vite';
import { expect, test } from '../support/browserFixtures';
import { generateV1Applications, SETTINGS_V1 } from '../support/generateV1Applications';
import {
  expectedPipeline,
  expectedReminderSettings,
  upgradeMismatches,
  type RowV1,
} from '../support/upgradeV1Expectations';
import type { DatabaseV1 } from '../support/writeV1Database';

const APPLICATIONS = generateV1Applications(1_000);
const NOT_ARCHIVED = APPLICATIONS.filter((app) => app.archivedAt === null).length;
const USES_INTERVIEWING = APPLICATIONS.some((app) => app.statusHistory.some((e) => e.status === 'interviewing'));

/** A page of the app's origin that is not the app: only the schema-1 code runs in it. */
const WRITER_PAGE = '/schema-1-writer.html';

declare global {
  interface Window {
    schemaV1Writer?: { writeV1Database: (name: string, data: DatabaseV1) => Promise<void> };
  }
}

type Row = Record<string, unknown>;

interface StoredDatabase {
  /** IndexedDB's version: Dexie's times ten. */
  version: number;
  stores: Record<string, { keyPath: unknown; indexes: Record<string, { keyPath: unknown; multiEntry: boolean }> }>;
  applications: Row[];
  settings: Row[];
  /** Empty where the version has no such table. */
  recentlyDeleted: Row[];
}

/** The frozen schema-1 writer as one script (an IIFE that sets `schemaV1Writer`). */
async function writerBundle(): Promise<string> {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      target: 'chrome130',
      minify: false,
      lib: { entry: resolve('tests/support/writeV1Database.ts'), formats: ['iife'], name: 'schemaV1Writer' },
    },
  });
  const [output] = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  return output!.output[0].code;
}

/** The app's database as IndexedDB holds it, read without Dexie (and without upgrading it). */
function storedDatabase(page: Page): Promise<StoredDatabase> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('internship-tracker');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    try {
      const names = [...db.objectStoreNames];
      const tx = db.transaction(names, 'readonly');
      const stores = Object.fromEntries(
        names.map((name) => {
          const store = tx.objectStore(name);
          const indexes = [...store.indexNames].map((index) => {
            const { keyPath, multiEntry } = store.index(index);
            return [index, { keyPath, multiEntry }] as const;
          });
          return [name, { keyPath: store.keyPath, indexes: Object.fromEntries(indexes) }];
        }),
      );
      const all = (name: string) =>
        new Promise<Record<string, unknown>[]>((resolve, reject) => {
          const request = tx.objectStore(name).getAll();
          request.onsuccess = () => resolve(request.result as Record<string, unknown>[]);
          request.onerror = () => reject(request.error);
        });
      const [applications, settings, recentlyDeleted] = await Promise.all([
        all('applications'),
        all('settings'),
        names.includes('recentlyDeleted') ? all('recentlyDeleted') : [],
      ]);
      return { version: db.version, stores, applications, settings, recentlyDeleted };
    } finally {
      db.close();
    }
  });
}

function expectSettingsUpgraded(settings: readonly Row[]): void {
  expect([...settings].sort((a, b) => String(a.key).localeCompare(String(b.key)))).toEqual([
    { key: 'pipeline', value: expectedPipeline(USES_INTERVIEWING) },
    { key: 'reminders', value: expectedReminderSettings(SETTINGS_V1.reminders) },
    { key: 'theme', value: SETTINGS_V1.theme },
  ]);
}

async function openView(page: Page, name: 'Settings' | 'Applications') {
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name }).click();
}

test('a database of 1,000 applications written by schema 1 opens in the latest schema with nothing lost', async ({
  app,
}) => {
  test.setTimeout(5 * 60_000);
  const bundle = await writerBundle();
  expect(USES_INTERVIEWING).toBe(true);

  // Schema 1 writes its database before this version has ever run at this origin.
  await app.page.route(`**${WRITER_PAGE}`, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Schema 1</title>' }),
  );
  await app.page.goto(WRITER_PAGE);
  await app.page.addScriptTag({ content: bundle });
  await app.page.evaluate((data) => window.schemaV1Writer!.writeV1Database('internship-tracker', data), {
    applications: APPLICATIONS,
    settings: SETTINGS_V1,
  } satisfies DatabaseV1);
  const v1 = await storedDatabase(app.page);
  expect(v1.version).toBe(10);
  expect(v1.stores.applications).toEqual({
    keyPath: 'id',
    indexes: {
      status: { keyPath: 'status', multiEntry: false },
      company: { keyPath: 'company', multiEntry: false },
      updatedAt: { keyPath: 'updatedAt', multiEntry: false },
      createdAt: { keyPath: 'createdAt', multiEntry: false },
      archivedAt: { keyPath: 'archivedAt', multiEntry: false },
      tags: { keyPath: 'tags', multiEntry: true },
      dates: { keyPath: 'dates', multiEntry: true },
    },
  });
  const rowsV1 = v1.applications as unknown as RowV1[];
  expect(rowsV1.map(({ dates: _dates, ...app }) => app)).toEqual(
    [...APPLICATIONS].sort((a, b) => (a.id < b.id ? -1 : 1)),
  );

  // The browser closes; the same profile opens the app, this version.
  const page = await app.restart();
  // The filter bar's count (other messages mention applications too).
  const count = page.getByRole('status').filter({ hasText: /^(\d[\d,]* of )?\d[\d,]* applications?$/ });
  await expect(count).toHaveText(`${NOT_ARCHIVED.toLocaleString('en-US')} of 1,000 applications`);
  await page.getByLabel('Show archived').check();
  await expect(count).toHaveText('1,000 applications');

  const v2 = await storedDatabase(page);
  expect(v2.version).toBe(30);
  // Only the indexes a query reads are left: the first screen's date index; and the table of
  // recently deleted applications, empty.
  expect(v2.stores).toEqual({
    applications: { keyPath: 'id', indexes: { dates: { keyPath: 'dates', multiEntry: true } } },
    settings: { keyPath: 'key', indexes: {} },
    recentlyDeleted: { keyPath: 'id', indexes: { deletedAt: { keyPath: 'deletedAt', multiEntry: false } } },
  });
  // One list of differences, not an expect per field: Playwright reports each expect as a step,
  // and 35,000 of them take minutes.
  expect(upgradeMismatches(rowsV1, v2.applications)).toEqual([]);
  expectSettingsUpgraded(v2.settings);

  // The reminder settings read as the student left them, not as defaults.
  await openView(page, 'Settings');
  await expect(page.getByLabel('Remind me before an internship I applied to starts')).not.toBeChecked();
  await expect(page.getByLabel('Remind about dates at')).toHaveValue('07:30');

  // The backup made before the upgrade holds all of it, and restores into this version.
  const backups = page.getByRole('region', { name: 'Backups' });
  const beforeUpgrade = backups.getByRole('row', { name: /Before this version upgraded your data/ });
  await expect(beforeUpgrade).toHaveCount(1);
  await expect(beforeUpgrade).toContainText('1,000 applications, 2 settings');

  await openView(page, 'Applications');
  await page.getByRole('grid', { name: 'Applications' }).getByRole('row').nth(1).click();
  await page.getByRole('complementary').getByRole('button', { name: 'Delete' }).click();
  await expect(count).toHaveText('999 applications');

  await openView(page, 'Settings');
  await beforeUpgrade.getByRole('button', { name: /Restore the backup of/ }).click();
  const confirmation = page.getByRole('dialog', { name: 'Restore this backup?' });
  await expect(confirmation).toContainText('Replaces 999 applications with 1,000 from');
  await expect(confirmation).toContainText('an older version: its data is converted as it is restored');
  await confirmation.getByRole('button', { name: 'Replace my data' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Restored 1,000 applications' })).toBeVisible();

  const restored = await storedDatabase(page);
  expect(upgradeMismatches(rowsV1, restored.applications)).toEqual([]);
  // The application deleted before the restore is still in Recently deleted: a restore leaves it.
  expect(restored.recentlyDeleted).toHaveLength(1);
  expectSettingsUpgraded(restored.settings);
  await openView(page, 'Applications');
  await expect(count).toHaveText('1,000 applications');
});
