// Backups for the web build: kept in a database of their own beside the app's, 14 of them (see
// backupsToRemove).
import Dexie, { type EntityTable } from 'dexie';
import { backupContents, backupsToRemove, newestFirst } from '@shared/backup/backupRotation';
import { KEPT_BACKUPS, type BackupFile, type BackupInfo, type BackupReason, type Result } from '@shared/desktopApi';
import { isQuotaExceeded } from '../db/errors';

interface StoredBackup extends BackupInfo {
  json: string;
  /** What it holds (backupContents); absent from backups stored before rotation read it. */
  contents?: string;
}

type BackupDatabase = Dexie & { backups: EntityTable<StoredBackup, 'id'> };

export function createBrowserBackups(name = 'internship-tracker-backups', now = () => new Date()) {
  const db = new Dexie(name) as BackupDatabase;
  db.version(1).stores({ backups: 'id, createdAt' });
  // What each backup holds, indexed so that rotation reads it without the backups' JSON.
  db.version(2).stores({ backups: 'id, createdAt, contents' });

  const info = ({ json: _json, contents: _contents, ...backup }: StoredBackup): BackupInfo => backup;

  /** The desktop API answers with results, never throws: a storage failure becomes its message. */
  async function answer<T>(work: () => Promise<Result<T>>): Promise<Result<T>> {
    try {
      return await work();
    } catch (error) {
      return {
        ok: false,
        error: isQuotaExceeded(error)
          ? 'There is no room left in the browser’s storage, so the backup was not saved.'
          : `The browser’s storage failed: ${error instanceof Error ? error.message : String(error)}`,
      };
    }
  }

  return {
    writeBackup: (file: BackupFile, reason: BackupReason): Promise<Result<BackupInfo>> =>
      answer(async () => {
        let counts: Record<string, number> = {};
        let contents: string | undefined;
        let json: string;
        try {
          json = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(await file.arrayBuffer());
        } catch {
          return { ok: false, error: 'The backup is not UTF-8 text, so it was not stored.' };
        }
        try {
          const header = JSON.parse(json) as { counts?: unknown; schemaVersion?: unknown; checksum?: unknown };
          if (header.counts && typeof header.counts === 'object') counts = header.counts as Record<string, number>;
          if (typeof header.schemaVersion === 'number' && typeof header.checksum === 'string')
            contents = backupContents({ schemaVersion: header.schemaVersion, checksum: header.checksum });
        } catch {
          return { ok: false, error: 'The backup is not valid JSON, so it was not stored.' };
        }
        const createdAt = now().toISOString();
        const stamp = createdAt.replace(/[:.]/g, '-');
        const backup: StoredBackup = {
          id: `${stamp}-${reason}`,
          createdAt,
          reason,
          counts,
          sizeBytes: file.size,
          json,
          contents,
        };
        await db.transaction('rw', db.backups, async () => {
          // A second backup in the same millisecond gets a number, as on the desktop, not the first's place.
          for (let n = 1; (await db.backups.get(backup.id)) !== undefined; n += 1)
            backup.id = `${stamp}-${n}-${reason}`;
          await db.backups.put(backup);
          // The one just put is kept whatever its time: after the clock was set back, it would
          // sort as the oldest. One made while the clock was ahead counts as older than the rest.
          const byTime = db.backups.orderBy('createdAt');
          const [times, ids] = await Promise.all([byTime.keys(), byTime.primaryKeys()]);
          const timeOf = new Map(ids.map((id, i) => [id, Date.parse(String(times[i]))]));
          const ordered = newestFirst(ids, (id) => timeOf.get(id) ?? 0, Date.parse(createdAt));
          // Contents from their index, in step with its ids: the JSON of 14 backups is not read.
          const byContents = db.backups.orderBy('contents');
          const [contentKeys, contentIds] = await Promise.all([byContents.keys(), byContents.primaryKeys()]);
          const contentsOf = new Map(contentIds.map((id, i) => [id, String(contentKeys[i])]));
          const others = ordered.filter((id) => id !== backup.id).map((id) => ({ id, contents: contentsOf.get(id) }));
          await db.backups.bulkDelete(backupsToRemove(contents, others, KEPT_BACKUPS));
        });
        return { ok: true, value: info(backup) };
      }),

    listBackups: (): Promise<Result<BackupInfo[]>> =>
      answer(async () => {
        const all = await db.backups.orderBy('createdAt').reverse().toArray();
        return { ok: true, value: all.map(info) };
      }),

    readBackup: (id: string): Promise<Result<string>> =>
      answer(async () => {
        const backup = await db.backups.get(id);
        return backup ? { ok: true, value: backup.json } : { ok: false, error: 'That backup no longer exists.' };
      }),

    close: () => db.close(),
  };
}
