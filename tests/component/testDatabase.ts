// A fresh database for each test: real Dexie on fake-indexeddb, under a name no other test uses.
import { openDatabase, type AppDatabase } from '../../renderer/src/db/db';

const opened: AppDatabase[] = [];

export function testDatabase(): AppDatabase {
  const db = openDatabase(`test-${crypto.randomUUID()}`);
  opened.push(db);
  return db;
}

/** Closes and deletes every database the test opened (called after each test by setup.ts). */
export async function closeTestDatabases(): Promise<void> {
  await Promise.all(opened.splice(0).map((db) => db.delete()));
}
