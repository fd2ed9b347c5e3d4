// The columns of our CSV summary: what each shows, and which import field reads it back. They
// come in the order a person reads a tracker in: what and where, its stage, its dates, pay and
// the offer, places, people, notes, and the full history last. The computed columns (next date,
// monthly and total pay) are for people; the importer skips them and recomputes them from the
// columns they come from; the offer's value is in the offer's currency.
import { format, parseISO } from 'date-fns';
import {
  EMPLOYMENT_TYPE_LABELS,
  PHASE_LABELS,
  SPONSORSHIP_LABELS,
  WORK_MODE_LABELS,
  type Application,
  type Cohort,
} from '../application';
import { isCalendarDate } from '../calendarDate';
import { DEADLINE_KIND_LABELS, labelBesideKind, type DateEvent } from '../nextDate';
import { UNPAID } from '../money/unpaid';
import type { NormalizedPay, OfferValue } from '../payNormalize';
import { stageLabel, type Pipeline } from '../pipeline';
import { termLabel } from '../term';
import { writeCohorts, writeDeadlines, writeLocations, writeTags } from './cellCodecs';
import { currencyDigits } from '../money/currency';
import { writeContacts } from './contactsCell';
import { writeEvents } from './eventsCell';
import { writeFollowUp } from './followUpCell';
import type { ImportField } from './importFields';
import { writeHousing, writeOfferParts } from './offerCells';
import { writeWeeks } from './numberCell';
import { writeStageHistory } from './stageHistoryCell';
import { historyStageWriter } from './stageNames';

export type CsvValue = string | number | null;

/** What one row needs besides the application, computed once per row. */
export interface RowFacts {
  next: DateEvent | null;
  pay: NormalizedPay | null;
  offerValue: OfferValue | null;
  /** The cohort that counts, for Cohort start and end: the chosen one, else the only one. */
  cohort: Cohort | undefined;
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
  { header: 'Term', field: 'term' },
  { header: 'Employment type', field: 'employmentType' },
  { header: 'Source', field: 'source' },
  { header: 'Posting URL', field: 'postingUrl' },
  { header: 'Stage', field: 'stage' },
  { header: 'Phase', field: 'phase' },
  { header: 'Archived', field: 'archived' },
  { header: 'Excitement', field: 'excitement' },
  { header: 'Applied', field: 'appliedAt' },
  { header: 'Next date', field: null },
  { header: 'Next date is', field: null },
  { header: 'Follow-up', field: 'followUp' },
  { header: 'Deadlines', field: 'deadlines' },
  { header: 'Events', field: 'events' },
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
  { header: 'Hours per week', field: 'payHours' },
  { header: 'Offer date', field: 'offeredOn' },
  { header: 'Offer currency', field: 'offerCurrency' },
  { header: 'Housing', field: 'housing' },
  { header: 'Relocation', field: 'relocation' },
  { header: 'Sign-on bonus', field: 'signOnBonus' },
  { header: 'Other offer parts', field: 'offerParts' },
  { header: 'Offer value', field: null },
  { header: 'Offer value up to', field: null },
  { header: 'Offer response deadline', field: 'responseDeadline' },
  { header: 'Return-offer prospects', field: 'returnOfferProspects' },
  { header: 'Locations', field: 'locations' },
  { header: 'Work mode', field: 'workMode' },
  { header: 'Visa sponsorship', field: 'sponsorship' },
  { header: 'Referred by', field: 'referralName' },
  { header: 'Referral relation', field: 'referralRelation' },
  { header: 'Contacts', field: 'contacts' },
  { header: 'Résumé version', field: 'resumeVersion' },
  { header: 'Cover letter', field: 'coverLetter' },
  { header: 'Tags', field: 'tags' },
  { header: 'Notes', field: 'notes' },
  { header: 'Stage history', field: 'stageHistory' },
];

/** Rounded to the currency's smallest unit: the cent, or the whole yen. */
function minorUnits(value: number | undefined, currency: string | undefined): number | null {
  if (value === undefined || currency === undefined) return null;
  const scale = 10 ** currencyDigits(currency);
  return Math.round(value * scale) / scale;
}

/** The upper end of a range, or nothing when it is a single figure. */
function upTo(amount: { min: number; max: number } | null | undefined, currency: string | undefined): number | null {
  if (!amount) return null;
  const max = minorUnits(amount.max, currency);
  return max === minorUnits(amount.min, currency) ? null : max;
}

/** "Application deadline: Online form", "Internship starts", "Technical interview: Round 2". */
function describeNext(next: DateEvent): string {
  if (next.type !== 'deadline') return next.label;
  const kind = DEADLINE_KIND_LABELS[next.kind];
  const label = labelBesideKind(next);
  return label === '' ? kind : `${kind}: ${label}`;
}

/**
 * The next date as spreadsheets read a date and time, "2026-12-09 11:00" in local time (an ISO
 * time with its offset stays text in Excel), or the day alone. It is for people: the import
 * recomputes it, so the offset is not needed to read the file back.
 */
function spreadsheetDate(at: string): string {
  return isCalendarDate(at) ? at : format(parseISO(at), 'yyyy-MM-dd HH:mm');
}

/** Writes rows for one pipeline: stage names are the user's. */
export function rowWriter(pipeline: Pipeline): (app: Application, facts: RowFacts) => CsvValue[] {
  const historyStage = historyStageWriter(pipeline);
  // One array literal per row, in EXPORT_COLUMNS order: the export is timed per row.
  return (app, { next, pay, offerValue, cohort }) => {
    const offer = app.offer;
    const responseDeadline =
      offer?.responseDeadlineId == null ? undefined : app.deadlines.find((d) => d.id === offer.responseDeadlineId);
    return [
      app.company,
      app.role,
      termLabel(app.term),
      app.employmentType && EMPLOYMENT_TYPE_LABELS[app.employmentType],
      app.source,
      app.postingUrl,
      stageLabel(pipeline, app),
      PHASE_LABELS[app.phase],
      app.archivedAt,
      app.excitement,
      app.appliedAt,
      next ? spreadsheetDate(next.at) : null,
      next ? describeNext(next) : null,
      writeFollowUp(app.followUp),
      writeDeadlines(app.deadlines),
      writeEvents(app.events),
      cohort?.start ?? null,
      cohort?.end ?? null,
      writeCohorts(app.cohorts),
      app.durationWeeks === null ? null : writeWeeks(app.durationWeeks),
      app.pay?.raw ?? null,
      // For people, as the app shows it: "Unpaid", not a 0 that reads like a pay left blank.
      pay?.unpaid ? UNPAID : minorUnits(pay?.monthly.min, pay?.currency),
      upTo(pay?.monthly, pay?.currency),
      pay?.unpaid ? UNPAID : minorUnits(pay?.total?.min, pay?.currency),
      upTo(pay?.total, pay?.currency),
      app.pay?.currency ?? null,
      app.pay?.min ?? null,
      app.pay?.max ?? null,
      app.pay?.period ?? null,
      app.pay?.hoursPerWeek ?? null,
      offer?.offeredOn ?? null,
      offer?.currency ?? null,
      writeHousing(offer?.housing ?? null),
      offer?.relocation ?? null,
      offer?.signOnBonus ?? null,
      offer ? writeOfferParts(offer.other) : null,
      minorUnits(offerValue?.total?.min, offerValue?.currency),
      upTo(offerValue?.total, offerValue?.currency),
      responseDeadline ? writeDeadlines([responseDeadline]) : null,
      offer?.returnOfferProspects ?? null,
      writeLocations(app.locations),
      app.workMode && WORK_MODE_LABELS[app.workMode],
      app.sponsorship === 'unknown' ? null : SPONSORSHIP_LABELS[app.sponsorship],
      app.referral?.name ?? null,
      app.referral?.relation ?? null,
      writeContacts(app.contacts),
      app.resumeVersion,
      app.coverLetter,
      writeTags(app.tags),
      app.notes,
      writeStageHistory(app.stageHistory, historyStage),
    ];
  };
}
