// Writes a planned import as one undoable step, after a backup of what is there now.
import { countOf } from '@shared/countOf';
import type { ImportPlan } from '@shared/csv/csvImport';
import type { DesktopApi } from '@shared/desktopApi';
import type { ApplicationsRepository } from '../../db/applicationsRepository';
import type { AppDatabase } from '../../db/db';
import { useToastStore } from '../../state/toastStore';
import { backUpBeforeChange, type BackupAhead } from '../backups/automaticBackups';

export interface ImportDeps {
  db: AppDatabase;
  repository: ApplicationsRepository;
  desktop: Pick<DesktopApi, 'writeBackup'>;
  now: Date;
  /** The backup, when started while the file was checked. */
  backup?: BackupAhead;
}

/** "Imported 120 applications and merged 3 into ones you had." */
export function importSummary(plan: Pick<ImportPlan, 'add' | 'update'>): string {
  const added = `Imported ${countOf(plan.add.length, 'application')}`;
  const merged = countOf(plan.update.length, 'application');
  if (plan.update.length === 0) return `${added}.`;
  if (plan.add.length === 0) return `Merged rows into ${merged} you had.`;
  return `${added} and merged rows into ${merged} you had.`;
}

/** Backs up, imports, and offers Undo; throws (changing nothing) when either step fails. */
export async function importPlanned(plan: ImportPlan, deps: ImportDeps): Promise<void> {
  await backUpBeforeChange(deps.db, deps.desktop, 'import', deps.now, deps.backup);
  const undo = await deps.repository.importApplications(plan);
  useToastStore.getState().toastShown({
    message: importSummary(plan),
    tone: 'info',
    // The messages say it once it is undone ("Undone: Imported …"), as for every Undo.
    action: { label: 'Undo', run: () => deps.repository.undoImport(undo) },
  });
}
