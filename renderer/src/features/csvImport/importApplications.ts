// Writes a planned import as one undoable step, after a backup of what is there now.
import { countOf } from '@shared/countOf';
import { listInWords } from '@shared/listInWords';
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
  const summary = importSummary(plan);
  useToastStore.getState().toastShown({
    message: summary,
    tone: 'info',
    action: {
      label: 'Undo',
      run: async () => {
        const kept = await deps.repository.undoImport(undo);
        // Else the message says "Undone: Imported …", as for every Undo.
        return kept.length === 0 ? undefined : `Undone: ${summary} ${keptSentence(kept.map((app) => app.company))}`;
      },
    },
  });
}

/** "Stripe changed since, so it is kept as it is now." */
function keptSentence(companies: string[]): string {
  const named =
    companies.length <= 3
      ? listInWords(companies)
      : `${companies.slice(0, 2).join(', ')} and ${countOf(companies.length - 2, 'other')}`;
  return companies.length === 1
    ? `${named} changed since, so it is kept as it is now.`
    : `${named} changed since, so they are kept as they are now.`;
}
