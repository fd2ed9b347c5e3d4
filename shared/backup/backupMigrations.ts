// Backups written by older versions of the app are brought up to the current schema one step
// at a time before they are validated: entry n turns schema n data into schema n+1 data, with
// the same step as the Dexie upgrade to n+1.
import { migrateV1Data, type SettingRowV1 } from '../migrations/v1ToV2';

/** Turns the `data` of a schema-n backup into schema n+1 data (or throws with a message). */
export type BackupMigration = (data: unknown) => unknown;

/** Schema 1's tables, as parseBackup hands them over: two arrays, their rows not yet checked. */
function v1Tables(data: unknown): { applications: unknown[]; settings: SettingRowV1[] } {
  const { applications, settings } = data as { applications: unknown[]; settings: unknown[] };
  settings.forEach((row, index) => {
    if (typeof row !== 'object' || row === null || typeof (row as { key?: unknown }).key !== 'string')
      throw new Error(`setting ${index + 1} has no key`);
  });
  return { applications, settings: settings as SettingRowV1[] };
}

export const BACKUP_MIGRATIONS: Readonly<Record<number, BackupMigration>> = {
  1: (data) => migrateV1Data(v1Tables(data)),
  // Schema 3 added the recently deleted applications, which backups do not carry: the same tables.
  2: (data) => data,
};

export type Migrated = { ok: true; data: unknown } | { ok: false; error: string };

export function migrateBackupData(
  data: unknown,
  fromVersion: number,
  toVersion: number,
  migrations: Readonly<Record<number, BackupMigration>> = BACKUP_MIGRATIONS,
): Migrated {
  let current = data;
  for (let version = fromVersion; version < toVersion; version += 1) {
    const step = migrations[version];
    if (!step)
      return {
        ok: false,
        error: `This backup uses schema ${fromVersion}, and this app cannot convert schema ${version} to ${version + 1}.`,
      };
    try {
      current = step(current);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return {
        ok: false,
        error: `This backup could not be converted from schema ${version} to ${version + 1}: ${reason}`,
      };
    }
  }
  return { ok: true, data: current };
}
