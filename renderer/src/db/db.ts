// The local database: the single source of truth for application data.
import Dexie, { type EntityTable } from 'dexie';
import type { Application } from '@shared/application';
import { dateKeys } from '@shared/nextDate';
import { DATABASE_NAME } from './databaseName';
import { SCHEMA_VERSIONS } from './schema';

/** A stored application: the domain record plus index keys derived from it on every write. */
export type ApplicationRow = Application & { dates: number[] };

export interface SettingRow {
  key: string;
  value: unknown;
}

export { DATABASE_NAME };

export type AppDatabase = Dexie & {
  applications: EntityTable<ApplicationRow, 'id'>;
  settings: EntityTable<SettingRow, 'key'>;
};

export function openDatabase(name = DATABASE_NAME): AppDatabase {
  // Rows are never mutated in place (every change is a new object), so live queries may share
  // frozen results instead of deep-cloning 10,000 rows on each read.
  const db = new Dexie(name, { cache: 'immutable' }) as AppDatabase;
  for (const { version, stores, upgrade } of SCHEMA_VERSIONS) {
    const declared = db.version(version).stores(stores);
    if (upgrade) declared.upgrade(upgrade);
  }
  return db;
}

export function toRow(app: Application): ApplicationRow {
  return { ...app, dates: dateKeys(app) };
}

/** The domain record without the derived index keys. */
export function fromRow(row: ApplicationRow): Application {
  const { dates: _dates, ...app } = row;
  return app;
}
