// Turns one CSV row into a valid Application through the column mapping, or into messages
// that name the row, the column and the value: "Row 14: 'Deadline' is not a date (got
// '31/31/2026')". In another app's file, a single value that is not what its column holds (a
// "Follow up" of "Interview scheduled for Jan 28" among dates) is kept in the notes under its
// column's name with a warning, so no row is lost for it; in our own export, where every value
// was written by us, it fails the row, as do lists that are not in our format. Words the app
// does not know (a stage, a work mode) and pay it cannot read import with a warning. Cells a
// spreadsheet means to leave empty ("-", "N/A") are empty in dated, numbered and worded fields.
//
// Stage history: our export's lines come back one entry per line, at their times (a v1
// export's "applied 2026-01-05 → ..." at noon UTC of each date, the same calendar date almost
// everywhere). Other files get a history from what they say: saved on (the first stage of
// Saved), applied on (the first stage of Applied; at its time when the file has one, else noon
// UTC), then the current stage now; none of them ahead of now. Stage names are the user's (stageNames.ts).
import {
  EMPLOYMENT_TYPE_LABELS,
  PHASE_LABELS,
  WORK_MODE_LABELS,
  emptyOffer,
  isEmailAddress,
  isWebUrl,
  type Application,
  type ApplicationEvent,
  type Cohort,
  type Contact,
  type Deadline,
  type EmploymentType,
  type FollowUp,
  type Housing,
  type Offer,
  type Pay,
  type PayPeriod,
  type Phase,
  type Referral,
  type StageChange,
  type Term,
  type WorkMode,
} from '../application';
import { isCalendarDate, isInstant, noonOf, toCalendarDate, toInstant } from '../calendarDate';
import { DATE_NOT_RECORDED, dayOnlyTime, timeOf, unrecordedTime, type EntryTime } from '../entryTime';
import { isSent } from '../deadlinesMetByStage';
import { EMPTY_FIELDS } from '../newApplication';
import { deadlineDueTime } from '../deadlineDue';
import { employmentTypeNamedIn } from '../posting/employmentType';
import { activeStages, firstStageOf, stageNameKey, type Pipeline, type Stage } from '../pipeline';
import { parseTerm, splitTrailingTerm } from '../term';
import type { DecimalMark } from '../money/amount';
import { currencyNamedIn, currencyOfPlace, isDollar, type CurrencyReading } from '../money/currency';
import { periodInHeader, statesPerDay } from '../money/period';
import { isUnpaid, saysUnpaid } from '../money/unpaid';
import { describeGuess, guessKey, type MoneyGuess } from '../money/moneyGuess';
import { readOneAmount, type DollarContext } from '../money/readMoney';
import { signOnBonusIn } from '../money/signOnBonus';
import { remembered } from '../remembered';
import { asTyped, comparableName, normalizeWord } from '../normalizeWord';
import { validateApplication } from '../validateApplication';
import { lines, readCohorts, readDeadlines, readLocations, readTags } from './cellCodecs';
import { hasLostCurrencySign } from './decodeCsvBytes';
import { readCohortsCell } from './cohortsCell';
import {
  isNotesHeader,
  isOutcomeHeader,
  namesApplicationDeadline,
  type ColumnMapping,
  type CsvPreset,
} from './columnMapping';
import {
  isListMarksOnly,
  namesKindOfWork,
  isStatusAlone,
  roleAfterStatus,
  roleWithoutCompany,
  splitCompanyAndRole,
  sponsorshipMarkedIn,
  withoutListMarks,
} from './companyAndRole';
import { readContacts, readContactText, readsAsName } from './contactsCell';
import {
  isYearlessDate,
  listedDates,
  missingDay,
  parseDateCell,
  parseDateRangeCell,
  parseYearlessDateCell,
  type CellDate,
  type CellDateRange,
} from './dateCell';
import { readEvents } from './eventsCell';
import { readFollowUp } from './followUpCell';
import { unescapeFormula } from './formulaEscape';
import type { ImportField } from './importFields';
import { titledLink } from './linkCell';
import { lastDayAfter, lengthInWords } from './cohortFromLength';
import { readHoursPerWeek, readLength, readWeeks, readYear } from './numberCell';
import { readHousing, readOfferParts } from './offerCells';
import {
  parsePayCell,
  PER_DAY_PAY,
  readPayAmount,
  readPeriodCell,
  statedPeriod,
  withColumnPeriod,
  withHeaderPeriod,
  withPeriod,
  type PayAmount,
  type PayColumnFacts,
} from './payCell';
import { shorten } from './quotedValue';
import type { CsvRow } from './readCsvText';
import { readStageHistory, type HistoryLine } from './stageHistoryCell';
import { readStageName, type StageReading } from './stageNames';
import { readTagsCell } from './tagsCell';
import {
  employmentTypeFromWord,
  excitementFromCell,
  isArchivedMark,
  isBlankCell,
  namesNobody,
  isNoWord,
  isYesWord,
  nameAfterYesWord,
  phaseFromWord,
  sponsorshipFromWord,
  saysNoStatus,
  saysOnlyThatItEnded,
  stageWordOf,
  workModeFromCell,
  workModeFromWord,
  workModeInLocations,
  asksRemote,
} from './vocabularyWords';

/**
 * A question mark of the writer's, unsure ("applied?"): not one between letters, which stands for a
 * letter Excel's CSV could not save ("Wroc?aw", decodeCsvBytes.ts).
 */
const QUESTION_MARK = /[?？](?!\p{L})|(?<!\p{L})[?？]/u;

/** Said of a pay cell whose currency sign Excel's CSV could not save (decodeCsvBytes.ts). */
const LOST_SIGN = "has '?' where its currency sign was, so its currency is unknown";

export interface RowContext {
  header: readonly string[];
  mapping: ColumnMapping;
  preset: CsvPreset;
  /** The user's pipeline: stage names are read against it. */
  pipeline: Pipeline;
  /** How 05/06/2026 reads: see detectDateOrder. */
  dayFirst: boolean;
  /** Whether excitement ratings go to 5 or to 10: see detectExcitementScale. */
  excitementScale: 5 | 10;
  /**
   * The student's region's currency (regionCurrency.ts), if known: for amounts without one (the
   * pay's, see assumedCurrencies; an offer's, reported as a guess), else USD.
   */
  regionCurrency?: string | null;
  /**
   * The decimal mark each money column's values agree on (see inferDecimalMark), if they do, and
   * of the duration in our semicolon-separated export.
   */
  decimalMarks?: Partial<Record<ImportField, DecimalMark | null>>;
  /** What each pay column's own amounts state of their currency and period (readPayColumn). */
  payColumns?: Partial<Record<ImportField, PayColumnFacts>>;
  now: Date;
  newId: () => string;
  /**
   * A reading the import says once per column rather than on every row ("'Status': your
   * pipeline has no stage 'Interview' …"); `key` tells the same reading on another row.
   */
  notice?: (key: string, message: string) => void;
  /**
   * The stage the student chose in the review for a status, by the status as stage names compare
   * (stageNameKey): it is read as that stage on every row that writes it.
   */
  stageChoices?: ReadonlyMap<string, string>;
}

export type RowResult =
  | {
      ok: true;
      application: Application;
      warnings: string[];
      /** False when the row named no role and the kind of job stands in for it, to fill in. */
      roleGiven: boolean;
      /** Its link is a list's 🔒: a closed posting, one of the list's own whatever its address. */
      postingClosed: boolean;
      /** What its Stage column wrote, where that gave the stage: the student may choose another for it. */
      status: string | null;
      /** A start date with no end, kept in the notes (StartAlone). */
      startAlone: StartAlone | null;
    }
  | { ok: false; errors: string[]; warnings: string[] };

/**
 * A row's start date that makes no cohort of its own (no end date or length beside it), kept in
 * its notes: merged into an application with a cohort starting that day and no other chosen, it
 * is that cohort, and the notes are `notes`, the row's without it (planImport).
 */
export interface StartAlone {
  date: string;
  notes: string;
}

/** Which columns a validation message about a field (or a part of one) should name. */
const COLUMNS_OF: Record<string, readonly ImportField[]> = {
  'pay.min': ['payMin', 'pay'],
  'pay.max': ['payMax', 'pay'],
  'pay.currency': ['payCurrency', 'pay'],
  'pay.raw': ['pay'],
  'pay.hoursPerWeek': ['payHours'],
  'offer.currency': ['offerCurrency'],
  'offer.housing': ['housing'],
  'offer.relocation': ['relocation'],
  'offer.signOnBonus': ['signOnBonus'],
  'offer.other': ['offerParts'],
  'offer.returnOfferProspects': ['returnOfferProspects'],
  'referral.name': ['referralName'],
  'referral.relation': ['referralRelation'],
  company: ['company', 'companyAndRole'],
  role: ['role', 'companyAndRole'],
  postingUrl: ['postingUrl'],
  source: ['source'],
  term: ['term', 'termSeason', 'termYear'],
  locations: ['locations'],
  stageId: ['stage', 'stageHistory'],
  stageHistory: ['stageHistory', 'stage', 'stageSince'],
  appliedAt: ['appliedAt'],
  deadlines: ['deadlines', 'deadline', 'deadlineDone', 'responseDeadline'],
  events: ['events', 'interviewDate'],
  followUp: ['followUp'],
  cohorts: ['cohorts', 'cohortStart', 'cohortEnd'],
  chosenCohortId: ['cohortStart', 'cohortEnd'],
  durationWeeks: ['durationWeeks'],
  pay: ['pay', 'payMin', 'payMax', 'payCurrency', 'payPeriod', 'payHours'],
  offer: ['offeredOn', 'offerCurrency', 'housing', 'relocation', 'signOnBonus', 'offerParts', 'responseDeadline'],
  contacts: ['contacts', 'contactName', 'contactRole', 'contactEmail', 'contactPhone'],
  referral: ['referralName', 'referralRelation'],
  resumeVersion: ['resumeVersion'],
  coverLetter: ['coverLetter'],
  notes: ['notes'],
  tags: ['tags'],
};

/** Fields whose day has come already when the row is written: a year-less one is read in the past. */
const DAYS_GONE: ReadonlySet<ImportField> = new Set(['appliedAt', 'dateSaved', 'stageSince', 'offeredOn']);

/** Trello's label colours, written after each label's name in its exports. */
const LABEL_COLOUR = /\s*\((?:green|yellow|orange|red|purple|blue|sky|lime|pink|black)(?:_(?:light|dark))?\)$/;

/** A date cell's instant: its own, or noon of its date. */
function instantOf(cell: CellDate): string {
  return cell.instant ?? noonOf(cell.date);
}

/** Phases an Outcome column's stage may be in: how an application ends. */
const ENDING_PHASES: ReadonlySet<Phase> = new Set(['offer', 'accepted', 'closed']);

/** Sets up what is the same for every row of a file once; the result converts one row. */
export function rowReader(ctx: RowContext): (row: CsvRow) => RowResult {
  const indexesOf = new Map<ImportField, number[]>();
  ctx.mapping.forEach((field, i) => {
    if (field !== null) indexesOf.set(field, [...(indexesOf.get(field) ?? []), i]);
  });
  const headerOf = (i: number) => ctx.header[i] ?? `Column ${i + 1}`;
  // A notes column is written as it is when it is the file's one column of notes; any other
  // column read as notes is written under its header ("Follow up: email Sarah").
  const notesColumns = (indexesOf.get('notes') ?? []).filter((i) => isNotesHeader(headerOf(i)));
  const facts: FileFacts = {
    indexesOf,
    headerOf,
    own: ctx.preset === 'own-export',
    nowInstant: toInstant(ctx.now),
    plainNotesColumn: notesColumns.length === 1 ? notesColumns[0]! : null,
    outcomeColumn: (indexesOf.get('notes') ?? []).find((i) => isOutcomeHeader(headerOf(i))) ?? null,
    // Read once per file: every row of a column has the same name.
    currencyOfHeader: remembered((header: string) => header, currencyNamedIn),
    // Once per place: rows repeat a few places, and the names of three countries' towns are slow to look for.
    currencyOfPlace: remembered((place: string) => place, currencyOfPlace),
    // Once per term: rows repeat a few ("Summer 2026"), and reading one tries several patterns.
    termOf: remembered((written: string) => written, parseTerm),
    assumedCurrency: assumedCurrencies(ctx),
  };
  return (row) => readRow(row, ctx, facts);
}

interface FileFacts {
  indexesOf: ReadonlyMap<ImportField, readonly number[]>;
  headerOf: (index: number) => string;
  own: boolean;
  nowInstant: string;
  plainNotesColumn: number | null;
  /** A notes column saying how the application ended ("Outcome"), or null. */
  outcomeColumn: number | null;
  /** The currency a column's name gives its amounts ("Salary (€)"). */
  currencyOfHeader: (header: string) => CurrencyReading | null;
  /** The currency a place settles for a sign several share ("kr" in København). */
  currencyOfPlace: (place: string) => string | null;
  /** A term as written, read (parseTerm); the same object for the same text, never changed. */
  termOf: (written: string) => Term;
  /** See assumedCurrencies. */
  assumedCurrency: (field: 'pay' | 'payMin' | 'payMax') => AssumedCurrency;
}

/** The currency an amount that writes none is taken in, and what it went by (said with it). */
interface AssumedCurrency {
  currency: string;
  basis: 'column' | 'region' | undefined;
}

/**
 * The currency of a pay column's amounts that write none, as the editor proposes one: the one
 * most of the column's amounts state (a column of "$" amounts: the region's dollar, else USD, as
 * a bare "$" reads), else the student's region's, else USD.
 */
function assumedCurrencies(ctx: RowContext): (field: 'pay' | 'payMin' | 'payMax') => AssumedCurrency {
  const region = ctx.regionCurrency ?? null;
  const regionDollar = region !== null && isDollar(region) ? region : 'USD';
  return (field) => {
    const column = ctx.payColumns?.[field]?.currency ?? null;
    if (column !== null) return { currency: column !== '$' ? column : regionDollar, basis: 'column' };
    if (region !== null) return { currency: region, basis: 'region' };
    return { currency: 'USD', basis: undefined };
  };
}

/**
 * What a bare "$" in a pay cell stands for: the currency the row states for sure (a currency
 * column), else the one its amounts are assumed in (the column's, the region's), when either is a
 * dollar, a guess unless stated; else USD, as a guess (readMoney's dollarSign).
 */
function dollarOf(stated: string | null, assumed: string): DollarContext {
  const dollar = stated ?? assumed;
  return { dollar: isDollar(dollar) ? dollar : undefined, dollarGuessed: stated === null };
}

interface Cell {
  header: string;
  value: string;
}

/** A page's address in a Notion relation: "Stripe (https://www.notion.so/Stripe-3f1c…?pvs=21)". */
const NOTION_PAGE = String.raw` \(https://(?:www\.)?notion\.so/[^\s()]*\)`;
const NOTION_RELATION = new RegExp(String.raw`^(?:[^()\n]+?${NOTION_PAGE}(?:, |$))+$`);
const NOTION_PAGE_AND_COMMA = new RegExp(`${NOTION_PAGE}(?:, )?`, 'g');

/**
 * A Notion relation's pages by their titles alone, one a line ("Priya Shah\nSam Lee"): their
 * addresses would make a company its own duplicate and a contact's name a link.
 */
function notionTitles(value: string): string {
  // Every cell of a file passes here: most have no Notion address to look for.
  return value.includes('notion.so/') && NOTION_RELATION.test(value)
    ? value.replace(NOTION_PAGE_AND_COMMA, '\n').trimEnd()
    : value;
}

/** What a role cell that gives no role names instead: "the company", "a status", "a status and the company". */
function namedInstead(written: string, company: string): string {
  if (comparableName(written) === comparableName(company)) return 'the company';
  return isStatusAlone(written) ? 'a status' : 'a status and the company';
}

/** The offer's amounts, in its currency: the first to write one gives it. */
const OFFER_AMOUNTS = ['housing', 'relocation', 'signOnBonus'] as const;

function readRow(row: CsvRow, ctx: RowContext, facts: FileFacts): RowResult {
  const { indexesOf, headerOf, own, nowInstant } = facts;
  const errors: string[] = [];
  const warnings: string[] = [];
  const prefix = `Row ${row.rowNumber}`;
  if (row.problem !== null) return { ok: false, errors: [`${prefix}: ${row.problem}`], warnings };

  // Our export escaped formula-like text and keeps text exact; other files get trimmed cells.
  const cellText = (raw: string) => (own ? unescapeFormula(raw) : raw.trim());
  const cell = (field: ImportField): Cell | null => {
    const i = indexesOf.get(field)?.[0];
    if (i === undefined) return null;
    const value = cellText(row.cells[i] ?? '');
    return { header: headerOf(i), value: own ? value : notionTitles(value) };
  };
  const mapped = (field: ImportField) => indexesOf.has(field);
  const text = (field: ImportField) => cell(field)?.value ?? '';
  /** The cell of a field whose value is read (a date, a number, a word), unless it is blank. */
  const given = (field: ImportField): Cell | null => {
    const c = cell(field);
    return c === null || isBlankCell(c.value) ? null : c;
  };
  /** The cell of a list or text field, unless it is empty. */
  const filled = (field: ImportField): Cell | null => {
    const c = cell(field);
    return c === null || c.value.trim() === '' ? null : c;
  };
  const fail = (header: string, problem: string, value: string) =>
    errors.push(`${prefix}: '${header}' ${problem} (got '${shorten(value)}')`);
  const warn = (header: string, problem: string) => warnings.push(`${prefix}: '${header}' ${problem}`);
  // Values of other apps' files that their column's field cannot read, kept in the notes.
  const keptInNotes: Cell[] = [];
  // `unless`: when a merge takes it out of the notes again (the review is read before choosing to merge).
  const unreadable = (c: Cell, problem: string, unless = '') => {
    if (own) return fail(c.header, problem, c.value);
    keptInNotes.push(c);
    warn(c.header, `${problem} (got '${shorten(c.value)}'), so it was kept in the notes as '${c.header}: …'${unless}`);
  };
  // A status word of other trackers ("OA") is read as they mean it. In our own export every name
  // is a stage of the pipeline it came from, so one this pipeline lacks ("Recruiter call", read as
  // Phone screen) is said, as a name read by its phase alone is in any file.
  const noticePhase = (
    header: string,
    written: string,
    reading: StageReading,
    kept: 'notes' | 'history' | null = null,
  ) => {
    if (reading.how === 'name') return;
    const { stage } = reading;
    // Another tracker's own word for a stage ("Zusage", "Selected") is said with the stage it was
    // read as, so the student sees each reading; a status read by a word within it keeps the rest
    // in the notes, which says enough.
    if (reading.how === 'word' && !own) {
      if (kept === null && normalizeWord(written) !== normalizeWord(stage.name))
        ctx.notice?.(
          `stage-word\u0000${header}\u0000${stageNameKey(written)}\u0000${stage.id}`,
          `'${header}': '${shorten(written.trim())}' was read as ${stage.name}`,
        );
      return;
    }
    const read = reading.how === 'phase' ? `read as ${PHASE_LABELS[stage.phase]} and imported` : 'imported';
    const notes =
      kept === 'notes'
        ? `; the whole status was kept in the notes as '${header}: …'`
        : kept === 'history'
          ? `; its name was kept as that step's note`
          : '';
    ctx.notice?.(
      `stage\u0000${header}\u0000${stageNameKey(written)}\u0000${stage.id}`,
      `'${header}': your pipeline has no stage '${shorten(written.trim())}', so it was ${read} as ${stage.name}${notes}`,
    );
  };

  /** What is wrong with a date cell: a day its month does not have (31/02/2026), or no date at all. */
  const notADate = (value: string) => {
    const why = missingDay(value, ctx.dayFirst);
    return why === null ? 'is not a date' : `has no such day: ${why}`;
  };

  /**
   * A date written without its year ("Nov 2", "11/2", as hand-kept sheets write them), in the
   * year that puts it nearest the import, or for a day already gone (applied, saved, offered) the
   * last such day up to it; said once for the column.
   */
  const yearless = (c: Cell, past: boolean): CellDate | null => {
    const read = parseYearlessDateCell(c.value, ctx.dayFirst, ctx.now, past);
    if (read)
      ctx.notice?.(
        `yearless\u0000${c.header}`,
        `'${c.header}': dates without a year were read in the year ${past ? 'that puts them last before today' : 'that puts them nearest today'}`,
      );
    return read;
  };

  /**
   * A date cell; `paired` dates (a cohort's start and end) need their year: two read apart could
   * fall in different years.
   */
  const date = (field: ImportField, paired = false): CellDate | null => {
    const c = given(field);
    if (c === null) return null;
    const parsed = parseDateCell(c.value, ctx.dayFirst) ?? (paired ? null : yearless(c, DAYS_GONE.has(field)));
    if (parsed === null)
      unreadable(c, paired && isYearlessDate(c.value) ? "has no year, which a cohort's dates need" : notADate(c.value));
    return parsed;
  };

  /**
   * The day something happened (applied, saved), unless another app's file puts it after today:
   * nothing was sent or saved on a day still to come (the editor refuses such an applied date too),
   * so it is kept in the notes as written, with a warning. Our own export gives back what the app
   * held, as the editor keeps a date saved before.
   */
  const happenedDate = (field: 'appliedAt' | 'dateSaved', what: string): CellDate | null => {
    const read = date(field);
    if (own || read === null || read.date <= toCalendarDate(ctx.now)) return read;
    const c = given(field)!;
    keptInNotes.push(c);
    warn(
      c.header,
      `is after today, and ${what} on a day still to come (got '${shorten(c.value)}'), so it was kept in the notes as '${c.header}: …'`,
    );
    return null;
  };

  /**
   * When a stage was reached, never ahead of now (stage dates are not): a time written later today
   * than now is now, and said, as the file's times may be in another zone than the student's (a
   * LinkedIn export does not say). A day with no time, read at noon, is now without a word; either
   * way it stays an entry known only by its day.
   */
  const notAhead = (field: ImportField, read: CellDate): EntryTime => {
    const time = read.instant === null ? dayOnlyTime(read.date) : { at: read.instant };
    if (Date.parse(time.at) <= ctx.now.getTime()) return time;
    const c = given(field)!;
    if (read.instant)
      warn(
        c.header,
        `is ${read.date === toCalendarDate(ctx.now) ? 'later today than now' : 'after now'} (got '${shorten(c.value)}'), so the stage was dated now: the file's times may be in another time zone than yours`,
      );
    return { ...time, at: nowInstant };
  };

  /** A date or a range (Notion's "A → B"): the range, or the date as its own start and end. */
  const readDateOrRange = (text: string): CellDateRange | null => {
    const single = parseDateCell(text, ctx.dayFirst);
    return single ? { start: single, end: single } : parseDateRangeCell(text, ctx.dayFirst);
  };
  /** A date or a range, or a date without its year read as `yearless` does. */
  const datedOrYearless = (c: Cell, text: string): CellDateRange | null => {
    const read = readDateOrRange(text);
    if (read) return read;
    const day = yearless({ header: c.header, value: text }, false);
    return day && { start: day, end: day };
  };
  const dateOrRange = (field: ImportField): CellDateRange | null => {
    const c = given(field);
    if (c === null) return null;
    const read = datedOrYearless(c, c.value);
    if (read === null) unreadable(c, notADate(c.value));
    return read;
  };

  function word<T>(
    field: ImportField,
    read: (text: string) => T | null,
    fallback: T,
    what: string,
    fallbackName: string,
  ): T {
    const c = given(field);
    if (c === null) return fallback;
    const value = read(c.value);
    if (value !== null) return value;
    warn(c.header, `is not ${what} this app knows (got '${shorten(c.value)}'); imported as ${fallbackName}`);
    return fallback;
  }

  /** A "Remote?" column's no says only that the job is not remote: read as not set, silently. */
  function readWorkMode(): WorkMode | null {
    const c = given('workMode');
    if (c === null || (asksRemote(c.header) && isNoWord(c.value))) return null;
    return word<WorkMode | null>(
      'workMode',
      (text) => workModeFromCell(text, c.header),
      null,
      'a work mode',
      'not set',
    );
  }

  /**
   * "Seattle, WA (Remote)" where no work mode is given: the mode the places state, and the places
   * without it, said once per file.
   */
  function workModeOfPlaces(locations: readonly string[]): ReturnType<typeof workModeInLocations> {
    if (own || given('workMode') !== null) return null;
    const read = workModeInLocations(locations);
    if (read)
      ctx.notice?.(
        `mode\u0000${read.mode}`,
        `'${cell('locations')!.header}': the work mode written with the place was read as ${WORK_MODE_LABELS[read.mode]}, and left out of the place`,
      );
    return read;
  }

  /** Notion's multi-select "Summer, Remote" where no work mode is given: the one mode its tags name, if one. */
  function workModeOfTags(tags: readonly string[]): WorkMode | null {
    if (own || given('workMode') !== null) return null;
    const modes = new Set(tags.map(workModeFromWord).filter((mode) => mode !== null));
    if (modes.size !== 1) return null;
    ctx.notice?.(
      'mode-tag',
      `'${cell('tags')!.header}': a tag naming the work mode was read as that mode, and kept as a tag`,
    );
    return [...modes][0]!;
  }

  /** Guesses are said once per column ("'Pay': no currency written; read as USD (12 rows)"). */
  const noticeGuesses = (header: string, guesses: readonly MoneyGuess[]) => {
    for (const guess of guesses)
      ctx.notice?.(`money\u0000${header}\u0000${guessKey(guess)}`, `'${header}': ${describeGuess(guess)}`);
  };
  /** An amount of money in `currency`, read as the editor and a pasted posting read it. */
  const money = (field: ImportField, currency: string | null): number | null => {
    const c = given(field);
    if (c === null) return null;
    const read = readOneAmount(c.value, { currency, decimal: ctx.decimalMarks?.[field] });
    if (!read.ok) {
      notAnAmount(c, read.error);
      return null;
    }
    noticeGuesses(c.header, read.guesses);
    return read.amount;
  };
  /** A negative amount is refused; one that cannot be read, in another app's file, goes to the notes. */
  const notAnAmount = (c: Cell, error: 'no amount' | 'not one amount' | 'negative') => {
    if (error === 'negative') fail(c.header, 'is negative', c.value);
    else unreadable(c, 'is not an amount');
  };
  /** What a sign several currencies write ("kr") stands for in the row's place, when that settles it. */
  const placeCurrency = facts.currencyOfPlace(text('locations'));
  /** A Min. or Max. pay cell in `currency`, with the period it writes ("$45/hr"), read as a pay cell is. */
  const payAmount = (
    field: 'payMin' | 'payMax',
    currency: string,
    dollar: DollarContext,
  ): Extract<PayAmount, { ok: true }> | null => {
    const c = given(field);
    if (c === null) return null;
    if (!own && hasLostCurrencySign(c.value)) {
      unreadable(c, LOST_SIGN);
      return null;
    }
    const read = readPayAmount(c.value, { currency, decimal: ctx.decimalMarks?.[field], placeCurrency, ...dollar });
    if (!read.ok) {
      notAnAmount(c, read.error);
      return null;
    }
    noticeGuesses(c.header, read.guesses);
    return read;
  };

  const applied = happenedDate('appliedAt', 'no application was sent');
  const saved = happenedDate('dateSaved', 'nothing was saved');
  const since = date('stageSince');

  // Read once: it may set the stage, and it decides whether the notes keep it.
  const outcome = readOutcome();
  /** Set by currentStage: the status the stage was read from. */
  let status: string | null = null;
  const stageHistory = buildHistory();
  const appliedAt = appliedWhileSaved() ? null : (applied?.date ?? null);
  const deadlines = buildDeadlines();
  const { cohorts, chosenCohortId, startAlone } = buildCohorts();
  const events = buildEvents();
  const followUp = buildFollowUp();
  const offer = buildOffer();

  let durationWeeks: number | null = null;
  const duration = given('durationWeeks');
  if (duration) {
    durationWeeks = readWeeks(duration.value, ctx.decimalMarks?.durationWeeks ?? '.');
    if (durationWeeks === null) unreadable(duration, 'is not a number of weeks');
  }

  let postingUrl = given('postingUrl')?.value ?? '';
  let postingClosed = false;
  const titled = own || postingUrl === '' || isWebUrl(postingUrl) ? null : titledLink(postingUrl);
  if (titled !== null) {
    const { header, value } = cell('postingUrl')!;
    ctx.notice?.(
      `titled\u0000${header}`,
      `'${header}': a link written with its title ('${shorten(value)}'), as Microsoft Lists writes one, was read as its address, a title other than the address kept in the notes`,
    );
    if (titled.title !== '') keptInNotes.push({ header, value: titled.title });
    postingUrl = titled.url;
  }
  if (postingUrl !== '' && !isWebUrl(postingUrl)) {
    if (!own && isWebUrl(`https://${postingUrl}`)) postingUrl = `https://${postingUrl}`;
    else if (!own && isListMarksOnly(postingUrl)) {
      // SimplifyJobs' link column holds 🔒 for a closed posting: no link, and no stage of its own.
      ctx.notice?.(
        `closed\u0000${cell('postingUrl')!.header}`,
        `'${cell('postingUrl')!.header}': Simplify's 🔒 marks a closed posting, which has no link here; the stage is as the other columns say`,
      );
      postingUrl = '';
      postingClosed = true;
    } else {
      unreadable(cell('postingUrl')!, 'is not a web address starting with https://');
      postingUrl = '';
    }
  }

  // Unmapped, these take the editor's defaults (the kind of job the role names, if it names one);
  // mapped, an empty cell means "not set".
  const givenMode = mapped('workMode') ? readWorkMode() : EMPTY_FIELDS.workMode;
  const placed = givenMode === null ? workModeOfPlaces(readLocations(text('locations'))) : null;
  const tags = buildTags();
  const workMode = givenMode ?? placed?.mode ?? workModeOfTags(tags);
  const employmentType = mapped('employmentType')
    ? word<EmploymentType | null>('employmentType', employmentTypeFromWord, null, 'an employment type', 'not set')
    : (employmentTypeNamedIn(text('role')) ?? EMPTY_FIELDS.employmentType);
  const sponsorship =
    (own || filled('sponsorship') ? null : sponsorshipMarkedIn(text('role'))) ??
    word('sponsorship', sponsorshipFromWord, EMPTY_FIELDS.sponsorship, 'an answer', 'Unknown');
  const excitement = buildExcitement();
  const term = buildTerm();
  const referral = buildReferral();
  const pay = buildPay();
  const archivedAt = buildArchived();
  const contacts = buildContacts();
  const { company, role, roleGiven } = buildCompanyAndRole();
  // Last of the fields: it keeps the cells the others could not read.
  const notes = buildNotes(keptInNotes);
  if (errors.length > 0) return { ok: false, errors, warnings };
  const alone: StartAlone | null = startAlone && {
    date: startAlone.date,
    notes: buildNotes(keptInNotes.filter((c) => c !== startAlone.cell)),
  };

  // Built field by field (not with newApplication): the file's applied date and history stand
  // as they are, and this runs for every row of files with 200,000 rows.
  const latest = stageHistory.at(-1)!;
  const candidate: Application = {
    id: ctx.newId(),
    company,
    role,
    postingUrl,
    source: text('source') || (ctx.preset === 'linkedin' ? 'LinkedIn' : ''),
    employmentType,
    term,
    locations: placed?.places ?? readLocations(text('locations')),
    workMode,
    stageId: latest.stageId,
    phase: latest.phase,
    stageHistory,
    appliedAt,
    deadlines: answeredIfAccepted(deadlines, latest.phase),
    cohorts,
    chosenCohortId,
    durationWeeks,
    pay,
    offer: withSignOnOfPay(offer, pay),
    events,
    followUp,
    contacts,
    notes,
    postingText: '',
    tags,
    excitement,
    sponsorship,
    referral,
    resumeVersion: text('resumeVersion'),
    coverLetter: text('coverLetter'),
    // A millisecond apart in the file's order, as if added one by one: one shared rank would leave
    // the board's order to the random ids.
    boardRank: ctx.now.getTime() + row.rowNumber,
    createdAt: nowInstant,
    updatedAt: nowInstant,
    archivedAt,
  };
  const checked = validateApplication(candidate);
  if (checked.ok)
    return { ok: true, application: checked.value, warnings, roleGiven, postingClosed, status, startAlone: alone };
  for (const issue of checked.issues) {
    const [field = '', part = ''] = issue.path.split('.');
    const column = (COLUMNS_OF[`${field}.${part}`] ?? COLUMNS_OF[field] ?? []).map(cell).find((c) => c !== null);
    errors.push(column ? `${prefix}: '${column.header}': ${issue.message}` : `${prefix}: ${issue.message}`);
  }
  return { ok: false, errors, warnings };

  function entry(stage: Pick<Stage, 'id' | 'phase'>, time: EntryTime, note = ''): StageChange {
    return { id: ctx.newId(), stageId: stage.id, phase: stage.phase, ...timeOf(time), note };
  }

  /**
   * The stage an Outcome column names when it tells how the application ended (an offer, a
   * rejection, a withdrawal): it says more than the Status beside it ("Closed").
   */
  function outcomeStage(): Stage | null {
    if (facts.outcomeColumn === null || !outcome || !ENDING_PHASES.has(outcome.stage.phase)) return null;
    // Jira's Resolution "Done" says no more than its status does.
    if (saysOnlyThatItEnded(row.cells[facts.outcomeColumn] ?? '')) return null;
    const header = headerOf(facts.outcomeColumn);
    ctx.notice?.(
      `outcome\u0000${outcome.stage.id}`,
      `'${header}': how the application ended was read as its stage, ${outcome.stage.name}`,
    );
    return outcome.stage;
  }

  /** The Outcome column's value read as a stage's name; null without one. */
  function readOutcome(): StageReading | null {
    if (facts.outcomeColumn === null) return null;
    const value = cellText(row.cells[facts.outcomeColumn] ?? '');
    // Jira's "Unresolved" says no outcome yet, as an empty cell does.
    return value === '' || saysNoStatus(value) ? null : readStageName(ctx.pipeline, value);
  }

  /** Whether the outcome reads as a stage of an application still going ("Pending", "In review"). */
  function outcomeStillGoing(): boolean {
    return outcome !== null && !ENDING_PHASES.has(outcome.stage.phase);
  }

  /**
   * The stage the Outcome, Stage or Phase column names, in that order, with the header of the
   * column that gave it; the default when none does, with no header.
   */
  function currentStage(): { stage: Stage; header: string | null } {
    const outcome = outcomeStage();
    if (outcome) return { stage: outcome, header: headerOf(facts.outcomeColumn!) };
    const defaultPhase: Phase = applied ? 'applied' : 'saved';
    const fallback = firstStageOf(ctx.pipeline, defaultPhase);
    const phaseCell = filled('phase');
    const writtenPhase = phaseCell ? phaseFromWord(phaseCell.value) : null;
    // Asana's "(no section)" names no status: the row is in the default stage, nothing to say.
    const written = filled('stage');
    const stageCell = written && !saysNoStatus(written.value) ? written : null;
    if (stageCell) status = stageCell.value.trim();
    const choice = stageCell && ctx.stageChoices?.get(stageNameKey(stageCell.value));
    const chosen = choice ? activeStages(ctx.pipeline).find((s) => s.id === choice) : undefined;
    if (stageCell && chosen) {
      // The student's own reading: the status is kept in the notes unless it is the stage's name.
      if (!own && stageNameKey(chosen.name) !== stageNameKey(stageCell.value)) keptInNotes.push(stageCell);
      return { stage: chosen, header: stageCell.header };
    }
    if (stageCell) {
      const read = readStageName(ctx.pipeline, stageCell.value);
      if (read && !(read.how === 'phase' && writtenPhase !== null)) {
        // Read by a status word within it ("Applied 10/5", "Rejected (auto)"), the rest of
        // another app's status (a date, a note) is kept in the notes; so is a status this
        // pipeline has no stage of, where the stage only stands in for it ("Waitlisted" as Final round).
        const more = !own && read.how !== 'name' && (read.standIn === true || stageWordOf(stageCell.value) === null);
        // A status with a question mark ("applied?", "Interview ?") is the student's guess: the
        // stage it reads as is said to be one, and the status kept as written, "?" and all.
        const unsure = !own && read.how !== 'name' && QUESTION_MARK.test(stageCell.value);
        if (more || unsure) keptInNotes.push(stageCell);
        if (unsure)
          ctx.notice?.(
            `stage-unsure\u0000${stageCell.header}\u0000${stageNameKey(stageCell.value)}\u0000${read.stage.id}`,
            `'${stageCell.header}': '${shorten(stageCell.value.trim())}' has a question mark, so it was imported as ${read.stage.name}, a guess; the whole status was kept in the notes as '${stageCell.header}: …'`,
          );
        else noticePhase(stageCell.header, stageCell.value, read, more ? 'notes' : null);
        return { stage: read.stage, header: stageCell.header };
      }
      if (writtenPhase !== null) {
        const byPhase: StageReading = { stage: firstStageOf(ctx.pipeline, writtenPhase), how: 'phase' };
        noticePhase(stageCell.header, stageCell.value, byPhase);
        return { stage: byPhase.stage, header: stageCell.header };
      }
      if (!own) keptInNotes.push(stageCell);
      const kept = own ? '' : `, and kept in the notes as '${stageCell.header}: …'`;
      warn(
        stageCell.header,
        `is not a stage in your pipeline or a status this app knows (got '${shorten(stageCell.value)}'); imported as ${fallback.name}${kept}`,
      );
      return { stage: fallback, header: stageCell.header };
    }
    if (writtenPhase !== null) return { stage: firstStageOf(ctx.pipeline, writtenPhase), header: phaseCell!.header };
    if (phaseCell)
      warn(phaseCell.header, `is not a phase (got '${shorten(phaseCell.value)}'); imported as ${fallback.name}`);
    return { stage: fallback, header: phaseCell?.header ?? null };
  }

  function buildHistory(): StageChange[] {
    const written = filled('stageHistory');
    if (written) {
      const read = readStageHistory(written.value);
      if (!read.ok) {
        fail(written.header, "is not a history like '2026-01-05T09:30:00-08:00 Applied: a note'", read.bad);
        return [entry(firstStageOf(ctx.pipeline, 'saved'), { at: nowInstant })];
      }
      const entries: StageChange[] = [];
      const times = lineTimes(read.value);
      for (const [index, line] of read.value.entries()) {
        const stage = readStageName(ctx.pipeline, line.stage, { phase: line.phase, removed: true });
        if (stage === null) {
          fail(written.header, 'names a stage that is not in your pipeline', line.stage);
          continue;
        }
        // A stage this pipeline lacks (our export's "Coffee chat" in another profile) stands in
        // the step's note, or its name would be lost with it.
        const renamed = stage.how !== 'name';
        noticePhase(written.header, line.stage, stage, renamed ? 'history' : null);
        const note = renamed ? [line.stage.trim(), line.note].filter(Boolean).join(': ') : line.note;
        entries.push(entry(stage.stage, times[index]!, note));
      }
      // A stage changed in the spreadsheet after the export is a change made by now, on a day not recorded.
      const stageCell = filled('stage');
      const lastName = read.value.at(-1)?.stage ?? '';
      if (entries.length > 0 && (stageCell === null || stageNameKey(stageCell.value) === stageNameKey(lastName)))
        return entries;
      const current = currentStage();
      if (entries.at(-1)?.stageId !== current.stage.id) entries.push(entry(current.stage, reachedAt(entries, current)));
      return entries;
    }
    const current = currentStage();
    const { stage } = current;
    const entries: StageChange[] = [];
    const savedAt = saved && notAhead('dateSaved', saved);
    let appliedAt = applied && stage.phase !== 'saved' ? notAhead('appliedAt', applied) : null;
    if (savedAt !== null && appliedAt !== null && Date.parse(savedAt.at) > Date.parse(appliedAt.at)) {
      // Applied on the day it was saved, with no time: after it was saved (a list's "Created"
      // at 2:03 PM, applied that day), not at noon before it; still known only by its day.
      if (applied!.instant === null && saved!.date === applied!.date) appliedAt = { at: savedAt.at, dayOnly: true };
      else {
        // The row was made after the application was sent: that is no day the job was saved.
        ctx.notice?.(
          `saved-after\u0000${given('dateSaved')!.header}`,
          `'${given('dateSaved')!.header}': after the application was sent, so it is when the row was made, not when the job was saved; left out of the stage history`,
        );
      }
    }
    if (savedAt !== null && (appliedAt === null || Date.parse(savedAt.at) <= Date.parse(appliedAt.at)))
      entries.push(entry(firstStageOf(ctx.pipeline, 'saved'), savedAt));
    if (appliedAt !== null) entries.push(entry(firstStageOf(ctx.pipeline, 'applied'), appliedAt));
    if (entries.at(-1)?.stageId !== stage.id) entries.push(entry(stage, reachedAt(entries, current)));
    return entries;
  }

  /**
   * Each line's time as our history cell writes it: a line with no date (an entry whose date was
   * not recorded) was reached by the next dated line at the latest, or by now.
   */
  function lineTimes(lines: readonly HistoryLine[]): EntryTime[] {
    const times: EntryTime[] = [];
    let latest = nowInstant;
    for (let i = lines.length - 1; i >= 0; i -= 1) {
      const at = lines[i]!.at;
      times[i] = at === null ? unrecordedTime(latest) : isInstant(at) ? { at } : dayOnlyTime(at);
      latest = times[i]!.at;
    }
    return times;
  }

  /**
   * Another app's row still at a stage before applying ("To apply") with an applied date: the
   * status is where it stands now, so the date is no applied date, and the notes keep it, said.
   * (In our own export an application moved back to Wishlist keeps the day it was sent.)
   */
  function appliedWhileSaved(): boolean {
    if (own || applied === null || stageHistory.at(-1)!.phase !== 'saved') return false;
    const c = given('appliedAt')!;
    keptInNotes.push(c);
    warn(
      c.header,
      `gives a day the application was sent, but the status says it is not sent yet (got '${shorten(c.value)}'), so it was kept in the notes as '${c.header}: …'`,
    );
    return true;
  }

  /**
   * When the row reached its current stage, after the history before it: the file's date where it
   * gives one that is not ahead of now. A stage the file names with no date for it was reached on
   * a day nobody recorded, by the import at the latest (said once per column); the default stage
   * of a row that names none is where the import puts it, at the import's moment.
   */
  function reachedAt(before: readonly StageChange[], current: { header: string | null }): EntryTime {
    if (since === null && current.header === null) return { at: nowInstant };
    if (since === null) {
      ctx.notice?.(
        `undated\u0000${current.header}`,
        `'${current.header}': the stage was reached on a day the file does not give, so it is shown as '${DATE_NOT_RECORDED}'`,
      );
      return unrecordedTime(nowInstant);
    }
    const time = notAhead('stageSince', since);
    const last = before.at(-1);
    return last !== undefined && Date.parse(last.at) > Date.parse(time.at) ? timeOf(last) : time;
  }

  /**
   * "Archived": a ticked box (Trello's "true") archives the row as it is imported, a date on that
   * day (our export's time); unticked or empty, it is not archived.
   */
  function buildArchived(): string | null {
    const c = given('archived');
    if (c === null || isNoWord(c.value)) return null;
    if (isArchivedMark(c.value)) return nowInstant;
    const when = parseDateCell(c.value, ctx.dayFirst);
    if (when === null) unreadable(c, 'is not yes, no or a date');
    return when && instantOf(when);
  }

  function buildDeadlines(): Deadline[] {
    const list: Deadline[] = [];
    const written = filled('deadlines');
    if (written) {
      const read = readDeadlines(written.value);
      if (!read.ok)
        fail(written.header, "has a line that is not like '2026-05-01 Application deadline: Online form'", read.bad);
      else {
        for (const d of read.value) {
          if (!isCalendarDate(d.at) && !isInstant(d.at)) fail(written.header, 'has a date this app cannot read', d.at);
          list.push({ ...d, id: ctx.newId() });
        }
      }
    }
    // A range of days to apply in closes at its end.
    const deadline = dateOrRange('deadline')?.end;
    if (deadline) list.push(columnDeadline(deadline, cell('deadline')!.header));
    return list;
  }

  /**
   * An offer accepted has been answered: its deadline to answer is met, as a move to Accepted in
   * the app meets it (deadlinesMetByStage.ts), or it would go on reminding. Said once for the file.
   * Applied last, after the offer's response deadline was matched to the row's lines as written.
   * Our export keeps what the app held: one the student opened again stays open.
   */
  function answeredIfAccepted(list: Deadline[], phase: Phase): Deadline[] {
    if (own || phase !== 'accepted' || !list.some((d) => d.kind === 'offer-response' && !d.done)) return list;
    ctx.notice?.(
      'deadline\u0000accepted',
      'A deadline to answer an offer, on a row whose offer is accepted, was read as met, so it is ticked done',
    );
    return list.map((d) => (d.kind === 'offer-response' && !d.done ? { ...d, done: true } : d));
  }

  /**
   * A Deadline column's date, of the kind where the row stands says (DESIGN.md): the deadline to
   * apply, mapped as such. A row past applying has met it, whenever it falls, as a move past the
   * list meets it in the app (deadlinesMetByStage.ts): it is ticked done and plans no reminders.
   * Only at the offer stage is a date still ahead under another name ("Deadline", "Due Date") the
   * deadline to answer the offer. Past applying, the reading is said once for the column.
   */
  function columnDeadline(day: CellDate, header: string): Deadline {
    const at = day.instant ?? day.date;
    const deadline: Deadline = {
      id: ctx.newId(),
      kind: 'application',
      at,
      label: '',
      done: isYesWord(text('deadlineDone')),
    };
    const phase = stageHistory.at(-1)?.phase ?? 'saved';
    if (!isSent(phase)) return deadline;
    const say = (key: string, message: string) =>
      ctx.notice?.(`deadline\u0000${key}\u0000${header}`, `'${header}': ${message}`);
    if (phase === 'offer' && deadlineDueTime(deadline) > ctx.now.getTime() && !namesApplicationDeadline(header)) {
      say('offer', 'a date still ahead on a row at the offer stage was read as the deadline to answer the offer');
      return { ...deadline, kind: 'offer-response' };
    }
    say(
      'met',
      'on a row past applying, its date was read as the deadline to apply, met, so it is ticked done and gives no reminders',
    );
    return { ...deadline, done: true };
  }

  function buildCohorts(): {
    cohorts: Cohort[];
    chosenCohortId: string | null;
    startAlone: { cell: Cell; date: string } | null;
  } {
    const cohorts: Cohort[] = [];
    const written = filled('cohorts');
    if (written && own) {
      const read = readCohorts(written.value);
      if (!read.ok)
        fail(written.header, "has a line that is not like '2026-05-18 to 2026-08-07 (May cohort)'", read.bad);
      else for (const c of read.value) cohorts.push({ ...c, id: ctx.newId() });
    } else if (written) {
      // Other apps' lines may be Notion's ranges too; a line neither reads keeps the cell in the notes.
      const read = readCohortsCell(written.value, ctx.dayFirst);
      const like = "a cohort like '2026-05-18 to 2026-08-07 (May cohort)' or 'May 18, 2026 → August 7, 2026'";
      if (!read.ok)
        unreadable(
          written,
          lines(written.value).length > 1
            ? `has a line, '${shorten(read.bad)}', that is not ${like}`
            : `is not ${like}`,
        );
      else for (const c of read.value) cohorts.push({ ...c, id: ctx.newId() });
    }
    // One column of ranges ("May 18, 2026 → August 7, 2026") holds both ends.
    const range = mapped('cohortEnd') ? null : parseDateRangeCell(text('cohortStart'), ctx.dayFirst);
    const start = range?.start ?? date('cohortStart', true);
    const end = range?.end ?? date('cohortEnd', true);
    if (start === null && end === null) return { cohorts, chosenCohortId: null, startAlone: null };
    const last = end?.date ?? (start !== null && !mapped('cohortEnd') ? lastDayFromLength(start.date) : null);
    if (start === null || last === null) {
      // A start alone is that of the row's cohort starting that day, where it lists one.
      const starting = start && cohorts.find((c) => c.start === start.date);
      if (starting) return { cohorts, chosenCohortId: starting.id, startAlone: null };
      // One end alone makes no cohort; the row is still imported, with the date in its notes.
      const alone = (start ? cell('cohortStart') : cell('cohortEnd'))!;
      const other = start ? 'end' : 'start';
      const missing = !mapped(start ? 'cohortEnd' : 'cohortStart')
        ? `there is no ${other} date column`
        : given(start ? 'cohortEnd' : 'cohortStart')
          ? `its ${other} date could not be read`
          : `its ${other} date is empty`;
      // Merged, a start alone may name a cohort of the application it goes into (planImport's mergedRow).
      const merged = start
        ? ' (merged into an application with a cohort starting that day and no other chosen, it chooses that cohort instead)'
        : '';
      unreadable(alone, `needs a matching ${other} date (${missing})`, merged);
      return { cohorts, chosenCohortId: null, startAlone: start && { cell: alone, date: start.date } };
    }
    const chosen = cohorts.find((c) => c.start === start.date && c.end === last);
    if (chosen) return { cohorts, chosenCohortId: chosen.id, startAlone: null };
    const added = { id: ctx.newId(), start: start.date, end: last, label: '' };
    return { cohorts: [...cohorts, added], chosenCohortId: added.id, startAlone: null };
  }

  /**
   * A sheet's start date with a length beside it and no end date column ("Start date", "Length:
   * 12 months"): the cohort's last day from the two, said once for each length written.
   */
  function lastDayFromLength(start: string): string | null {
    const length = given('durationWeeks');
    const read = length && readLength(length.value, ctx.decimalMarks?.durationWeeks ?? '.');
    const last = read ? lastDayAfter(start, read) : null;
    if (!length || !read || last === null) return null;
    const header = cell('cohortStart')!.header;
    ctx.notice?.(
      `cohort-length\u0000${header}\u0000${length.header}\u0000${lengthInWords(read)}`,
      `'${header}' with '${length.header}': a cohort of ${lengthInWords(read)} from the start`,
    );
    return last;
  }

  function buildEvents(): ApplicationEvent[] {
    const list: ApplicationEvent[] = [];
    const written = filled('events');
    if (written) {
      const read = readEvents(written.value);
      if (!read.ok)
        fail(
          written.header,
          "has a line that is not like '2026-02-10 Technical interview (pending): Round 2'",
          read.bad,
        );
      else {
        for (const e of read.value) {
          if (!isCalendarDate(e.start) && !isInstant(e.start))
            fail(written.header, 'has a date this app cannot read', e.start);
          list.push({ ...e, id: ctx.newId() });
        }
      }
    }
    // "Interview: 2026-02-10" says an interview is then, not which kind; "Interview dates" may
    // list several, one per line or between semicolons. A range within a day gives its length;
    // one over several days its last day, in the notes.
    const interviewCell = given('interviewDate');
    const parts = interviewCell ? listedDates(interviewCell.value) : [];
    const reads = parts.map((part) => datedOrYearless(interviewCell!, part));
    const unread = parts.find((_, i) => reads[i] === null);
    if (interviewCell && unread !== undefined) {
      const why = notADate(unread);
      unreadable(interviewCell, parts.length > 1 ? `has a part, '${shorten(unread)}', that ${why}` : why);
      return list;
    }
    for (const { start, end } of reads.filter((read) => read !== null)) {
      const minutes =
        start.instant && end.instant ? Math.round((Date.parse(end.instant) - Date.parse(start.instant)) / 60_000) : 0;
      list.push({
        id: ctx.newId(),
        kind: 'other',
        title: 'Interview',
        start: start.instant ?? start.date,
        durationMinutes: minutes > 0 && end.date === start.date ? minutes : null,
        location: '',
        people: '',
        notes: end.date === start.date ? '' : `Until ${end.date}`,
        outcome: 'pending',
      });
    }
    return list;
  }

  function buildFollowUp(): FollowUp | null {
    const c = given('followUp');
    if (c === null) return null;
    const read = readFollowUp(c.value, ctx.dayFirst);
    if (read === null) unreadable(c, notADate(c.value));
    return read;
  }

  /**
   * A sign-on bonus written in the pay cell ("£22,750 + £1,500 sign-on") is the offer's, in the
   * pay's currency, unless a column gives the offer one; in another currency it stays in the pay as
   * written.
   */
  function withSignOnOfPay(offer: Offer | null, pay: Pay | null): Offer | null {
    if (pay === null || offer?.signOnBonus != null) return offer;
    const bonus = signOnBonusIn(pay.raw);
    const currency = offer?.currency ?? pay.currency;
    if (bonus === null || pay.currency !== currency) return offer;
    // A bare "$" is the pay's dollar, as the pay's own amount is.
    const written = bonus.currency === '$' && isDollar(currency) ? currency : (bonus.currency ?? currency);
    if (written !== currency) return offer;
    return { ...(offer ?? emptyOffer(currency)), signOnBonus: bonus.amount };
  }

  function buildOffer(): Offer | null {
    const offerFields = [
      'offeredOn',
      'offerCurrency',
      'housing',
      'relocation',
      'signOnBonus',
      'offerParts',
      'responseDeadline',
      'returnOfferProspects',
    ] as const;
    if (offerFields.every((field) => filled(field) === null)) return null;
    // The currency the offer's column states, else the first its amounts write, a bare "$" read as
    // in a pay cell; else the region's, said for each amount read in it, as for a pay cell.
    const region = ctx.regionCurrency ?? null;
    const column = given('offerCurrency')?.value.trim().toUpperCase() || null;
    const dollar = dollarOf(column, region ?? 'USD');
    const written = OFFER_AMOUNTS.flatMap((field) => {
      const c = given(field);
      const read = c && parsePayCell(c.value, { assumedCurrency: '', ...dollar });
      return c && read?.pay?.currency ? [{ header: c.header, currency: read.pay.currency, guesses: read.guesses }] : [];
    });
    const currency = column || written[0]?.currency || region || 'USD';
    if (!column)
      for (const w of written)
        noticeGuesses(
          w.header,
          w.guesses.filter((guess) => guess.kind === 'sign'),
        );
    const assumed: MoneyGuess | null =
      column || written.length > 0 ? null : { kind: 'currency', currency, basis: region ? 'region' : undefined };

    let housing: Housing | null = null;
    const housingCell = given('housing');
    if (housingCell && !isNoWord(housingCell.value)) {
      housing = readHousing(housingCell.value);
      if (housing === null) unreadable(housingCell, "is not housing like 'provided', '2000/month' or '6000 total'");
    }

    const other: Offer['other'] = [];
    const parts = filled('offerParts');
    if (parts) {
      const read = readOfferParts(parts.value);
      if (!read.ok) fail(parts.header, "has a line that is not like 'Stock grant: 5000'", read.bad);
      else for (const p of read.value) other.push({ ...p, id: ctx.newId() });
    }

    const relocation = money('relocation', currency);
    const signOnBonus = money('signOnBonus', currency);
    if (assumed) {
      const read = {
        housing: housing?.type === 'stipend',
        relocation: relocation !== null,
        signOnBonus: signOnBonus !== null,
      };
      for (const field of OFFER_AMOUNTS) if (read[field]) noticeGuesses(cell(field)!.header, [assumed]);
      if (other.length > 0) noticeGuesses(parts!.header, [assumed]);
    }

    return {
      currency,
      offeredOn: date('offeredOn')?.date ?? null,
      housing,
      relocation,
      signOnBonus,
      other,
      responseDeadlineId: responseDeadlineId(),
      returnOfferProspects: text('returnOfferProspects'),
    };
  }

  /** One of the row's deadlines, by its line as our export writes it or by its date (added when new). */
  function responseDeadlineId(): string | null {
    const c = given('responseDeadline');
    if (c === null) return null;
    // Read rather than compared as text, so a line of an older export (kinds as codes) matches too.
    const line = readDeadlines(c.value);
    const named = line.ok && line.value.length === 1 ? line.value[0]! : null;
    const same =
      named &&
      deadlines.find(
        (d) => d.at === named.at && d.kind === named.kind && d.label === named.label && d.done === named.done,
      );
    if (same) return same.id;
    const day = parseDateCell(c.value, ctx.dayFirst);
    if (day === null) {
      unreadable(c, 'is not a date or one of the deadlines');
      return null;
    }
    const at = day.instant ?? day.date;
    const existing = deadlines.find((d) => d.kind === 'offer-response' && d.at === at);
    if (existing) return existing.id;
    const added: Deadline = { id: ctx.newId(), kind: 'offer-response', at, label: '', done: false };
    deadlines.push(added);
    return added.id;
  }

  function buildExcitement(): Application['excitement'] {
    const c = given('excitement');
    if (c === null) return EMPTY_FIELDS.excitement;
    const read = excitementFromCell(c.value, ctx.excitementScale);
    if (read !== null) return read.value;
    warn(
      c.header,
      `is not an excitement rating from 1 to ${ctx.excitementScale} this app can read (got '${shorten(c.value)}'); imported without one`,
    );
    return null;
  }

  function buildTerm(): Term {
    // No term column: the term a role ends with ("Backend Intern (Summer 2027)"), as a pasted
    // posting's title gives it; the role stays as written.
    if (!mapped('term') && !mapped('termSeason') && !mapped('termYear')) {
      const split = splitTrailingTerm(text('role'));
      return split !== null && split.before.trim() !== '' ? split.term : EMPTY_FIELDS.term;
    }
    let term = facts.termOf(text('term'));
    const season = given('termSeason');
    if (season) {
      const read = facts.termOf(season.value);
      if (read.season === null || read.text !== '') unreadable(season, 'is not a season like Summer');
      else term = { ...term, season: read.season, year: term.year ?? read.year };
    }
    const year = given('termYear');
    if (year) {
      const read = readYear(year.value);
      if (read === null) unreadable(year, 'is not a year like 2026');
      else term = { ...term, year: read };
    }
    return term;
  }

  function buildReferral(): Referral | null {
    // Our export writes names as they are ("X" is a name there); other files may tick a box.
    const name = filled('referralName');
    const relation = text('referralRelation');
    if (name === null || (!own && namesNobody(name.value))) {
      if (relation.trim() !== '')
        fail(cell('referralRelation')!.header, 'needs the name of who referred you in its own column', relation);
      return null;
    }
    const named = own ? name.value : nameAfterYesWord(name.value);
    if (!own && isYesWord(named)) {
      fail(name.header, 'says there was a referral but not who made it', name.value);
      return null;
    }
    return { name: named, relation };
  }

  /** The pay with the hours a week its column states; hours with no pay are kept in the notes. */
  function buildPay(): Pay | null {
    const pay = buildPayAmounts();
    const hoursCell = given('payHours');
    if (hoursCell === null) return pay;
    const hours = readHoursPerWeek(hoursCell.value, ctx.decimalMarks?.payHours ?? '.');
    if (hours === null) unreadable(hoursCell, 'is not a number of hours a week');
    else if (pay === null) unreadable(hoursCell, 'gives hours a week, but the row has no pay they are for');
    return hours === null || pay === null ? pay : { ...pay, hoursPerWeek: hours };
  }

  function buildPayAmounts(): Pay | null {
    const raw = cell('pay');
    const parts = (['payMin', 'payMax', 'payCurrency', 'payPeriod'] as const).map(given);
    const [minCell = null, maxCell = null, currencyCell = null, periodCell = null] = parts;
    // Pay as written is the pay where no amount column gives it: a currency or period column
    // beside it (Huntr's "Salary Currency") only completes it. In our export the amounts count
    // wherever a pay part is given, empty or not: they are what the app had.
    const amountsCount = own
      ? (mapped('payMin') || mapped('payMax')) && parts.some((p) => p !== null)
      : minCell !== null || maxCell !== null;
    if (raw !== null && !amountsCount) return payOfText(raw, currencyCell, periodCell);
    if (parts.every((p) => p === null)) return null;
    // Pay per day, in an amount, the period column or the amounts' column name, is no period the
    // app keeps: as with a Pay cell's, the notes keep the row's pay cells, and none is read as pay.
    const perDay = (text: string) => statesPerDay(asTyped(text));
    const amountCells = [minCell, maxCell].filter((c) => c !== null);
    if (
      !own &&
      (amountCells.some((c) => perDay(c.value) || perDay(c.header)) ||
        (periodCell !== null && perDay(periodCell.value)))
    ) {
      for (const c of [raw, ...parts]) if (c !== null && !isBlankCell(c.value)) unreadable(c, PER_DAY_PAY);
      return null;
    }
    // Pay min/max/currency/period (our export) are what count; Pay is kept as written.
    const amounts = (['payMin', 'payMax'] as const).filter((field) => given(field) !== null);
    const named = amountCells[0] ? facts.currencyOfHeader(amountCells[0].header) : null;
    // A currency column, or one the amounts' column names for sure; else the one they write ("$48").
    const stated = currencyCell?.value.trim().toUpperCase() || (named && !named.guess ? named.currency : null);
    const assumed = facts.assumedCurrency(amounts[0] ?? 'payMin');
    const dollar = dollarOf(stated || null, assumed.currency);
    const written = stated
      ? null
      : (amounts.map((field) => writtenCurrency(field, dollar)).find((c) => c !== null) ?? null);
    const currency = stated || written || named?.currency || assumed.currency;
    const [min, max] = [payAmount('payMin', currency, dollar), payAmount('payMax', currency, dollar)];
    const firstRead = min ? minCell : max ? maxCell : null;
    // Another app's row whose amounts could not be read, with no pay text, has no pay.
    if (!own && firstRead === null && (raw === null || isBlankCell(raw.value))) return null;
    if (!stated && !written && firstRead)
      noticeGuesses(firstRead.header, [
        named ? { kind: 'currency', currency } : { kind: 'currency', currency, basis: assumed.basis },
      ]);
    let period: PayPeriod | null = null;
    if (periodCell) period = periodOfCell(periodCell);
    else if (firstRead && cell('payPeriod') === null) {
      // No period column: the one the amounts write ("$45/hr"), else the one their column names
      // ("Min. Salary (hourly)"), else none.
      period = min?.period ?? max?.period ?? periodInHeader(firstRead.header);
      if (period === null) warn(firstRead.header, 'does not say per hour, month or year; kept without a period');
    }
    // A range in one of the two cells ("40–45" under Min.) gives both ends the other cell leaves out.
    const ranged = [min, max].find((read) => read !== null && read.max !== read.min);
    return {
      min: min?.min ?? ranged?.min ?? null,
      max: max?.max ?? ranged?.max ?? null,
      currency,
      period,
      raw: raw?.value ?? '',
    };
  }

  /**
   * The pay as written, read as it is without any other pay column; a currency or period column
   * gives what the text leaves out, and where the text writes another, the text's stands and the
   * row says so: a sign typed with the amount says more than a tracker's default currency.
   */
  function payOfText(raw: Cell, currencyCell: Cell | null, periodCell: Cell | null): Pay | null {
    if (isBlankCell(raw.value)) return null;
    // Read with a guessed currency, "?1,00,000" (rupees) would be saved as $100,000 a month.
    if (!own && hasLostCurrencySign(raw.value)) {
      unreadable(raw, LOST_SIGN);
      return null;
    }
    const named = facts.currencyOfHeader(raw.header);
    const column = currencyCell && currencyOfCell(currencyCell);
    const known = column ?? (named && !named.guess ? named.currency : null);
    const period = periodCell && periodOfCell(periodCell);
    // Beside no currency the cell's column or name settles, an amount writing none is in the one its
    // column's amounts state, else the region's; a bare "$" is that currency when it is a dollar,
    // as in the editor, else USD: a dollar is never a euro.
    const assumed = named === null ? facts.assumedCurrency('pay') : { currency: named.currency, basis: undefined };
    // "Unpaid", "unbezahlt", "Volunteer": no pay, kept as an amount of 0 as "$0" is. Nothing is
    // nothing in any currency: the one taken needs no word of warning.
    const unpaid = (currency: string, stated: PayPeriod | null = null): Pay => {
      const given = period ?? stated ?? periodInHeader(raw.header);
      return { min: 0, max: 0, currency, period: given, raw: raw.value };
    };
    if (saysUnpaid(raw.value)) return unpaid(known ?? assumed.currency);
    const read = parsePayCell(raw.value, {
      currency: known,
      ...dollarOf(known, assumed.currency),
      assumedCurrency: assumed.currency,
      decimal: ctx.decimalMarks?.pay,
      placeCurrency,
    });
    if (assumed.basis)
      read.guesses = read.guesses.map((guess) =>
        guess.kind === 'currency' ? { ...guess, basis: assumed.basis } : guess,
      );
    if (read.error) fail(raw.header, read.error, raw.value);
    const pay = read.pay;
    // "$0", "£0 (academic credit)": an amount of nothing says the job is unpaid, as a pasted
    // posting reads it. No period is guessed from its size, nor said of it.
    if (pay !== null && isUnpaid(pay)) return unpaid(pay.currency, statedPeriod(read));
    const amount = pay !== null && (pay.min !== null || pay.max !== null);
    // Words without an amount ("Competitive", "k.A.", "TBD") are no pay known: kept as pay, they
    // would take a currency the file never wrote. Our export gives back the pay the app held.
    if (pay !== null && !amount && !own) {
      unreadable(raw, 'has no amount');
      return null;
    }
    /** The text says one thing and the column beside it another: the text's stands. */
    const besides = (other: Cell, is: string, readAs: string, given: string) =>
      warn(
        raw.header,
        `is ${is}, but '${other.header}' says ${given} (got '${shorten(raw.value)}'); read as ${readAs}, as written with the amount`,
      );
    if (amount && column !== null && pay.currency !== column)
      besides(currencyCell!, `in ${pay.currency}`, pay.currency, column);
    // Pay per day, kept as another period, would be read as that period's pay: the notes keep it.
    if (amount && read.perDay && !own) {
      unreadable(raw, PER_DAY_PAY);
      return null;
    }
    const stated = statedPeriod(read);
    if (amount && period !== null && stated !== null && stated !== period)
      besides(periodCell!, `per ${stated}`, `per ${stated}`, period);
    // No period beside the text or in the column's name: the one most of the column's amounts state.
    const given = period ?? periodInHeader(raw.header);
    const completed =
      given === null
        ? withColumnPeriod(read, ctx.payColumns?.pay?.period)
        : withHeaderPeriod(withPeriod(read, period), raw.header);
    if (completed.warning) warn(raw.header, completed.warning);
    noticeGuesses(raw.header, completed.guesses);
    return completed.pay === null ? null : { ...completed.pay, raw: raw.value };
  }

  /** A currency column's code ("usd" too); what it cannot read goes to the notes, with a warning. */
  function currencyOfCell(c: Cell): string | null {
    const code = c.value.trim().toUpperCase();
    if (/^[A-Z]{3}$/.test(code)) return code;
    unreadable(c, 'is not a currency code like USD');
    return null;
  }

  /** A period column's word ("month", "Monthly"); what it cannot read goes to the notes, with a warning. */
  function periodOfCell(c: Cell): PayPeriod | null {
    const period = readPeriodCell(c.value);
    if (period === null) unreadable(c, 'is not hour, week, month, year or total');
    return period;
  }

  /** The currency an amount cell writes ("$48", "48 €"), if any; a bare "$" is `dollar`'s, as in a Pay column. */
  function writtenCurrency(field: 'payMin' | 'payMax', dollar: DollarContext): string | null {
    const read = readPayAmount(given(field)!.value, { decimal: ctx.decimalMarks?.[field], placeCurrency, ...dollar });
    return read.ok ? read.currency : null;
  }

  function buildContacts(): Contact[] {
    const contacts: Contact[] = [];
    const written = filled('contacts');
    if (written) {
      const read = readContacts(written.value);
      if (!read.ok)
        fail(
          written.header,
          "has a line that is not like 'Ana Ruiz | role: Recruiter | email: ana@example.com'",
          read.bad,
        );
      else
        for (const c of read.value) {
          // Another app's line of a name alone may hold the address too, or name nobody ("TBD").
          const typed = !own && c.role === '' && c.email === '' && c.phone === '' && c.notes === '';
          if (typed && namesNobody(c.name)) continue;
          if (!typed) {
            contacts.push({ ...c, id: ctx.newId() });
            continue;
          }
          const person = personOf({ header: written.header, value: c.name });
          // A sentence with no address or phone in it is no one to reach: the notes keep it.
          if (person.name !== '' || person.email !== '' || person.phone !== '')
            contacts.push({ ...c, ...person, id: ctx.newId() });
        }
    }
    const part = (field: ImportField) => (namesNobody(text(field)) ? '' : text(field));
    // A sheet's "Contact" cell often holds the address, a phone or the role with the name.
    const nameCell = cell('contactName');
    const typed = personOf({ header: nameCell?.header ?? '', value: part('contactName') });
    const role = part('contactRole') || typed.role;
    const address = addressOfEmailColumn(part('contactEmail'));
    // A phone column holding an address instead ("jane@acme.com") gives the email, not a phone.
    const phoneCell = part('contactPhone');
    const phoneIsEmail = !own && isEmailAddress(phoneCell);
    const email = address.email || (phoneIsEmail ? phoneCell : '') || typed.email;
    const phone = (phoneIsEmail ? '' : phoneCell) || address.phone || typed.phone;
    const also = [typed.email, typed.phone].filter((value) => value !== '' && value !== email && value !== phone);
    const notes = also.length > 0 ? `Also ${also.join(', ')}` : '';
    if (typed.name !== '' || email !== '' || phone !== '' || role !== '')
      contacts.push({ id: ctx.newId(), name: typed.name, role, email, phone, notes });
    return contacts;
  }

  /**
   * An email column's value: in another app's file it may hold a phone instead ("The e-mail of
   * your point of contact, or, if preferred, a phone number", as a job search log asks), read as
   * the phone; other text goes into the notes, with a warning, rather than failing the row.
   */
  function addressOfEmailColumn(value: string): { email: string; phone: string } {
    if (own || value === '' || isEmailAddress(value)) return { email: value, phone: '' };
    const { email, phone } = readContactText(value);
    if (email === '' && phone === '') unreadable(cell('contactEmail')!, 'is not an email address or a phone number');
    return { email, phone };
  }

  /**
   * A contact as typed into a cell, by readContactText; in another app's file, one whose name is a
   * sentence ("career fair - talked to Mike") keeps only its address and phone, and the cell goes
   * into the notes, with a warning.
   */
  function personOf(c: Cell): Omit<Contact, 'id' | 'notes'> {
    const typed = readContactText(c.value);
    if (own || typed.name === '' || readsAsName(typed.name)) return typed;
    unreadable(c, "does not read as a person's name");
    return { name: '', role: '', email: typed.email, phone: typed.phone };
  }

  /** Tags, without the colour Trello writes after each label ("Summer 2026 (green)", "(red)"). */
  function buildTags(): string[] {
    const tags = own ? readTags(text('tags')) : readTagsCell(text('tags'));
    if (own) return tags;
    return [...new Set(tags.map((tag) => tag.replace(LABEL_COLOUR, '')).filter((tag) => tag !== ''))];
  }

  /** A company or role cell without the marks of a copied list, which the check says it left out. */
  function unmarked(field: 'company' | 'role'): string {
    const written = text(field);
    const stripped = own ? null : withoutListMarks(written);
    if (stripped === null) return written;
    ctx.notice?.(
      `marks\u0000${field}`,
      `'${cell(field)!.header}': Simplify's marks (🔥 🛂 🇺🇸 🔒 🎓) were left out of the names; 🛂 and 🇺🇸 set the visa sponsorship`,
    );
    return stripped;
  }

  /**
   * The company and role columns, or what a cell holding both gives for the one left empty. A
   * row naming its company but no role (a Trello card named "Meta") comes in with its kind of job
   * as the role, to fill in, and is not compared with other rows (`roleGiven`); a cell naming a
   * role alone fails the row, as a company is what an application is first of all.
   */
  function buildCompanyAndRole(): { company: string; role: string; roleGiven: boolean } {
    let company = unmarked('company');
    let role = own || company.trim() === '' ? unmarked('role') : roleBesideCompanyColumn(company, unmarked('role'));
    const both = filled('companyAndRole');
    if (both !== null && (company === '' || role === '')) {
      const split = splitCompanyAndRole(both.value);
      if (split) [company, role] = [company || split.company, role || split.role];
      else if (company !== '') role = both.value;
      else if (role !== '' || !namesKindOfWork(both.value)) company = both.value;
      else
        fail(
          both.header,
          "names a role but no company: write both, like 'Stripe - Software Engineering Intern'",
          both.value,
        );
    }
    if (company.trim() === '' || role.trim() !== '') return { company, role, roleGiven: true };
    const placeholder = EMPLOYMENT_TYPE_LABELS[employmentType ?? 'internship'];
    const roleColumn = cell('role');
    const what =
      both !== null && company === both.value
        ? `'${both.header}' names a company but no role (got '${shorten(both.value)}')`
        : roleColumn && roleColumn.value.trim() !== ''
          ? `'${roleColumn.header}' names ${namedInstead(roleColumn.value, company)} but no role (got '${shorten(roleColumn.value)}')`
          : roleColumn
            ? `'${roleColumn.header}' is empty`
            : 'no column holds the role';
    warnings.push(
      `${prefix}: ${what}; imported with the role '${placeholder}': fill in the role. Not compared with other rows as a duplicate, as the company alone does not say which application it is; one you track at that company with the role '${placeholder}' (as an earlier import gives it) is this one`,
    );
    return { company, role: placeholder, roleGiven: false };
  }

  /**
   * A role column's name beside the company column's, as a board's cards are named: a status
   * opening it ("Offer - Two Sigma", "Apply: Citadel SWE intern") is left out, the whole name kept
   * in the notes; the row's company written around it ("SWE Intern @ Stripe", "Stripe - SWE
   * Intern") is left out, as its column gives it. Each said once for the column.
   */
  function roleBesideCompanyColumn(company: string, written: string): string {
    const roleCell = cell('role')!;
    const companyHeader = cell('company')!.header;
    // The company's name again ("Ramp" at Ramp) names no role; nor does a status alone
    // ("Applied"), which the notes keep.
    if (comparableName(written) === comparableName(company)) return '';
    if (isStatusAlone(written)) {
      keptInNotes.push(roleCell);
      return '';
    }
    let role = written;
    const afterStatus = roleAfterStatus(role);
    if (afterStatus !== null) {
      keptInNotes.push(roleCell);
      ctx.notice?.(
        `role-status\u0000${roleCell.header}`,
        `'${roleCell.header}': a status opening the role, as in '${shorten(written)}', was left out of it, and the whole name kept in the notes as '${roleCell.header}: …'`,
      );
      // Left with the company's name alone ("Offer - Two Sigma"), the row names no role.
      if (comparableName(afterStatus) === comparableName(company)) return '';
      role = afterStatus;
    }
    const withoutCompany = roleWithoutCompany(role, company);
    if (withoutCompany === null) return role;
    ctx.notice?.(
      `role-company\u0000${roleCell.header}`,
      `'${roleCell.header}': the company written with the role, as in '${shorten(written)}', was left out of it, as '${companyHeader}' gives it`,
    );
    return withoutCompany;
  }

  function buildNotes(kept: readonly Cell[]): string {
    const plain = facts.plainNotesColumn === null ? null : cellText(row.cells[facts.plainNotesColumn] ?? '');
    const labelled: string[] = [];
    for (const i of indexesOf.get('notes') ?? []) {
      const value = cellText(row.cells[i] ?? '');
      // An unticked box ("Referral?: FALSE") says nothing worth a line, nor an outcome still to
      // come ("Pending", Jira's "Unresolved"), which leaves the Status to say.
      if (
        i !== facts.plainNotesColumn &&
        value.trim() !== '' &&
        !isNoWord(value) &&
        !(i === facts.outcomeColumn && (outcomeStillGoing() || saysNoStatus(value)))
      )
        labelled.push(`${headerOf(i)}: ${value}`);
    }
    for (const c of kept) labelled.push(`${c.header}: ${c.value}`);
    if (labelled.length === 0) return plain ?? '';
    return (plain === null || plain.trim() === '' ? labelled : [plain, ...labelled]).join('\n\n');
  }
}
