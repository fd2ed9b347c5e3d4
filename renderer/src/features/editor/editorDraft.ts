// The editor's form state and its conversion to and from an Application. Inputs hold text;
// turning text into numbers and dates happens here, with messages for what does not convert.
import { format, parse, parseISO } from 'date-fns';
import { dequal } from 'dequal';
import {
  emptyOffer,
  HOURS_PER_WEEK_MESSAGE,
  type Application,
  type Contact,
  type DeadlineKind,
  type EmploymentType,
  type EventKind,
  type EventOutcome,
  type HousingPeriod,
  type Offer,
  type PayPeriod,
  type Sponsorship,
  type WorkMode,
} from '@shared/application';
import { isSent, kindsMetByMove } from '@shared/deadlinesMetByStage';
import { listInWords } from '@shared/listInWords';
import { isCalendarDate, toCalendarDate, toInstant } from '@shared/calendarDate';
import { timeOfDayWords } from '@shared/dateWords';
import { isCurrencyCode, isDollar } from '@shared/money/currency';
import { statesPerDay } from '@shared/money/period';
import type { MoneyGuess } from '@shared/money/moneyGuess';
import { isDollarSized, readMoney, readOneAmount } from '@shared/money/readMoney';
import { readHoursPerWeek, readWeeks, writeWeeks } from '@shared/csv/numberCell';
import { isUnpaid, saysUnpaid, UNPAID } from '@shared/money/unpaid';
import { EMPTY_FIELDS, newApplication, type ApplicationFields } from '@shared/newApplication';
import { deadlineDueTime } from '@shared/deadlineDue';
import { formatMoney, payInWords } from '@shared/payNormalize';
import type { Stage } from '@shared/pipeline';
import { parseTerm, termLabel } from '@shared/term';
import { validateApplication, type FieldIssue } from '@shared/validateApplication';
import { NO_SUCH_DATE, NO_SUCH_DATE_MESSAGE, NO_SUCH_TIME, NO_SUCH_TIME_MESSAGE } from '../../components/DateInput';
import { dates } from '../../components/formatDates';

export interface DeadlineDraft {
  id: string;
  kind: DeadlineKind;
  date: string;
  /** Empty for a deadline due by the end of the day. */
  time: string;
  label: string;
  done: boolean;
}

/** Why saving ticks the deadlines of a kind done, by kind; a kind the save does not meet is absent. */
export type MetOnSave = Partial<Record<DeadlineKind, string>>;

/**
 * Why saving this draft ticks deadlines done. A deadline to apply is met once the application is
 * sent, and the save makes it sent: a new one added in `stage` past the list, or one on the list
 * (new, or `opened` not applied to yet) given the day it was applied on. A deadline to answer an
 * offer is met once the offer is accepted: saved in an accepted stage it was not in. The form shows
 * those deadlines ticked with this reason, so what it shows is saved.
 */
export function deadlinesMetOnSave(
  draft: Pick<EditorDraft, 'appliedAt'>,
  stage: Pick<Stage, 'name' | 'phase'>,
  opened: Pick<Application, 'phase' | 'appliedAt'> | null,
): MetOnSave {
  const met: MetOnSave = {};
  const applied = (why: string) => `Ticked, as you have applied (${why}). A later date? Choose another kind.`;
  if (opened === null && isSent(stage.phase)) met.application = applied(`stage ${stage.name}`);
  else if (isCalendarDate(draft.appliedAt)) {
    const onTheList = opened === null ? stage.phase === 'saved' : opened.phase === 'saved' && opened.appliedAt === null;
    if (onTheList) met.application = applied('Applied on');
  }
  if (kindsMetByMove(opened?.phase ?? 'saved', stage.phase).includes('offer-response'))
    met['offer-response'] = `Ticked, as you have accepted the offer (stage ${stage.name}).`;
  return met;
}

export interface EventDraft {
  id: string;
  kind: EventKind;
  title: string;
  date: string;
  /** Empty for an event whose time is not known yet. */
  time: string;
  /** Minutes, as typed. */
  duration: string;
  location: string;
  people: string;
  notes: string;
  outcome: EventOutcome;
}

export interface OfferPartDraft {
  id: string;
  label: string;
  amount: string;
}

export type HousingChoice = 'none' | 'stipend' | 'provided';

export interface OfferDraft {
  offeredOn: string;
  /** As written in Offer currency; not read while the offer follows the pay's. */
  currency: string;
  /**
   * Whether the offer is in the pay's currency, whichever that turns out to be as the pay is typed
   * ("£4,800 per month" makes it GBP), until the student writes one in Offer currency: one offer is
   * not split between the currency the form opened with and the one the pay is in.
   */
  currencyFollowsPay: boolean;
  housing: HousingChoice;
  housingAmount: string;
  housingPeriod: HousingPeriod;
  relocation: string;
  signOnBonus: string;
  other: OfferPartDraft[];
  /** '' for none. */
  responseDeadlineId: string;
  returnOfferProspects: string;
}

export interface CohortDraft {
  id: string;
  start: string;
  end: string;
  label: string;
}

export interface EditorDraft {
  company: string;
  role: string;
  /** The stage a new application starts in (an existing one moves through its history instead). */
  stageId: string;
  /** The term as written ("Summer 2026"); read into season and year on save. */
  term: string;
  employmentType: EmploymentType | '';
  workMode: WorkMode | '';
  locations: string;
  postingUrl: string;
  source: string;
  appliedAt: string;
  durationWeeks: string;
  payMin: string;
  payMax: string;
  payCurrency: string;
  /**
   * The currency the form opened with: the pay's, else the one proposed for a pay. While Currency
   * still says it, the one the amounts write is taken ("€1,800 per month").
   */
  payCurrencyAsOpened: string;
  payPeriod: PayPeriod | '';
  payRaw: string;
  /** The hours a week the pay is for; empty for the convention's (payNormalize.ts). */
  payHours: string;
  cohorts: CohortDraft[];
  chosenCohortId: string | null;
  deadlines: DeadlineDraft[];
  events: EventDraft[];
  /** The follow-up's day; empty for none. */
  followUpOn: string;
  followUpNote: string;
  followUpDone: boolean;
  /** Null while no offer is recorded. */
  offer: OfferDraft | null;
  sponsorship: Sponsorship;
  referralName: string;
  referralRelation: string;
  resumeVersion: string;
  coverLetter: string;
  contacts: Contact[];
  tags: string;
  /** '' for not rated, else '1'–'5'. */
  excitement: string;
  notes: string;
}

const text = (value: number | null | undefined) => (value === null || value === undefined ? '' : String(value));

/** A date or an instant as the form shows it: the local day, and the local time for an instant. */
function localParts(at: string): { date: string; time: string } {
  if (isCalendarDate(at)) return { date: at, time: '' };
  const instant = parseISO(at);
  return { date: toCalendarDate(instant), time: format(instant, 'HH:mm') };
}

/**
 * A date with an optional time as stored: a calendar date, or an instant with the local offset.
 * A value shown as it was stored and left alone is kept as stored (its offset, its seconds).
 */
function dateOrInstant(date: string, time: string, stored: string | undefined): string {
  if (stored !== undefined) {
    const shown = localParts(stored);
    if (shown.date === date && shown.time === time) return stored;
  }
  if (time && time !== NO_SUCH_TIME && isCalendarDate(date))
    return toInstant(parse(`${date} ${time}`, 'yyyy-MM-dd HH:mm', new Date()));
  return date;
}

const halfTypedTime = (path: string): FieldIssue => ({ path, message: NO_SUCH_TIME_MESSAGE });

/**
 * What a time field says under it: "Optional", or, for a time the clocks skip that day (2:30 AM
 * the night they go forward), the time it is saved as, which the browser's clock gives; both on
 * the user's clock, as the field shows them.
 */
export function timeHint(date: string, time: string): string {
  if (!isCalendarDate(date) || !/^\d{2}:\d{2}$/.test(time)) return 'Optional';
  const savedAs = format(parse(`${date} ${time}`, 'yyyy-MM-dd HH:mm', new Date()), 'HH:mm');
  if (savedAs === time) return 'Optional';
  const [typed, saved] = [time, savedAs].map((hhmm) => timeOfDayWords(hhmm, dates));
  return `${typed} does not exist that day (the clocks go forward): saved as ${saved}`;
}

/** Every date field of the form, by the path its message goes to. */
function datesTyped(draft: EditorDraft): [path: string, value: string][] {
  const dates: [path: string, value: string][] = [
    ['appliedAt', draft.appliedAt],
    ['followUp.on', draft.followUpOn],
  ];
  if (draft.offer) dates.push(['offer.offeredOn', draft.offer.offeredOn]);
  draft.cohorts.forEach((c, i) => dates.push([`cohorts.${i}.start`, c.start], [`cohorts.${i}.end`, c.end]));
  draft.deadlines.forEach((d, i) => dates.push([`deadlines.${i}.at`, d.date]));
  draft.events.forEach((e, i) => dates.push([`events.${i}.start`, e.date]));
  return dates;
}

/** Whether a deadline, as typed, is open and already past: no reminder will come for it. */
export function isPastOpenDeadline(deadline: DeadlineDraft, now: Date): boolean {
  if (deadline.done || !isCalendarDate(deadline.date)) return false;
  return deadlineDueTime({ at: dateOrInstant(deadline.date, deadline.time, undefined) }) < now.getTime();
}

/** An empty offer, in the currency of the pay (payCurrencyOf) until another is written. */
export function emptyOfferDraft(): OfferDraft {
  // No currency of its own yet: '' beside a pay currency of '' is the draft's "follows the pay".
  return offerDraft(emptyOffer(''), '');
}

/** A stored offer, which follows the pay's currency while it is in that currency. */
function offerDraft(offer: Offer, payCurrency: string): OfferDraft {
  const housing = offer.housing;
  return {
    offeredOn: offer.offeredOn ?? '',
    currency: offer.currency,
    currencyFollowsPay: offer.currency === payCurrency,
    housing: housing?.type ?? 'none',
    housingAmount: housing?.type === 'stipend' ? String(housing.amount) : '',
    housingPeriod: housing?.type === 'stipend' ? housing.period : 'month',
    relocation: text(offer.relocation),
    signOnBonus: text(offer.signOnBonus),
    other: offer.other.map((part) => ({ id: part.id, label: part.label, amount: String(part.amount) })),
    responseDeadlineId: offer.responseDeadlineId ?? '',
    returnOfferProspects: offer.returnOfferProspects,
  };
}

/**
 * The form for `app` (null for a new application). Currency holds the pay's, or for none
 * `newPayCurrency`, the one proposed for a pay not written yet (proposedPayCurrency).
 */
export function draftFromApplication(app: Application | null, newPayCurrency = 'USD'): EditorDraft {
  const source = app ?? newApplication(EMPTY_FIELDS, { id: '', now: toInstant(new Date()) });
  const payCurrency = source.pay?.currency ?? newPayCurrency;
  return {
    company: source.company,
    role: source.role,
    stageId: source.stageId,
    term: termLabel(source.term),
    employmentType: source.employmentType ?? '',
    workMode: source.workMode ?? '',
    locations: source.locations.join('\n'),
    postingUrl: source.postingUrl,
    source: source.source,
    appliedAt: source.appliedAt ?? '',
    durationWeeks: source.durationWeeks === null ? '' : String(writeWeeks(source.durationWeeks)),
    // An unpaid role's pay (0) is shown as the word it is read back from.
    payMin: source.pay && isUnpaid(source.pay) ? UNPAID : text(source.pay?.min),
    // A single amount is stored as its own range: shown once, as the form asks for it.
    payMax: source.pay && (source.pay.max === source.pay.min || isUnpaid(source.pay)) ? '' : text(source.pay?.max),
    payCurrency,
    payCurrencyAsOpened: payCurrency,
    payPeriod: source.pay?.period ?? '',
    payRaw: source.pay?.raw ?? '',
    payHours: text(source.pay?.hoursPerWeek),
    cohorts: source.cohorts.map((c) => ({ ...c })),
    chosenCohortId: source.chosenCohortId,
    deadlines: source.deadlines.map((d) => ({
      id: d.id,
      kind: d.kind,
      ...localParts(d.at),
      label: d.label,
      done: d.done,
    })),
    events: source.events.map((e) => ({
      id: e.id,
      kind: e.kind,
      title: e.title,
      ...localParts(e.start),
      duration: text(e.durationMinutes),
      location: e.location,
      people: e.people,
      notes: e.notes,
      outcome: e.outcome,
    })),
    followUpOn: source.followUp?.on ?? '',
    followUpNote: source.followUp?.note ?? '',
    followUpDone: source.followUp?.done ?? false,
    offer: source.offer ? offerDraft(source.offer, payCurrency) : null,
    sponsorship: source.sponsorship,
    referralName: source.referral?.name ?? '',
    referralRelation: source.referral?.relation ?? '',
    resumeVersion: source.resumeVersion,
    coverLetter: source.coverLetter,
    contacts: source.contacts.map((c) => ({ ...c })),
    tags: source.tags.join(', '),
    excitement: source.excitement === null ? '' : String(source.excitement),
    notes: source.notes,
  };
}

/** "12" and "1,200" read as numbers (a count, not money); anything else is not a number. */
function parseNumber(value: string): number | null | 'invalid' {
  const cleaned = value.replace(/[,\s]/g, '');
  if (cleaned === '') return null;
  const amount = Number(cleaned);
  return Number.isFinite(amount) ? amount : 'invalid';
}

function splitList(value: string, separator: RegExp): string[] {
  return [
    ...new Set(
      value
        .split(separator)
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  ];
}

/** A contact row that is kept: one left empty (no name, email or phone) is dropped. */
export function isFilledIn(contact: Pick<Contact, 'name' | 'email' | 'phone'>): boolean {
  return contact.name.trim() !== '' || contact.email.trim() !== '' || contact.phone !== '';
}

export interface DraftConversion {
  candidate: Application;
  /** Inputs that are not even the right kind of value (text where a number belongs). */
  issues: FieldIssue[];
}

/**
 * Builds the record the draft describes on top of `base` (the stored record, or a new one).
 * The result still has to pass validation.
 */
export function applicationFromDraft(draft: EditorDraft, base: Application): DraftConversion {
  const issues: FieldIssue[] = [];
  // Before the other date checks, which would read it as no date, or as a day to come.
  for (const [path, value] of datesTyped(draft)) {
    if (value === NO_SUCH_DATE) issues.push({ path, message: NO_SUCH_DATE_MESSAGE });
  }
  draft.deadlines.forEach((d, i) => d.time === NO_SUCH_TIME && issues.push(halfTypedTime(`deadlines.${i}.time`)));
  draft.events.forEach((e, i) => e.time === NO_SUCH_TIME && issues.push(halfTypedTime(`events.${i}.time`)));
  const amount = (value: string, path: string, label: string, example: string) => {
    const parsed = parseNumber(value);
    if (parsed !== 'invalid') return parsed;
    issues.push({ path, message: `${label}: enter a number like ${example} (got '${value}')` });
    return null;
  };
  const money = moneyReader(issues);
  const pay = payFromDraft(draft, base.pay, money, issues);
  if (pay) checkCurrency(pay.currency, draft.payCurrency, 'pay.currency', issues);
  // A day still to come is no day applied on (2099 for 2026); one saved before stays as it was.
  if (
    isCalendarDate(draft.appliedAt) &&
    draft.appliedAt !== (base.appliedAt ?? '') &&
    draft.appliedAt > toCalendarDate(new Date())
  )
    issues.push({ path: 'appliedAt', message: 'Applied on is after today: enter the day you applied' });
  // "4 months" too, as a co-op term is often given: read as the CSV import reads a length (17⅓ weeks, shown back as "4 months").
  const durationWeeks = draft.durationWeeks.trim() === '' ? null : readWeeks(draft.durationWeeks);
  if (durationWeeks === null && draft.durationWeeks.trim() !== '')
    issues.push({
      path: 'durationWeeks',
      message: `Duration: enter weeks like 12, or months like 4 months (got '${draft.durationWeeks}')`,
    });

  const storedDeadlines = new Map(base.deadlines.map((d) => [d.id, d.at]));
  const deadlines = draft.deadlines.map((d) => ({
    id: d.id,
    kind: d.kind,
    at: dateOrInstant(d.date, d.time, storedDeadlines.get(d.id)),
    label: d.label.trim(),
    done: d.done,
  }));

  const storedEvents = new Map(base.events.map((e) => [e.id, e.start]));
  const events = draft.events.map((e, index) => ({
    id: e.id,
    kind: e.kind,
    title: e.title.trim(),
    start: dateOrInstant(e.date, e.time, storedEvents.get(e.id)),
    durationMinutes: amount(e.duration, `events.${index}.durationMinutes`, 'Duration in minutes', '45'),
    location: e.location.trim(),
    people: e.people.trim(),
    notes: e.notes,
    outcome: e.outcome,
  }));

  // A row added and left without its date: say so in the row's words, not the date format's.
  const missing = (path: string, what: string, row: string) =>
    issues.push({ path, message: `Enter the ${what}, or remove this ${row}` });
  draft.cohorts.forEach((c, index) => {
    if (c.start === '') missing(`cohorts.${index}.start`, 'start date', 'cohort');
    if (c.end === '') missing(`cohorts.${index}.end`, 'end date', 'cohort');
  });
  draft.deadlines.forEach((d, index) => d.date === '' && missing(`deadlines.${index}.at`, 'date', 'deadline'));
  draft.events.forEach((e, index) => e.date === '' && missing(`events.${index}.start`, 'date', 'event'));

  const followUpNote = draft.followUpNote.trim();
  if (draft.followUpOn === '' && followUpNote !== '')
    issues.push({ path: 'followUp.on', message: 'Choose the day to follow up, or clear the note' });
  const followUp =
    draft.followUpOn === '' ? null : { on: draft.followUpOn, note: followUpNote, done: draft.followUpDone };

  const referralName = draft.referralName.trim();
  const referralRelation = draft.referralRelation.trim();

  const candidate: Application = {
    ...base,
    company: draft.company.trim(),
    role: draft.role.trim(),
    term: parseTerm(draft.term),
    employmentType: draft.employmentType || null,
    workMode: draft.workMode || null,
    locations: splitList(draft.locations, /[\n;]/),
    postingUrl: draft.postingUrl.trim(),
    source: draft.source.trim(),
    appliedAt: draft.appliedAt || null,
    durationWeeks,
    pay,
    cohorts: draft.cohorts.map((c) => ({ ...c, label: c.label.trim() })),
    chosenCohortId: draft.cohorts.some((c) => c.id === draft.chosenCohortId) ? draft.chosenCohortId : null,
    deadlines,
    events,
    followUp,
    // Following the pay's currency, the offer's is checked with the pay when there is one.
    offer: draft.offer ? offerFromDraft(draft, draft.offer, money, issues, pay !== null) : null,
    sponsorship: draft.sponsorship,
    referral: referralName || referralRelation ? { name: referralName, relation: referralRelation } : null,
    resumeVersion: draft.resumeVersion.trim(),
    coverLetter: draft.coverLetter.trim(),
    contacts: draft.contacts.filter(isFilledIn).map((c) => ({ ...c, name: c.name.trim(), email: c.email.trim() })),
    tags: splitList(draft.tags, /,/),
    excitement: draft.excitement === '' ? null : Number(draft.excitement),
    notes: draft.notes,
  };
  return { candidate, issues };
}

interface MoneyField {
  path: string;
  label: string;
  example: string;
}
export const PERIOD_LABELS: Record<PayPeriod, string> = {
  hour: 'per hour',
  week: 'per week',
  month: 'per month',
  year: 'per year',
  total: 'for the whole internship',
};

/** A currency typed as a word or made up ("dollars", "DOL") is asked for as a code, before anything is saved in it. */
function checkCurrency(code: string, typed: string, path: string, issues: FieldIssue[]): void {
  if (isCurrencyCode(code)) return;
  const message =
    typed.trim() === ''
      ? 'Currency: say which currency the amount is in, like USD, EUR or GBP'
      : `Currency: '${typed.trim()}' is no currency code; write one like USD, EUR or GBP`;
  issues.push({ path, message });
}

/** The pay fields, or null when all are empty: the amounts (amountsFromDraft) and the hours a week. */
function payFromDraft(
  draft: EditorDraft,
  basePay: Application['pay'],
  money: MoneyReader,
  issues: FieldIssue[],
): Application['pay'] {
  const hours = hoursFromDraft(draft, issues);
  const pay = amountsFromDraft(draft, basePay, money, issues);
  // Hours alone are kept too: the pay they are for may be added later.
  if (hours === null) return pay;
  return {
    ...(pay ?? { min: null, max: null, currency: payCurrencyOf(draft), period: null, raw: '' }),
    hoursPerWeek: hours,
  };
}

/** Hours a week as typed ("20", "37,5", "20 h/week"); null when empty or unreadable (an issue says so). */
function hoursFromDraft(draft: EditorDraft, issues: FieldIssue[]): number | null {
  const written = draft.payHours.trim();
  if (written === '') return null;
  const hours = readHoursPerWeek(written);
  if (hours === null)
    issues.push({ path: 'pay.hoursPerWeek', message: `${HOURS_PER_WEEK_MESSAGE} (got '${written}')` });
  return hours;
}

/**
 * The pay's amounts, currency, period and text, or null when all are empty. "Pay from" may hold a
 * whole pay as students write it ("$45/hour", "$40–45 an hour", "€2,500 a month"): its amounts
 * fill the range, the period it states fills "Paid" when that was left open (another period there
 * is asked about), and it becomes the pay as written unless that was changed in the same edit.
 */
function amountsFromDraft(
  draft: EditorDraft,
  basePay: Application['pay'],
  money: MoneyReader,
  issues: FieldIssue[],
): Application['pay'] {
  const currency = payCurrencyOf(draft);
  const raw = draft.payRaw.trim();
  const written = draft.payMin.trim();
  const chosenPeriod = draft.payPeriod || null;
  const rawEdited = raw !== '' && raw !== (basePay?.raw ?? '');
  // "Unpaid", "none", "unbezahlt": no pay, kept as an amount of 0 as "0" or "$0" is, in the
  // currency and period chosen.
  if (saysUnpaid(written, { typed: true })) {
    if (draft.payMax.trim() === '')
      return { min: 0, max: 0, currency, period: chosenPeriod, raw: rawEdited ? raw : written };
    issues.push({ path: 'pay.min', message: `Pay from: '${written}' says there is no pay; empty Pay up to` });
    return null;
  }
  // A "$" takes the chosen currency, as it does in a single amount.
  // A whole pay ("$45/hour") where the field holds more than one amount; a negative one is
  // refused below as any amount is.
  const single = written === '' ? null : readOneAmount(written, { currency });
  const whole =
    single === null || single.ok || single.error === 'negative'
      ? null
      : readMoney(written, { currency, dollar: currency });
  if (whole?.ok && draft.payMax.trim() !== '') {
    issues.push({
      path: 'pay.min',
      message: `Pay from: '${written}' is a whole pay; empty Pay up to, or write only the amount here`,
    });
    return null;
  }
  if (whole?.ok) {
    const { min, max, period } = whole.money;
    const stated = whole.guesses.some((guess) => guess.kind === 'period') ? null : period;
    const unsettled = unsettledMark(whole.guesses, 'Pay from');
    const other = otherCurrency(
      'Pay from',
      written,
      { currency: whole.money.currency, guesses: whole.guesses },
      currency,
    );
    if (unsettled) {
      issues.push({ path: 'pay.min', message: unsettled });
    } else if (other) {
      issues.push({ path: 'pay.min', message: other });
    } else if (stated && chosenPeriod && stated !== chosenPeriod) {
      issues.push({
        path: 'pay.period',
        message: `Paid: '${written}' is ${PERIOD_LABELS[stated]}, but Paid says ${PERIOD_LABELS[chosenPeriod]}`,
      });
    }
    return { min, max, currency, period: chosenPeriod ?? stated, raw: rawEdited ? raw : written };
  }
  const min = money(draft.payMin, currency, { path: 'pay.min', label: 'Pay from', example: '11000' });
  const max = money(draft.payMax, currency, { path: 'pay.max', label: 'Pay up to', example: '11000' });
  if (min === null && max === null && raw === '') return null;
  // Ends the wrong way round: said on Pay up to, naming both fields as the form labels them, where
  // the record's own check ("The lowest pay is above the highest") would name neither.
  if (min !== null && max !== null && min > max)
    issues.push({
      path: 'pay.max',
      message: `The lowest pay is more than the highest: Pay from ${draft.payMin.trim()}, Pay up to ${draft.payMax.trim()}`,
    });
  // An empty Pay up to repeats Pay from, but for a floor Pay as written states ("a minimum of $15
  // per hour", read from a posting or a CSV cell): that pay has no highest amount.
  return { min, max: max ?? (isFloorOf(raw, min, currency) ? null : min), currency, period: chosenPeriod, raw };
}

/** Whether Pay as written is a floor of `min` ("at least $20/hr"), as a CSV cell is read. */
function isFloorOf(raw: string, min: number | null, currency: string): boolean {
  if (raw === '' || min === null) return false;
  const read = readMoney(raw, { currency, dollar: currency });
  return read.ok && read.bound === 'floor' && read.money.min === min;
}

/**
 * What Pay as written should say of the pay the fields hold, while the student has not written
 * it themselves: the text it had when the form opened while the pay is still that one, a whole
 * pay typed in Pay from as typed ("$45/hour"), else the amounts in words ("$12,000 a month"), so
 * it never keeps describing a pay the amounts no longer are. Null while the fields cannot be read
 * (half typed, or to be asked about on saving): the text stays as it is until they can.
 */
export function payTextFor(draft: EditorDraft, basePay: Application['pay']): string | null {
  const issues: FieldIssue[] = [];
  const pay = amountsFromDraft({ ...draft, payRaw: '' }, basePay, moneyReader(issues), issues);
  if (pay === null || issues.length > 0 || !isCurrencyCode(pay.currency)) return null;
  if (pay.min === null && pay.max === null) return null;
  // A whole pay in Pay from is saved as written there.
  if (pay.raw !== '') return pay.raw;
  const same =
    basePay !== null &&
    pay.min === basePay.min &&
    pay.max === basePay.max &&
    pay.currency === basePay.currency &&
    pay.period === basePay.period;
  return same ? basePay.raw : payInWords(pay);
}

/**
 * The period the pay fields state without Paid ("₹15,000/month" in Pay from: month), null for
 * none; undefined while they cannot be read (half typed, or to be asked about on saving), when
 * Paid should stay as it is.
 */
export function periodStatedIn(draft: EditorDraft, basePay: Application['pay']): PayPeriod | null | undefined {
  const issues: FieldIssue[] = [];
  const pay = amountsFromDraft({ ...draft, payPeriod: '' }, basePay, moneyReader(issues), issues);
  return issues.length > 0 ? undefined : (pay?.period ?? null);
}

/**
 * What the pay fields will save, said under Pay from as the student types ("Read as €2,100 per
 * month"), so a currency or period read from the amount shows before saving; null when they are
 * empty or when saving would ask about them.
 */
export function payReading(draft: EditorDraft, basePay: Application['pay']): string | null {
  if (draft.payMin.trim() === '' && draft.payMax.trim() === '') return null;
  const issues: FieldIssue[] = [];
  const pay = amountsFromDraft(draft, basePay, moneyReader(issues), issues);
  const min = pay?.min ?? pay?.max ?? null;
  if (pay === null || min === null || issues.length > 0 || !isCurrencyCode(pay.currency)) return null;
  if (isUnpaid(pay)) return 'Read as unpaid: no pay over the internship';
  const amount = formatMoney({ min, max: pay.max ?? min }, pay.currency);
  const floor = pay.max === null ? 'at least ' : '';
  if (pay.period) return `Read as ${floor}${amount} ${PERIOD_LABELS[pay.period]}`;
  // "$150/day", "日給10,000円": a period the app has none for, said rather than left as no period.
  if (statesPerDay(`${draft.payMin} ${draft.payMax}`))
    return `Read as ${floor}${amount} with no period: pay per day is not one the app keeps; choose one under Paid`;
  return `Read as ${floor}${amount} with no period`;
}

/**
 * The pay fields' examples in the currency they hold ("£45/hour" to a British student), where a
 * dollar's amounts read right in it; in dollars otherwise (¥45 an hour is no pay).
 */
export function payExamples(draft: EditorDraft): { whole: string; written: string } {
  const currency = payCurrencyOf(draft);
  const shown = isCurrencyCode(currency) && isDollarSized(currency) ? currency : 'USD';
  return { whole: `${formatMoney(45, shown)}/hour`, written: `${formatMoney(2500, shown)} monthly` };
}

/**
 * The currency of the pay fields. Currency left as the form opened it gives way to the one the
 * amounts write ("€1,800 per month"), a bare "$" to the US dollar unless Currency is a dollar
 * (pounds proposed to a UK student are no "$"); one chosen in this edit is the student's word,
 * and amounts in another are asked about on saving.
 */
export function payCurrencyOf(draft: EditorDraft): string {
  const chosen = draft.payCurrency.trim().toUpperCase();
  if (chosen !== draft.payCurrencyAsOpened) return chosen;
  const written = currencyWrittenIn(draft);
  if (written === '$') return isDollar(chosen) ? chosen : 'USD';
  return written ?? chosen;
}

/** The offer's currency: the pay's while it follows it (see OfferDraft), else the one written. */
export function offerCurrencyOf(draft: EditorDraft, offer: OfferDraft): string {
  return offer.currencyFollowsPay ? payCurrencyOf(draft) : offer.currency.trim().toUpperCase();
}

/**
 * The currency Pay from or Pay up to writes for certain, by its sign or code ("€1,800 a month",
 * "1800 EUR"), '$' for a bare dollar sign; null for none or a sign of several ("kr").
 */
function currencyWrittenIn(draft: EditorDraft): string | null {
  for (const text of [draft.payMin, draft.payMax]) {
    if (text.trim() === '') continue;
    const one = readOneAmount(text);
    const read = one.ok ? one : readMoney(text, { dollar: '$' });
    if (!read.ok) continue;
    const currency = 'money' in read ? read.money.currency : read.currency;
    const guessed = read.guesses.some((guess) => guess.kind === 'sign' || guess.kind === 'currency');
    if (currency !== null && !guessed) return currency;
  }
  return null;
}

/** The question to ask when a mark may group thousands or mark decimals ("2.500"), else null. */
function unsettledMark(guesses: readonly MoneyGuess[], label: string): string | null {
  const separator = guesses.find((guess) => guess.kind === 'thousands');
  if (separator?.kind !== 'thousands') return null;
  const grouped = separator.value;
  const decimal = Number(separator.written.replace(',', '.'));
  return `${label}: '${separator.written}' could be ${grouped.toLocaleString('en-US')} or ${decimal}; write ${grouped} or ${decimal.toFixed(2)}`;
}

type MoneyReader = (value: string, currency: string, field: MoneyField) => number | null;

/**
 * What to say of an amount written in another currency than the one chosen; null when it is in
 * that one (or a bare "$", the chosen currency's). A sign of several ("kr", "¥") is not taken on
 * its own: the student says which it is.
 */
function otherCurrency(
  label: string,
  written: string,
  read: { currency: string | null; guesses: readonly MoneyGuess[] },
  currency: string,
): string | null {
  const sign = read.guesses.find((guess) => guess.kind === 'sign');
  const could = sign?.kind === 'sign' ? [sign.currency, ...sign.others] : [read.currency];
  // With no currency chosen yet, Currency itself asks for one (checkCurrency): nothing to set this against.
  if (!isCurrencyCode(currency) || read.currency === null || read.currency === '$' || could.includes(currency))
    return null;
  return sign?.kind === 'sign'
    ? `${label}: '${sign.sign}' is the sign of ${listInWords([sign.currency, ...sign.others], 'or')}; choose which in Currency, which now says ${currency}`
    : `${label}: '${written}' is in ${read.currency}, but the currency is ${currency}`;
}

/**
 * Reads money fields as a CSV cell or a pasted posting would be read ("2.500" in EUR is 2,500,
 * "2,5k" is 2,500). A reading the text and the currency do not settle is asked, not guessed: the
 * user is right there to write it plainly.
 */
function moneyReader(issues: FieldIssue[]): MoneyReader {
  return (value, currency, { path, label, example }) => {
    if (value.trim() === '') return null;
    const read = readOneAmount(value, { currency });
    if (!read.ok) {
      const message =
        read.error === 'negative'
          ? `${label} cannot be negative (got '${value}')`
          : `${label}: enter a number like ${example} (got '${value}')`;
      issues.push({ path, message });
      return null;
    }
    const other = otherCurrency(label, value, read, currency);
    if (other) {
      issues.push({ path, message: other });
      return null;
    }
    const unsettled = unsettledMark(read.guesses, label);
    if (unsettled) {
      issues.push({ path, message: unsettled });
      return null;
    }
    return read.amount;
  };
}

function offerFromDraft(
  form: EditorDraft,
  draft: OfferDraft,
  money: MoneyReader,
  issues: FieldIssue[],
  payChecked: boolean,
): Offer {
  const currency = offerCurrencyOf(form, draft);
  if (!(draft.currencyFollowsPay && payChecked))
    checkCurrency(currency, draft.currencyFollowsPay ? form.payCurrency : draft.currency, 'offer.currency', issues);
  const amount = (value: string, path: string, label: string, example: string) =>
    money(value, currency, { path, label, example });
  let housing: Offer['housing'] = null;
  if (draft.housing === 'provided') housing = { type: 'provided' };
  if (draft.housing === 'stipend') {
    const stipend = amount(draft.housingAmount, 'offer.housing.amount', 'Housing stipend', '2000');
    if (stipend === null && draft.housingAmount.trim() === '')
      issues.push({ path: 'offer.housing.amount', message: 'Enter the stipend’s amount, or choose no housing' });
    housing = { type: 'stipend', amount: stipend ?? 0, period: draft.housingPeriod };
  }
  const other = draft.other.map((part, index) => {
    const path = `offer.other.${index}.amount`;
    const value = amount(part.amount, path, 'Amount', '5000');
    if (value === null && part.amount.trim() === '') issues.push({ path, message: 'Enter the amount' });
    return { id: part.id, label: part.label.trim(), amount: value ?? 0 };
  });
  return {
    currency,
    offeredOn: draft.offeredOn || null,
    housing,
    relocation: amount(draft.relocation, 'offer.relocation', 'Relocation', '5000'),
    signOnBonus: amount(draft.signOnBonus, 'offer.signOnBonus', 'Sign-on bonus', '5000'),
    other,
    // A deadline removed in the same edit takes the link with it.
    responseDeadlineId: form.deadlines.some((d) => d.id === draft.responseDeadlineId) ? draft.responseDeadlineId : null,
    returnOfferProspects: draft.returnOfferProspects.trim(),
  };
}

/** The record the draft describes with every problem in it: inputs that do not convert, then validation. */
export function checkDraft(draft: EditorDraft, base: Application): DraftConversion {
  const { candidate, issues } = applicationFromDraft(draft, base);
  // A value the record already held outside today's bounds stays until the student changes it.
  const validation = validateApplication(candidate, base);
  // One message per field: the draft's own, which says more, over the record's.
  const more = validation.ok ? [] : validation.issues.filter((v) => !issues.some((i) => i.path === v.path));
  return { candidate, issues: [...issues, ...more] };
}

/**
 * The message for a field: an issue at its path, or inside it (a tag's issue is at `tags.3`, and
 * is shown on the Tags field).
 */
export function issueAt(issues: readonly FieldIssue[], path: string): string | undefined {
  return issues.find((issue) => issue.path === path || issue.path.startsWith(`${path}.`))?.message;
}

/** What a new record is made of: the fields entered, without id, stage, history, rank or timestamps. */
export function enteredFields(app: Application): ApplicationFields {
  const {
    id: _id,
    stageId: _stage,
    phase: _phase,
    stageHistory: _history,
    boardRank: _rank,
    createdAt: _created,
    updatedAt: _updated,
    archivedAt: _archived,
    ...fields
  } = app;
  return fields;
}

/**
 * `known` with the fields the form changed: those where `candidate` (the record the draft makes)
 * differs from `unchanged` (the one the draft as opened makes), so that a value the form only
 * writes its own way (a single amount as a range, a label trimmed) is not taken for a change.
 */
export function withFormChanges(known: Application, unchanged: Application, candidate: Application): Application {
  const edited: Record<string, unknown> = { ...known };
  for (const field of Object.keys(candidate) as (keyof Application)[])
    if (!dequal(candidate[field], unchanged[field])) edited[field] = candidate[field];
  return edited as unknown as Application;
}
