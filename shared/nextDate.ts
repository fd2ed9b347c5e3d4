// The "next date" of an application: what the student has to act on or show up for next.
import type { Application, Cohort, Deadline, DeadlineKind } from './application';
import { isCalendarDate, startOfCalendarDate } from './calendarDate';
import { isEnded } from './status';

export type DateEvent =
  | { type: 'deadline'; kind: DeadlineKind; deadlineId: string; label: string; at: string; time: number }
  | { type: 'cohort-start'; cohortId: string; label: string; at: string; time: number };

export const DEADLINE_KIND_LABELS: Record<DeadlineKind, string> = {
  application: 'Application deadline',
  assessment: 'Assessment due',
  interview: 'Interview',
  'offer-response': 'Offer response due',
  other: 'Deadline',
};

/** When a deadline is due: its instant, or the end of its day when it has no time. */
export function deadlineDueTime(deadline: Pick<Deadline, 'at'>): number {
  // Plain Date arithmetic (not date-fns endOfDay/parseISO): this runs for every deadline of
  // every application on each export, sort and reminder plan. Date.parse reads our instants exactly.
  return isCalendarDate(deadline.at)
    ? startOfCalendarDate(deadline.at).setHours(23, 59, 59, 999)
    : Date.parse(deadline.at);
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

function cohortStartEvent(c: Cohort, time = startOfCalendarDate(c.start).getTime()): DateEvent {
  return {
    type: 'cohort-start',
    cohortId: c.id,
    label: c.label ? `${c.label} starts` : 'Internship starts',
    at: c.start,
    time,
  };
}

/** Open deadlines and cohort starts, in time order (past ones included). */
export function dateEvents(app: Pick<Application, 'deadlines' | 'cohorts' | 'chosenCohortId'>): DateEvent[] {
  const events = [
    ...app.deadlines.filter((d) => !d.done).map((d) => deadlineEvent(d)),
    ...relevantCohorts(app).map((c) => cohortStartEvent(c)),
  ];
  return events.sort((a, b) => a.time - b.time);
}

/** Due times of open deadlines and relevant cohort starts: the keys of the database's date index. */
export function dateKeys(app: Pick<Application, 'deadlines' | 'cohorts' | 'chosenCohortId'>): number[] {
  return dateEvents(app).map((e) => e.time);
}

type NextDateApplication = Pick<Application, 'status' | 'deadlines' | 'cohorts' | 'chosenCohortId'>;

/** What finding the next date needs of the moment it is asked at. */
interface Moment {
  nowTime: number;
  startOfToday: number;
  dueTime: (deadline: Deadline) => number;
  startTime: (cohort: Cohort) => number;
}

function momentOf(now: Date, dueTime: Moment['dueTime'], startTime: Moment['startTime']): Moment {
  return { nowTime: now.getTime(), startOfToday: new Date(now).setHours(0, 0, 0, 0), dueTime, startTime };
}

// One pass that builds only the winning event: this runs for every row of the table and export.
function nearest(app: NextDateApplication, moment: Moment): DateEvent | null {
  if (isEnded(app.status)) return null;
  let best: Deadline | Cohort | null = null;
  let bestTime = Infinity;
  let bestIsDeadline = false;
  for (const d of app.deadlines) {
    if (d.done) continue;
    const time = moment.dueTime(d);
    if (time > moment.nowTime && time < bestTime) [best, bestTime, bestIsDeadline] = [d, time, true];
  }
  for (const c of relevantCohorts(app)) {
    const time = moment.startTime(c);
    // A deadline at the same moment comes first, as in dateEvents' stable order.
    if (time >= moment.startOfToday && time < bestTime) [best, bestTime, bestIsDeadline] = [c, time, false];
  }
  if (best === null) return null;
  return bestIsDeadline ? deadlineEvent(best as Deadline, bestTime) : cohortStartEvent(best as Cohort, bestTime);
}

const cohortStartTime = (c: Cohort) => startOfCalendarDate(c.start).getTime();

/**
 * The nearest open deadline or cohort start that is not over yet; a calendar date counts
 * until its day is over. Ended applications have none.
 */
export function nextDate(app: NextDateApplication, now: Date): DateEvent | null {
  return nearest(app, momentOf(now, deadlineDueTime, cohortStartTime));
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
    memoized((c: Cohort) => c.start, cohortStartTime),
  );
  return (app) => nearest(app, moment);
}
