// The first screenful of the table in its default order (next date first), from what the start-up
// script read (db/firstScreenRead.ts) before the whole table has loaded, so a large database
// shows rows at once.
import type { Application } from '@shared/application';
import { DEFAULT_PIPELINE } from '@shared/pipeline';
import type { FirstScreenRows } from '../db/firstScreenRead';
import { fromRow } from '../db/db';
import { sortRows, toTableRows } from './tableRows';

/**
 * Up to `count` applications that open the table sorted by next date, or null when the read
 * cannot tell them. Every row's next date is one of its `dates` index keys, so once every row
 * with a key up to some bound is read, the rows whose next date is within the bound are the
 * table's first rows. (Keys are local times when written: after a time-zone change the
 * preview can be off by hours until the full read, a moment later, replaces it.) The order by
 * next date does not depend on the stages, so this needs no pipeline.
 */
export function firstScreen(read: FirstScreenRows, now: Date, count: number): Application[] | null {
  const unique = new Map(read.candidates.filter((row) => row.archivedAt === null).map((row) => [row.id, row]));
  const rows = toTableRows([...unique.values()].map(fromRow), DEFAULT_PIPELINE, now).filter(
    (row) => row.next !== null && row.next.time <= read.bound,
  );
  if (rows.length < count) return null;
  return sortRows(rows, 'nextDate', 'asc', null)
    .slice(0, count)
    .map((row) => row.app);
}
