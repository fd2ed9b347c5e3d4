// The columns of our CSV summary: what each shows, and which import field reads it back. The
// computed columns (next date, monthly and total pay) are for people; the importer skips them
// and recomputes them from the columns they come from.
import type { Application, Cohort } from '../application';
import { DEADLINE_KIND_LABELS, type DateEvent } from '../nextDate';
import type { NormalizedPay } from '../payNormalize';
import { STATUS_LABELS } from '../status';
import { writeCohorts, writeDeadlines, writeLocations, writeStatusHistory, writeTags } from './cellCodecs';
import type { ImportField } from './importFields';

export type CsvValue = string | number | null;

/** What one row needs besides the application, computed once per row. */
export interface RowFacts {
  next: DateEvent | null;
  pay: NormalizedPay | null;
  chosen: Cohort | undefined;
}

export interface ExportColumn {
  header: string;
  /** The import field that reads this column back; null for computed columns. */
  field: ImportField | null;
}

/** The columns in file order; `exportRow` fills them in the same order. */
export const EXPORT_COLUMNS: readonly ExportColumn[] = [
  { header: 'Company', field: 'company' },
  { header: 'Role', field: 'role' },
  { header: 'Status', field: 'status' },
  { header: 'Applied', field: 'appliedAt' },
  { header: 'Next date', field: null },
  { header: 'Next date is', field: null },
  { header: 'Cohort start', field: 'cohortStart' },
  { header: 'Cohort end', field: 'cohortEnd' },
  { header: 'Cohorts', field: 'cohorts' },
  { header: 'Duration (weeks)', field: 'durationWeeks' },
  { header: 'Pay', field: 'pay' },
  { header: 'Monthly pay', field: null },
  { header: 'Monthly pay up to', field: null },
  { header: 'Total pay', field: null },
  { header: 'Total pay up to', field: null },
  { header: 'Pay currency', field: 'payCurrency' },
  { header: 'Pay min', field: 'payMin' },
  { header: 'Pay max', field: 'payMax' },
  { header: 'Pay period', field: 'payPeriod' },
  { header: 'Locations', field: 'locations' },
  { header: 'Work mode', field: 'workMode' },
  { header: 'Employment type', field: 'employmentType' },
  { header: 'Term', field: 'term' },
  { header: 'Deadlines', field: 'deadlines' },
  { header: 'Priority', field: 'priority' },
  { header: 'Source', field: 'source' },
  { header: 'Tags', field: 'tags' },
  { header: 'Posting URL', field: 'postingUrl' },
  { header: 'Notes', field: 'notes' },
  { header: 'Status history', field: 'statusHistory' },
];

function cents(value: number | undefined): number | null {
  return value === undefined ? null : Math.round(value * 100) / 100;
}

/** The upper end of a range, or nothing when it is a single figure. */
function upTo(amount: { min: number; max: number } | null | undefined): number | null {
  if (!amount) return null;
  const max = cents(amount.max);
  return max === cents(amount.min) ? null : max;
}

/** "Application deadline: Online form", "Internship starts". */
function describeNext(next: DateEvent): string {
  if (next.type === 'cohort-start') return next.label;
  const kind = DEADLINE_KIND_LABELS[next.kind];
  return next.label === kind ? kind : `${kind}: ${next.label}`;
}

/** One row in EXPORT_COLUMNS order: a single array literal, as the export is timed per row. */
export function exportRow(app: Application, { next, pay, chosen }: RowFacts): CsvValue[] {
  return [
    app.company,
    app.role,
    STATUS_LABELS[app.status],
    app.appliedAt,
    next?.at ?? null,
    next ? describeNext(next) : null,
    chosen?.start ?? null,
    chosen?.end ?? null,
    writeCohorts(app.cohorts),
    app.durationWeeks,
    app.pay?.raw ?? null,
    cents(pay?.monthly.min),
    upTo(pay?.monthly),
    cents(pay?.total?.min),
    upTo(pay?.total),
    app.pay?.currency ?? null,
    app.pay?.min ?? null,
    app.pay?.max ?? null,
    app.pay?.period ?? null,
    writeLocations(app.locations),
    app.workMode,
    app.employmentType,
    app.term,
    writeDeadlines(app.deadlines),
    app.priority,
    app.source,
    writeTags(app.tags),
    app.postingUrl,
    app.notes,
    writeStatusHistory(app.statusHistory),
  ];
}
