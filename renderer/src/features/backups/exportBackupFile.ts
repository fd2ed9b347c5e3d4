// "Backup (.json)" and "Export backup file…": a backup saved where the student chooses.
import { countOf } from '@shared/countOf';
import type { AppDatabase } from '../../db/db';
import { exportFileName, saveExport } from '../export/saveExport';
import { backUpDatabase } from './backUpDatabase';

export async function exportBackupFile(db: AppDatabase, now: Date): Promise<void> {
  const backup = await backUpDatabase(db, now);
  await saveExport(
    {
      suggestedName: exportFileName('internship-tracker-backup', 'json', now),
      content: await backup.file.text(),
      format: 'json',
    },
    `a backup of ${countOf(backup.counts.applications, 'application')}`,
  );
}
