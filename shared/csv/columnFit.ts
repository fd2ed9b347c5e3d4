// Whether each column's values fit the field its name proposes. A column that does not (a
// "Follow up" column of free text, a "Referral" column of yes and no) is offered as notes
// instead, with a message saying why, so that no row is rejected for it: its values are added
// to the notes as "Follow up: email Sarah". A column that mostly fits keeps its field; each value
// of it that does not fit is kept in the notes the same way, with a warning on its line
// (rowToApplication.ts), as it is when the user chooses the field for a column that does not fit.
import { isWebUrl, PAY_PERIODS } from '../application';
import type { Pipeline } from '../pipeline';
import { parseTerm } from '../term';
import { readDeadlines } from './cellCodecs';
import { readCohortsCell } from './cohortsCell';
import { isListMarksOnly, splitCompanyAndRole } from './companyAndRole';
import { titledLink } from './linkCell';
import {
  cohortEndIfDates,
  fieldNamed,
  isSkippedByPreset,
  isTitleHeader,
  namesCompanyAndRole,
  mayNameCohorts,
  mayNamePosting,
  proposeMapping,
  type ColumnMapping,
  type CsvPreset,
} from './columnMapping';
import { readContacts } from './contactsCell';
import { isYearlessDate, listedDates, parseDateCell, parseDateRangeCell } from './dateCell';
import { readEvents } from './eventsCell';
import { readFollowUp } from './followUpCell';
import { IMPORT_FIELD_LABELS, type ImportField } from './importFields';
import { readAmount, readHoursPerWeek, readWeeks, readYear } from './numberCell';
import { readHousing, readOfferParts } from './offerCells';
import { readPayAmount } from './payCell';
import { shorten } from './quotedValue';
import type { CsvTable } from './readCsvText';
import { readStageHistory } from './stageHistoryCell';
import { readStageName } from './stageNames';
import {
  employmentTypeFromWord,
  excitementFromCell,
  isArchivedMark,
  isBlankCell,
  isNoWord,
  isYesWord,
  namesNobody,
  sponsorshipFromWord,
  workModeFromCell,
  asksRemote,
} from './vocabularyWords';

/** Something the proposal says about one column. */
export interface ColumnNote {
  column: number;
  message: string;
}

export interface MappingProposal {
  preset: CsvPreset;
  mapping: ColumnMapping;
  /** Why a column is not read as the field its name suggests. */
  notes: ColumnNote[];
}

interface Fit {
  /** What the field's values look like, for the message. */
  holds: string;
  /** `header`: the column's name, for fields whose values it explains (a "Remote?" column's yes). */
  fits: (value: string, pipeline: Pipeline, header: string) => boolean;
  /** Values that mean "nothing here" for this field, beside blank ones ("No" for a referral). */
  empty?: (value: string, header: string) => boolean;
}

const anyDate = (value: string) => parseDateCell(value, false) !== null || parseDateCell(value, true) !== null;
const DATES: Fit = { holds: 'dates', fits: anyDate };
/** Where a date without its year ("Nov 2") is read too, in the year nearest today (rowToApplication.ts). */
const DATES_OR_YEARLESS: Fit = { holds: 'dates', fits: (v) => anyDate(v) || isYearlessDate(v) };
/** Where a range is read too (Notion's "A → B"): a deadline's last day, an interview's length, a cohort. */
const anyRange = (value: string) =>
  parseDateRangeCell(value, false) !== null || parseDateRangeCell(value, true) !== null;
const dateOrRange = (value: string) => anyDate(value) || anyRange(value);
const DATES_OR_RANGES: Fit = { holds: 'dates', fits: dateOrRange };
const AMOUNTS: Fit = { holds: 'amounts', fits: (v) => readAmount(v) !== null };
/** A Min. or Max. pay cell may write its period too ("$45/hr"). */
const PAY_AMOUNTS: Fit = { holds: 'amounts', fits: (v) => readPayAmount(v).ok };
const CURRENCIES: Fit = { holds: 'currency codes like USD', fits: (v) => /^[a-z]{3}$/i.test(v) };
const shortText = (limit: number, holds: string): Fit => ({ holds, fits: (v) => v.length <= limit });
const NAME_OR_NOTE = shortText(500, 'a name or a short note (up to 500 characters)');

/** Fields whose values are read as something; the others take any text. */
const FITS: Partial<Record<ImportField, Fit>> = {
  companyAndRole: {
    holds: "a company and a role like 'Stripe - Software Engineering Intern'",
    fits: (v) => splitCompanyAndRole(v) !== null,
  },
  term: shortText(100, "terms like 'Summer 2026' (up to 100 characters)"),
  termSeason: {
    holds: "seasons like 'Summer'",
    fits: (v) => {
      const term = parseTerm(v);
      return term.season !== null && term.text === '';
    },
  },
  termYear: { holds: "years like '2026'", fits: (v) => readYear(v) !== null },
  employmentType: {
    holds: 'employment types (internship, co-op, part-time, full-time)',
    fits: (v) => employmentTypeFromWord(v) !== null,
  },
  source: shortText(200, 'sources (up to 200 characters)'),
  postingUrl: {
    holds: 'web addresses',
    fits: (v) => isWebUrl(v) || isWebUrl(`https://${v}`) || titledLink(v) !== null,
    empty: isListMarksOnly,
  },
  excitement: {
    holds: "ratings (1–5, 1–10, stars, or words like 'high')",
    fits: (v) => excitementFromCell(v, 10) !== null,
  },
  archived: {
    holds: 'yes or no, or the day it was archived',
    fits: (v) => isArchivedMark(v) || isNoWord(v) || anyDate(v),
    empty: isNoWord,
  },
  appliedAt: DATES_OR_YEARLESS,
  dateSaved: DATES_OR_YEARLESS,
  stageSince: DATES_OR_YEARLESS,
  followUp: { holds: 'dates', fits: (v) => readFollowUp(v, false) !== null || readFollowUp(v, true) !== null },
  deadline: { holds: 'dates', fits: (v) => dateOrRange(v) || isYearlessDate(v) },
  deadlineDone: { holds: 'yes or no', fits: (v) => isYesWord(v) || isNoWord(v) },
  deadlines: {
    holds: "deadlines, one per line like '2026-05-01 Application deadline: Online form'",
    fits: (v) => readDeadlines(v).ok,
  },
  // "Interview dates" may list several.
  interviewDate: { holds: 'dates', fits: (v) => listedDates(v).every((d) => dateOrRange(d) || isYearlessDate(d)) },
  events: {
    holds: "events, one per line like '2026-02-10 Technical interview (pending): Round 2'",
    fits: (v) => readEvents(v).ok,
  },
  cohortStart: DATES_OR_RANGES,
  cohortEnd: DATES,
  cohorts: {
    holds: "cohorts, one per line like '2026-05-18 to 2026-08-07' or 'May 18, 2026 → August 7, 2026'",
    fits: (v) => readCohortsCell(v, false).ok || readCohortsCell(v, true).ok,
  },
  durationWeeks: { holds: 'numbers of weeks', fits: (v) => readWeeks(v) !== null },
  payMin: PAY_AMOUNTS,
  payMax: PAY_AMOUNTS,
  payCurrency: CURRENCIES,
  payPeriod: {
    holds: 'pay periods (hour, week, month, year, total)',
    fits: (v) =>
      (PAY_PERIODS as readonly string[]).includes(v.toLowerCase()) ||
      /^(hourly|weekly|monthly|yearly|annual|annually)$/i.test(v),
  },
  payHours: { holds: 'numbers of hours a week', fits: (v) => readHoursPerWeek(v) !== null },
  offeredOn: DATES_OR_YEARLESS,
  offerCurrency: CURRENCIES,
  housing: { holds: "housing like 'provided' or '2000/month'", fits: (v) => readHousing(v) !== null, empty: isNoWord },
  relocation: AMOUNTS,
  signOnBonus: AMOUNTS,
  offerParts: { holds: "offer parts, one per line like 'Stock grant: 5000'", fits: (v) => readOfferParts(v).ok },
  responseDeadline: { holds: 'dates', fits: (v) => anyDate(v) || readDeadlines(v).ok },
  returnOfferProspects: shortText(2_000, 'short notes (up to 2,000 characters)'),
  workMode: {
    holds: 'work modes (on-site, hybrid, remote)',
    fits: (v, _, header) => workModeFromCell(v, header) !== null,
    empty: (v, header) => asksRemote(header) && isNoWord(v),
  },
  sponsorship: {
    holds: 'answers about visa sponsorship (yes, no, citizens only …)',
    fits: (v) => sponsorshipFromWord(v) !== null,
  },
  referralName: {
    holds: 'names of who referred you',
    fits: (v) => !isYesWord(v) && v.length <= 200,
    empty: namesNobody,
  },
  referralRelation: shortText(200, "short words like 'classmate' (up to 200 characters)"),
  contacts: {
    holds: "contacts, one per line like 'Ana Ruiz | email: ana@example.com'",
    fits: (v) => readContacts(v).ok,
  },
  resumeVersion: NAME_OR_NOTE,
  coverLetter: NAME_OR_NOTE,
  stageHistory: {
    holds: "stage histories like '2026-01-05T09:30:00-08:00 Applied'",
    // A line with no date is our export's entry of a date not recorded: lines that are all
    // without one are words about a history ("applied then rejected"), not one.
    fits: (v, pipeline) => {
      const read = readStageHistory(v);
      return (
        read.ok &&
        read.value.some((l) => l.at !== null) &&
        read.value.every((l) => readStageName(pipeline, l.stage, { phase: l.phase, removed: true }))
      );
    },
  },
};

/** Values looked at per column: enough to judge, whatever the file's size. */
const SAMPLE = 1_000;

/** A value of the column that does not fit, or null when at least half of its values fit. */
function misfit(table: Pick<CsvTable, 'header' | 'rows'>, column: number, fit: Fit, pipeline: Pipeline): string | null {
  const header = table.header[column] ?? '';
  let looked = 0;
  let fitting = 0;
  let example: string | null = null;
  for (const row of table.rows) {
    if (looked === SAMPLE) break;
    const value = (row.cells[column] ?? '').trim();
    if (isBlankCell(value) || fit.empty?.(value, header)) continue;
    looked += 1;
    if (fit.fits(value, pipeline, header)) fitting += 1;
    else example ??= value;
  }
  return fitting * 2 >= looked ? null : example;
}

/**
 * The mapping the header suggests, with each column whose values do not fit its field (fewer
 * than half of its values that are not empty) offered as notes, and its field given to the next
 * column named for it whose values fit (a yes/no "Applied?" before "Date Applied"). Our own
 * export is taken as it is: its columns fit by construction.
 */
export function proposeColumns(file: Pick<CsvTable, 'header' | 'rows'>, pipeline: Pipeline): MappingProposal {
  const { preset, mapping } = proposeMapping(file.header);
  // Only the rows that are applications say what a column holds: not the column names repeated
  // under the table, nor a total.
  const table = { header: file.header, rows: file.rows.filter((row) => row.problem === null) };
  const notes: ColumnNote[] = [];
  if (preset === 'own-export') return { preset, mapping, notes };
  const unfit = (field: ImportField, column: number) => {
    const fit = FITS[field];
    return fit === undefined ? null : misfit(table, column, fit, pipeline);
  };
  const fitted: ColumnMapping = [...mapping];
  mapping.forEach((field, column) => {
    if (field === null) return;
    const example = unfit(field, column);
    if (example === null) return;
    const header = table.header[column] ?? `Column ${column + 1}`;
    notes.push({
      column,
      message: `'${header}' does not hold ${FITS[field]!.holds} (for example '${shorten(example)}'), so it is offered as notes: each value goes into the notes as '${header}: …'. Choose ${IMPORT_FIELD_LABELS[field]} to read it as that instead.`,
    });
    fitted[column] = 'notes';
    const heir = table.header.findIndex(
      (name, other) =>
        other > column && fitted[other] === null && fieldNamed(preset, name) === field && unfit(field, other) === null,
    );
    if (heir >= 0) fitted[heir] = field;
  });
  takeCohortNamedIfDates(table, fitted);
  // A cohort needs both its dates: a start date column alone (a Trello card's, a sheet's) is
  // notes, unless each of its values is a range holding both (Notion's "May 18 → Aug 7") or a
  // length column beside it gives the end ("Length: 12 months", rowToApplication).
  const allRanges = (column: number) => {
    const values = table.rows.map((row) => row.cells[column] ?? '').filter((value) => !isBlankCell(value));
    return values.length > 0 && values.every(anyRange);
  };
  for (const [field, other, missing] of [
    ['cohortStart', 'cohortEnd', 'end'],
    ['cohortEnd', 'cohortStart', 'start'],
  ] as const) {
    const column = fitted.indexOf(field);
    if (column < 0 || fitted.includes(other)) continue;
    if (field === 'cohortStart' && (allRanges(column) || fitted.includes('durationWeeks'))) continue;
    const header = table.header[column] ?? `Column ${column + 1}`;
    notes.push({
      column,
      message: `'${header}' has no ${missing} date column beside it, and a cohort needs both, so it is offered as notes: each value goes into the notes as '${header}: …'.`,
    });
    fitted[column] = 'notes';
  }
  fillFromTitle(table, preset, fitted, (column) => unfit('companyAndRole', column) === null);
  takeByValues(table, preset, fitted);
  return { preset, mapping: fitted, notes: notes.sort((a, b) => a.column - b.column) };
}

/**
 * "From" and "To", "Fin": names that are the cohort's start or end only when every value is a
 * date, and only with the other end beside them (named so, or as plainly as "Début"); otherwise
 * they are left alone, as a source, a recipient or anything else.
 */
function takeCohortNamedIfDates(table: Pick<CsvTable, 'header' | 'rows'>, fitted: ColumnMapping) {
  const allDates = (column: number) => {
    const values = table.rows.map((row) => (row.cells[column] ?? '').trim()).filter((value) => !isBlankCell(value));
    return values.length > 0 && values.every(anyDate);
  };
  const column = (field: 'cohortStart' | 'cohortEnd') => {
    const named = fitted.indexOf(field);
    if (named >= 0) return named;
    return table.header.findIndex((name, i) => fitted[i] === null && cohortEndIfDates(name) === field && allDates(i));
  };
  const start = column('cohortStart');
  const end = column('cohortEnd');
  if (start < 0 || end < 0) return;
  fitted[start] = 'cohortStart';
  fitted[end] = 'cohortEnd';
}

/**
 * A title column ("Name", "Card Name") fills what the other columns leave out: the company beside
 * a role column, the role beside a company column, and both where its values hold both
 * ("Stripe - Software Engineering Intern"). A column named for both ("Company / Role", "Role @
 * Company") is read so too, but only as both: beside a company or role column it says no more.
 */
function fillFromTitle(
  table: Pick<CsvTable, 'header'>,
  preset: CsvPreset,
  fitted: ColumnMapping,
  holdsBoth: (column: number) => boolean,
) {
  if (fitted.includes('companyAndRole')) return;
  const missing = (['company', 'role'] as const).filter((field) => !fitted.includes(field));
  if (missing.length === 0) return;
  const title = table.header.findIndex((name, column) => fitted[column] === null && isTitleHeader(name));
  if (title >= 0 && missing.length === 1) fitted[title] = missing[0]!;
  else if (title >= 0 && holdsBoth(title)) fitted[title] = 'companyAndRole';
  else if (missing.length === 2) {
    const both = table.header.findIndex(
      (name, column) => fitted[column] === null && namesCompanyAndRole(preset, name) && holdsBoth(column),
    );
    if (both >= 0) fitted[both] = 'companyAndRole';
  }
}

/** Of a column's first values that are neither blank nor `empty`, how many there are and how many pass `test`. */
function countPassing(
  table: Pick<CsvTable, 'rows'>,
  column: number,
  test: (value: string) => boolean,
  empty: (value: string) => boolean = () => false,
): { looked: number; passing: number } {
  let looked = 0;
  let passing = 0;
  for (const row of table.rows) {
    if (looked === SAMPLE) break;
    const value = (row.cells[column] ?? '').trim();
    if (isBlankCell(value) || empty(value)) continue;
    looked += 1;
    if (test(value)) passing += 1;
  }
  return { looked, passing };
}

/** A range of more than one day, either date order: a term of work, not an interview's hour. */
const daysLong = (value: string) =>
  [false, true].some((dayFirst) => {
    const range = parseDateRangeCell(value, dayFirst);
    return range !== null && range.end.date > range.start.date;
  });

/**
 * Links among notes ("applied via referral") and the lists' closed marks (🔒, not counted): at
 * least two thirds of the values, and all of them when there are fewer than three links.
 */
function mostlyLinks(table: Pick<CsvTable, 'rows'>, column: number): boolean {
  const { looked, passing } = countPassing(table, column, isWebUrl, isListMarksOnly);
  return looked > 0 && (passing === looked || (passing >= 3 && passing * 3 >= looked * 2));
}

/**
 * Ranges, one in ten may be a note, and most of them longer than a day: a cohort column may hold
 * a one-day range (a typo, a one-day event), an info session's column holds hours.
 */
function mostlyTerms(table: Pick<CsvTable, 'rows'>, column: number): boolean {
  const ranges = countPassing(table, column, anyRange);
  const terms = countPassing(table, column, daysLong);
  return ranges.looked > 0 && ranges.passing * 10 >= ranges.looked * 9 && terms.passing * 2 > ranges.passing;
}

/**
 * A field for a column its name left on Ignore, from its values, as for a title column, when no
 * other column has it and the name says the values are not something else: addresses are the
 * posting's link (SimplifyJobs' "Application", other lists' "Apply"; not a "Card URL"), ranges of
 * days the cohorts (Notion's "Internship dates"; not an "Interview window"). Only full http(s)
 * addresses count: a bare "stripe.com" may be the company's site. A link column's other cells are
 * kept in the notes, and its marks give no link (rowToApplication.ts).
 */
function takeByValues(table: Pick<CsvTable, 'header' | 'rows'>, preset: CsvPreset, fitted: ColumnMapping) {
  const free = (column: number) => fitted[column] === null && !isSkippedByPreset(preset, table.header[column] ?? '');
  if (!fitted.includes('postingUrl')) {
    const link = table.header.findIndex(
      (name, column) => free(column) && mayNamePosting(name) && mostlyLinks(table, column),
    );
    if (link >= 0) fitted[link] = 'postingUrl';
  }
  if (!fitted.some((field) => field === 'cohorts' || field === 'cohortStart' || field === 'cohortEnd')) {
    const cohorts = table.header.findIndex(
      (name, column) => free(column) && mayNameCohorts(name) && mostlyTerms(table, column),
    );
    if (cohorts >= 0) fitted[cohorts] = 'cohorts';
  }
}
