// The first screenful of the table in its default order (next date first), read from the date
// index before the whole table has loaded, so a large database shows rows at once.
import type { Application } from '@shared/application';
import { DEFAULT_PIPELINE } from '@shared/pipeline';
import type { AppDatabase } from '../db/db';
import { sortRows, toTableRows } from './tableRows';

/**
 * Up to `count` applications that open the table sorted by next date, or null when the index
 * cannot tell them. Every row's next date is one of its `dates` index keys, so once every row
 * with a key up to some bound is read, the rows whose next date is within the bound are the
 * table's first rows. (Keys are local times when written: after a time-zone change the
 * preview can be off by hours until the full read, a moment later, replaces it.) The order by
 * next date does not depend on the stages, so this needs no pipeline and can be read beside it.
 */
export async function firstScreen(db: AppDatabase, now: Date, count: number): Promise<Application[] | null> {
  const startOfToday = new Date(now).setHours(0, 0, 0, 0);
  // Many rows share a key (every deadline of a day has the same one), so the bound is taken
  // from a sample of keys and then every row up to it, ties included, is read.
  const keys = await db.applications
    .where('dates')
    .aboveOrEqual(startOfToday)
    .limit(count * 4)
    .keys();
  const bound = keys.at(-1);
  if (typeof bound !== 'number') return null;
  const candidates = await db.applications.where('dates').between(startOfToday, bound, true, true).toArray();
  const unique = new Map(candidates.filter((row) => row.archivedAt === null).map((row) => [row.id, row]));
  const rows = toTableRows([...unique.values()], DEFAULT_PIPELINE, now).filter(
    (row) => row.next !== null && row.next.time <= bound,
  );
  if (rows.length < count) return null;
  return sortRows(rows, 'nextDate', 'asc')
    .slice(0, count)
    .map((row) => row.app);
}
