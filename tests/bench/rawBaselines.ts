// Raw IndexedDB baselines the view metrics share, run in the page on a connection of their own
// opened beforehand (the app's is open too: only the data work is timed).
import type { Page } from '@playwright/test';
import { DATABASES } from './benchPage';

/** Every application read raw: one getAll of the store. Returns how long it took (ms). */
export function rawReadAll(page: Page): Promise<number> {
  return page.evaluate(async (db) => {
    const connection = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open(db);
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const start = performance.now();
    const count = await new Promise<number>((resolve, reject) => {
      const all = connection.transaction('applications').objectStore('applications').getAll();
      all.onsuccess = () => resolve(all.result.length);
      all.onerror = () => reject(all.error);
    });
    const ms = performance.now() - start;
    connection.close();
    if (count === 0) throw new Error('The raw read found no applications');
    return ms;
  }, DATABASES.app);
}

/**
 * One record read and put back unchanged in one read-write transaction (the app's own view of it
 * stays true). Returns how long until the transaction completed (ms).
 */
export function rawGetPut(page: Page, id: string): Promise<number> {
  return page.evaluate(
    async ({ db, id }) => {
      const connection = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open(db);
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const ms = await new Promise<number>((resolve, reject) => {
        const start = performance.now();
        const tx = connection.transaction('applications', 'readwrite');
        const store = tx.objectStore('applications');
        const read = store.get(id);
        read.onsuccess = () => {
          if (read.result === undefined) return tx.abort();
          store.put(read.result);
        };
        tx.oncomplete = () => resolve(performance.now() - start);
        tx.onabort = () => reject(tx.error ?? new Error(`No application ${id} to get and put`));
      });
      connection.close();
      return ms;
    },
    { db: DATABASES.app, id },
  );
}
