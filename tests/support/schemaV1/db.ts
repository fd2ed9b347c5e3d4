// FROZEN: schema 1 as it shipped (renderer/src/db/db.ts and schema.ts at main 0b915b0). Never
// edit: the migration tests prove that what this code wrote opens in every later version. The
// one released schema version is written out here instead of imported.

// The local database: the single source of truth for application data.
import Dexie, { type EntityTable } from 'dexie';
import type { Application } from './application';
import { dateKeys } from './nextDate';

export const SCHEMA_VERSIONS = [
  {
    version: 1,
    stores: {
      // Indexes serve the table's sorts and filters and the date queries: `*dates` holds the
      // due times (epoch ms) of open deadlines and cohort starts, so "what is due this week"
      // is a range query.
      applications: 'id, status, company, updatedAt, createdAt, archivedAt, *tags, *dates',
      settings: 'key',
    },
  },
] as const;

/** A stored application: the domain record plus index keys derived from it on every write. */
export type ApplicationRow = Application & { dates: number[] };

export interface SettingRow {
  key: string;
  value: unknown;
}

export const DATABASE_NAME = 'internship-tracker';

export type AppDatabase = Dexie & {
  applications: EntityTable<ApplicationRow, 'id'>;
  settings: EntityTable<SettingRow, 'key'>;
};

export function openDatabase(name = DATABASE_NAME): AppDatabase {
  // Rows are never mutated in place (every change is a new object), so live queries may share
  // frozen results instead of deep-cloning 10,000 rows on each read.
  const db = new Dexie(name, { cache: 'immutable' }) as AppDatabase;
  for (const { version, stores } of SCHEMA_VERSIONS) db.version(version).stores(stores);
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
