/*
 * Migration harness: a database written by any released schema version opens in today's app
 * with nothing lost.
 *
 * For every fixture in databaseFixtures.ts (one per released version, frozen on release):
 *   1. write it with a bare Dexie that declares only the fixture's frozen stores (none of the
 *      app's code runs), then close it;
 *   2. open it with openDatabase(), which runs every upgrade declared after that version;
 *   3. expect each table to hold exactly the fixture rows, transformed by UPGRADE_EXPECTATIONS
 *      for every later version (unchanged when there are none), each application still valid
 *      and its `dates` index keys what today's code derives; and expect every index the
 *      latest schema declares to exist in IndexedDB and to find every row by its own values.
 *
 * Adding schema version n: add a fixture { version: n, stores: its complete schema, rows } and
 * an UPGRADE_EXPECTATIONS entry { to: n, rows: { table: (oldRow) => newRow }, added }. The
 * guards below fail until both exist, and fail if a released version's stores are ever edited.
 *
 * Besides the literal fixtures, a database of 1,000 applications written by the frozen
 * schema-1 code itself (tests/support/schemaV1) is opened and compared field by field with
 * what tests/support/upgradeV1Expectations.ts says, by hand, each schema-1 field becomes.
 */
process.env.TZ = 'America/Los_Angeles';

import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { validateApplication } from '@shared/validateApplication';
import { storedApplicationSchema } from '@shared/application';
import { fromRow, openDatabase, toRow, type ApplicationRow } from '../../../renderer/src/db/db';
import { LATEST_SCHEMA_VERSION, SCHEMA_VERSIONS, type SchemaVersion } from '../../../renderer/src/db/schema';
import { generateV1Applications, SETTINGS_V1, type ApplicationV1 } from '../../support/generateV1Applications';
import {
  expectedPipeline,
  expectedReminderSettings,
  upgradeMismatches,
  type RowV1,
} from '../../support/upgradeV1Expectations';
import { writeV1Database } from '../../support/writeV1Database';
import { DATABASE_FIXTURES, UPGRADE_EXPECTATIONS, type DatabaseFixture } from './databaseFixtures';

type Row = Record<string, unknown>;

const names: string[] = [];
function databaseName(): string {
  const name = `migration-${crypto.randomUUID()}`;
  names.push(name);
  return name;
}
afterEach(async () => {
  await Promise.all(names.splice(0).map((name) => Dexie.delete(name)));
});

/** A version's complete schema: every table declared up to it (a version lists only changes). */
function effectiveStores(versions: readonly SchemaVersion[], upTo: number): Record<string, string> {
  const stores: Record<string, string> = {};
  for (const { version, stores: declared } of versions) {
    if (version > upTo) break;
    for (const [table, schema] of Object.entries(declared)) {
      if (schema === null) delete stores[table];
      else stores[table] = schema;
    }
  }
  return stores;
}

async function writeWithoutTheApp(name: string, fixture: DatabaseFixture): Promise<void> {
  const old = new Dexie(name);
  old.version(fixture.version).stores(fixture.stores);
  await old.open();
  await old.transaction('rw', old.tables, async () => {
    for (const [table, rows] of Object.entries(fixture.rows)) await old.table(table).bulkAdd(rows);
  });
  old.close();
}

function expectedRows(fixture: DatabaseFixture, table: string): Row[] {
  return UPGRADE_EXPECTATIONS.filter((u) => u.to > fixture.version).reduce(
    (rows, upgrade) => [...rows.map(upgrade.rows[table] ?? ((row) => row)), ...(upgrade.added?.[table] ?? [])],
    fixture.rows[table] ?? [],
  );
}

/** Index keys a row has under a key path; null and undefined are not indexed. */
function keysOf(row: Row, keyPath: string, multiEntry: boolean): unknown[] {
  const value = row[keyPath];
  const keys = multiEntry && Array.isArray(value) ? [...new Set(value)] : [value];
  return keys.filter((key) => key !== null && key !== undefined);
}

interface PhysicalStore {
  keyPath: unknown;
  indexes: Record<string, { keyPath: unknown; multiEntry: boolean }>;
}

/** What IndexedDB itself holds, read in one go (a raw transaction ends at the first await). */
function physicalSchema(db: Dexie): Record<string, PhysicalStore> {
  const backend = db.backendDB();
  const tx = backend.transaction([...backend.objectStoreNames], 'readonly');
  return Object.fromEntries(
    [...backend.objectStoreNames].map((name) => {
      const store = tx.objectStore(name);
      const indexes = [...store.indexNames].map((index) => {
        const { keyPath, multiEntry } = store.index(index);
        return [index, { keyPath, multiEntry }] as const;
      });
      return [name, { keyPath: store.keyPath, indexes: Object.fromEntries(indexes) }];
    }),
  );
}

/** Opens a fixture with `open` and checks everything survived; throws an assertion error if not. */
async function checkMigration(fixture: DatabaseFixture, open: (name: string) => Dexie, latest: number): Promise<void> {
  const name = databaseName();
  await writeWithoutTheApp(name, fixture);
  const db = open(name);
  await db.open();
  try {
    expect(db.verno).toBe(latest);
    const physical = physicalSchema(db);

    for (const table of db.tables) {
      const primKey = table.schema.primKey.keyPath as string;
      const byKey = (a: Row, b: Row) => String(a[primKey]).localeCompare(String(b[primKey]));
      const rows = ((await table.toArray()) as Row[]).sort(byKey);
      expect(rows, `rows of ${table.name}`).toEqual(expectedRows(fixture, table.name).sort(byKey));

      // The indexes the app declares exist in IndexedDB, as declared.
      expect(physical[table.name], `schema of ${table.name} in IndexedDB`).toEqual({
        keyPath: primKey,
        indexes: Object.fromEntries(
          table.schema.indexes.map((i) => [i.name, { keyPath: i.keyPath, multiEntry: i.multi ?? false }]),
        ),
      });

      for (const index of table.schema.indexes) {
        const keyPath = index.keyPath as string;
        const multiEntry = index.multi ?? false;
        // Every row is found by each of its own index values, and there are no stray entries.
        for (const row of rows) {
          for (const key of keysOf(row, keyPath, multiEntry)) {
            const found = await table
              .where(index.name)
              .equals(key as string)
              .primaryKeys();
            expect(found, `${table.name}.${index.name} = ${JSON.stringify(key)}`).toContain(row[primKey]);
          }
        }
        const entries = rows.reduce((sum, row) => sum + keysOf(row, keyPath, multiEntry).length, 0);
        expect(await table.orderBy(index.name).keys(), `entries in ${table.name}.${index.name}`).toHaveLength(entries);
      }
    }

    for (const row of (await db.table('applications').toArray()) as ApplicationRow[]) {
      const app = fromRow(row);
      expect(validateApplication(app), `application ${row.id}`).toEqual({ ok: true, value: app });
      expect(row.dates, `dates of ${row.id}`).toEqual(toRow(app).dates);
    }
  } finally {
    db.close();
  }
}

describe('the migration fixtures', () => {
  it('include a database written by every schema version', () => {
    expect(DATABASE_FIXTURES.map((f) => f.version)).toEqual(SCHEMA_VERSIONS.map((v) => v.version));
  });

  it('hold each released version’s schema exactly as released', () => {
    for (const fixture of DATABASE_FIXTURES) {
      expect(effectiveStores(SCHEMA_VERSIONS, fixture.version), `version ${fixture.version}`).toEqual(fixture.stores);
    }
  });

  it('say what every upgrade after the first version does', () => {
    expect(UPGRADE_EXPECTATIONS.map((u) => u.to)).toEqual(SCHEMA_VERSIONS.slice(1).map((v) => v.version));
  });

  it('have rows in every table, so a lost table or row cannot pass unnoticed', () => {
    for (const fixture of DATABASE_FIXTURES) {
      for (const table of Object.keys(fixture.stores)) {
        expect(fixture.rows[table]?.length ?? 0, `${table} in version ${fixture.version}`).toBeGreaterThan(0);
      }
    }
  });
});

describe('opening an existing database', () => {
  for (const fixture of DATABASE_FIXTURES) {
    it(`keeps every row and index of a version ${fixture.version} database`, async () => {
      await checkMigration(fixture, openDatabase, LATEST_SCHEMA_VERSION);
    });
  }

  it('notices an upgrade that loses data (the harness itself can fail)', async () => {
    const next = LATEST_SCHEMA_VERSION + 1;
    const losesNotes: SchemaVersion = {
      version: next,
      stores: {},
      upgrade: (tx) =>
        tx
          .table('applications')
          .toCollection()
          .modify((row: Row) => {
            delete row.notes;
          })
          .then(() => undefined),
    };
    const openBroken = (name: string) => {
      const db = new Dexie(name);
      for (const { version, stores, upgrade } of [...SCHEMA_VERSIONS, losesNotes]) {
        const declared = db.version(version).stores(stores);
        if (upgrade) declared.upgrade(upgrade);
      }
      return db;
    };
    await expect(checkMigration(DATABASE_FIXTURES[0]!, openBroken, next)).rejects.toThrow(/rows of applications/);
  });

  it('notices date index keys that no longer match the record', async () => {
    const fixture = DATABASE_FIXTURES.at(-1)!;
    // Rows whose stored `dates` were never updated for a deadline marked done.
    const stale: DatabaseFixture = {
      ...fixture,
      rows: {
        ...fixture.rows,
        applications: fixture.rows.applications!.map((row) =>
          row.company === 'Nestlé' ? { ...row, dates: [1] } : row,
        ),
      },
    };
    await expect(checkMigration(stale, openDatabase, LATEST_SCHEMA_VERSION)).rejects.toThrow(/dates of/);
  });
});

describe('a new database', () => {
  it('starts at the latest version with every declared table and index', async () => {
    const db = openDatabase(databaseName());
    await db.open();
    expect(db.verno).toBe(LATEST_SCHEMA_VERSION);
    const physical = physicalSchema(db);
    expect(Object.keys(physical).sort()).toEqual(
      Object.keys(effectiveStores(SCHEMA_VERSIONS, LATEST_SCHEMA_VERSION)).sort(),
    );
    expect(physical.settings).toEqual({ keyPath: 'key', indexes: {} });
    expect(physical.applications?.keyPath).toBe('id');
    // Only what a query reads: the first screen reads the date index; the rest is served from memory.
    expect(physical.applications?.indexes).toEqual({ dates: { keyPath: 'dates', multiEntry: true } });
    // Recently deleted entries are listed newest first and pruned by age, both through this index.
    expect(physical.recentlyDeleted).toEqual({
      keyPath: 'id',
      indexes: { deletedAt: { keyPath: 'deletedAt', multiEntry: false } },
    });
    db.close();
  });
});

// A thousand records through fake-indexeddb take seconds on a busy machine: a budget, not a measurement.
describe('a database the schema-1 app wrote', { timeout: 60_000 }, () => {
  const applications = generateV1Applications(1_000);
  const usesInterviewing = (app: ApplicationV1) => app.statusHistory.some((entry) => entry.status === 'interviewing');

  /** A table as IndexedDB holds it, read without declaring a schema (so nothing is upgraded). */
  async function storedAsItIs(name: string): Promise<{ version: number; applications: RowV1[] }> {
    const db = new Dexie(name);
    await db.open();
    try {
      return { version: db.verno, applications: (await db.table('applications').toArray()) as RowV1[] };
    } finally {
      db.close();
    }
  }

  /** Writes the records with the frozen schema-1 code and checks it stored them as given. */
  async function writtenBySchema1(records: ApplicationV1[], settings = SETTINGS_V1): Promise<[string, RowV1[]]> {
    const name = databaseName();
    await writeV1Database(name, { applications: records, settings });
    const stored = await storedAsItIs(name);
    expect(stored.version).toBe(1);
    expect(stored.applications.map(({ dates: _dates, ...app }) => app)).toEqual(
      [...records].sort((a, b) => a.id.localeCompare(b.id)),
    );
    return [name, stored.applications];
  }

  it('opens with all 1,000 applications, every field of every record accounted for', async () => {
    expect(applications.filter(usesInterviewing).length).toBeGreaterThan(0);
    const [name, rowsV1] = await writtenBySchema1(applications);

    const db = openDatabase(name);
    await db.open();
    try {
      expect(db.verno).toBe(LATEST_SCHEMA_VERSION);
      const rows = (await db.applications.toArray()) as unknown as Row[];
      expect(rows).toHaveLength(1_000);
      expect(upgradeMismatches(rowsV1, rows)).toEqual([]);
      for (const row of rows) {
        // A record the database may hold; what schema 1 allowed (any email text) is kept as it was.
        const stored = storedApplicationSchema.safeParse(fromRow(row as ApplicationRow));
        expect(stored.success, `${String(row.id)} is valid`).toBe(true);
      }
      expect(await db.settings.orderBy('key').toArray()).toEqual([
        { key: 'pipeline', value: expectedPipeline(true) },
        { key: 'reminders', value: expectedReminderSettings(SETTINGS_V1.reminders) },
        { key: 'theme', value: SETTINGS_V1.theme },
      ]);
    } finally {
      db.close();
    }
  });

  it('adds no "Interviewing" stage when no schema-1 history used that status', async () => {
    const [name, rowsV1] = await writtenBySchema1(
      applications.filter((app) => !usesInterviewing(app)),
      { theme: 'system', reminders: SETTINGS_V1.reminders },
    );
    const db = openDatabase(name);
    await db.open();
    try {
      expect(upgradeMismatches(rowsV1, (await db.applications.toArray()) as unknown as Row[])).toEqual([]);
      expect(await db.settings.get('pipeline')).toEqual({ key: 'pipeline', value: expectedPipeline(false) });
    } finally {
      db.close();
    }
  });

  it('notices a changed note, a lost field and a lost record (the comparison itself can fail)', async () => {
    const [name, rowsV1] = await writtenBySchema1(applications.slice(0, 50));
    const [noted, stripped, lost] = [rowsV1[17]!, rowsV1[23]!, rowsV1[31]!];
    const sabotaged = SCHEMA_VERSIONS.map((v) =>
      v.upgrade
        ? {
            ...v,
            upgrade: async (tx: Parameters<NonNullable<SchemaVersion['upgrade']>>[0]) => {
              await v.upgrade!(tx);
              const table = tx.table('applications');
              await table
                .where('id')
                .equals(noted.id)
                .modify((row: ApplicationRow) => {
                  row.stageHistory[0]!.note = 'x';
                });
              await table
                .where('id')
                .equals(stripped.id)
                .modify((row: Row) => {
                  delete row.tags;
                });
              await table.delete(lost.id);
            },
          }
        : v,
    );
    const db = new Dexie(name);
    for (const { version, stores, upgrade } of sabotaged) {
      const declared = db.version(version).stores(stores);
      if (upgrade) declared.upgrade(upgrade);
    }
    await db.open();
    try {
      const mismatches = upgradeMismatches(rowsV1, (await db.table('applications').toArray()) as Row[]);
      expect(mismatches).toHaveLength(3);
      expect(mismatches).toEqual(
        expect.arrayContaining([
          expect.stringMatching(new RegExp(`^${noted.id}: stageHistory: expected .*, stored .*"note":"x"`)),
          `${stripped.id}: tags: missing`,
          `${lost.id}: missing`,
        ]),
      );
    } finally {
      db.close();
    }
  });
});
