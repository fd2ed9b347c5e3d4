// Opening the database: a database an older version wrote is backed up exactly as it is before
// this version upgrades it; if that backup cannot be saved, nothing is upgraded until the
// student tries again or chooses to upgrade without a backup. The older database is written by
// the frozen schema-1 code (tests/support/schemaV1) on fake-indexeddb.
process.env.TZ = 'America/Los_Angeles';

import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DatabaseGate } from '../../../renderer/src/app/DatabaseGate';
import { DATABASE_NAME, type AppDatabase } from '../../../renderer/src/db/db';
import { LATEST_SCHEMA_VERSION } from '../../../renderer/src/db/schema';
import { verifyBackupText } from '../../../renderer/src/features/backups/databaseBackup';
import { generateV1Applications, SETTINGS_V1 } from '../../support/generateV1Applications';
import { writeV1Database } from '../../support/writeV1Database';
import { resetTransferDesktop } from '../dataTransfer/transferDesktop';
import { DATABASE_FIXTURES } from '../db/databaseFixtures';

vi.mock('../../../renderer/src/desktop/desktop', async () => ({
  desktop: (await import('../dataTransfer/transferDesktop')).transferDesktop,
}));

const APPLICATIONS = generateV1Applications(12);
const FULL = 'There is no room left in the browser’s storage, so the backup was not saved.';

const names: string[] = [];
const opened: AppDatabase[] = [];
afterEach(async () => {
  opened.splice(0).forEach((db) => db.close());
  await Promise.all(names.splice(0).map((name) => Dexie.delete(name)));
});

async function schema1Database(name = `gate-${crypto.randomUUID()}`): Promise<string> {
  names.push(name);
  await writeV1Database(name, { applications: APPLICATIONS, settings: SETTINGS_V1 });
  return name;
}

/** The version a database is at, opened without declaring one (so without upgrading it). */
async function versionOf(name: string): Promise<number> {
  const db = new Dexie(name);
  await db.open();
  const version = db.verno;
  db.close();
  return version;
}

function renderGate(name?: string) {
  const { unmount } = render(
    <DatabaseGate name={name}>
      {(db) => {
        if (!opened.includes(db)) opened.push(db);
        return <p>The app</p>;
      }}
    </DatabaseGate>,
  );
  return { user: userEvent.setup(), unmount };
}

/** The database the gate handed to the app, opened: this is when Dexie upgrades it. */
async function openedByTheApp(): Promise<AppDatabase> {
  await screen.findByText('The app');
  const db = opened.at(-1)!;
  await db.open();
  return db;
}

describe('opening a database an older version wrote', () => {
  it('saves a backup of it exactly as it is, then opens it upgraded', async () => {
    const desktop = resetTransferDesktop();
    const name = await schema1Database();
    renderGate(name);
    const db = await openedByTheApp();

    expect(desktop.written.map((w) => w.reason)).toEqual(['before-upgrade']);
    const backup = JSON.parse(desktop.written[0]!.json) as {
      schemaVersion: number;
      counts: Record<string, number>;
      data: { applications: unknown[]; settings: unknown[] };
    };
    expect(backup.schemaVersion).toBe(1);
    expect(backup.counts).toEqual({ applications: 12, settings: 2 });
    // The records as schema 1 stored them, less the index keys it derived from them.
    expect(backup.data.applications).toEqual([...APPLICATIONS].sort((a, b) => (a.id < b.id ? -1 : 1)));
    expect(backup.data.settings).toEqual([
      { key: 'reminders', value: SETTINGS_V1.reminders },
      { key: 'theme', value: 'dark' },
    ]);

    expect(db.verno).toBe(LATEST_SCHEMA_VERSION);
    expect(await db.applications.count()).toBe(12);
    // Upgraded: schema-1 history entries numbered in schema 2.
    expect((await db.applications.get(APPLICATIONS[0]!.id))?.stageHistory[0]?.id).toBe('v1-1');
  });

  it('backs up a schema-2 database before it gains Recently deleted, and that backup restores', async () => {
    const desktop = resetTransferDesktop();
    const fixture = DATABASE_FIXTURES.find((f) => f.version === 2)!;
    const name = `gate-${crypto.randomUUID()}`;
    names.push(name);
    const old = new Dexie(name);
    old.version(2).stores(fixture.stores);
    await old.open();
    await old.table('applications').bulkAdd(fixture.rows.applications!);
    await old.table('settings').bulkAdd(fixture.rows.settings!);
    old.close();

    renderGate(name);
    const db = await openedByTheApp();
    expect(db.verno).toBe(LATEST_SCHEMA_VERSION);
    expect(await db.recentlyDeleted.count()).toBe(0);
    expect(desktop.written.map((w) => w.reason)).toEqual(['before-upgrade']);
    const verified = await verifyBackupText(desktop.written[0]!.json);
    if (!verified.ok) throw new Error(verified.error);
    expect(verified.value.fromSchemaVersion).toBe(2);
    expect(verified.value.data.applications).toHaveLength(fixture.rows.applications!.length);
    const inOneOrder = (rows: readonly object[]) =>
      [...rows].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
    expect(inOneOrder(verified.value.data.settings)).toEqual(inOneOrder(fixture.rows.settings!));
  });

  it('upgrades nothing while the backup cannot be saved; Try again saves it and opens', async () => {
    const desktop = resetTransferDesktop();
    desktop.writeError = FULL;
    const name = await schema1Database();
    const { user } = renderGate(name);

    await screen.findByRole('heading', { name: 'Your data was not upgraded yet' });
    expect(screen.getByRole('alert').textContent).toBe(FULL);
    expect(screen.queryByText('The app')).toBeNull();
    expect(await versionOf(name)).toBe(1);

    // Still failing: the screen says why this time, and still nothing is upgraded.
    desktop.writeError = 'The browser’s storage failed: disk I/O error';
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    await screen.findByText('The browser’s storage failed: disk I/O error');
    expect(await versionOf(name)).toBe(1);

    desktop.writeError = null;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    const db = await openedByTheApp();
    expect(desktop.written.map((w) => w.reason)).toEqual(['before-upgrade']);
    expect(JSON.parse(desktop.written[0]!.json).schemaVersion).toBe(1);
    expect(db.verno).toBe(LATEST_SCHEMA_VERSION);
    expect(await db.applications.count()).toBe(12);
  });

  it('upgrades without a backup when the student chooses to', async () => {
    const desktop = resetTransferDesktop();
    desktop.writeError = FULL;
    const name = await schema1Database();
    const { user } = renderGate(name);

    await user.click(await screen.findByRole('button', { name: 'Upgrade without a backup' }));
    const db = await openedByTheApp();
    expect(desktop.written).toEqual([]);
    expect(db.verno).toBe(LATEST_SCHEMA_VERSION);
    expect(await db.applications.count()).toBe(12);
  });
});

describe('opening a database with nothing to upgrade', () => {
  it('makes no backup of a new database or of one this version wrote', async () => {
    const desktop = resetTransferDesktop();
    const name = `gate-${crypto.randomUUID()}`;
    names.push(name);
    const first = renderGate(name);
    (await openedByTheApp()).close();
    first.unmount();
    expect(await versionOf(name)).toBe(LATEST_SCHEMA_VERSION);

    // And again, now that this version wrote it.
    renderGate(name);
    expect((await openedByTheApp()).verno).toBe(LATEST_SCHEMA_VERSION);
    expect(desktop.written).toEqual([]);
  });
});

describe('with the version the start-up script read', () => {
  afterEach(() => {
    window.firstScreenRead = undefined;
    vi.restoreAllMocks();
  });

  it('takes it instead of asking IndexedDB again (first screen or not), and asks when the script read nothing', async () => {
    const noRows = Promise.resolve({ rows: [], next: null });
    for (const read of [{ version: 10, settings: [], screen: null, pages: noRows }, null]) {
      const desktop = resetTransferDesktop();
      await schema1Database(DATABASE_NAME);
      const databases = vi.spyOn(indexedDB, 'databases');
      window.firstScreenRead = Promise.resolve(read);
      const { unmount } = renderGate();
      const db = await openedByTheApp();
      expect(databases).toHaveBeenCalledTimes(read ? 0 : 1);
      expect(desktop.written.map((w) => JSON.parse(w.json).schemaVersion)).toEqual([1]);
      expect(db.verno).toBe(LATEST_SCHEMA_VERSION);
      db.close();
      unmount();
      await Dexie.delete(DATABASE_NAME);
      vi.restoreAllMocks();
    }
  });
});
