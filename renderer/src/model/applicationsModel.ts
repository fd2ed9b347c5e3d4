// The one read model of the applications: every record with its derived table row, loaded from
// the database once and then patched by each write, so a change costs the size of the change.
//
// Writes reach it two ways: the repository reports what it committed (the records as written),
// and Dexie's `storagemutated` notice covers everything else (another tab of the web build):
// those keys are read back. Keys the repository is writing are left to its own report, and so is
// its transactions' own notice (`ownNotice`), which names no keys after a bulk write.
//
// Views keep their own indexes of the rows (a sorted table, tag counts, the order in which next
// dates run out) and are told of each row that changed, never handed the whole table again.
import Dexie, { liveQuery, RangeSet, type ObservabilitySet, type Subscription } from 'dexie';
import type { Application } from '@shared/application';
import { DEFAULT_PIPELINE, type Pipeline } from '@shared/pipeline';
import { fromRow, type AppDatabase, type ApplicationRow } from '../db/db';
import { FIRST_SCREEN_ROWS, PAGE_ROWS, type FirstScreenRead, type StartupPage } from '../db/firstScreenRead';
import { pipelineSetting } from '../db/pipelineSetting';
import { LATEST_SCHEMA_VERSION } from '../db/schema';
import { readSetting, settingIn } from '../db/settings';
import { firstScreen } from './firstScreen';
import { PLACE_ONE_BY_ONE, withoutSorted, withSorted } from './sortedList';
import { prepareSearchWhenIdle, rowContext, toTableRow, withNextDate, type TableRow } from './tableRows';

export type ModelStatus = 'loading' | 'preview' | 'ready' | 'failed';

/** Records as a write left them. */
export interface RecordChange {
  put: readonly Application[];
  removed: readonly string[];
}

/** One row before and after a change: `before` undefined for a new record, `after` for a removed one. */
export interface RowChange {
  before: TableRow | undefined;
  after: TableRow | undefined;
}

/** Something kept up to date from the rows: told of every row that changed. */
export interface RowIndex {
  /** All rows anew: the first load, a restore, a reload. */
  reset(rows: readonly TableRow[]): void;
  apply(changes: readonly RowChange[]): void;
}

export interface ApplicationsModel {
  status(): ModelStatus;
  error(): string | null;
  /** Bumped on every change; a cheap snapshot for React. */
  version(): number;
  /** The time rows were last brought up to date for (see `tick`). */
  now(): Date;
  /** The pipeline the rows' stages were read from. */
  pipeline(): Pipeline;
  get(id: string): TableRow | undefined;
  rows(): Iterable<TableRow>;
  count(): number;
  /** The first screenful in the default order, while the rest loads; null once all is loaded. */
  preview(): readonly TableRow[] | null;
  subscribe(listener: () => void): () => void;
  /**
   * Every tick, whether or not a row changed: for a view that shows minutes ("1 hour ago"). Apart
   * from `subscribe`, so the table does not draw again every minute.
   */
  subscribeClock(listener: () => void): () => void;
  /** Records written or removed (not rows refreshed by time): what reminders follow. */
  onRecordsChanged(listener: (change: RecordChange) => void): () => void;
  addIndex(index: RowIndex): () => void;
  /** Before a write (ids, or 'all' for a replace): its storage notice is not read back. Returns `end`. */
  writing(ids: readonly string[] | 'all'): () => void;
  /**
   * Inside a write's transaction, its changes made: the notice Dexie will send of them (see
   * `noticeOf`), left to the write's report. Dexie says a bulk write of 50 records or more changed
   * the whole table, and a notice of that alone would have every record read back.
   */
  ownNotice(notice: ObservabilitySet | undefined): void;
  /** Whether a write has begun and not ended: leaving the page now could lose it. */
  writeInFlight(): boolean;
  /** After a write committed: the records as written. A replace passes `reset` with every record. */
  written(change: RecordChange | { reset: readonly Application[] }): void;
  /** Time passed: rows whose next date ran out are worked out again, and only those. */
  tick(now: Date): void;
  start(): Promise<void>;
  stop(): void;
}

export interface ModelOptions {
  now?: () => Date;
  /** Rows in the first screen read from the date index. */
  firstScreenRows?: number;
  /** What the start-up script read (db/firstScreenRead.ts): the settings and the first screen's rows. */
  firstScreenRead?: Promise<FirstScreenRead | null>;
  /** Rows read per request while loading, so the rows of one request are derived while the next is read. */
  pageSize?: number;
}

const ORDER_OF_CHANGE = (a: TableRow, b: TableRow) =>
  a.nextChangesAt - b.nextChangesAt || (a.app.id < b.app.id ? -1 : a.app.id > b.app.id ? 1 : 0);

/** The rows whose next date runs out, soonest first. */
function inOrderOfChange(rows: readonly TableRow[]): TableRow[] {
  return rows.filter((row) => row.nextChangesAt !== Infinity).sort(ORDER_OF_CHANGE);
}

export function createApplicationsModel(db: AppDatabase, options: ModelOptions = {}): ApplicationsModel {
  const clock = options.now ?? (() => new Date());
  const firstScreenRows = options.firstScreenRows ?? FIRST_SCREEN_ROWS;
  const pageSize = options.pageSize ?? PAGE_ROWS;

  const rows = new Map<string, TableRow>();
  const listeners = new Set<() => void>();
  const recordListeners = new Set<(change: RecordChange) => void>();
  const clockListeners = new Set<() => void>();
  const indexes = new Set<RowIndex>();
  let status: ModelStatus = 'loading';
  let failure: string | null = null;
  let version = 0;
  let now = clock();
  let zone = currentZone();
  let pipeline: Pipeline = DEFAULT_PIPELINE;
  let pipelineWatch: Subscription | null = null;
  let previewRows: readonly TableRow[] | null = null;
  let stopped = false;
  let loading: Promise<void> | null = null;
  /** Rows in the order their next date runs out: the minute tick reads only the front. */
  let byChange: readonly TableRow[] = [];
  /** Ids being written by the repository (counted: two writes may overlap), or a whole replace. */
  const pendingIds = new Map<string, number>();
  let pendingAll = 0;
  /** While loading, records a write settled: a page read earlier must not bring back their old state. */
  let settledDuringLoad: Set<string> | null = null;
  /** The repository's transactions' notices (`ownNotice`): another tab's come as copies. */
  const ownNotices = new WeakSet<ObservabilitySet>();

  function notify() {
    version += 1;
    for (const listener of listeners) listener();
  }

  /** Time passed: only rows whose next date ran out are worked out again (see `tick`). */
  function refreshRows(previousDay: number) {
    const context = rowContext(pipeline, now);
    // Only rows whose next date ran out; they sit at the front of byChange.
    const changes: RowChange[] = [];
    for (const before of byChange) {
      if (before.nextChangesAt > now.getTime()) break;
      const after = withNextDate(before, context);
      rows.set(before.app.id, after);
      changes.push({ before, after });
    }
    if (changes.length > 0) applyRows(changes);
    // "In 3 days" turns into "in 2 days" at midnight even where no next date changed.
    else if (new Date(now).setHours(0, 0, 0, 0) !== previousDay) notify();
  }

  function applyRows(changes: RowChange[]) {
    if (changes.length === 0) return;
    if (changes.length > PLACE_ONE_BY_ONE) byChange = inOrderOfChange([...rows.values()]);
    else
      for (const { before, after } of changes) {
        if (before && before.nextChangesAt !== Infinity) byChange = withoutSorted(byChange, before, ORDER_OF_CHANGE);
        if (after && after.nextChangesAt !== Infinity) byChange = withSorted(byChange, after, ORDER_OF_CHANGE);
      }
    if (status === 'ready') for (const index of indexes) index.apply(changes);
    notify();
  }

  function resetIndexes() {
    const all = [...rows.values()];
    byChange = inOrderOfChange(all);
    for (const index of indexes) index.reset(all);
  }

  function putRecords(apps: readonly Application[], removed: readonly string[]): RowChange[] {
    const context = rowContext(pipeline, now);
    const changes: RowChange[] = [];
    for (const app of apps) {
      const before = rows.get(app.id);
      const after = toTableRow(app, context);
      rows.set(app.id, after);
      changes.push({ before, after });
      settledDuringLoad?.add(app.id);
    }
    for (const id of removed) {
      const before = rows.get(id);
      settledDuringLoad?.add(id);
      if (!before) continue;
      rows.delete(id);
      changes.push({ before, after: undefined });
    }
    return changes;
  }

  /** The pipeline changed (a stage renamed, moved, recoloured): every row shows it anew. */
  function pipelineChanged(next: Pipeline) {
    if (JSON.stringify(next) === JSON.stringify(pipeline)) return;
    pipeline = next;
    if (status === 'ready')
      reset(
        [...rows.values()].map((row) => row.app),
        { recordsChanged: false },
      );
    else notify();
  }

  function recordsChanged(change: RecordChange) {
    if (change.put.length === 0 && change.removed.length === 0) return;
    applyRows(putRecords(change.put, change.removed));
    for (const listener of recordListeners) listener(change);
  }

  function reset(apps: readonly Application[], { recordsChanged = true } = {}) {
    const context = rowContext(pipeline, now);
    const removed = [...rows.keys()];
    rows.clear();
    for (const app of apps) rows.set(app.id, toTableRow(app, context));
    if (status === 'ready') resetIndexes();
    notify();
    if (!recordsChanged) return;
    for (const listener of recordListeners) listener({ put: apps, removed: removed.filter((id) => !rows.has(id)) });
  }

  /** Every record, a page at a time, each page made rows while the next ones are read. */
  async function loadAll(pages: AsyncIterable<ApplicationRow[]>, settled: ReadonlySet<string>): Promise<void> {
    for await (const page of pages) {
      if (stopped) break;
      const context = rowContext(pipeline, now);
      for (const row of page) {
        if (!settled.has(row.id)) rows.set(row.id, toTableRow(fromRow(row), context));
      }
    }
  }

  /** The pages the start-up script read. */
  async function* pagesRead(first: Promise<StartupPage>): AsyncIterable<ApplicationRow[]> {
    let page: StartupPage = await first;
    yield page.rows;
    while (page.next) {
      page = await page.next;
      yield page.rows;
    }
  }

  /** The pages read here, when the start-up script read none: each asked for before the one before is made rows. */
  async function* pagesFromDatabase(): AsyncIterable<ApplicationRow[]> {
    const readPage = (after: string | null) =>
      (after === null
        ? db.applications.orderBy(':id').limit(pageSize)
        : db.applications.where(':id').above(after).limit(pageSize)
      ).toArray();
    let next: Promise<ApplicationRow[]> | null = readPage(null);
    while (next) {
      const page: ApplicationRow[] = await next;
      const last = page.at(-1);
      next = page.length === pageSize && last ? readPage(last.id) : null;
      yield page;
    }
  }

  function showPreview(apps: Application[] | null) {
    if (stopped || status !== 'loading' || apps === null) return;
    const context = rowContext(pipeline, now);
    previewRows = apps.map((app) => toTableRow(app, context));
    status = 'preview';
    notify();
  }

  /** Keys from a storage notice: single keys, or null when a range was touched (a clear, a bulk change). */
  function mutatedKeys(tree: ObservabilitySet[string]): string[] | null {
    const keys: string[] = [];
    for (const range of RangeSet(tree)) {
      if (typeof range.from !== 'string' || range.from !== range.to) return null;
      keys.push(range.from);
    }
    return keys;
  }

  async function readBack(keys: readonly string[]): Promise<void> {
    const found = await db.applications.bulkGet([...keys]);
    if (stopped) return;
    const put = found.filter((row) => row !== undefined).map(fromRow);
    const removed = keys.filter((_, i) => found[i] === undefined);
    recordsChanged({ put, removed });
  }

  async function reloadAll(): Promise<void> {
    const all = (await db.applications.toArray()).map(fromRow);
    if (!stopped) reset(all);
  }

  const storagePart = `idb://${db.name}/applications/`;
  function onStorageMutated(parts: ObservabilitySet) {
    const tree = parts[storagePart];
    if (!tree || ownNotices.has(parts) || status === 'failed' || stopped) return;
    const keys = mutatedKeys(tree);
    if (keys === null) {
      if (pendingAll === 0) void reloadAll().catch(failed);
      return;
    }
    const others = pendingAll > 0 ? [] : keys.filter((key) => !pendingIds.has(key));
    if (others.length > 0) void readBack(others).catch(failed);
  }

  async function load(): Promise<void> {
    // From the start: the start-up script's pages may have been read before a write settled.
    const settled = (settledDuringLoad = new Set());
    try {
      // The start-up read, when it read this version's database, holds the pipeline and (when
      // anything is dated from today on) the first screen; without it the pipeline is read here
      // and the rows wait for the full read.
      const early = await options.firstScreenRead?.catch(() => null);
      const usable = early && early.version === LATEST_SCHEMA_VERSION * 10 ? early : null;
      pipeline = usable ? settingIn(usable.settings, pipelineSetting) : await readSetting(db, pipelineSetting);
      if (usable?.screen) showPreview(firstScreen(usable.screen, now, firstScreenRows));
      // The full read starts once the first screen's is done: IndexedDB answers requests in the
      // order they were made, and the full read would hold the first screen up for its whole length.
      // The start-up script started it then; should that read fail, everything is read here again.
      const startupPages = usable?.pages;
      try {
        await loadAll(startupPages ? pagesRead(startupPages) : pagesFromDatabase(), settled);
      } catch (error) {
        if (!startupPages) throw error;
        await loadAll(pagesFromDatabase(), settled);
      }
      settledDuringLoad = null;
      if (stopped) return;
      status = 'ready';
      previewRows = null;
      resetIndexes();
      notify();
      prepareSearchWhenIdle([...rows.values()]);
    } catch (error) {
      settledDuringLoad = null;
      failed(error);
    }
  }

  function failed(error: unknown) {
    failure = error instanceof Error ? error.message : String(error);
    status = 'failed';
    notify();
  }

  return {
    status: () => status,
    error: () => failure,
    version: () => version,
    now: () => now,
    pipeline: () => pipeline,
    get: (id) => rows.get(id),
    rows: () => rows.values(),
    count: () => rows.size,
    preview: () => (status === 'ready' ? null : previewRows),

    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },

    subscribeClock(listener) {
      clockListeners.add(listener);
      return () => clockListeners.delete(listener);
    },

    onRecordsChanged(listener) {
      recordListeners.add(listener);
      return () => recordListeners.delete(listener);
    },

    addIndex(index) {
      indexes.add(index);
      if (status === 'ready') index.reset([...rows.values()]);
      return () => indexes.delete(index);
    },

    writeInFlight() {
      return pendingAll > 0 || pendingIds.size > 0;
    },

    writing(ids) {
      if (ids === 'all') pendingAll += 1;
      else for (const id of ids) pendingIds.set(id, (pendingIds.get(id) ?? 0) + 1);
      let ended = false;
      return () => {
        if (ended) return;
        ended = true;
        if (ids === 'all') pendingAll -= 1;
        else
          for (const id of ids) {
            const left = (pendingIds.get(id) ?? 1) - 1;
            if (left === 0) pendingIds.delete(id);
            else pendingIds.set(id, left);
          }
      };
    },

    ownNotice(notice) {
      if (notice) ownNotices.add(notice);
    },

    written(change) {
      if ('reset' in change) reset(change.reset);
      else recordsChanged(change);
    },

    tick(at) {
      const previousDay = new Date(now).setHours(0, 0, 0, 0);
      now = at;
      if (zone !== currentZone()) {
        // Every local date means another moment now: work every row out again.
        zone = currentZone();
        reset(
          [...rows.values()].map((row) => row.app),
          { recordsChanged: false },
        );
      } else refreshRows(previousDay);
      for (const listener of clockListeners) listener();
    },

    start() {
      stopped = false;
      Dexie.on('storagemutated', onStorageMutated);
      pipelineWatch ??= liveQuery(() => readSetting(db, pipelineSetting)).subscribe({
        next: pipelineChanged,
        error: failed,
      });
      loading ??= load();
      return loading;
    },

    stop() {
      stopped = true;
      Dexie.on('storagemutated').unsubscribe(onStorageMutated);
      pipelineWatch?.unsubscribe();
      pipelineWatch = null;
    },
  };
}

/** The machine's time zone: calendar dates are local days, so their moments move with it. */
function currentZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}
