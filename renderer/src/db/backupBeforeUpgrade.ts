// A database written by an older version of the app is upgraded for good the moment this version
// opens it. Before that, a backup of it exactly as it is, so nothing can be lost in the step.
import Dexie from 'dexie';
import { APP_VERSION } from '@shared/appVersion';
import { createBackup, type BackupData } from '@shared/backup/backupFormat';
import type { Sha256 } from '@shared/backup/checksum';
import type { BackupInfo, Result } from '@shared/desktopApi';
import { LATEST_SCHEMA_VERSION } from './schema';

export interface UpgradeBackupDeps {
  writeBackup: (backupJson: string) => Promise<Result<BackupInfo>>;
  digest: Sha256;
  now: () => Date;
}

/** What happened: no older database (nothing to do), or the backup of it was saved. */
export type UpgradeBackup = Result<{ backedUp: false } | { backedUp: true; from: number; backup: BackupInfo }>;

export async function backupBeforeUpgrade(name: string, deps: UpgradeBackupDeps): Promise<UpgradeBackup> {
  if (!(await Dexie.exists(name))) return { ok: true, value: { backedUp: false } };
  // Without declared versions Dexie opens the database as it is, at its own version.
  const old = new Dexie(name);
  try {
    await old.open();
    if (old.verno >= LATEST_SCHEMA_VERSION) return { ok: true, value: { backedUp: false } };
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
    const written = await deps.writeBackup(JSON.stringify(backup));
    return written.ok ? { ok: true, value: { backedUp: true, from: old.verno, backup: written.value } } : written;
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  } finally {
    old.close();
  }
}
