// What the benchmark measures inside the page, installed before the app runs: when an input
// arrived and when the screen first showed its result, which IndexedDB writes finished when,
// when a worker's backup appeared in its store, whether the page has gone quiet, and the longest
// stretch the main thread was busy. Times come
// from the page's real clock, captured before Playwright's fake clock (page.clock) can replace it.
import type { Page } from '@playwright/test';
import { installScreenQueries, type ScreenCheck, type UserStep } from '../support/userActions';

export interface BenchProbes {
  /** performance.now() as the browser keeps it, fake clock or not (ms since navigation start). */
  realNow(): number;
  /** Starts waiting for `check`, from the next `starts` input event; see waitArmed. */
  arm(check: (arg: unknown) => boolean, arg: unknown, what: string, starts: string, handledAfter: string): void;
  /** When the armed input arrived and when the screen first showed its result. */
  armed: Promise<{ start: number; end: number }> | null;
  /** Watches from the start of every page load: when `check` first held, by name (see watchFromLoad). */
  watch(name: string, check: (arg: unknown) => boolean, arg: unknown, what: string): void;
  seen: Record<string, number>;
  /** Resolves with `seen` once every one of `names` has been seen. */
  whenSeen(names: string[]): Promise<Record<string, number>>;
  /** Finished read-write transactions: database, stores, and when they completed. */
  writes: { db: string; stores: string[]; end: number }[];
  /** Resolves with the end of the first write to `db` finishing after `since`. */
  waitForWrite(db: string, since: number): Promise<number>;
  /** The `createdAt` of the newest backup in the backups database `db`, or null when it holds none. */
  newestBackup(db: string): Promise<string | null>;
  /**
   * Resolves, with when it saw it, once the newest backup in `db` is no longer `newest`: polled
   * every 10 ms on the real clock, since the backups are written by a worker, out of the page's sight.
   */
  waitForBackup(db: string, newest: string | null): Promise<number>;
  /** Resolves once the main thread was free and no IndexedDB transaction was open for `idleMs`. */
  quiet(idleMs: number): Promise<void>;
  /** Starts timing the gaps between zero-delay messages: each gap is a stretch the page was busy. */
  startBusy(): void;
  /**
   * Starts timing them when the page begins a read of `store` alone in `db`: work the app starts
   * on its own timer (the daily backup's check counts the applications).
   */
  startBusyAtRead(db: string, store: string): void;
  /** When busy stretches began to be timed, or null while they are not. */
  busySince(): number | null;
  /** Stops, returning the longest busy stretch since startBusy (ms). */
  stopBusy(): number;
}

declare global {
  interface Window {
    benchProbes: BenchProbes;
  }
}

/** Generous: a loaded two-core machine with 10,000 applications can take many seconds. */
const PAGE_WAIT_MS = 180_000;

/** Runs in the page at the start of every document (page.addInitScript), before the app. */
function installBenchProbes(waitMs: number): void {
  const realNow = performance.now.bind(performance);
  const realSetTimeout = window.setTimeout.bind(window);
  const realClearTimeout = window.clearTimeout.bind(window);
  const channel = new MessageChannel();
  const afterThisTask: (() => void)[] = [];
  channel.port1.onmessage = () => afterThisTask.shift()?.();
  /** Runs `work` in a task of its own, after everything the current task started. */
  const nextTask = (work: () => void) => {
    afterThisTask.push(work);
    channel.port2.postMessage(null);
  };
  const timeout = (what: string, reject: (error: Error) => void) =>
    realSetTimeout(() => reject(new Error(`Waited ${waitMs / 1000} s in the page for ${what}`)), waitMs);

  // Every IndexedDB transaction, through the one method that opens them.
  const writes: BenchProbes['writes'] = [];
  const changes = new Set<() => void>();
  let open = 0;
  const transaction = IDBDatabase.prototype.transaction;
  IDBDatabase.prototype.transaction = function (this: IDBDatabase, ...args: Parameters<typeof transaction>) {
    const tx = transaction.apply(this, args);
    const db = this.name;
    if (
      busyAtRead &&
      tx.mode === 'readonly' &&
      db === busyAtRead.db &&
      [...tx.objectStoreNames].join() === busyAtRead.store
    ) {
      busyAtRead = null;
      probes.startBusy();
    }
    open += 1;
    let settled = false;
    const settle = (completed: boolean) => () => {
      if (settled) return;
      settled = true;
      open -= 1;
      if (completed && tx.mode !== 'readonly') writes.push({ db, stores: [...tx.objectStoreNames], end: realNow() });
      changes.forEach((change) => change());
    };
    tx.addEventListener('complete', settle(true));
    tx.addEventListener('abort', settle(false));
    return tx;
  };

  interface Armed {
    check: (arg: unknown) => boolean;
    arg: unknown;
    starts: string;
    handledAfter: string;
    /** The check held before the input: only a state reached after the input counts. */
    heldBefore: boolean;
    start: number | null;
    handled: boolean;
    done: (times: { start: number; end: number }) => void;
  }
  let armed: Armed | null = null;
  const holds = (check: (arg: unknown) => boolean, arg: unknown) => {
    try {
      return check(arg);
    } catch {
      return false;
    }
  };
  const observeDom = (onChange: () => void) => {
    const observer = new MutationObserver(onChange);
    observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    return observer;
  };
  const evaluate = (state: Armed) => {
    if (state.start === null || (state.heldBefore && !state.handled) || !holds(state.check, state.arg)) return;
    // Style and layout of what changed belong to showing it.
    void document.body?.offsetHeight;
    state.done({ start: state.start, end: realNow() });
  };
  for (const type of ['click', 'keydown', 'input', 'change']) {
    window.addEventListener(
      type,
      () => {
        const state = armed;
        if (!state) return;
        if (state.start === null && type === state.starts) state.start = realNow();
        if (state.start !== null && !state.handled && type === state.handledAfter) {
          nextTask(() => {
            state.handled = true;
            evaluate(state);
          });
        }
      },
      true,
    );
  }

  const connect = (db: string) =>
    new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open(db);
      open.onsuccess = () => {
        // Never in the way of the app's own upgrade of the database.
        open.result.onversionchange = () => open.result.close();
        resolve(open.result);
      };
      open.onerror = () => reject(open.error);
    });
  /** The newest key of the backups' createdAt index: the key alone, not the backup it names. */
  const newestIn = (connection: IDBDatabase) =>
    new Promise<string | null>((resolve, reject) => {
      const store = connection.transaction('backups').objectStore('backups');
      const cursor = store.index('createdAt').openKeyCursor(null, 'prev');
      cursor.onsuccess = () => resolve(cursor.result ? String(cursor.result.key) : null);
      cursor.onerror = () => reject(cursor.error);
    });

  const seenListeners = new Set<() => void>();
  let busy: { since: number; last: number; longest: number } | null = null;
  let busyAtRead: { db: string; store: string } | null = null;
  // A chain of zero-delay timers: each runs as soon as the page's thread is free, so the longest
  // gap between two is the longest the page was busy (give or take the 4 ms a browser holds back
  // a deeply nested timer). Not messages posted back and forth as fast as the page takes them: that
  // made some 10 MB a second of the page's heap into garbage, and set off the collections it timed.
  const tick = () => {
    if (!busy) return;
    const now = realNow();
    busy.longest = Math.max(busy.longest, now - busy.last);
    busy.last = now;
    realSetTimeout(tick, 0);
  };

  const probes: BenchProbes = {
    realNow,
    armed: null,
    arm(check, arg, what, starts, handledAfter) {
      probes.armed = new Promise((resolve, reject) => {
        let observer: MutationObserver | null = null;
        const timer = timeout(what, (error) => {
          observer?.disconnect();
          armed = null;
          reject(error);
        });
        const state: Armed = {
          check,
          arg,
          starts,
          handledAfter,
          heldBefore: holds(check, arg),
          start: null,
          handled: false,
          done(times) {
            realClearTimeout(timer);
            observer?.disconnect();
            armed = null;
            resolve(times);
          },
        };
        armed = state;
        observer = observeDom(() => evaluate(state));
      });
    },
    seen: {},
    whenSeen(names) {
      return new Promise((resolve, reject) => {
        const timer = timeout(names.join(', '), reject);
        const check = () => {
          if (!names.every((name) => name in probes.seen)) return;
          seenListeners.delete(check);
          realClearTimeout(timer);
          resolve({ ...probes.seen });
        };
        seenListeners.add(check);
        check();
      });
    },
    watch(name, check, arg) {
      const look = () => {
        if (name in probes.seen || !holds(check, arg)) return;
        void document.body?.offsetHeight;
        probes.seen[name] = realNow();
        observer.disconnect();
        for (const listener of [...seenListeners]) listener();
      };
      const observer = observeDom(look);
    },
    writes,
    waitForWrite(db, since) {
      return new Promise((resolve, reject) => {
        const find = () => writes.find((write) => write.db === db && write.end > since);
        const found = find();
        if (found) return resolve(found.end);
        const timer = timeout(`a write to ${db}`, reject);
        const change = () => {
          const write = find();
          if (!write) return;
          changes.delete(change);
          realClearTimeout(timer);
          resolve(write.end);
        };
        changes.add(change);
      });
    },
    async newestBackup(db) {
      const connection = await connect(db);
      try {
        return await newestIn(connection);
      } finally {
        connection.close();
      }
    },
    async waitForBackup(db, newest) {
      const connection = await connect(db);
      try {
        return await new Promise<number>((resolve, reject) => {
          const timer = timeout(`a new backup in ${db}`, reject);
          const poll = () =>
            newestIn(connection).then((seen) => {
              if (seen === newest) return void realSetTimeout(poll, 10);
              realClearTimeout(timer);
              resolve(realNow());
            }, reject);
          poll();
        });
      } finally {
        connection.close();
      }
    },
    quiet(idleMs) {
      return new Promise((resolve, reject) => {
        const began = realNow();
        let calmSince = began;
        let due = began + 20;
        const tick = () => {
          const now = realNow();
          // A timer more than 10 ms late means something held the main thread.
          if (now - due > 10 || open > 0) calmSince = now;
          if (now - calmSince >= idleMs) return resolve();
          if (now - began > waitMs) return reject(new Error(`The page did not go quiet within ${waitMs / 1000} s`));
          due = now + 20;
          realSetTimeout(tick, 20);
        };
        realSetTimeout(tick, 20);
      });
    },
    startBusy() {
      const now = realNow();
      busy = { since: now, last: now, longest: 0 };
      realSetTimeout(tick, 0);
    },
    startBusyAtRead(db, store) {
      busyAtRead = { db, store };
    },
    busySince: () => busy?.since ?? null,
    stopBusy() {
      const longest = busy ? Math.max(busy.longest, realNow() - busy.last) : 0;
      busy = null;
      return longest;
    },
  };
  Object.defineProperty(window, 'benchProbes', { value: probes });
}

/** Adds the probes (and the screen queries the checks use) to every page the context opens. */
export async function installProbes(page: Page): Promise<void> {
  await page.addInitScript(installScreenQueries);
  await page.addInitScript(installBenchProbes, PAGE_WAIT_MS);
}

/** The page-side source of a check call: sent as text, since the page's CSP allows no eval. */
function checkSource(check: ScreenCheck, what = check.what): string {
  return `(${check.check.toString()}), ${JSON.stringify(check.arg)}, ${JSON.stringify(what)}`;
}

/**
 * Takes the step and times what the user waits for: from the input the step commits with to
 * the screen first showing its result. Returns when that happened in the page's clock.
 */
export async function timeStep(page: Page, step: UserStep): Promise<{ ms: number; start: number; end: number }> {
  await step.prepare?.();
  const { starts, handledAfter } = step.input;
  await page.evaluate(
    `window.benchProbes.arm(${checkSource(step.shows, `${step.what}: ${step.shows.what}`)}, ${JSON.stringify(starts)}, ${JSON.stringify(handledAfter)})`,
  );
  await step.commit();
  const { start, end } = await page.evaluate(() => window.benchProbes.armed!);
  await step.verify();
  return { ms: end - start, start, end };
}

/** Records, on every page load from now on, when `check` first holds (ms from navigation start). */
export async function watchFromLoad(page: Page, name: string, check: ScreenCheck): Promise<void> {
  await page.addInitScript(`window.benchProbes.watch(${JSON.stringify(name)}, ${checkSource(check)})`);
}

/** When each watched check first held on this page load, once all have. */
export async function seenSinceLoad(page: Page, names: string[]): Promise<Record<string, number>> {
  // One call that waits in the page: polling from Playwright (waitForFunction) would run its own
  // script in the page on every frame while the app starts, and that would be timed too.
  return page.evaluate((names) => window.benchProbes.whenSeen(names), names);
}

export function realNow(page: Page): Promise<number> {
  return page.evaluate(() => window.benchProbes.realNow());
}

export function waitForWrite(page: Page, db: string, since: number): Promise<number> {
  return page.evaluate(([db, since]) => window.benchProbes.waitForWrite(db, since), [db, since] as const);
}

/** Waits until the page has been idle for `idleMs`: nothing running, no database work open. */
export function quiet(page: Page, idleMs = 500): Promise<void> {
  return page.evaluate((idleMs) => window.benchProbes.quiet(idleMs), idleMs);
}

export function newestBackup(page: Page, db: string): Promise<string | null> {
  return page.evaluate((db) => window.benchProbes.newestBackup(db), db);
}

/** Waits until the newest backup in `db` is another than `newest`; returns when it was seen. */
export function waitForBackup(page: Page, db: string, newest: string | null): Promise<number> {
  return page.evaluate(([db, newest]) => window.benchProbes.waitForBackup(db, newest), [db, newest] as const);
}

export function startBusy(page: Page): Promise<void> {
  return page.evaluate(() => window.benchProbes.startBusy());
}

export function startBusyAtRead(page: Page, db: string, store: string): Promise<void> {
  return page.evaluate(({ db, store }) => window.benchProbes.startBusyAtRead(db, store), { db, store });
}

/** When busy stretches began to be timed (the page's clock); throws while they are not. */
export async function busySince(page: Page): Promise<number> {
  const since = await page.evaluate(() => window.benchProbes.busySince());
  if (since === null) throw new Error('Busy stretches are not being timed');
  return since;
}

export function stopBusy(page: Page): Promise<number> {
  return page.evaluate(() => window.benchProbes.stopBusy());
}
