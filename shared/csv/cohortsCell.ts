// Cohorts as other apps' cells hold them, one per line: our export's "2026-05-18 to 2026-08-07
// (May cohort)", or Notion's date range "May 18, 2026 → August 7, 2026" (without a label).
import type { Cohort } from '../application';
import { lines, readCohorts, type CellRead } from './cellCodecs';
import { parseDateRangeCell } from './dateCell';

/** Reads each line as readCohorts does, else as a date range; `bad` is the first line neither reads. */
export function readCohortsCell(cell: string, dayFirst: boolean): CellRead<Pick<Cohort, 'start' | 'end' | 'label'>[]> {
  const cohorts: Pick<Cohort, 'start' | 'end' | 'label'>[] = [];
  for (const line of lines(cell)) {
    const ours = readCohorts(line);
    if (ours.ok) {
      cohorts.push(...ours.value);
      continue;
    }
    const range = parseDateRangeCell(line, dayFirst);
    if (range === null) return { ok: false, bad: line };
    cohorts.push({ start: range.start.date, end: range.end.date, label: '' });
  }
  return { ok: true, value: cohorts };
}
