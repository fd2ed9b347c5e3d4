// Which backups go when a new one is written and more than the kept number would remain.

/** A kept backup as rotation sees it: what it holds, when its header says (undefined when unread). */
export interface RotatedBackup {
  id: string;
  /** The data's checksum with its schema version: equal only for backups of the same data. */
  contents: string | undefined;
}

/**
 * Backups newest first, in the order they were written as far as their stamps tell it. A backup
 * stamped later than `now` was written while the clock was ahead, so before every backup stamped
 * at or before now: it counts as older than all of those (newest first among themselves). Ordered
 * by stamp alone, a few backups made a year ahead would stay "newest" for that year, and each real
 * backup would be removed by the next as the oldest.
 */
export function newestFirst<T>(backups: readonly T[], stampOf: (backup: T) => number, now: number): T[] {
  const rank = (backup: T) => (stampOf(backup) > now ? 0 : 1);
  // Stable: backups of one stamp keep the order given.
  return [...backups].sort((a, b) => rank(b) - rank(a) || stampOf(b) - stampOf(a));
}

/** What identifies a backup's data: its checksum, and the schema that data is written in. */
export function backupContents(header: { schemaVersion: number; checksum: string }): string {
  return `${header.schemaVersion}:${header.checksum}`;
}

/**
 * The ids to remove so that `kept` backups remain, the one just written among them. `others` are
 * the rest, newest first. Past the count, a backup holding the same data as a newer one goes first,
 * oldest first, and only then the oldest: a week without a change, or an import undone again and
 * again, writes backup after backup of the same data, and must not push out the last copy of the
 * data as it was before.
 */
export function backupsToRemove(written: string | undefined, others: readonly RotatedBackup[], kept: number): string[] {
  const excess = others.length - (kept - 1);
  if (excess <= 0) return [];
  const seen = new Set(written === undefined ? [] : [written]);
  const repeated = new Set<string>();
  for (const backup of others) {
    if (backup.contents === undefined) continue;
    if (seen.has(backup.contents)) repeated.add(backup.id);
    else seen.add(backup.contents);
  }
  const oldestFirst = [...others].reverse();
  return [...oldestFirst.filter((b) => repeated.has(b.id)), ...oldestFirst.filter((b) => !repeated.has(b.id))]
    .slice(0, excess)
    .map((b) => b.id);
}
