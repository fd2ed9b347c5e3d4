// A backup of the whole database and reading one back: the shared format, with this app's
// schema and version, and WebCrypto's SHA-256 for the checksum.
import { APP_VERSION } from '@shared/appVersion';
import { createBackup, type BackupData } from '@shared/backup/backupFormat';
import type { Sha256 } from '@shared/backup/checksum';
import { parseBackup, type VerifiedBackup } from '@shared/backup/parseBackup';
import type { Result } from '@shared/desktopApi';
import { fromRow, type AppDatabase } from '../../db/db';
import { LATEST_SCHEMA_VERSION } from '../../db/schema';

export const sha256: Sha256 = (data) => crypto.subtle.digest('SHA-256', data);

/** Both tables as they are at one moment: a single read transaction. */
export function readTables(db: AppDatabase): Promise<BackupData> {
  return db.transaction('r', db.applications, db.settings, async () => {
    const [rows, settings] = await Promise.all([db.applications.toArray(), db.settings.toArray()]);
    return { applications: rows.map(fromRow), settings };
  });
}

/** The backup file's text. */
export async function backupText(tables: BackupData, now: Date): Promise<string> {
  const backup = await createBackup(tables, {
    schemaVersion: LATEST_SCHEMA_VERSION,
    appVersion: APP_VERSION,
    now,
    digest: sha256,
  });
  return JSON.stringify(backup);
}

/** Checks the whole file before anything is touched; refuses it with a message for the user. */
export function verifyBackupText(text: string): Promise<Result<VerifiedBackup>> {
  return parseBackup(text, { supportedSchemaVersion: LATEST_SCHEMA_VERSION, digest: sha256 });
}
