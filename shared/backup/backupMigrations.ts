// Backups written by older versions of the app are brought up to the current schema one step
// at a time before they are validated: entry n turns schema n data into schema n+1 data, the
// same steps as the Dexie upgrades. Schema 1 is the first, so there is nothing to convert yet.

/** Turns the `data` of a schema-n backup into schema n+1 data (or throws with a message). */
export type BackupMigration = (data: unknown) => unknown;

export const BACKUP_MIGRATIONS: Readonly<Record<number, BackupMigration>> = {};

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
