// A database written by an older version of the app is upgraded for good the moment this version
// opens it. Before that, a backup of it exactly as it is, so nothing can be lost in the step.
import Dexie from 'dexie';
import { APP_VERSION } from '@shared/appVersion';
import { createBackup, type BackupData } from '@shared/backup/backupFormat';
import type { Sha256 } from '@shared/backup/checksum';
import type { BackupFile, BackupInfo, Result } from '@shared/desktopApi';
import { LATEST_SCHEMA_VERSION } from './schema';

export interface UpgradeBackupDeps {
  writeBackup: (backupFile: BackupFile) => Promise<Result<BackupInfo>>;
  digest: Sha256;
  now: () => Date;
  /** The version IndexedDB keeps (Dexie's × 10), when the start-up script already read it. */
  knownVersion?: Promise<number | null>;
}

/** What happened: no older database (nothing to do), or the backup of it was saved. */
export type UpgradeBackup = Result<{ backedUp: false } | { backedUp: true; from: number; backup: BackupInfo }>;

/**
 * The schema version a database was written by: as the start-up script found it, or else asked
 * of IndexedDB without opening it (every start of the app asks, and opening it twice would hold up
 * the first screen); null when there is no such database. IndexedDB holds Dexie's version times ten.
 */
async function storedSchemaVersion(name: string, known?: Promise<number | null>): Promise<number | null> {
  const read = await known;
  if (typeof read === 'number') return read / 10;
  if (typeof indexedDB.databases !== 'function') return openedSchemaVersion(name);
  const found = (await indexedDB.databases()).find((database) => database.name === name);
  return found?.version === undefined ? null : found.version / 10;
}

/** The same, where IndexedDB cannot list its databases: by opening it, as it is. */
async function openedSchemaVersion(name: string): Promise<number | null> {
  if (!(await Dexie.exists(name))) return null;
  const db = new Dexie(name);
  try {
    return (await db.open()).verno;
  } finally {
    db.close();
  }
}

export async function backupBeforeUpgrade(name: string, deps: UpgradeBackupDeps): Promise<UpgradeBackup> {
  let version: number | null;
  try {
    version = await storedSchemaVersion(name, deps.knownVersion);
  } catch (error) {
    return { ok: false, error: `Your data could not be looked at before the upgrade: ${String(error)}` };
  }
  if (version === null || version >= LATEST_SCHEMA_VERSION) return { ok: true, value: { backedUp: false } };
  // Without declared versions Dexie opens the database as it is, at its own version.
  const old = new Dexie(name);
  try {
    await old.open();
    const tables = await old.transaction('r', old.tables, async () => ({
      // Rows as that version stored them, less the index keys it derived from them.
      applications: (await old.table('applications').toArray()).map(({ dates: _dates, ...app }) => app),
      settings: await old.table('settings').toArray(),
    }));
    const backup = await createBackup(tables as unknown as BackupData, {
      schemaVersion: old.verno,
      appVersion: APP_VERSION,
      now: deps.now(),
      digest: deps.digest,
    });
    const written = await deps.writeBackup(new Blob([JSON.stringify(backup)], { type: 'application/json' }));
    return written.ok ? { ok: true, value: { backedUp: true, from: old.verno, backup: written.value } } : written;
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  } finally {
    old.close();
  }
}
