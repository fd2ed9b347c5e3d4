// The "next date" of an application: what the student has to act on or show up for next.
import {
  EVENT_KIND_LABELS,
  type Application,
  type ApplicationEvent,
  type Cohort,
  type Deadline,
  type DeadlineKind,
  type EventKind,
  type FollowUp,
} from './application';
import { isCalendarDate, startOfCalendarDate } from './calendarDate';
import { normalizeWord } from './normalizeWord';
import { deadlineDueTime } from './deadlineDue';
import { isClosed } from './stageHistory';

export type DateEvent =
  | { type: 'deadline'; kind: DeadlineKind; deadlineId: string; label: string; at: string; time: number }
  | { type: 'cohort-start'; cohortId: string; label: string; at: string; time: number }
  | { type: 'event'; eventId: string; kind: EventKind; label: string; at: string; time: number }
  | { type: 'follow-up'; label: 'Follow up'; at: string; time: number };

export const DEADLINE_KIND_LABELS: Record<DeadlineKind, string> = {
  application: 'Application deadline',
  assessment: 'Assessment due',
  interview: 'Interview',
  'offer-response': 'Offer response due',
  other: 'Deadline',
};

/**
 * A deadline's own label, to write beside its kind's name ("Application deadline: Online form");
 * '' when it only repeats that name, whatever its case, spaces or punctuation ("Deadline" labelled
 * "deadline:"), which would read twice.
 */
export function labelBesideKind(deadline: Pick<Deadline, 'kind' | 'label'>): string {
  return normalizeWord(deadline.label) === normalizeWord(DEADLINE_KIND_LABELS[deadline.kind]) ? '' : deadline.label;
}

/** The deadline to answer an offer by: the one the offer names, else the nearest open offer-response deadline. */
export function responseDeadline(app: Pick<Application, 'deadlines' | 'offer'>): Deadline | null {
  const named = app.offer?.responseDeadlineId;
  const chosen = named == null ? undefined : app.deadlines.find((d) => d.id === named);
  if (chosen) return chosen;
  const open = app.deadlines.filter((d) => d.kind === 'offer-response' && !d.done);
  return open.sort((a, b) => deadlineDueTime(a) - deadlineDueTime(b))[0] ?? null;
}

/** An event's name: the user's title, else its kind ("Technical interview"). */
export function eventLabel(event: Pick<ApplicationEvent, 'title' | 'kind'>): string {
  return event.title.trim() || EVENT_KIND_LABELS[event.kind];
}

/** Events that count for dates and reminders: all but the cancelled ones. */
export function activeEvents(app: Pick<Application, 'events'>): ApplicationEvent[] {
  return app.events.filter((e) => e.outcome !== 'cancelled');
}

/** The follow-up date, unless it is done. */
export function openFollowUp(app: Pick<Application, 'followUp'>): FollowUp | null {
  return app.followUp !== null && !app.followUp.done ? app.followUp : null;
}

/**
 * When a date counts from: a calendar date (a cohort start, a date-only event, a follow-up) from
 * the start of its day, as it counts all day; an instant (an event with a time) at that moment.
 */
function startTime(at: string): number {
  return isCalendarDate(at) ? startOfCalendarDate(at).getTime() : Date.parse(at);
}

/** A DateEvent that counts all day, until its day is over, rather than until its moment passes. */
export function isAllDay(event: DateEvent): boolean {
  return (
    event.type === 'cohort-start' || event.type === 'follow-up' || (event.type === 'event' && isCalendarDate(event.at))
  );
}

/** Cohorts that count for dates: the chosen one when chosen, else all of them. */
export function relevantCohorts(app: Pick<Application, 'cohorts' | 'chosenCohortId'>) {
  const chosen = app.cohorts.find((c) => c.id === app.chosenCohortId);
  return chosen ? [chosen] : app.cohorts;
}

function deadlineEvent(d: Deadline, time = deadlineDueTime(d)): DateEvent {
  return {
    type: 'deadline',
    kind: d.kind,
    deadlineId: d.id,
    label: d.label || DEADLINE_KIND_LABELS[d.kind],
    at: d.at,
    time,
  };
}

function cohortStartEvent(c: Cohort, time = startTime(c.start)): DateEvent {
  return {
    type: 'cohort-start',
    cohortId: c.id,
    label: c.label ? `${c.label} starts` : 'Internship starts',
    at: c.start,
    time,
  };
}

function eventEvent(e: ApplicationEvent, time = startTime(e.start)): DateEvent {
  return { type: 'event', eventId: e.id, kind: e.kind, label: eventLabel(e), at: e.start, time };
}

function followUpEvent(f: FollowUp, time = startTime(f.on)): DateEvent {
  return { type: 'follow-up', label: 'Follow up', at: f.on, time };
}

type DatedApplication = Pick<Application, 'deadlines' | 'cohorts' | 'chosenCohortId' | 'events' | 'followUp'>;

/**
 * Open deadlines, relevant cohort starts, events not cancelled and the open follow-up date, in
 * time order (past ones included).
 */
export function dateEvents(app: DatedApplication): DateEvent[] {
  const followUp = openFollowUp(app);
  const events = [
    ...app.deadlines.filter((d) => !d.done).map((d) => deadlineEvent(d)),
    ...relevantCohorts(app).map((c) => cohortStartEvent(c)),
    ...activeEvents(app).map((e) => eventEvent(e)),
    ...(followUp ? [followUpEvent(followUp)] : []),
  ];
  return events.sort((a, b) => a.time - b.time);
}

/** The times of dateEvents: the keys of the database's date index. */
export function dateKeys(app: DatedApplication): number[] {
  return dateEvents(app).map((e) => e.time);
}

type NextDateApplication = Pick<Application, 'phase'> & DatedApplication;

/** What finding the next date needs of the moment it is asked at. */
interface Moment {
  nowTime: number;
  startOfToday: number;
  dueTime: (deadline: Deadline) => number;
  startTime: (at: string) => number;
}

function momentOf(now: Date, dueTime: Moment['dueTime'], start: Moment['startTime']): Moment {
  return { nowTime: now.getTime(), startOfToday: new Date(now).setHours(0, 0, 0, 0), dueTime, startTime: start };
}

// One pass that builds only the winning event: this runs for every row of the table and export.
// Candidates are visited in dateEvents' order and only a strictly earlier one replaces the best,
// so ties go as they do there: deadline, cohort start, event, follow-up.
function nearest(app: NextDateApplication, moment: Moment): DateEvent | null {
  if (isClosed(app)) return null;
  let best: (() => DateEvent) | null = null;
  let bestTime = Infinity;
  for (const d of app.deadlines) {
    if (d.done) continue;
    const time = moment.dueTime(d);
    if (time > moment.nowTime && time < bestTime) [best, bestTime] = [() => deadlineEvent(d, time), time];
  }
  for (const c of relevantCohorts(app)) {
    const time = moment.startTime(c.start);
    if (time >= moment.startOfToday && time < bestTime) [best, bestTime] = [() => cohortStartEvent(c, time), time];
  }
  for (const e of app.events) {
    if (e.outcome === 'cancelled') continue;
    const time = moment.startTime(e.start);
    const ahead = isCalendarDate(e.start) ? time >= moment.startOfToday : time > moment.nowTime;
    if (ahead && time < bestTime) [best, bestTime] = [() => eventEvent(e, time), time];
  }
  const followUp = openFollowUp(app);
  if (followUp) {
    const time = moment.startTime(followUp.on);
    if (time >= moment.startOfToday && time < bestTime) best = () => followUpEvent(followUp, time);
  }
  return best === null ? null : best();
}

/**
 * The nearest of: open deadlines, cohort starts, events not cancelled and the open follow-up
 * date, that is not over yet; a calendar date counts until its day is over. Closed applications
 * have none.
 */
export function nextDate(app: NextDateApplication, now: Date): DateEvent | null {
  return nearest(app, momentOf(now, deadlineDueTime, startTime));
}

/** Looks a value up by its date text, working it out the first time. */
function memoized<T>(key: (item: T) => string, compute: (item: T) => number): (item: T) => number {
  const known = new Map<string, number>();
  return (item) => {
    const text = key(item);
    let value = known.get(text);
    if (value === undefined) {
      value = compute(item);
      known.set(text, value);
    }
    return value;
  };
}

/**
 * `nextDate` for many applications at one moment (an export): the moment is worked out once,
 * and each date's due time once, as thousands of rows share a few hundred dates and local-time
 * Date arithmetic is what costs. Use it within one task: it keeps the time zone it started in.
 */
export function nextDateAt(now: Date): (app: NextDateApplication) => DateEvent | null {
  const moment = momentOf(
    now,
    memoized((d: Deadline) => d.at, deadlineDueTime),
    memoized((at: string) => at, startTime),
  );
  return (app) => nearest(app, moment);
}
