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
  return { ...app, dates: dateKeys(app) };
}

/**
 * The domain record without the derived index keys. Field by field, not `{ dates, ...app }`: an
 * object rest is the engine's slow path, and loading 10,000 rows copies every one. A test keeps
 * the fields those of the schema.
 */
export function fromRow(row: ApplicationRow): Application {
  return {
    id: row.id,
    company: row.company,
    role: row.role,
    postingUrl: row.postingUrl,
    source: row.source,
    employmentType: row.employmentType,
    term: row.term,
    locations: row.locations,
    workMode: row.workMode,
    stageId: row.stageId,
    phase: row.phase,
    stageHistory: row.stageHistory,
    appliedAt: row.appliedAt,
    deadlines: row.deadlines,
    cohorts: row.cohorts,
    chosenCohortId: row.chosenCohortId,
    durationWeeks: row.durationWeeks,
    pay: row.pay,
    offer: row.offer,
    events: row.events,
    followUp: row.followUp,
    contacts: row.contacts,
    notes: row.notes,
    postingText: row.postingText,
    tags: row.tags,
    excitement: row.excitement,
    sponsorship: row.sponsorship,
    referral: row.referral,
    resumeVersion: row.resumeVersion,
    coverLetter: row.coverLetter,
    boardRank: row.boardRank,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    archivedAt: row.archivedAt,
  };
}
