// FROZEN: schema 1 as it shipped (shared/nextDate.ts at main 0b915b0). Never edit: the
// migration tests prove that what this code wrote opens in every later version. Only what
// derives the `dates` index keys is kept.

// The "next date" of an application: what the student has to act on or show up for next.
import type { Application, Cohort, Deadline, DeadlineKind } from './application';
import { isCalendarDate, startOfCalendarDate } from './calendarDate';

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
