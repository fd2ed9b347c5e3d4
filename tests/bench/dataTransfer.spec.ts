// Data in and out with 10,000 applications, through the app's own screens.
// csv-export: from choosing "CSV summary — all applications" to the message that it was saved,
// next to a raw read of every row on a fresh connection, Papa.unparse of the export's rows (its
// columns worked out beforehand, untimed: the app's own formatting is what the ratio shows) and
// the file as a Blob.
// csv-import: a 10,000-row CSV (1,000 rows already tracked, 9,000 new) into the 10,000: from
// choosing the file to every row checked, plus from Import to the table counting them (the app
// backs up first, then writes). Next to the same work raw: Papa.parse, every stored row read for
// the same duplicate lookup, a backup of them (JSON, written), and a put of the 9,000 new rows
// into a database of the same size, with the same indexes. App and raw take turns, so a busy
// moment of the machine falls on both.
import { expect, test, type Page } from '@playwright/test';
import type { Application } from '../../shared/application';
import { applicationsToCsv, CSV_BOM, CSV_NEWLINE, csvExportRows } from '../../shared/csv/csvExport';
import { DEFAULT_PIPELINE } from '../../shared/pipeline';
import type { CsvValue } from '../../shared/csv/exportColumns';
import { FORMULA_TRIGGER } from '../../shared/csv/formulaEscape';
import { dateKeys } from '../../shared/nextDate';
import { generateApplications } from '../support/generateApplications';
import {
  chooseCsvFile,
  dismissMessages,
  exportAllAsCsv,
  importChecked,
  importedMessage,
  tableCountText,
  take,
  undoFromMessage,
} from '../support/userActions';
import { backUpFirst, DATABASES, installPapaParse, loadSettled, openBenchBrowser, seedEmptyApp } from './benchPage';
import { metric, recordMetrics } from './benchReport';
import { quiet, timeStep } from './pageProbes';

const COUNT = 10_000;
const ALREADY_TRACKED = 1_000;
const NEW_ROWS = 9_000;
const EXPORTS = 5;
const IMPORTS = 3;
const RAW_IMPORT_DB = 'bench-raw-import';

interface Papa {
  unparse(rows: CsvValue[][], options: { newline: string; escapeFormulae: RegExp }): string;
  parse(text: string, options: { header: true; skipEmptyLines: true }): { data: Record<string, string>[] };
}

declare global {
  interface Window {
    Papa?: Papa;
    exportRows?: CsvValue[][];
  }
}

/** Every row read raw, the export's rows made CSV by the library, made a file. */
function rawExport(page: Page): Promise<number> {
  return page.evaluate(
    async ({ db, newline, trigger, bom }) => {
      const start = performance.now();
      const connection = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open(db);
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const rows = await new Promise<unknown[]>((resolve, reject) => {
        const all = connection.transaction('applications').objectStore('applications').getAll();
        all.onsuccess = () => resolve(all.result);
        all.onerror = () => reject(all.error);
      });
      connection.close();
      if (rows.length + 1 !== window.exportRows!.length) throw new Error('The export rows are not those stored');
      const escapeFormulae = new RegExp(trigger.source, trigger.flags);
      const csv = window.Papa!.unparse(window.exportRows!, { newline, escapeFormulae });
      new Blob([bom + csv + newline], { type: 'text/csv;charset=utf-8' });
      return performance.now() - start;
    },
    {
      db: DATABASES.app,
      newline: CSV_NEWLINE,
      trigger: { source: FORMULA_TRIGGER.source, flags: FORMULA_TRIGGER.flags },
      bom: CSV_BOM,
    },
  );
}

/** A database of the same size for the raw import: the app's store copied, key and indexes too. */
function copyAppDatabase(page: Page): Promise<void> {
  return page.evaluate(
    async ({ db, copy }) => {
      const request = <T>(make: () => IDBRequest<T>) =>
        new Promise<T>((resolve, reject) => {
          const r = make();
          r.onsuccess = () => resolve(r.result);
          r.onerror = () => reject(r.error);
        });
      const app = await request(() => indexedDB.open(db));
      const source = app.transaction('applications').objectStore('applications');
      const indexes = [...source.indexNames].map((name) => source.index(name));
      const keyPath = source.keyPath;
      const stored = await request(() => source.getAll());
      app.close();
      const target = await request(() => {
        const open = indexedDB.open(copy, 1);
        open.onupgradeneeded = () => {
          const applications = open.result.createObjectStore('applications', { keyPath });
          for (const index of indexes) {
            applications.createIndex(index.name, index.keyPath, { multiEntry: index.multiEntry, unique: index.unique });
          }
          open.result.createObjectStore('backups', { keyPath: 'id' });
        };
        return open;
      });
      const filling = target.transaction('applications', 'readwrite');
      for (const row of stored) filling.objectStore('applications').put(row);
      await new Promise((resolve, reject) => {
        filling.oncomplete = resolve;
        filling.onerror = () => reject(filling.error);
      });
      target.close();
    },
    { db: DATABASES.app, copy: RAW_IMPORT_DB },
  );
}

/** The import's data work raw, into the copy; then takes the rows out again. */
function rawImport(page: Page, csv: string, added: Record<string, unknown>[]): Promise<number> {
  return page.evaluate(
    async ({ copy, csv, added }) => {
      const request = <T>(make: () => IDBRequest<T>) =>
        new Promise<T>((resolve, reject) => {
          const r = make();
          r.onsuccess = () => resolve(r.result);
          r.onerror = () => reject(r.error);
        });
      const done = (tx: IDBTransaction) =>
        new Promise<void>((resolve, reject) => {
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        });
      const fold = (text: string) =>
        text
          .normalize('NFD')
          .replace(/\p{Diacritic}/gu, '')
          .toLowerCase()
          .replace(/\s+/g, ' ')
          .trim();
      const key = (company: string, role: string, term: string) => `${fold(company)}\0${fold(role)}\0${fold(term)}`;

      const start = performance.now();
      const text = csv.startsWith('\uFEFF') ? csv.slice(1) : csv;
      const parsed = window.Papa!.parse(text, { header: true, skipEmptyLines: true }).data;
      const target = await request(() => indexedDB.open(copy));
      const existing = await request(() => target.transaction('applications').objectStore('applications').getAll());
      // The term as the CSV writes it (termLabel): its text, else "Summer 2026".
      const termText = ({ season, year, text }: Application['term']) =>
        text !== '' ? text : [season ? season[0]!.toUpperCase() + season.slice(1) : '', year ?? ''].join(' ').trim();
      const known = new Set(existing.map((row: Application) => key(row.company, row.role, termText(row.term))));
      const fresh = parsed.filter((row) => !known.has(key(row.Company!, row.Role!, row.Term!)));
      if (fresh.length !== added.length) throw new Error(`The lookup found ${fresh.length} new rows`);
      const backup = target.transaction('backups', 'readwrite');
      backup.objectStore('backups').put({ id: 'raw', json: JSON.stringify(existing) });
      await done(backup);
      const write = target.transaction('applications', 'readwrite');
      for (const row of added) write.objectStore('applications').put(row);
      await done(write);
      const took = performance.now() - start;

      const undo = target.transaction(['applications', 'backups'], 'readwrite');
      for (const row of added) undo.objectStore('applications').delete(row.id as string);
      undo.objectStore('backups').clear();
      await done(undo);
      target.close();
      return took;
    },
    { copy: RAW_IMPORT_DB, csv, added },
  );
}

test(`data in and out with ${COUNT.toLocaleString('en-US')} applications`, async ({ baseURL }, testInfo) => {
  const now = new Date();
  const all = generateApplications(COUNT + NEW_ROWS, now);
  const stored = all.slice(0, COUNT);
  const fresh = all.slice(COUNT);
  const csv = applicationsToCsv([...stored.slice(0, ALREADY_TRACKED), ...fresh], { pipeline: DEFAULT_PIPELINE, now });
  const shown = stored.filter((app) => app.archivedAt === null).length;
  // The file's Archived column archives the new rows it ticks, which the table then hides too.
  const freshShown = fresh.filter((app) => app.archivedAt === null).length;
  const browser = await openBenchBrowser(baseURL);
  try {
    const { page } = browser;
    await seedEmptyApp(page, stored);
    await loadSettled(page);
    await backUpFirst(page);

    await installPapaParse(page);
    await page.evaluate(
      (rows) => (window.exportRows = rows),
      csvExportRows(stored, { pipeline: DEFAULT_PIPELINE, now }),
    );
    const exports = { app: [] as number[], raw: [] as number[] };
    for (let i = 0; i < EXPORTS; i++) {
      await dismissMessages(page);
      await quiet(page);
      exports.app.push((await timeStep(page, exportAllAsCsv(page, COUNT))).ms);
      await quiet(page);
      exports.raw.push(await rawExport(page));
    }

    await copyAppDatabase(page);
    const added = fresh.map((app) => ({ ...app, dates: dateKeys(app) }));
    const button = `Import ${NEW_ROWS.toLocaleString('en-US')} applications`;
    const file = { name: 'applications.csv', buffer: Buffer.from(csv, 'utf8') };
    const imports = { check: [] as number[], write: [] as number[], raw: [] as number[] };
    for (let i = 0; i < IMPORTS; i++) {
      await dismissMessages(page);
      await quiet(page);
      imports.check.push((await timeStep(page, chooseCsvFile(page, file, button))).ms);
      await quiet(page);
      const countAfter = tableCountText(shown + freshShown, COUNT + NEW_ROWS);
      imports.write.push((await timeStep(page, importChecked(page, button, countAfter))).ms);
      await take(undoFromMessage(page, importedMessage(NEW_ROWS), tableCountText(shown, COUNT)));
      await quiet(page);
      imports.raw.push(await rawImport(page, csv, added));
    }
    expect(imports.write).toHaveLength(IMPORTS);

    const least = (samples: number[]) => Math.round(Math.min(...samples));
    await recordMetrics(testInfo, [
      metric('csv-export', { samples: exports.app, baseline: exports.raw, limits: [{ field: 'ratio', max: 1.5 }] }),
      metric('csv-import', {
        samples: imports.check.map((check, i) => check + imports.write[i]!),
        baseline: imports.raw,
        limits: [{ field: 'ratio', max: 2 }],
        note: `fastest: rows checked in ${least(imports.check)} ms, written and shown in ${least(imports.write)} ms`,
      }),
    ]);
  } finally {
    await browser.close();
  }
});
