// The first screen's rows, read with IndexedDB itself by a small script the page runs before the
// app's code has loaded (renderer/src/boot.ts): opening the database and reading them then
// overlaps with the browser loading and running the app, instead of following it. Every other
// row is asked for straight after, so the database reads them while the app starts.
//
// Nothing here may import the app (Dexie, zod, the domain): the script must stay small to run
// first. What the rows mean is worked out by the model (model/firstScreen.ts).
import { DATABASE_NAME } from './databaseName';
import type { ApplicationRow, SettingRow } from './db';

/** Rows in the table's first screen. */
export const FIRST_SCREEN_ROWS = 40;

/** Applications per request of the full read: each page is made rows while the next ones are read. */
export const PAGE_ROWS = 2_000;

export interface FirstScreenRead {
  /** The database's version as IndexedDB keeps it (Dexie's version × 10). */
  version: number;
  settings: SettingRow[];
  /** Null when nothing is dated from today on: the first screen then waits for the full read. */
  screen: FirstScreenRows | null;
  /**
   * Every application, in pages in order of id, read once the first screen's rows are: the
   * database reads the next page while the app makes rows of this one. Rejects when the read fails.
   */
  pages: Promise<StartupPage>;
}

export interface StartupPage {
  rows: ApplicationRow[];
  /** The following page, null after the last. */
  next: Promise<StartupPage> | null;
}

export interface FirstScreenRows {
  /** Every application with a date index key from the start of `now`'s day up to `bound`. */
  candidates: ApplicationRow[];
  bound: number;
}

/**
 * Reads, in one transaction, the settings and the applications of the first (4 × `rows`) date
 * index keys from the start of today (an application can have several), with the bound up to
 * which every application with such a key is among them; then, in another, every application in
 * pages of `pageRows`. Null when there is no database (none is created), when it is not one the
 * app wrote (no date index), or on any error: the app then simply reads everything itself.
 */
export function readFirstScreen(
  factory: IDBFactory,
  name: string,
  now: Date,
  rows = FIRST_SCREEN_ROWS,
  pageRows = PAGE_ROWS,
): Promise<FirstScreenRead | null> {
  return new Promise((resolve) => {
    let request: IDBOpenDBRequest;
    try {
      request = factory.open(name);
    } catch {
      resolve(null);
      return;
    }
    // No database yet: opening without a version would create an empty one, so undo that.
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onerror = () => resolve(null);
    request.onblocked = () => resolve(null);
    request.onsuccess = () => {
      const db = request.result;
      // An upgrade of the app's own waits for no one.
      db.onversionchange = () => db.close();
      const finish = (read: Omit<FirstScreenRead, 'pages'> | null) => {
        // Asked for before the connection closes: closing waits for the read to end.
        const pages = read ? readPages(db, pageRows) : null;
        // Seen by the app when it takes the pages: it may not (another version's database).
        pages?.catch(() => undefined);
        db.close();
        resolve(read && pages && { ...read, pages });
      };
      if (!db.objectStoreNames.contains('applications') || !db.objectStoreNames.contains('settings')) {
        finish(null);
        return;
      }
      try {
        readIn(db.transaction(['applications', 'settings'], 'readonly'), db.version, now, rows * 4, finish);
      } catch {
        finish(null);
      }
    };
  });
}

function readIn(
  tx: IDBTransaction,
  version: number,
  now: Date,
  sample: number,
  finish: (read: Omit<FirstScreenRead, 'pages'> | null) => void,
): void {
  const applications = tx.objectStore('applications');
  if (!applications.indexNames.contains('dates')) {
    finish(null);
    return;
  }
  const dates = applications.index('dates');
  const from = new Date(now).setHours(0, 0, 0, 0);
  let settings: SettingRow[] | null = null;
  let screen: FirstScreenRows | null = null;

  const settingsRead = tx.objectStore('settings').getAll();
  settingsRead.onsuccess = () => (settings = settingsRead.result as SettingRow[]);

  // The first `sample` index entries from today on, in one request: however many applications
  // share a date (an import of hundreds due the same day), the first screen reads no more than
  // that. Every entry with a key below the last one's is among them; entries sharing the last key
  // may be cut off. An application's first entry is its
  // earliest key from today on, so every application read has a key no later than the last
  // entry's: up to just before the latest such key, every entry was read. A read that did not fill
  // the sample has every entry from today on.
  const entries = dates.getAll(IDBKeyRange.lowerBound(from), sample);
  entries.onsuccess = () => {
    const candidates = entries.result as ApplicationRow[];
    if (candidates.length === 0) return;
    const keysFromToday = candidates.map((row) => row.dates.filter((key) => key >= from));
    const bound =
      candidates.length < sample
        ? Math.max(...keysFromToday.flat())
        : Math.max(...keysFromToday.map((keys) => Math.min(...keys))) - 1;
    screen = { candidates, bound };
  };

  tx.oncomplete = () => finish(settings ? { version, settings, screen } : null);
  tx.onabort = () => finish(null);
}

/**
 * Every application in pages of `pageRows` by id. A page's ids, and the next page's first, are
 * asked for ahead of its rows (ids alone are cheap), so the next page is asked for as soon as they
 * come, while the database still reads this one's rows.
 */
function readPages(db: IDBDatabase, pageRows: number): Promise<StartupPage> {
  let store: IDBObjectStore;
  try {
    store = db.transaction('applications', 'readonly').objectStore('applications');
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
  const pageFrom = (range: IDBKeyRange | null) =>
    new Promise<StartupPage>((resolve, reject) => {
      const ids = store.getAllKeys(range, pageRows + 1);
      const rows = store.getAll(range, pageRows);
      let next: Promise<StartupPage> | null = null;
      ids.onsuccess = () => {
        if (ids.result.length <= pageRows) return;
        next = pageFrom(IDBKeyRange.lowerBound(ids.result[pageRows]));
        // Seen by the app when it reaches that page; not an unhandled rejection before then.
        next.catch(() => undefined);
      };
      // IndexedDB answers a transaction's requests in order: the ids have come, and `next` is set.
      rows.onsuccess = () => resolve({ rows: rows.result as ApplicationRow[], next });
      ids.onerror = rows.onerror = () => reject(new Error('The applications could not be read'));
    });
  return pageFrom(null);
}

declare global {
  interface Window {
    /** Set by the start-up script (renderer/src/boot.ts); taken once by the app. */
    firstScreenRead?: Promise<FirstScreenRead | null>;
  }
}

/** The version the start-up script found in `name` (null when there is none), without taking its read. */
export function startupVersion(name: string): Promise<number | null> | undefined {
  return name === DATABASE_NAME ? window.firstScreenRead?.then((read) => read?.version ?? null) : undefined;
}

/** The start-up script's read, once, when `name` is the app's database: a database opened again later reads anew. */
export function takeFirstScreenRead(name: string): Promise<FirstScreenRead | null> | undefined {
  const read = name === DATABASE_NAME ? window.firstScreenRead : undefined;
  window.firstScreenRead = undefined;
  return read;
}
