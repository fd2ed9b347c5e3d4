// Restoring a verified backup: a backup of what is there now first, then both tables replaced
// in one transaction. Returns what was there, so the restore can be undone.
import type { BackupData } from '@shared/backup/backupFormat';
import type { DesktopApi } from '@shared/desktopApi';
import type { ApplicationsRepository } from '../../db/applicationsRepository';
import type { AppDatabase } from '../../db/db';
import { backUpBeforeChange } from './automaticBackups';
import { readTables } from './databaseBackup';

export async function restoreBackup(
  data: BackupData,
  deps: { db: AppDatabase; repository: ApplicationsRepository; desktop: Pick<DesktopApi, 'writeBackup'>; now: Date },
): Promise<BackupData> {
  const previous = await readTables(deps.db);
  await backUpBeforeChange(deps.db, deps.desktop, 'restore', deps.now);
  await deps.repository.replaceAll(data);
  return previous;
}
