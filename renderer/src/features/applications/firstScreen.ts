// The first screenful of the table in its default order (next date first), read from the date
// index before the whole table has loaded, so a large database shows rows at once.
import type { Application } from '@shared/application';
import { fromRow, type AppDatabase } from '../../db/db';
import { sortRows, toTableRows } from './tableRows';

/**
 * Up to `count` applications that open the table sorted by next date, or null when the index
 * cannot tell them for sure. Every row's next date is one of its `dates` index keys, so the
 * rows whose next date lies before the last key read are exactly the first rows of the table.
 */
export async function firstScreen(db: AppDatabase, now: Date, count: number): Promise<Application[] | null> {
  const startOfToday = new Date(now).setHours(0, 0, 0, 0);
  const found = new Map<string, Application>();
  let lastKey = startOfToday;
  await db.applications
    .where('dates')
    .aboveOrEqual(startOfToday)
    .limit(count * 4)
    .each((row, cursor) => {
      lastKey = cursor.key as number;
      if (row.archivedAt === null) found.set(row.id, fromRow(row));
    });
  const rows = toTableRows([...found.values()], now).filter((row) => row.next !== null && row.next.time < lastKey);
  if (rows.length < count) return null;
  return sortRows(rows, 'nextDate', 'asc')
    .slice(0, count)
    .map((row) => row.app);
}
