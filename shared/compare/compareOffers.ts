// The offer comparison: two to four applications side by side, one row per fact, each fact in
// words, and the best value of each row that can be compared marked. The view and the CSV
// export both read it, so the screen and the file never disagree about what is best.
import { differenceInCalendarDays, parseISO } from 'date-fns';
import {
  SPONSORSHIP_LABELS,
  WORK_MODE_LABELS,
  type Application,
  type Cohort,
  type Deadline,
  type Housing,
  type Pay,
  type PayPeriod,
} from '../application';
import { isCalendarDate, startOfCalendarDate, whenInWords } from '../calendarDate';
import type { DateWords } from '../dateWords';
import { DATE_NOT_RECORDED } from '../entryTime';
import { deadlineDueTime } from '../deadlineDue';
import { responseDeadline } from '../nextDate';
import {
  cohortWeeks,
  formatMoney,
  formatOverInternship,
  formatRate,
  hoursInWords,
  internshipWeeks,
  lengthWords,
  normalizePay,
  payInWords,
  offerValue,
  type Amount,
  type OfferPartValue,
  weeksInWords,
} from '../payNormalize';
import { listInWords } from '../listInWords';
import { isUnpaid, UNPAID } from '../money/unpaid';
import { stageLabel, type Pipeline } from '../pipeline';

/** At most this many applications side by side: more would not fit a window's width. */
export const COMPARE_LIMIT = 4;

export type FactId =
  | 'stage'
  | 'response-deadline'
  | 'pay-as-written'
  | 'hourly'
  | 'monthly'
  | 'total-pay'
  | 'housing'
  | 'relocation'
  | 'sign-on-bonus'
  | 'other-parts'
  | 'total-value'
  | 'locations'
  | 'cohorts'
  | 'sponsorship'
  | 'excitement'
  | 'notes';

export type FactGroup = 'status' | 'pay' | 'offer' | 'place' | 'fit';

export const FACT_GROUP_LABELS: Record<FactGroup, string> = {
  status: 'Where it stands',
  pay: 'Pay',
  offer: 'The offer',
  place: 'Where and when',
  fit: 'Fit',
};

export interface FactCell {
  /** The fact in words, one item a line (each city, cohort or part); empty when nothing is recorded. */
  lines: string[];
  /** The line to emphasise (the chosen cohort); null for none. */
  marked: number | null;
  /** A quieter second part: "in 3 days", "over 12 weeks (chosen cohort)", or why there is no value. */
  detail: string;
  /** The detail calls for attention: a response deadline passed or due today or tomorrow. */
  urgent: boolean;
  /** What the row compares, higher is better; null when this cell cannot be compared. */
  score: number | null;
  /** The currency of an amount: amounts in different currencies are not compared. */
  currency: string | null;
  best: boolean;
}

export interface FactRow {
  id: FactId;
  group: FactGroup;
  label: string;
  cells: FactCell[];
  /** What "best" means in this row ("highest total value"); null for rows that are not compared. */
  bestMeans: string | null;
  /** Why a row that compares has no best, or a caveat about its best; '' when none. */
  note: string;
  /**
   * Why a row that compares marks none where the note says nothing (too few known, none has any):
   * on screen the missing badge says it; a file read later has only this to say it. '' otherwise.
   */
  noBest: string;
}

export interface CompareOptions {
  /** Stages are named as the user's pipeline names them. */
  pipeline: Pipeline;
  /** For the countdown to the response deadline. */
  now: Date;
  /** How dates read where the user is. */
  dates: DateWords;
}

/** "Stripe — SWE Intern": how the comparison names an application. */
export function comparedName(app: Pick<Application, 'company' | 'role'>): string {
  return `${app.company} — ${app.role}`;
}

/** Whether an application is an offer: in the phase Offer or Accepted, or with offer details. */
export function isOffer(app: Pick<Application, 'phase' | 'offer'>): boolean {
  return app.phase === 'offer' || app.phase === 'accepted' || app.offer !== null;
}

/** The deadline to answer the offer by: the one the offer names, else the nearest open offer-response deadline. */
// --- Words -------------------------------------------------------------------------------------

function toDate(value: string): Date {
  return isCalendarDate(value) ? startOfCalendarDate(value) : parseISO(value);
}

/** "May 18 – Aug 7, 2026", or with both years when they differ. */
function spanWords(cohort: Pick<Cohort, 'start' | 'end'>, dates: DateWords): string {
  const start = startOfCalendarDate(cohort.start);
  const end = startOfCalendarDate(cohort.end);
  const sameYear = start.getFullYear() === end.getFullYear();
  return `${sameYear ? dates.monthDay(start) : dates.monthDayYear(start)} – ${dates.monthDayYear(end)}`;
}

/** "in 3 days", "tomorrow", "today"; once passed, in words: "overdue by 2 days". */
export function countdown(deadline: Pick<Deadline, 'at'>, now: Date): string {
  const days = differenceInCalendarDays(toDate(deadline.at), now);
  if (deadlineDueTime(deadline) > now.getTime()) {
    return days <= 0 ? 'today' : days === 1 ? 'tomorrow' : `in ${days} days`;
  }
  return days >= 0
    ? 'overdue since earlier today'
    : days === -1
      ? 'overdue since yesterday'
      : `overdue by ${-days} days`;
}

const PERIOD_WORDS: Record<PayPeriod, string> = {
  hour: 'an hour',
  week: 'a week',
  month: 'a month',
  year: 'a year',
  total: 'in total',
};

/** The pay as the posting or the student wrote it; amounts alone are put in words, and say so. */
function payAsWrittenCell(app: Application): FactCell {
  if (app.pay === null) return NOTHING;
  const written = app.pay.raw.trim();
  if (written) return cell([written]);
  const words = payInWords(app.pay);
  return words ? cell([words], 'from the amounts; nothing written') : NOTHING;
}

function housingAsGiven(housing: Extract<Housing, { type: 'stipend' }>, currency: string): string {
  const amount = formatMoney(housing.amount, currency);
  return housing.period === 'total' ? `${amount} in all` : `${amount} ${PERIOD_WORDS[housing.period]}`;
}

type LengthSource = Pick<Application, 'cohorts' | 'chosenCohortId' | 'durationWeeks'>;

/** What to do when the length is unknown: choose a cohort where there are several, else give one. */
function lengthHint(app: LengthSource): string {
  return app.cohorts.length > 1 ? 'choose a cohort' : 'give a cohort or a duration';
}

/** "Choose a cohort to total it." */
function lengthNeeded(app: LengthSource, purpose: string): string {
  const hint = lengthHint(app);
  return `${hint[0]!.toUpperCase()}${hint.slice(1)} to ${purpose}`;
}

function hasAmount(pay: Pay | null): pay is Pay {
  return pay !== null && pay.period !== null && (pay.min !== null || pay.max !== null);
}

/** An amount recorded without its period. */
function withoutPeriod(pay: Pay | null): boolean {
  return pay !== null && pay.period === null && (pay.min !== null || pay.max !== null);
}

function housingProvided(app: Pick<Application, 'offer'>): boolean {
  return app.offer?.housing?.type === 'provided';
}

// --- Cells -------------------------------------------------------------------------------------

function cell(lines: string[], detail = '', score: number | null = null, currency: string | null = null): FactCell {
  return { lines, marked: null, detail, urgent: false, score, currency, best: false };
}

const NOTHING = cell([]);

/** An amount over the internship (or once), compared by its lower end. */
function moneyCell(amount: Amount, currency: string, detail = ''): FactCell {
  return cell([formatMoney(amount, currency)], detail, amount.min, currency);
}

/** The stage, and since when: a stage reached on a day nobody recorded says so instead (no "since" the import). */
function stageCell(app: Application, pipeline: Pipeline, dates: DateWords): FactCell {
  const latest = app.stageHistory.at(-1);
  const since = latest?.dateUnknown
    ? DATE_NOT_RECORDED
    : latest
      ? `since ${dates.monthDayYear(parseISO(latest.at))}`
      : '';
  return cell([stageLabel(pipeline, app)], since);
}

function deadlineCell(app: Application, now: Date, dates: DateWords): FactCell {
  const deadline = responseDeadline(app);
  if (deadline === null) return NOTHING;
  if (deadline.done) return cell([whenInWords(deadline.at, dates)], 'marked done');
  const due = deadlineDueTime(deadline);
  const ahead = due > now.getTime();
  const urgent = !ahead || differenceInCalendarDays(toDate(deadline.at), now) <= 1;
  // The later the deadline, the more time to decide; one already passed gives none.
  return { ...cell([whenInWords(deadline.at, dates)], countdown(deadline, now), ahead ? due : null), urgent };
}

type Rate = 'hourly' | 'monthly';

/** A pay recorded without its period ("$56", "DKK 28.000 pro måned" unread) is not "not recorded". */
const NO_PERIOD = cell([], 'no period: add one (an hour, a month…) to work it out');

function rateCell(app: Application, rate: Rate): FactCell {
  if (app.pay === null) return NOTHING;
  const pay = normalizePay(app.pay, internshipWeeks(app));
  if (pay === null) {
    if (withoutPeriod(app.pay)) return NO_PERIOD;
    return app.pay.period === 'total' && hasAmount(app.pay) ? cell([], lengthNeeded(app, 'work it out')) : NOTHING;
  }
  // Worked out with the hours a week the pay states, which the figure is for.
  const hours = hoursInWords(app.pay);
  return cell([formatRate(pay, rate, app.pay.period)], hours && `for ${hours}`, pay[rate].min, pay.currency);
}

function totalPayCell(app: Application): FactCell {
  const { pay } = app;
  // Unpaid is 0 over any length: it ranks below every paid role, where a pay not known (no
  // score) is not ranked at all, since it could be anything.
  if (pay !== null && isUnpaid(pay)) return cell([UNPAID], 'nothing over the internship', 0, pay.currency);
  if (withoutPeriod(pay)) return NO_PERIOD;
  if (!hasAmount(pay)) return NOTHING;
  const weeks = internshipWeeks(app);
  const min = (pay.min ?? pay.max)!;
  const max = (pay.max ?? pay.min)!;
  if (pay.period === 'total') {
    return moneyCell(
      { min, max },
      pay.currency,
      weeks === null ? 'as stated' : `as stated, for ${weeksInWords(weeks)}`,
    );
  }
  const total = normalizePay(pay, weeks)?.total ?? null;
  if (total === null || weeks === null) return cell([], lengthNeeded(app, 'work it out'));
  return moneyCell(total, pay.currency, lengthWords(app));
}

function housingCell(app: Application): FactCell {
  const { offer } = app;
  if (offer === null) return NOTHING;
  const { housing } = offer;
  if (housing === null) return cell(['None'], '', 0, offer.currency);
  if (housing.type === 'provided') return cell(['Provided'], 'no amount to compare');
  const given = housingAsGiven(housing, offer.currency);
  const part = offerValue(app)!.parts.find((p) => p.kind === 'housing')!;
  if (part.amount === null) return cell([given], lengthNeeded(app, 'total it'));
  return moneyCell(part.amount, offer.currency, housing.period === 'total' ? '' : given);
}

function oneOffCell(app: Application, pick: (offer: NonNullable<Application['offer']>) => number | null): FactCell {
  const { offer } = app;
  if (offer === null) return NOTHING;
  const amount = pick(offer);
  return amount === null
    ? cell(['None'], '', 0, offer.currency)
    : moneyCell({ min: amount, max: amount }, offer.currency);
}

function otherPartsCell(app: Application): FactCell {
  const { offer } = app;
  if (offer === null) return NOTHING;
  if (offer.other.length === 0) return cell(['None'], '', 0, offer.currency);
  const sum = offer.other.reduce((total, part) => total + part.amount, 0);
  const lines = offer.other.map((part) => `${part.label}: ${formatMoney(part.amount, offer.currency)}`);
  return cell(lines, offer.other.length > 1 ? `${formatMoney(sum, offer.currency)} in all` : '', sum, offer.currency);
}

/** Why a total leaves a part out, in a few words; '' when the part is in it (or has nothing to add). */
function leftOut(part: OfferPartValue, app: Application): string {
  if (part.counted || (part.kind === 'housing' && housingProvided(app))) return '';
  const what = part.kind === 'base-pay' ? 'base pay' : part.label.toLowerCase();
  if (part.amount !== null) return `${what} in ${part.currency} not added`;
  if (part.kind === 'base-pay' && !hasAmount(app.pay)) return 'base pay has no amount';
  return `${what} not added (${lengthHint(app)})`;
}

function totalValueCell(app: Application): FactCell {
  const value = offerValue(app);
  if (value === null) return NOTHING;
  const missing = value.parts.map((part) => leftOut(part, app)).filter(Boolean);
  // Nothing added at all is no figure to show.
  if (value.total === null) return missing.length > 0 ? cell([], `Not complete: ${missing.join('; ')}`) : NOTHING;
  const amount = formatOverInternship(value.total, value.currency);
  if (missing.length > 0) return cell([amount], `Not complete: ${missing.join('; ')}`);
  const provided = housingProvided(app) ? 'plus housing provided' : '';
  const over = value.weeks === null ? '' : `over ${weeksInWords(value.weeks)}`;
  return cell([amount], [over, provided].filter(Boolean).join(', '), value.total.min, value.currency);
}

function placeCell(app: Application): FactCell {
  const mode = app.workMode === null ? [] : [WORK_MODE_LABELS[app.workMode]];
  return cell([...mode, ...app.locations]);
}

function cohortsCell(app: Application, dates: DateWords): FactCell {
  if (app.cohorts.length === 0) {
    return app.durationWeeks === null ? NOTHING : cell([], `${weeksInWords(app.durationWeeks)}, no dates yet`);
  }
  const lines = app.cohorts.map((c) => {
    const chosen = c.id === app.chosenCohortId ? ' — chosen' : '';
    const label = c.label.trim() ? `${c.label.trim()}: ` : '';
    return `${label}${spanWords(c, dates)} (${weeksInWords(cohortWeeks(c))})${chosen}`;
  });
  const marked = app.cohorts.findIndex((c) => c.id === app.chosenCohortId);
  const detail = app.cohorts.length > 1 && marked === -1 ? 'none chosen yet' : '';
  return { ...cell(lines, detail), marked: marked === -1 ? null : marked };
}

function sponsorshipCell(app: Application): FactCell {
  return cell([SPONSORSHIP_LABELS[app.sponsorship]], '', app.sponsorship === 'offers' ? 1 : 0);
}

function excitementCell(app: Application): FactCell {
  return app.excitement === null ? NOTHING : cell([`${app.excitement} of 5`], '', app.excitement);
}

function notesCell(app: Application): FactCell {
  const notes = app.notes.trim();
  return notes ? cell([notes]) : NOTHING;
}

// --- Rows --------------------------------------------------------------------------------------

interface FactDefinition {
  id: FactId;
  group: FactGroup;
  label: string;
  /** Null for facts that are shown side by side but not ranked. */
  bestMeans: string | null;
  cell: (app: Application, options: CompareOptions) => FactCell;
}

const FACTS: readonly FactDefinition[] = [
  {
    id: 'stage',
    group: 'status',
    label: 'Stage',
    bestMeans: null,
    cell: (app, o) => stageCell(app, o.pipeline, o.dates),
  },
  {
    id: 'response-deadline',
    group: 'status',
    label: 'Response deadline',
    bestMeans: 'most time to decide',
    cell: (app, o) => deadlineCell(app, o.now, o.dates),
  },
  {
    id: 'pay-as-written',
    group: 'pay',
    label: 'Pay as written',
    bestMeans: null,
    cell: payAsWrittenCell,
  },
  {
    id: 'hourly',
    group: 'pay',
    label: 'Hourly',
    bestMeans: 'highest hourly pay',
    cell: (app) => rateCell(app, 'hourly'),
  },
  {
    id: 'monthly',
    group: 'pay',
    label: 'Monthly',
    bestMeans: 'highest monthly pay',
    cell: (app) => rateCell(app, 'monthly'),
  },
  { id: 'total-pay', group: 'pay', label: 'Total pay', bestMeans: 'highest total pay', cell: totalPayCell },
  { id: 'housing', group: 'offer', label: 'Housing', bestMeans: 'highest housing stipend', cell: housingCell },
  {
    id: 'relocation',
    group: 'offer',
    label: 'Relocation',
    bestMeans: 'highest relocation',
    cell: (app) => oneOffCell(app, (offer) => offer.relocation),
  },
  {
    id: 'sign-on-bonus',
    group: 'offer',
    label: 'Sign-on bonus',
    bestMeans: 'highest sign-on bonus',
    cell: (app) => oneOffCell(app, (offer) => offer.signOnBonus),
  },
  { id: 'other-parts', group: 'offer', label: 'Other parts', bestMeans: 'most in other parts', cell: otherPartsCell },
  { id: 'total-value', group: 'offer', label: 'Total value', bestMeans: 'highest total value', cell: totalValueCell },
  { id: 'locations', group: 'place', label: 'Locations and work mode', bestMeans: null, cell: placeCell },
  {
    id: 'cohorts',
    group: 'place',
    label: 'Cohort dates',
    bestMeans: null,
    cell: (app, o) => cohortsCell(app, o.dates),
  },
  {
    id: 'sponsorship',
    group: 'fit',
    label: 'Visa sponsorship',
    bestMeans: 'offers visa sponsorship',
    cell: sponsorshipCell,
  },
  { id: 'excitement', group: 'fit', label: 'Excitement', bestMeans: 'highest excitement', cell: excitementCell },
  { id: 'notes', group: 'fit', label: 'Notes', bestMeans: null, cell: notesCell },
];

/** Amounts within half a cent are the same amount (an hourly rate and a monthly one can meet). */
const SAME = 0.005;

/**
 * Marks the best cells of a row: the highest score, all of them on a tie. Nothing is marked with
 * fewer than two cells to compare or when the best is nothing at all (no bonus anywhere), which
 * noBest says, or when the amounts are in different currencies, which the note says.
 */
function markBest(definition: FactDefinition, cells: FactCell[], apps: readonly Application[]): FactRow {
  const { id, group, label, bestMeans } = definition;
  const row: FactRow = { id, group, label, cells, bestMeans, note: '', noBest: '' };
  if (bestMeans === null || cells.length < 2) return row;
  const provided = apps.some(housingProvided);
  // Provided housing may be worth more than any stipend: ranking the stipends alone would mislead.
  if (id === 'housing' && provided) return { ...row, note: 'Not compared: housing provided has no amount.' };
  const scored = cells.filter((c) => c.score !== null);
  // Nothing ("None") is nothing in any currency: only amounts above zero can disagree.
  const amounts = scored.filter((c) => c.score! > 0);
  const currencies = [...new Set(amounts.map((c) => c.currency).filter((c) => c !== null))];
  if (currencies.length > 1) return { ...row, note: `Not compared: the amounts are in ${listInWords(currencies)}.` };
  if (scored.length < 2) return { ...row, noBest: 'Not compared: known for fewer than two.' };
  const top = Math.max(...scored.map((c) => c.score!));
  if (top <= 0) return { ...row, noBest: 'No best: none of them has one.' };
  const marked = cells.map((c) => (c.score !== null && top - c.score < SAME ? { ...c, best: true } : c));
  const note = id === 'total-value' && provided ? 'Housing provided has no amount, so no total includes it.' : '';
  return { ...row, cells: marked, note };
}

/** The comparison of these applications, in their order: one row per fact. */
export function compareOffers(apps: readonly Application[], options: CompareOptions): FactRow[] {
  return FACTS.map((fact) =>
    markBest(
      fact,
      apps.map((app) => fact.cell(app, options)),
      apps,
    ),
  );
}
