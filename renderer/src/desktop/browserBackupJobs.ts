// The web build's backup store at work in a worker (browserBackups.worker.ts): the page hands
// over a backup file (a Blob, which crosses as a handle) and gets its record back, and never
// reads, parses, copies into storage or reads back the megabytes of the 14 kept backups itself.
import type { BackupFile, BackupReason } from '@shared/desktopApi';
import { createBrowserBackups } from './browserBackups';

/** Opens the store for one call and closes it after. */
async function withStore<T>(now: Date, work: (store: ReturnType<typeof createBrowserBackups>) => Promise<T>) {
  const store = createBrowserBackups(undefined, () => now);
  try {
    return await work(store);
  } finally {
    store.close();
  }
}

export const browserBackupJobs = {
  /** `now` is the page's clock, which stamps the backup as it would on the page. */
  writeBackup: ({ file, reason, now }: { file: BackupFile; reason: BackupReason; now: Date }) =>
    withStore(now, (store) => store.writeBackup(file, reason)),
  listBackups: () => withStore(new Date(), (store) => store.listBackups()),
  readBackup: (id: string) => withStore(new Date(), (store) => store.readBackup(id)),
};
