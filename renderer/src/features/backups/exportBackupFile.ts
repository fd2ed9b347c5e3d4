// "Backup (.json)" and "Export backup file…": a backup saved where the student chooses.
import { countOf } from '@shared/countOf';
import type { AppDatabase } from '../../db/db';
import { exportFileName, saveExport } from '../export/saveExport';
import { backupText, readTables } from './databaseBackup';

export async function exportBackupFile(db: AppDatabase, now: Date): Promise<void> {
  const tables = await readTables(db);
  await saveExport(
    {
      suggestedName: exportFileName('internship-tracker-backup', 'json', now),
      content: await backupText(tables, now),
      format: 'json',
    },
    `a backup of ${countOf(tables.applications.length, 'application')}`,
  );
}
