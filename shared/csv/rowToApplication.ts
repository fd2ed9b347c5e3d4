// Turns one CSV row into a valid Application through the column mapping, or into messages
// that name the line, the column and the value: "Line 14: 'Deadline' is not a date (got
// '31/31/2026')". Cells that are present but not understood fail the row; words the app
// does not know (a status, a work mode) and pay it cannot read import with a warning.
//
// Status history: our export's "applied 2026-01-05 → ..." comes back one entry per change,
// each at noon UTC of its date (the same calendar date almost everywhere). Other files get a
// history from what they say: saved on (wishlist), applied on (at its time when the file has
// one, else noon UTC), then the current status now.
import {
  PAY_PERIODS,
  isWebUrl,
  type Application,
  type Cohort,
  type Contact,
  type Deadline,
  type EmploymentType,
  type Pay,
  type PayPeriod,
  type Priority,
  type Status,
  type StatusChange,
  type WorkMode,
} from '../application';
import { isCalendarDate, isInstant, toInstant } from '../calendarDate';
import { EMPTY_FIELDS } from '../newApplication';
import { MONTHS_PER_YEAR, WEEKS_PER_YEAR } from '../payNormalize';
import { STATUS_LABELS } from '../status';
import { validateApplication } from '../validateApplication';
import { readCohorts, readDeadlines, readLocations, readStatusHistory, readTags } from './cellCodecs';
import type { ColumnMapping, CsvPreset } from './columnMapping';
import { parseDateCell, type CellDate } from './dateCell';
import { unescapeFormula } from './formulaEscape';
import type { ImportField } from './importFields';
import { parsePayCell } from './payCell';
import type { CsvRow } from './readCsvText';
import { employmentTypeFromWord, priorityFromWord, statusFromWord, workModeFromWord } from './vocabularyWords';

export interface RowContext {
  header: readonly string[];
  mapping: ColumnMapping;
  preset: CsvPreset;
  /** How 05/06/2026 reads: see detectDayFirst. */
  dayFirst: boolean;
  /** For "$" and amounts without a currency. */
  defaultCurrency: string;
  now: Date;
  newId: () => string;
}

export type RowResult =
  { ok: true; application: Application; warnings: string[] } | { ok: false; errors: string[]; warnings: string[] };

/** Which columns a validation message about a field (or a pay part) should name. */
const COLUMNS_OF: Record<string, readonly ImportField[]> = {
  'pay.min': ['payMin', 'pay'],
  'pay.max': ['payMax', 'pay'],
  'pay.currency': ['payCurrency', 'pay'],
  'pay.raw': ['pay'],
  company: ['company'],
  role: ['role'],
  postingUrl: ['postingUrl'],
  source: ['source'],
  term: ['term'],
  locations: ['locations'],
  status: ['status', 'statusHistory'],
  statusHistory: ['statusHistory', 'status'],
  appliedAt: ['appliedAt'],
  deadlines: ['deadlines', 'deadline', 'followUp'],
  cohorts: ['cohorts', 'cohortStart', 'cohortEnd'],
  chosenCohortId: ['cohortStart', 'cohortEnd'],
  durationWeeks: ['durationWeeks'],
  pay: ['pay', 'payMin', 'payMax', 'payCurrency', 'payPeriod'],
  contacts: ['contactName', 'contactEmail', 'contactPhone'],
  notes: ['notes'],
  tags: ['tags'],
};

const PERIOD_WORDS: Record<string, PayPeriod> = {
  hourly: 'hour',
  weekly: 'week',
  monthly: 'month',
  yearly: 'year',
  annual: 'year',
  annually: 'year',
};

/** "12", "1,234.5", "1e+21"; null when the text is not a plain number. */
function readNumber(text: string): number | null {
  const plain = text.trim().replace(/,(?=\d{3}(\D|$))/g, '');
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(plain)) return null;
  const value = Number(plain);
  return Number.isFinite(value) ? value : null;
}

/** "12", "12 weeks", "3 months" (13 weeks under the 52-weeks-a-year convention). */
function readWeeks(text: string): number | null {
  const match = /^(.+?)\s*(weeks?|wks?|w|months?|mos?)?$/i.exec(text.trim());
  const amount = match ? readNumber(match[1]!) : null;
  if (amount === null) return null;
  const months = match![2] !== undefined && /^mo/i.test(match![2]);
  return months ? Math.round(((amount * WEEKS_PER_YEAR) / MONTHS_PER_YEAR) * 10) / 10 : amount;
}

function shorten(value: string): string {
  const oneLine = value.replace(/\r\n|\r|\n/g, ' ');
  return oneLine.length > 60 ? `${oneLine.slice(0, 57)}...` : oneLine;
}

/** The instant a history entry read as a bare date gets: noon UTC keeps the date in most zones. */
function dateInstant(date: string): string {
  return `${date}T12:00:00Z`;
}

/** Sets up what is the same for every row of a file once; the result converts one row. */
export function rowReader(ctx: RowContext): (row: CsvRow) => RowResult {
  const indexesOf = new Map<ImportField, number[]>();
  ctx.mapping.forEach((field, i) => {
    if (field !== null) indexesOf.set(field, [...(indexesOf.get(field) ?? []), i]);
  });
  const headerOf = (i: number) => ctx.header[i] ?? `Column ${i + 1}`;
  const own = ctx.preset === 'own-export';
  const nowInstant = toInstant(ctx.now);
  return (row) => readRow(row, ctx, { indexesOf, headerOf, own, nowInstant });
}

interface FileFacts {
  indexesOf: ReadonlyMap<ImportField, readonly number[]>;
  headerOf: (index: number) => string;
  own: boolean;
  nowInstant: string;
}

function readRow(row: CsvRow, ctx: RowContext, { indexesOf, headerOf, own, nowInstant }: FileFacts): RowResult {
  const errors: string[] = [];
  const warnings: string[] = [];
  const prefix = `Line ${row.line}`;
  if (row.problem !== null) return { ok: false, errors: [`${prefix}: ${row.problem}`], warnings };

  // Our export escaped formula-like text and keeps text exact; other files get trimmed cells.
  const cellText = (raw: string) => (own ? unescapeFormula(raw) : raw.trim());
  const columns = (field: ImportField) =>
    (indexesOf.get(field) ?? []).map((i) => ({ header: headerOf(i), value: cellText(row.cells[i] ?? '') }));
  const mapped = (field: ImportField) => indexesOf.has(field);
  const cell = (field: ImportField) => {
    const i = indexesOf.get(field)?.[0];
    return i === undefined ? null : { header: headerOf(i), value: cellText(row.cells[i] ?? '') };
  };
  const text = (field: ImportField) => cell(field)?.value ?? '';
  const fail = (header: string, problem: string, value: string) =>
    errors.push(`${prefix}: '${header}' ${problem} (got '${shorten(value)}')`);
  const warn = (header: string, problem: string) => warnings.push(`${prefix}: '${header}' ${problem}`);

  const date = (field: ImportField): CellDate | null => {
    const c = cell(field);
    if (c === null || c.value.trim() === '') return null;
    const parsed = parseDateCell(c.value, ctx.dayFirst);
    if (parsed === null) fail(c.header, 'is not a date', c.value);
    return parsed;
  };

  function word<T>(
    field: ImportField,
    read: (text: string) => T | null,
    fallback: T,
    what: string,
    fallbackName: string,
  ): T {
    const c = cell(field);
    if (c === null || c.value.trim() === '') return fallback;
    const value = read(c.value);
    if (value !== null) return value;
    warn(c.header, `is not ${what} this app knows (got '${shorten(c.value)}'); imported as ${fallbackName}`);
    return fallback;
  }

  const applied = date('appliedAt');
  const appliedAt = applied?.date ?? null;
  const saved = date('dateSaved');
  const defaultStatus: Status = appliedAt ? 'applied' : 'wishlist';
  const status = word('status', statusFromWord, defaultStatus, 'a status', STATUS_LABELS[defaultStatus]);

  const history = buildHistory();
  const deadlines = buildDeadlines();
  const { cohorts, chosenCohortId } = buildCohorts();

  let durationWeeks: number | null = null;
  const duration = cell('durationWeeks');
  if (duration && duration.value.trim() !== '') {
    durationWeeks = readWeeks(duration.value);
    if (durationWeeks === null) fail(duration.header, 'is not a number of weeks', duration.value);
  }

  let postingUrl = text('postingUrl');
  if (postingUrl !== '' && !isWebUrl(postingUrl)) {
    if (!own && isWebUrl(`https://${postingUrl}`)) postingUrl = `https://${postingUrl}`;
    else fail(cell('postingUrl')!.header, 'is not a web address starting with https://', postingUrl);
  }

  // Unmapped, these take the editor's defaults; mapped, an empty cell means "not set".
  const workMode = mapped('workMode')
    ? word<WorkMode | null>('workMode', workModeFromWord, null, 'a work mode', 'not set')
    : EMPTY_FIELDS.workMode;
  const employmentType = mapped('employmentType')
    ? word<EmploymentType | null>('employmentType', employmentTypeFromWord, null, 'an employment type', 'not set')
    : EMPTY_FIELDS.employmentType;
  const priority = word<Priority>('priority', priorityFromWord, EMPTY_FIELDS.priority, 'a priority', 'Normal');
  const pay = buildPay();
  const notes = buildNotes();
  if (errors.length > 0) return { ok: false, errors, warnings };

  // Built field by field (not with newApplication): the file's applied date and history stand
  // as they are, and this runs for every row of files with 200,000 rows.
  const candidate: Application = {
    id: ctx.newId(),
    company: text('company'),
    role: text('role'),
    postingUrl,
    source: text('source') || (ctx.preset === 'linkedin' ? 'LinkedIn' : ''),
    employmentType,
    term: text('term'),
    locations: readLocations(text('locations')),
    workMode,
    status,
    statusHistory: history,
    appliedAt,
    deadlines,
    cohorts,
    chosenCohortId,
    durationWeeks,
    pay,
    contacts: buildContacts(),
    notes,
    postingText: '',
    tags: readTags(text('tags')),
    priority,
    createdAt: nowInstant,
    updatedAt: nowInstant,
    archivedAt: null,
  };
  const checked = validateApplication(candidate);
  if (checked.ok) return { ok: true, application: checked.value, warnings };
  for (const issue of checked.issues) {
    const [field = '', part = ''] = issue.path.split('.');
    const column = (COLUMNS_OF[`${field}.${part}`] ?? COLUMNS_OF[field] ?? []).map(cell).find((c) => c !== null);
    errors.push(column ? `${prefix}: '${column.header}': ${issue.message}` : `${prefix}: ${issue.message}`);
  }
  return { ok: false, errors, warnings };

  function buildHistory(): StatusChange[] {
    const written = cell('statusHistory');
    if (written && written.value.trim() !== '') {
      const read = readStatusHistory(written.value, statusFromWord);
      if (!read.ok) {
        fail(written.header, "is not a history like 'applied 2026-01-05 → interviewing 2026-02-01'", read.bad);
        return [];
      }
      const entries = read.value.map((e) => ({ status: e.status, at: dateInstant(e.date), note: '' }));
      // A status changed in the spreadsheet after the export is a change made now.
      if (entries.at(-1)?.status !== status) entries.push({ status, at: nowInstant, note: '' });
      return entries;
    }
    const entries: StatusChange[] = [];
    if (saved) entries.push({ status: 'wishlist', at: saved.instant ?? dateInstant(saved.date), note: '' });
    if (applied && status !== 'wishlist')
      entries.push({ status: 'applied', at: applied.instant ?? dateInstant(applied.date), note: '' });
    if (entries.at(-1)?.status !== status) entries.push({ status, at: nowInstant, note: '' });
    return entries;
  }

  function buildDeadlines(): Deadline[] {
    const list: Deadline[] = [];
    const written = cell('deadlines');
    if (written && written.value.trim() !== '') {
      const read = readDeadlines(written.value);
      if (!read.ok) fail(written.header, "has a line that is not like '2026-05-01 application: Online form'", read.bad);
      else {
        for (const d of read.value) {
          if (!isCalendarDate(d.at) && !isInstant(d.at)) fail(written.header, 'has a date this app cannot read', d.at);
          list.push({ ...d, id: ctx.newId() });
        }
      }
    }
    const deadline = date('deadline');
    if (deadline)
      list.push({
        id: ctx.newId(),
        kind: 'application',
        at: deadline.instant ?? deadline.date,
        label: '',
        done: false,
      });
    const followUp = date('followUp');
    if (followUp)
      list.push({
        id: ctx.newId(),
        kind: 'other',
        at: followUp.instant ?? followUp.date,
        label: 'Follow up',
        done: false,
      });
    return list;
  }

  function buildCohorts(): { cohorts: Cohort[]; chosenCohortId: string | null } {
    const cohorts: Cohort[] = [];
    const written = cell('cohorts');
    if (written && written.value.trim() !== '') {
      const read = readCohorts(written.value);
      if (!read.ok)
        fail(written.header, "has a line that is not like '2026-05-18 to 2026-08-07 (May cohort)'", read.bad);
      else for (const c of read.value) cohorts.push({ ...c, id: ctx.newId() });
    }
    const start = date('cohortStart');
    const end = date('cohortEnd');
    if (start === null && end === null) return { cohorts, chosenCohortId: null };
    if (start === null || end === null) {
      const given = (start ? cell('cohortStart') : cell('cohortEnd'))!;
      const missing = mapped(start ? 'cohortEnd' : 'cohortStart')
        ? 'its end date is empty'
        : 'there is no end date column';
      errors.push(`${prefix}: '${given.header}' needs a matching ${start ? 'end' : 'start'} date (${missing})`);
      return { cohorts, chosenCohortId: null };
    }
    const chosen = cohorts.find((c) => c.start === start.date && c.end === end.date);
    if (chosen) return { cohorts, chosenCohortId: chosen.id };
    const added = { id: ctx.newId(), start: start.date, end: end.date, label: '' };
    return { cohorts: [...cohorts, added], chosenCohortId: added.id };
  }

  function buildPay(): Pay | null {
    const raw = cell('pay');
    const parts = (['payMin', 'payMax', 'payCurrency', 'payPeriod'] as const).map(cell);
    if (parts.every((p) => p === null || p.value.trim() === '')) {
      if (raw === null || raw.value.trim() === '') return null;
      const read = parsePayCell(raw.value, ctx.defaultCurrency);
      if (read.warning) warn(raw.header, read.warning);
      return read.pay === null ? null : { ...read.pay, raw: raw.value };
    }
    // Pay min/max/currency/period (our export) are what count; Pay is kept as written.
    const [minCell, maxCell, currencyCell, periodCell] = parts;
    const amount = (c: { header: string; value: string } | null) => {
      if (c === null || c.value.trim() === '') return null;
      const value = readNumber(c.value);
      if (value === null) fail(c.header, 'is not a number', c.value);
      return value;
    };
    const currency = currencyCell?.value.trim().toUpperCase() || ctx.defaultCurrency;
    let period: PayPeriod | null = null;
    const periodText = periodCell?.value.trim().toLowerCase() ?? '';
    if (periodText !== '') {
      period = (PAY_PERIODS as readonly string[]).includes(periodText)
        ? (periodText as PayPeriod)
        : (PERIOD_WORDS[periodText] ?? null);
      if (period === null) fail(periodCell!.header, 'is not hour, week, month, year or total', periodCell!.value);
    }
    return { min: amount(minCell ?? null), max: amount(maxCell ?? null), currency, period, raw: raw?.value ?? '' };
  }

  function buildContacts(): Contact[] {
    const [name, email, phone] = [text('contactName'), text('contactEmail'), text('contactPhone')];
    if (name === '' && email === '' && phone === '') return [];
    return [{ id: ctx.newId(), name, role: '', email, phone, notes: '' }];
  }

  function buildNotes(): string {
    const notes = columns('notes');
    if (notes.length === 1) return notes[0]!.value;
    return notes
      .filter((n) => n.value.trim() !== '')
      .map((n) => `${n.header}: ${n.value}`)
      .join('\n\n');
  }
}
