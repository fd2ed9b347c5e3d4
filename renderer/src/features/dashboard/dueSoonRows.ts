// "Due in the next 7 days" from the table's rows: a row's next date is the nearest of its dates
// not over yet, so only rows whose next date falls in the window can have any date in it. The
// rest (nearly all of 10,000) are passed over without looking at their dates.
import type { Application } from '@shared/application';
import { dueWindowEnd, dueWithin, type DueDay } from '@shared/dashboard/dueSoon';
import type { TableRow } from '../../model/tableRows';

export function dueSoonOfRows(rows: readonly TableRow[], now: Date, days: number): DueDay<Application>[] {
  const end = dueWindowEnd(now, days);
  const candidates: Application[] = [];
  for (const row of rows) if (row.next !== null && row.next.time <= end) candidates.push(row.app);
  return dueWithin(candidates, now, days);
}
