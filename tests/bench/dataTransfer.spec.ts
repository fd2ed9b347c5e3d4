// Data in and out with 10,000 applications in real Chromium on disk, timed inside the page:
// (a) the CSV export next to a plain Papa.unparse of the same rows; (b) importing a 10,000-row
// CSV (decode, read, map, validate, plan, write) next to a raw bulkAdd of the same parsed rows;
// (c) a backup of the database and a restore of it. The app's own modules are bundled for the
// page here (Vite's build API), so production code carries no test hooks.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, expect, test, type Page } from '@playwright/test';
import type { Application } from '../../shared/application';
import type { BackupData } from '../../shared/backup/backupFormat';
import type * as CalendarDate from '../../shared/calendarDate';
import type * as ColumnMapping from '../../shared/csv/columnMapping';
import type * as CsvExport from '../../shared/csv/csvExport';
import type * as CsvImport from '../../shared/csv/csvImport';
import type * as DecodeCsvBytes from '../../shared/csv/decodeCsvBytes';
import type * as ReadCsvText from '../../shared/csv/readCsvText';
import { CHROMIUM_ARGS, findChromium } from '../support/chromium';
import { generateApplications } from '../support/generateApplications';
import { median, metric, report } from './benchReport';

const COUNT = 10_000;
const WARM_UP = 2;
const EXPORT_RUNS = 21;
const IMPORT_RUNS = 5;
const BACKUP_RUNS = 5;

const ENTRY = 'virtual:data-transfer-bench';
const source = (path: string) => JSON.stringify(resolve(path));

/** What the page gets: the app's modules, unchanged, on `window.dataTransferBench`. */
const JITLESS = 'virtual:zod-jitless';

/**
 * The page's CSP forbids eval, so in the app zod parses without its compiled fast path. Code
 * evaluated through DevTools may eval, and zod would then compile parsers it cannot run later:
 * turned off first, before any schema is made.
 */
const JITLESS_SOURCE = `import { config } from 'zod'; config({ jitless: true });`;

const ENTRY_SOURCE = `
import '${JITLESS}';
export { default as Papa } from 'papaparse/papaparse.js';
export { applicationsToCsv, csvExportRows, CSV_NEWLINE } from ${source('shared/csv/csvExport.ts')};
export { FORMULA_TRIGGER } from ${source('shared/csv/formulaEscape.ts')};
export { decodeCsvBytes } from ${source('shared/csv/decodeCsvBytes.ts')};
export { readCsvText } from ${source('shared/csv/readCsvText.ts')};
export { proposeMapping } from ${source('shared/csv/columnMapping.ts')};
export { prepareCsvImport, planImport } from ${source('shared/csv/csvImport.ts')};
export { toInstant } from ${source('shared/calendarDate.ts')};
export { openDatabase } from ${source('renderer/src/db/db.ts')};
export { applicationsRepository } from ${source('renderer/src/db/applicationsRepository.ts')};
export { backupText, readTables, verifyBackupText } from ${source('renderer/src/features/backups/databaseBackup.ts')};
`;

/** The bundle as one script (an IIFE that sets `dataTransferBench`). */
async function benchBundle(): Promise<string> {
  const { build } = await import('vite');
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    resolve: { alias: { '@shared': resolve('shared') } },
    plugins: [
      {
        name: 'data-transfer-bench-entry',
        enforce: 'pre',
        // Library mode hands the entry over as a path under the root.
        resolveId: (id: string) => (id.endsWith(ENTRY) ? `\0${ENTRY}` : id === JITLESS ? `\0${JITLESS}` : null),
        load: (id: string) => (id === `\0${ENTRY}` ? ENTRY_SOURCE : id === `\0${JITLESS}` ? JITLESS_SOURCE : null),
      },
    ],
    build: {
      write: false,
      target: 'chrome130',
      minify: true,
      lib: { entry: ENTRY, formats: ['iife'], name: 'dataTransferBench', fileName: () => 'bench.js' },
    },
  });
  const outputs = Array.isArray(output) ? output : [output];
  const chunk = outputs.flatMap((o) => ('output' in o ? o.output : [])).find((file) => file.type === 'chunk');
  if (!chunk || chunk.type !== 'chunk') throw new Error('The bench bundle has no script');
  return chunk.code;
}

async function installBundle(page: Page, code: string) {
  // Evaluated through the DevTools protocol: the page's CSP allows no inline script.
  await page.evaluate(`${code}\nwindow.dataTransferBench = dataTransferBench;`);
}

/** The bundle's exports, as the page sees them (the renderer's are typed structurally here). */
interface BenchApi {
  Papa: { unparse(rows: unknown[][], options: object): string };
  applicationsToCsv: typeof CsvExport.applicationsToCsv;
  csvExportRows: typeof CsvExport.csvExportRows;
  CSV_NEWLINE: string;
  FORMULA_TRIGGER: RegExp;
  decodeCsvBytes: typeof DecodeCsvBytes.decodeCsvBytes;
  readCsvText: typeof ReadCsvText.readCsvText;
  proposeMapping: typeof ColumnMapping.proposeMapping;
  prepareCsvImport: typeof CsvImport.prepareCsvImport;
  planImport: typeof CsvImport.planImport;
  toInstant: typeof CalendarDate.toInstant;
  openDatabase(name: string): BenchDatabase;
  applicationsRepository(db: BenchDatabase): {
    importApplications(plan: { add: Application[]; update: Application[] }): Promise<unknown>;
    replaceAll(tables: BackupData): Promise<void>;
  };
  readTables(db: BenchDatabase): Promise<BackupData>;
  backupText(tables: BackupData, now: Date): Promise<string>;
  verifyBackupText(text: string): Promise<{ ok: true; value: { data: BackupData } } | { ok: false; error: string }>;
}

interface BenchDatabase {
  applications: { clear(): Promise<void>; count(): Promise<number>; bulkAdd(rows: unknown[]): Promise<unknown> };
  close(): void;
}

interface BenchWindow {
  dataTransferBench: BenchApi;
  benchApps: Application[];
  benchCsv: Uint8Array;
  /** Times `work` after a full collection (Chromium runs with --expose-gc). */
  benchSample(work: () => unknown): Promise<number>;
}

/** Installed with the bundle: no sample pays for garbage an earlier one left. */
const SAMPLE = `window.benchSample = async (work) => {
  window.gc();
  const start = performance.now();
  await work();
  return performance.now() - start;
};`;

test(`data in and out with ${COUNT.toLocaleString('en-US')} applications`, async ({ baseURL }) => {
  const profile = mkdtempSync(join(tmpdir(), 'internship-tracker-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findChromium(),
    args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc'],
    headless: true,
    baseURL,
    viewport: { width: 1360, height: 860 },
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto('/');
    await expect(page.getByRole('heading', { name: 'No applications yet' })).toBeVisible();
    await installBundle(page, await benchBundle());
    await page.evaluate(SAMPLE);

    const now = new Date();
    const nowIso = now.toISOString();
    // The generator repeats company, role and term (240 combinations); a requisition number in
    // the role makes every row a new application, so the import writes all 10,000.
    const apps: Application[] = generateApplications(COUNT, now).map((app, i) => ({
      ...app,
      role: `${app.role} (req. ${10_000 + i})`,
    }));
    await page.evaluate((apps) => {
      (window as unknown as BenchWindow).benchApps = apps;
    }, apps);

    // (a) The export, alternating with the baseline; the first runs only warm up.
    const exported = await page.evaluate(
      async ({ nowIso, runs, warmUp }) => {
        const w = window as unknown as BenchWindow;
        const b = w.dataTransferBench;
        const now = new Date(nowIso);
        const rows = b.csvExportRows(w.benchApps, now);
        const unparse = () => b.Papa.unparse(rows, { newline: b.CSV_NEWLINE, escapeFormulae: b.FORMULA_TRIGGER });
        const result = { exportCsv: [] as number[], unparse: [] as number[], megabytes: 0 };
        let csv = '';
        for (let i = 0; i < warmUp + runs; i++) {
          const exportTime = await w.benchSample(() => (csv = b.applicationsToCsv(w.benchApps, now)));
          const unparseTime = await w.benchSample(unparse);
          if (i < warmUp) continue;
          result.exportCsv.push(exportTime);
          result.unparse.push(unparseTime);
        }
        w.benchCsv = new TextEncoder().encode(csv);
        result.megabytes = w.benchCsv.length / 1e6;
        return result;
      },
      { nowIso, runs: EXPORT_RUNS, warmUp: WARM_UP },
    );

    // (b) Importing that file into an empty database, next to a raw bulkAdd of the rows it parsed.
    const imported = await page.evaluate(
      async ({ nowIso, runs }) => {
        const w = window as unknown as BenchWindow;
        const b = w.dataTransferBench;
        const now = new Date(nowIso);
        const nextTask = () => new Promise<void>((done) => setTimeout(done, 0));
        const target = b.openDatabase('bench-import');
        const raw = b.openDatabase('bench-raw');
        const repository = b.applicationsRepository(target);
        const result = {
          importCsv: [] as number[],
          bulkAdd: [] as number[],
          parts: [] as { read: number; validate: number; write: number }[],
          count: 0,
        };
        for (let i = 0; i < runs; i++) {
          await target.applications.clear();
          await raw.applications.clear();
          const parts = { read: 0, validate: 0, write: 0 };
          let plan: ReturnType<BenchApi['planImport']> | null = null;
          result.importCsv.push(
            await w.benchSample(async () => {
              let mark = performance.now();
              const lap = (part: keyof typeof parts) => {
                parts[part] = performance.now() - mark;
                mark = performance.now();
              };
              const decoded = b.decodeCsvBytes(w.benchCsv);
              if (!decoded.ok) throw new Error(decoded.error);
              const read = b.readCsvText(decoded.text);
              if (!read.ok) throw new Error(read.error);
              const proposal = b.proposeMapping(read.table.header);
              lap('read');
              // As the dialog does: chunks of 500 rows with a macrotask between them.
              const outcome = await b.prepareCsvImport(read.table, {
                ...proposal,
                existing: [],
                newId: () => crypto.randomUUID(),
                now,
                pause: nextTask,
              });
              if (outcome.status !== 'ready') throw new Error(`The import was ${outcome.status}`);
              plan = b.planImport(outcome.preview, 'skip', [], b.toInstant(now));
              lap('validate');
              await repository.importApplications(plan);
              lap('write');
            }),
          );
          result.parts.push(parts);
          result.count = await target.applications.count();
          const rows = plan!.add;
          result.bulkAdd.push(await w.benchSample(() => raw.applications.bulkAdd(rows)));
        }
        raw.close();
        target.close();
        return result;
      },
      { nowIso, runs: IMPORT_RUNS },
    );
    expect(imported.count).toBe(COUNT);

    // (c) A backup of the imported database, and its restore into another one.
    const backedUp = await page.evaluate(
      async ({ nowIso, runs }) => {
        const w = window as unknown as BenchWindow;
        const b = w.dataTransferBench;
        const now = new Date(nowIso);
        const source = b.openDatabase('bench-import');
        const target = b.openDatabase('bench-restore');
        const repository = b.applicationsRepository(target);
        const result = { backup: [] as number[], restore: [] as number[], verify: [] as number[], megabytes: 0 };
        for (let i = 0; i < runs; i++) {
          let text = '';
          result.backup.push(
            await w.benchSample(async () => (text = await b.backupText(await b.readTables(source), now))),
          );
          result.megabytes = text.length / 1e6;
          let verify = 0;
          result.restore.push(
            await w.benchSample(async () => {
              const start = performance.now();
              const verified = await b.verifyBackupText(text);
              if (!verified.ok) throw new Error(verified.error);
              verify = performance.now() - start;
              await repository.replaceAll(verified.value.data);
            }),
          );
          result.verify.push(verify);
        }
        source.close();
        target.close();
        return result;
      },
      { nowIso, runs: BACKUP_RUNS },
    );

    const part = (key: 'read' | 'validate' | 'write') => median(imported.parts.map((p) => p[key])).toFixed(0);
    console.log(
      `CSV ${exported.megabytes.toFixed(1)} MB; import parts (median): read ${part('read')} ms, ` +
        `validate ${part('validate')} ms, write ${part('write')} ms. Backup ${backedUp.megabytes.toFixed(1)} MB; ` +
        `restore: verify ${median(backedUp.verify).toFixed(0)} ms, the rest writing.`,
    );
    report([
      metric(
        'csv export (10k), next to Papa.unparse of the same rows',
        median(exported.exportCsv),
        median(exported.unparse),
        'ratio ≤ 1.5',
      ),
      metric(
        'csv import (10k rows: validate + write), next to a raw bulkAdd',
        median(imported.importCsv),
        median(imported.bulkAdd),
        'ratio ≤ 2',
      ),
      metric('backup (10k): read + checksum + JSON', median(backedUp.backup), null, 'reported'),
      metric('restore (10k): verify + replace in one transaction', median(backedUp.restore), null, 'reported'),
    ]);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
});
