// Writes a planned import as one undoable step, after a backup of what is there now.
import { dequal } from 'dequal';
import type { Application } from '@shared/application';
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
  /** The records the plan's merges were worked out from, and how to work them out again (importApplications). */
  merging?: { from: readonly Application[]; again: (current: Application[]) => Application[] };
}

/** "Imported 120 applications and merged 3 into ones you had." */
export function importSummary(plan: Pick<ImportPlan, 'add' | 'update'>): string {
  const added = `Imported ${countOf(plan.add.length, 'application')}`;
  const merged = countOf(plan.update.length, 'application');
  if (plan.update.length === 0) return `${added}.`;
  if (plan.add.length === 0) return `Merged rows into ${merged} you had.`;
  return `${added} and merged rows into ${merged} you had.`;
}

/** "61 rows matched applications you have; nothing in them was new.": merges that would change nothing. */
export function unchangedSentence(rows: number): string {
  return rows === 1
    ? '1 row matched an application you have; nothing in it was new.'
    : `${rows.toLocaleString('en-US')} rows matched applications you have; nothing in them was new.`;
}

/** Backs up, imports, and offers Undo; throws (changing nothing) when either step fails. */
export async function importPlanned(plan: ImportPlan, deps: ImportDeps): Promise<void> {
  await backUpBeforeChange(deps.db, deps.desktop, 'import', deps.now, deps.backup);
  const undo = await deps.repository.importApplications(plan, deps.merging);
  const summary = importSummary({ add: undo.added, update: undo.merged.map(({ after }) => after) });
  // Merged again, into a record saved elsewhere while the review was open: said, as it differs from the review.
  const planned = new Map(plan.update.map((app) => [app.id, app]));
  const mergedAgain = undo.merged.filter(({ after }) => !dequal(planned.get(after.id), after));
  const said = [
    summary,
    plan.unchangedRows > 0 ? unchangedSentence(plan.unchangedRows) : '',
    mergedAgain.length > 0 ? mergedAgainSentence(mergedAgain.map(({ after }) => after.company)) : '',
  ];
  useToastStore.getState().toastShown({
    message: said.filter((sentence) => sentence !== '').join(' '),
    tone: 'info',
    action: {
      label: 'Undo',
      run: async () => {
        const kept = await deps.repository.undoImport(undo);
        const keptSaid = kept.length === 0 ? '' : ` ${keptSentence(kept.map((app) => app.company))}`;
        return `Undone: ${summary}${keptSaid}`;
      },
    },
  });
}

/** "Stripe was changed elsewhere while you reviewed the file: its rows were merged into it as it is now." */
function mergedAgainSentence(companies: string[]): string {
  return companies.length === 1
    ? `${companies[0]} was changed elsewhere while you reviewed the file: its rows were merged into it as it is now.`
    : `${named(companies)} were changed elsewhere while you reviewed the file: their rows were merged into them as they are now.`;
}

/** "Stripe, Figma and 3 others". */
function named(companies: string[]): string {
  return companies.length <= 3
    ? listInWords(companies)
    : `${companies.slice(0, 2).join(', ')} and ${countOf(companies.length - 2, 'other')}`;
}

/** "Stripe changed since, so it is kept as it is now." */
function keptSentence(companies: string[]): string {
  return companies.length === 1
    ? `${named(companies)} changed since, so it is kept as it is now.`
    : `${named(companies)} changed since, so they are kept as they are now.`;
}
