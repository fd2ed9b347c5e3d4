// The backups the app makes by itself: before an import or a restore replaces data, and once a
// day. Each is skipped when there is nothing to keep, so empty backups never push real ones out
// of the 14 kept.
import Dexie, { type ObservabilitySet } from 'dexie';
import type { BackupInfo, DesktopApi } from '@shared/desktopApi';
import type { AppDatabase } from '../../db/db';
import type { DatabaseBackup } from './backupJobs';
import { backUpDatabase, isEmpty } from './backUpDatabase';

export const DAY_MS = 24 * 60 * 60_000;

/** Refuses the change it was made for: the caller changes nothing. */
export class BackupBeforeChangeFailedError extends Error {
  constructor(what: 'import' | 'restore', reason: string) {
    super(
      `Nothing was ${what === 'import' ? 'imported' : 'restored'}: a backup of your current data could not be saved first. ${reason}`,
    );
    this.name = 'BackupBeforeChangeFailedError';
  }
}

/**
 * A backup started ahead of a change, while the student is still looking at it (an import's
 * review), so the change does not wait for it. If anything is written to the database meanwhile
 * (here, in another tab or in a worker), it is made again when taken.
 */
export interface BackupAhead {
  take(now: Date): Promise<DatabaseBackup>;
  /** Stops the backup, when the change is not made after all. */
  cancel(): void;
}

export function backUpAhead(db: AppDatabase, now: Date): BackupAhead {
  const stopped = new AbortController();
  const ours = `idb://${db.name}/`;
  let changed = false;
  const watch = (parts: ObservabilitySet) => {
    if (Object.keys(parts).some((part) => part.startsWith(ours))) changed = true;
  };
  const stopWatching = () => Dexie.on('storagemutated').unsubscribe(watch);
  Dexie.on('storagemutated', watch);
  const made = backUpDatabase(db, now, stopped.signal);
  // Taken later, or never: a failure now only means it is made again when taken.
  made.catch(() => undefined);
  let taken = false;
  return {
    /** The backup made ahead the first time, unless anything changed; a new one after that (a retry). */
    async take(at) {
      const first = !taken;
      taken = true;
      const early = first ? await made.catch(() => null) : null;
      stopWatching();
      return early !== null && !changed ? early : backUpDatabase(db, at);
    },
    cancel() {
      stopWatching();
      stopped.abort();
    },
  };
}

/**
 * Writes a backup of the database as it is before an import or restore replaces data; throws
 * when it cannot, so the change does not happen.
 */
export async function backUpBeforeChange(
  db: AppDatabase,
  desktop: Pick<DesktopApi, 'writeBackup'>,
  what: 'import' | 'restore',
  now: Date,
  ahead?: BackupAhead,
): Promise<BackupInfo | null> {
  const backup = await (ahead ? ahead.take(now) : backUpDatabase(db, now));
  if (isEmpty(backup)) return null;
  const written = await desktop.writeBackup(backup.file, `before-${what}`);
  if (!written.ok) throw new BackupBeforeChangeFailedError(what, written.error);
  return written.value;
}

export interface DailyBackupCheck {
  outcome: 'written' | 'recent' | 'empty';
  /** When the newest backup was made (epoch ms), as far as this check found; null when unknown. */
  newestAt: number | null;
}

/** The daily backup: written when the newest backup of any kind is a day old or more. */
export async function backUpIfDue(
  db: AppDatabase,
  desktop: Pick<DesktopApi, 'writeBackup' | 'listBackups'>,
  now: Date,
): Promise<DailyBackupCheck> {
  if ((await db.applications.count()) === 0) return { outcome: 'empty', newestAt: null };
  const listed = await desktop.listBackups();
  if (!listed.ok) throw new Error(`The list of backups could not be read: ${listed.error}`);
  // One dated ahead of the clock (the clock was moved back) does not count, or none would be due.
  const made = listed.value.map((b) => Date.parse(b.createdAt)).filter((time) => time <= now.getTime());
  const newestAt = Math.max(...made);
  if (now.getTime() - newestAt < DAY_MS) return { outcome: 'recent', newestAt };
  const written = await desktop.writeBackup((await backUpDatabase(db, now)).file, 'daily');
  if (!written.ok) throw new Error(`The daily backup could not be saved: ${written.error}`);
  return { outcome: 'written', newestAt: now.getTime() };
}
