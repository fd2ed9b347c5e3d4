// What the data-transfer component tests share: databases seeded with stored records, the
// stored state read back, and files as a browser hands them over.
import type { Application } from '@shared/application';
import { toRow, fromRow, type AppDatabase, type SettingRow } from '../../../renderer/src/db/db';
import { testDatabase } from '../testDatabase';

/** A fresh database holding exactly these records (and settings). */
export async function databaseWith(apps: Application[], settings: SettingRow[] = []): Promise<AppDatabase> {
  const db = testDatabase();
  await db.applications.bulkAdd(apps.map(toRow));
  await db.settings.bulkAdd(settings);
  return db;
}

/** Everything stored, applications by id, for comparing before and after. */
export async function storedState(db: AppDatabase) {
  const [rows, settings] = await Promise.all([db.applications.toArray(), db.settings.toArray()]);
  return { applications: rows.map(fromRow), settings };
}

export function fileOf(name: string, content: string | Uint8Array, type = 'text/csv'): File {
  return new File([content as BlobPart], name, { type });
}
