// The local database: the single source of truth for application data.
import Dexie, { type EntityTable } from 'dexie';
import type { Application } from '@shared/application';
import { dateKeys } from '@shared/nextDate';
import { DATABASE_NAME } from './databaseName';
import { inSchemaOrder } from './recordShape';
import { SCHEMA_VERSIONS } from './schema';

/**
 * A stored application (schema 4): the domain record as it is, beside the index keys derived from
 * it on every write. Reading it takes the record itself: nothing is copied, which loading 10,000
 * rows would do for every one (schemas 1 to 3 kept the keys among the record's own fields).
 */
export interface ApplicationRow {
  id: string;
  dates: number[];
  app: Application;
}

export interface SettingRow {
  key: string;
  value: unknown;
}

/** A deleted application, kept whole until it is restored, deleted for good or 30 days old. */
export interface DeletedRow {
  id: string;
  /** When it was deleted, in epoch milliseconds: the index finds old entries by range. */
  deletedAt: number;
  application: Application;
}

export { DATABASE_NAME };

export type AppDatabase = Dexie & {
  applications: EntityTable<ApplicationRow, 'id'>;
  settings: EntityTable<SettingRow, 'key'>;
  recentlyDeleted: EntityTable<DeletedRow, 'id'>;
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
  return { id: app.id, dates: dateKeys(app), app: inSchemaOrder(app) };
}

export function fromRow(row: ApplicationRow): Application {
  return row.app;
}
