// Every schema version the database has had, oldest first. Never edit a released version:
// add a new one with an upgrade, and a migration test that opens a database of the one before.
import type { Transaction } from 'dexie';
import { dateKeys } from '@shared/nextDate';
import { migrateV1Data, type SettingRowV1 } from '@shared/migrations/v1ToV2';

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
  {
    version: 2,
    stores: {
      // The read model serves sorts, filters and searches from memory; only the first screen
      // reads an index (`*dates`: due times of open deadlines, cohort starts, events and
      // follow-ups), so the others went.
      applications: 'id, *dates',
    },
    // Statuses become stages of the student's pipeline, and the new fields arrive empty:
    // migrateV1Data, the same step that converts schema-1 backups. The whole data set is read
    // at once because the pipeline depends on which statuses were used.
    async upgrade(tx) {
      const applications = tx.table('applications');
      const settings = tx.table<SettingRowV1, string>('settings');
      const data = migrateV1Data({ applications: await applications.toArray(), settings: await settings.toArray() });
      await applications.bulkPut(data.applications.map((app) => ({ ...app, dates: dateKeys(app) })));
      await settings.bulkPut(data.settings);
    },
  },
  {
    version: 3,
    stores: {
      // Applications the student deleted, each kept whole for 30 days (Settings → Recently
      // deleted). An entry has an id of its own, so an application deleted, restored and deleted
      // again is kept both times. `deletedAt` (epoch ms) lists them newest first and finds those
      // past 30 days without reading the rest.
      recentlyDeleted: 'id, deletedAt',
    },
  },
];

export const LATEST_SCHEMA_VERSION = SCHEMA_VERSIONS.at(-1)!.version;
