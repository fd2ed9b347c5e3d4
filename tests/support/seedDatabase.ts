// Writes applications straight into the app's IndexedDB in the page, bypassing the UI: for
// benchmarks and screenshots that need many rows. The page must have opened the database once.
import type { Page } from '@playwright/test';
import type { Application } from '../../shared/application';
import { dateKeys } from '../../shared/nextDate';

export async function seedApplications(page: Page, apps: Application[]): Promise<void> {
  const rows = apps.map((app) => ({ ...app, dates: dateKeys(app) }));
  await page.evaluate(async (rows) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('internship-tracker');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction('applications', 'readwrite');
      for (const row of rows) tx.objectStore('applications').put(row);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, rows);
}
