// What "merge" means when an imported row duplicates an application already there (or an
// earlier row). The record already there is the base: the import only fills gaps and adds,
// it never overwrites what the student entered, and the stage never moves backwards.
//
//   id, company, role, boardRank, createdAt,        base
//   archivedAt
//   term, postingUrl, source, postingText,          base, or the import's when base is empty
//   resumeVersion, coverLetter                      (a missing term matches any: duplicates.ts)
//   employmentType, workMode, appliedAt,            base, or the import's when base is null
//   durationWeeks, pay, excitement, followUp,
//   referral
//   sponsorship                                     base, or the import's when base is unknown
//   offer                                           base's, its empty parts filled from the
//                                                   import's (amounts only in the same currency),
//                                                   other parts with a new label added
//   notes                                           both, base first, when they differ
//   locations, tags                                 union, ignoring case; base order first
//   deadlines                                       base + imported ones on a new day (below)
//   events                                          base + imported ones on a new day or at a new
//                                                   time (below)
//   cohorts                                         base + imported ones with new dates;
//                                                   base's choice, else the import's
//   contacts                                        base, each filled in from the import's of the same
//                                                   person (samePerson), + the import's others
//   stageHistory, stageId, phase                    base + imported entries further along the
//                                                   pipeline, or of stages it lacks that are
//                                                   earlier than its latest and in pipeline order
//                                                   there; the stage is the latest entry's
//   updatedAt                                       now
//
// Whatever is added keeps its id unless the base already has that id in the same list; then
// it gets a new one (ids are unique per list).
//
// A date is the student's when the base has one like it on the same day (where the student is):
// an imported deadline of the same kind (and label, when both have one) or an event of the same
// kind (or of no stated kind: an "Interview date" column's) only fills in the time of a date-only
// one, and a date-only deadline on the day of a deadline of another kind is taken as that one.
// An application applies once and answers an offer once: a deadline of those kinds on another
// day than the student's, or at another time, is not added: it is said (`kept`) and written into
// the notes, so that nothing of the file is lost. So is a pay, length, applied date, work mode,
// employment type, term, source, excitement, sponsorship, referral, follow-up, résumé version or
// cover letter the file gives otherwise than the student has.
import { dequal } from 'dequal';
import {
  EMPLOYMENT_TYPE_LABELS,
  SPONSORSHIP_LABELS,
  WORK_MODE_LABELS,
  type Application,
  type ApplicationEvent,
  type Cohort,
  type Contact,
  type Deadline,
  type DeadlineKind,
  type Offer,
  type Pay,
  type StageChange,
} from '../application';
import { dayOf, isCalendarDate, whenInWords } from '../calendarDate';
import type { DateWords } from '../dateWords';
import { withDeadlinesMetByMove } from '../deadlinesMetByStage';
import { unrecordedTime, withTime } from '../entryTime';
import { isUnpaid, UNPAID } from '../money/unpaid';
import { formatMoney, hoursInWords, weeksInWords } from '../payNormalize';
import { DEADLINE_KIND_LABELS } from '../nextDate';
import { phaseRank, stageLabel, stageRank, type Pipeline } from '../pipeline';
import { comparableName } from '../normalizeWord';
import { comparableTerm } from '../sameApplication';
import { termLabel } from '../term';

export interface MergeResult {
  application: Application;
  /**
   * What of the import was left out for what the student has, said as "Arm (Graduate Intern, CPU)
   * keeps its …: the file's … is not added"; the caller names the line.
   */
  kept: string[];
  /**
   * The file's values not taken, each written into the notes instead, in words: "the pay
   * '$12,000/month'", "the date 'Application deadline: Wed, Aug 12, 2026'".
   */
  notTaken: string[];
  /** Whether the file's own notes were added to the student's. */
  notesAdded: boolean;
}

function unionIgnoringCase(base: readonly string[], incoming: readonly string[]): string[] {
  const seen = new Set(base.map((v) => v.toLowerCase()));
  const added = incoming.filter((v) => {
    const key = v.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return [...base, ...added];
}

/** The item with an id not taken yet, which it then takes. */
function withFreshId<T extends { id: string }>(item: T, taken: Set<string>): T {
  let id = item.id;
  for (let n = 2; taken.has(id); n += 1) id = `${item.id.slice(0, 90)}-${n}`;
  taken.add(id);
  return id === item.id ? item : { ...item, id };
}

/** `base` + `added`, each added item with an id no base item has (and no earlier added one). */
function appended<T extends { id: string }>(base: readonly T[], added: readonly T[]): T[] {
  const taken = new Set(base.map((item) => item.id));
  return [...base, ...added.map((item) => withFreshId(item, taken))];
}

function mergeNotes(base: string, incoming: string): string {
  if (incoming.trim() === '' || base.includes(incoming)) return base;
  if (base.trim() === '') return incoming;
  return `${base}\n\n${incoming}`;
}

/** Kinds an application has one of: a second one on another day is a clash, not another deadline. */
const ONE_PER_APPLICATION: ReadonlySet<DeadlineKind> = new Set(['application', 'offer-response']);

/** Two labels or titles that can name one thing: the same, ignoring case, or one of them empty. */
function sameName(a: string, b: string): boolean {
  const [x, y] = [a.trim().toLowerCase(), b.trim().toLowerCase()];
  return x === '' || y === '' || x === y;
}

/** 'Application deadline: Tue, Dec 8, 2026, 9:00 AM', as the details list it. */
function deadlineWords(d: Deadline, dates: DateWords): string {
  return `'${d.label.trim() || DEADLINE_KIND_LABELS[d.kind]}: ${whenInWords(d.at, dates)}'`;
}

interface MergedDeadlines {
  deadlines: Deadline[];
  /** Each imported deadline's id in the merged list: itself, or the student's it is taken as. */
  sameAs: Map<string, string>;
  kept: string[];
  /** The file's deadlines not added, in words. */
  leftOut: string[];
}

function mergeDeadlines(base: Application, incoming: Application, dates: DateWords): MergedDeadlines {
  const deadlines = [...base.deadlines];
  const taken = new Set(deadlines.map((d) => d.id));
  const sameAs = new Map<string, string>();
  const kept: string[] = [];
  const leftOut: string[] = [];
  const who = `${base.company} (${base.role})`;
  const keeps = (mine: Deadline, theirs: Deadline) => {
    leftOut.push(deadlineWords(theirs, dates));
    return `${who} keeps its ${deadlineWords(mine, dates)}: the file's ${deadlineWords(theirs, dates)} is not added, but written into its notes (add it by hand if both are right)`;
  };
  for (const d of incoming.deadlines) {
    const day = dayOf(d.at);
    const dateOnly = isCalendarDate(d.at);
    const ofKind = deadlines.filter((b) => b.kind === d.kind && sameName(b.label, d.label));
    const sameDay = ofKind.filter((b) => dayOf(b.at) === day);
    const same =
      deadlines.find((b) => b.kind === d.kind && b.at === d.at) ??
      sameDay.find((b) => isCalendarDate(b.at)) ??
      sameDay[0];
    const otherKind = dateOnly
      ? deadlines.find((b) => b.kind !== d.kind && dayOf(b.at) === day && sameName(b.label, d.label))
      : undefined;
    if (same) {
      sameAs.set(d.id, same.id);
      if (same.at === d.at || dateOnly) continue;
      if (isCalendarDate(same.at)) deadlines[deadlines.indexOf(same)] = { ...same, at: d.at };
      else kept.push(keeps(same, d));
    } else if (otherKind) {
      sameAs.set(d.id, otherKind.id);
      kept.push(
        `the file's ${deadlineWords(d, dates)} is taken as ${who}'s ${deadlineWords(otherKind, dates)} on the same day, and not added`,
      );
    } else if (ONE_PER_APPLICATION.has(d.kind) && ofKind.length > 0) {
      sameAs.set(d.id, ofKind[0]!.id);
      kept.push(keeps(ofKind[0]!, d));
    } else {
      const added = withFreshId(d, taken);
      deadlines.push(added);
      sameAs.set(d.id, added.id);
    }
  }
  return { deadlines, sameAs, kept, leftOut };
}

/** '$12,000/month' as the file wrote it, else as the app writes it: '$12,000 a month'. */
function payWords(pay: Pay): string {
  if (pay.raw.trim() !== '') return pay.raw.trim();
  if (isUnpaid(pay)) return UNPAID;
  const min = pay.min ?? pay.max;
  const amount = min === null ? pay.currency : formatMoney({ min, max: pay.max ?? min }, pay.currency);
  const words =
    pay.period === null ? amount : pay.period === 'total' ? `${amount} in all` : `${amount} a ${pay.period}`;
  const hours = hoursInWords(pay);
  return hours ? `${words}, ${hours}` : words;
}

/** The same pay: the same amounts, and hours a week that one states and the other does not, or the same. */
const samePay = (a: Pay, b: Pay) =>
  a.min === b.min &&
  a.max === b.max &&
  a.currency === b.currency &&
  a.period === b.period &&
  (a.hoursPerWeek === undefined || b.hoursPerWeek === undefined || a.hoursPerWeek === b.hoursPerWeek);

/** The student's pay, or the file's where there is none; the same pay gains the hours only the file states. */
function mergedPay(base: Pay | null, incoming: Pay | null): Pay | null {
  if (base === null) return incoming;
  if (incoming?.hoursPerWeek === undefined || base.hoursPerWeek !== undefined || !samePay(base, incoming)) return base;
  return { ...base, hoursPerWeek: incoming.hoursPerWeek };
}

/**
 * The values the student has one of where the file gives another: each, in words, when both are
 * there and differ. The student's stays (mergeApplications takes the base's).
 */
function differingValues(
  base: Application,
  incoming: Application,
  dates: DateWords,
): Array<{ mine: string; theirs: string }> {
  const differ: Array<{ mine: string; theirs: string }> = [];
  const compare = <T>(mine: T | null, theirs: T | null, same: (a: T, b: T) => boolean, words: (v: T) => string) => {
    if (mine !== null && theirs !== null && !same(mine, theirs))
      differ.push({ mine: words(mine), theirs: words(theirs) });
  };
  compare(base.pay, incoming.pay, samePay, (pay) => `pay '${payWords(pay)}'`);
  compare(base.durationWeeks, incoming.durationWeeks, Object.is, (weeks) => `length '${weeksInWords(weeks)}'`);
  compare(base.appliedAt, incoming.appliedAt, Object.is, (day) => `applied date '${whenInWords(day, dates)}'`);
  compare(base.workMode, incoming.workMode, Object.is, (mode) => `work mode '${WORK_MODE_LABELS[mode]}'`);
  compare(
    base.employmentType,
    incoming.employmentType,
    Object.is,
    (type) => `employment type '${EMPLOYMENT_TYPE_LABELS[type]}'`,
  );
  // A year alone is the same term as a season of that year, but the file's season says more.
  const term = (t: Application['term']) => (comparableTerm(t) === '' ? null : t);
  compare(
    term(base.term),
    term(incoming.term),
    (a, b) => comparableTerm(a) === comparableTerm(b) || comparableTerm(b) === String(b.year),
    (t) => `term '${termLabel(t)}'`,
  );
  compare(text(base.source), text(incoming.source), sameText, (source) => `source '${source}'`);
  compare(base.excitement, incoming.excitement, Object.is, (level) => `excitement '${level} of 5'`);
  const known = (s: Application['sponsorship']) => (s === 'unknown' ? null : s);
  compare(
    known(base.sponsorship),
    known(incoming.sponsorship),
    Object.is,
    (s) => `sponsorship '${SPONSORSHIP_LABELS[s]}'`,
  );
  compare(
    base.referral,
    incoming.referral,
    (a, b) => sameText(a.name, b.name),
    (r) => `referral '${r.name}${r.relation.trim() === '' ? '' : ` (${r.relation.trim()})`}'`,
  );
  compare(
    base.followUp,
    incoming.followUp,
    (a, b) => a.on === b.on && (b.note.trim() === '' || sameText(a.note, b.note)),
    (f) => `follow-up '${whenInWords(f.on, dates)}${f.note.trim() === '' ? '' : `: ${f.note.trim()}`}'`,
  );
  compare(text(base.resumeVersion), text(incoming.resumeVersion), sameText, (v) => `résumé version '${v}'`);
  compare(text(base.coverLetter), text(incoming.coverLetter), sameText, (v) => `cover letter '${v}'`);
  return differ;
}

/** A text field's value, or null when it is empty. */
const text = (value: string) => (value.trim() === '' ? null : value.trim());
/** Two texts that say the same, ignoring case, accents and spacing. */
const sameText = (a: string, b: string) => comparableName(a) === comparableName(b);

function mergeEvents(base: Application, incoming: Application): ApplicationEvent[] {
  const events = [...base.events];
  const taken = new Set(events.map((e) => e.id));
  for (const e of incoming.events) {
    const day = dayOf(e.start);
    // An event of no stated kind ("Interview date") is whichever the student has that day.
    const sameDay = events.filter(
      (b) => dayOf(b.start) === day && (e.kind === 'other' || (b.kind === e.kind && sameName(b.title, e.title))),
    );
    const exact = events.some((b) => b.kind === e.kind && b.start === e.start);
    if (exact || sameDay.some((b) => b.start === e.start) || (isCalendarDate(e.start) && sameDay.length > 0)) continue;
    const dateOnly = sameDay.find((b) => isCalendarDate(b.start));
    // At another time of a day with interviews at their times: a superday has several.
    if (dateOnly === undefined) events.push(withFreshId(e, taken));
    else
      events[events.indexOf(dateOnly)] = {
        ...dateOnly,
        start: e.start,
        durationMinutes: dateOnly.durationMinutes ?? e.durationMinutes,
      };
  }
  return events;
}

function mergeCohorts(base: Application, incoming: Application): Pick<Application, 'cohorts' | 'chosenCohortId'> {
  const added: Cohort[] = [];
  // Where each imported cohort ended up: the base cohort starting that day, or itself. A file's
  // cohort worked out from a start and a length ("12 months") ends a few days off the one the
  // student wrote; one work term starts on a day once, so the student's dates stand.
  const sameAs = new Map<string, string>();
  for (const c of incoming.cohorts) {
    const same = base.cohorts.find((b) => b.start === c.start);
    if (same) sameAs.set(c.id, same.id);
    else added.push(c);
  }
  const cohorts = appended(base.cohorts, added);
  added.forEach((c, i) => sameAs.set(c.id, cohorts[base.cohorts.length + i]!.id));
  const chosenCohortId =
    base.chosenCohortId ?? (incoming.chosenCohortId === null ? null : (sameAs.get(incoming.chosenCohortId) ?? null));
  return { cohorts, chosenCohortId };
}

function mergeHistory(
  base: readonly StageChange[],
  incoming: readonly StageChange[],
  pipeline: Pipeline,
): StageChange[] {
  const history = [...base];
  const latest = base.at(-1)!;
  const latestTime = Date.parse(latest.at);
  // How much further along the pipeline a is than b: a later phase, or a later stage of the same phase.
  const along = (a: StageChange, b: StageChange) =>
    phaseRank(a.phase) - phaseRank(b.phase) || stageRank(pipeline, a.stageId) - stageRank(pipeline, b.stageId);
  const taken = new Set(base.map((h) => h.id));
  // After every entry at or before the same moment, as withStageChange keeps it.
  const placeOf = (time: number) => {
    let index = history.length;
    while (index > 0 && Date.parse(history[index - 1]!.at) > time) index -= 1;
    return index;
  };
  for (const change of incoming) {
    const time = Date.parse(change.at);
    if (along(change, latest) > 0) {
      if (history.some((h) => h.stageId === change.stageId && h.at.slice(0, 10) === change.at.slice(0, 10))) continue;
      // Further along than where the application stands, though dated before its latest entry
      // (often just the day it was added or imported): it is where the application stands now,
      // so it comes last, at that entry's moment (its date still not recorded where it was not).
      // The applied date keeps the file's day.
      const moved =
        time < latestTime ? withTime(change, change.dateUnknown ? unrecordedTime(latest.at) : latest) : change;
      history.splice(placeOf(Date.parse(moved.at)), 0, withFreshId(moved, taken));
      continue;
    }
    // Earlier than the latest entry, a stage the history lacks fills in where it falls in time,
    // only where the pipeline's order agrees (after the stages before it, before those after):
    // a stage the student's history has passed or has already would take it backwards.
    if (time >= latestTime || history.some((h) => h.stageId === change.stageId)) continue;
    const index = placeOf(time);
    const [before, after] = [history[index - 1], history[index]];
    if ((before && along(before, change) >= 0) || (after && along(change, after) >= 0)) continue;
    history.splice(index, 0, withFreshId(change, taken));
  }
  return history;
}

function mergeOffer(base: Application, incoming: Application, sameAs: ReadonlyMap<string, string>): Offer | null {
  const theirs = incoming.offer;
  // The import's response deadline, as the deadline of the merged list it became or is taken as.
  const responseId = (theirs?.responseDeadlineId && sameAs.get(theirs.responseDeadlineId)) ?? null;
  if (base.offer === null) return theirs && { ...theirs, responseDeadlineId: responseId };
  const ours = base.offer;
  if (theirs === null) return ours;
  const sameCurrency = ours.currency === theirs.currency;
  const labels = new Set(ours.other.map((p) => p.label.toLowerCase()));
  return {
    ...ours,
    offeredOn: ours.offeredOn ?? theirs.offeredOn,
    housing: ours.housing ?? (sameCurrency || theirs.housing?.type === 'provided' ? theirs.housing : null),
    relocation: ours.relocation ?? (sameCurrency ? theirs.relocation : null),
    signOnBonus: ours.signOnBonus ?? (sameCurrency ? theirs.signOnBonus : null),
    other: sameCurrency
      ? appended(
          ours.other,
          theirs.other.filter((p) => !labels.has(p.label.toLowerCase())),
        )
      : ours.other,
    responseDeadlineId: ours.responseDeadlineId ?? responseId,
    returnOfferProspects: ours.returnOfferProspects || theirs.returnOfferProspects,
  };
}

/** Phone numbers as dialled: the same digits, or one with a country code the other leaves out. */
function samePhone(a: string, b: string): boolean {
  const [x, y] = [a.replace(/\D/g, ''), b.replace(/\D/g, '')].sort((p, q) => p.length - q.length) as [string, string];
  return x.length >= 7 && y.endsWith(x);
}

/**
 * One person, as a sheet and another tracker write them: the same email; or, where either has
 * none, the same name (ignoring case, accents and spacing) or phone. Two emails that differ are
 * two people, whatever their names.
 */
function samePerson(a: Contact, b: Contact): boolean {
  const [emailA, emailB] = [a.email.trim().toLowerCase(), b.email.trim().toLowerCase()];
  if (emailA !== '' && emailB !== '') return emailA === emailB;
  const [nameA, nameB] = [comparableName(a.name), comparableName(b.name)];
  return (nameA !== '' && nameA === nameB) || samePhone(a.phone, b.phone);
}

/** The tracked contacts, each filled in from the file's of the same person; the file's others added. */
function mergeContacts(base: readonly Contact[], incoming: readonly Contact[]): Contact[] {
  const contacts = [...base];
  for (const theirs of incoming) {
    const i = contacts.findIndex((mine) => samePerson(mine, theirs));
    if (i < 0) {
      contacts.push(theirs);
      continue;
    }
    const mine = contacts[i]!;
    contacts[i] = {
      ...mine,
      name: mine.name || theirs.name,
      role: mine.role || theirs.role,
      email: mine.email || theirs.email,
      phone: mine.phone || theirs.phone,
      notes: mergeNotes(mine.notes, theirs.notes),
    };
  }
  return appended(contacts.slice(0, base.length), contacts.slice(base.length));
}

export function mergeApplications(
  base: Application,
  incoming: Application,
  now: string,
  pipeline: Pipeline,
  dates: DateWords,
): MergeResult {
  const stageHistory = mergeHistory(base.stageHistory, incoming.stageHistory, pipeline);
  const latest = stageHistory.at(-1)!;
  const { deadlines: merged, sameAs, kept, leftOut } = mergeDeadlines(base, incoming, dates);
  // Moved on by the file's stage: what the move meets is ticked, as when the student moves it (stageHistory.ts).
  const deadlines = withDeadlinesMetByMove(merged, base.phase, latest.phase);
  const differing = differingValues(base, incoming, dates);
  for (const { mine, theirs } of differing)
    kept.push(
      `${base.company} (${base.role}) keeps its ${mine}: the file's ${theirs} is not taken, but written into its notes`,
    );
  const notes = [
    ...leftOut.map((words) => `Not added on import: ${words}`),
    ...differing.map(({ theirs }) => `Not taken on import: ${theirs}`),
  ].join('\n');
  const withTheirs = mergeNotes(base.notes, incoming.notes);
  const baseHasTerm = base.term.text !== '' || base.term.season !== null || base.term.year !== null;
  const application: Application = {
    ...base,
    term: baseHasTerm ? base.term : incoming.term,
    postingUrl: base.postingUrl || incoming.postingUrl,
    source: base.source || incoming.source,
    postingText: base.postingText || incoming.postingText,
    resumeVersion: base.resumeVersion || incoming.resumeVersion,
    coverLetter: base.coverLetter || incoming.coverLetter,
    employmentType: base.employmentType ?? incoming.employmentType,
    workMode: base.workMode ?? incoming.workMode,
    appliedAt: base.appliedAt ?? incoming.appliedAt,
    durationWeeks: base.durationWeeks ?? incoming.durationWeeks,
    pay: mergedPay(base.pay, incoming.pay),
    excitement: base.excitement ?? incoming.excitement,
    followUp: base.followUp ?? incoming.followUp,
    referral: base.referral ?? incoming.referral,
    sponsorship: base.sponsorship === 'unknown' ? incoming.sponsorship : base.sponsorship,
    offer: mergeOffer(base, incoming, sameAs),
    notes: mergeNotes(withTheirs, notes),
    locations: unionIgnoringCase(base.locations, incoming.locations),
    tags: unionIgnoringCase(base.tags, incoming.tags),
    deadlines,
    events: mergeEvents(base, incoming),
    ...mergeCohorts(base, incoming),
    contacts: mergeContacts(base.contacts, incoming.contacts),
    stageHistory,
    stageId: latest.stageId,
    phase: latest.phase,
    updatedAt: now,
  };
  const notTaken = [...differing.map(({ theirs }) => `the ${theirs}`), ...leftOut.map((words) => `the date ${words}`)];
  return { application, kept, notTaken, notesAdded: withTheirs !== base.notes };
}

/** Fields a merge may fill in, as the duplicate review names them. */
const FILLED_IN: ReadonlyArray<[keyof Application, string]> = [
  ['term', 'the term'],
  ['postingUrl', 'the posting address'],
  ['source', 'the source'],
  ['employmentType', 'the type'],
  ['workMode', 'the work mode'],
  ['appliedAt', 'the applied date'],
  ['durationWeeks', 'the length'],
  ['pay', 'the pay'],
  ['offer', 'offer details'],
  ['excitement', 'the excitement'],
  ['sponsorship', 'the sponsorship'],
  ['referral', 'the referral'],
  ['followUp', 'the follow-up'],
  ['resumeVersion', 'the résumé version'],
  ['coverLetter', 'the cover letter'],
  ['locations', 'places'],
  ['tags', 'tags'],
];

/**
 * What merging a row into `base` added (`merging` is mergeApplications' result) or wrote into the
 * notes for not taking it, in words: ["the contact Tom Becker", "the stage Offer", "2 dates",
 * "the pay '$40/hr'", "notes"]. Skipping the row leaves these out, so the duplicate review says so.
 */
export function addedByMerge(base: Application, merging: MergeResult, pipeline: Pipeline): string[] {
  const merged = merging.application;
  const named = (c: Contact) => `the contact ${c.name.trim() || c.email.trim() || c.phone.trim()}`;
  const added = [
    ...base.contacts.filter((c, i) => !dequal(c, merged.contacts[i])).map((c) => `${named(c)}'s details`),
    ...merged.contacts.slice(base.contacts.length).map(named),
  ];
  if (merged.stageId !== base.stageId) added.push(`the stage ${stageLabel(pipeline, merged)}`);
  const dates =
    merged.deadlines.length -
    base.deadlines.length +
    merged.events.length -
    base.events.length +
    merged.cohorts.length -
    base.cohorts.length;
  if (dates > 0) added.push(dates === 1 ? 'a date' : `${dates} dates`);
  for (const [field, words] of FILLED_IN)
    if (JSON.stringify(merged[field]) !== JSON.stringify(base[field])) added.push(words);
  // What the merge wrote into the notes instead of taking it is named, not counted as notes.
  added.push(...merging.notTaken);
  if (merging.notesAdded) added.push('notes');
  return added;
}
