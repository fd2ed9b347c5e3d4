// Every schema version the database has had, oldest first. Never edit a released version:
// add a new one with an upgrade, and a migration test that opens a database of the one before.
import type { Transaction } from 'dexie';

export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
}

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
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
];

export const LATEST_SCHEMA_VERSION = SCHEMA_VERSIONS.at(-1)!.version;
