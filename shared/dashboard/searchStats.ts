// How the search is going, from the applications' stage histories: how many reached each phase,
// how often and how fast companies answer, how many applications went out each week.
//
// "Reached a phase" reads the whole history, not only where an application is now: one rejected
// after a final round reached "in process". An application counts as applied from its applied
// date, or from the first move into a phase past "saved" when it has none. One added (or
// imported) already past "saved", or closed in a way only a sent one can be (rejected), without
// an applied date went out on a day nothing records.
import { addDays, format, startOfWeek } from 'date-fns';
import type { Application, Phase, StageChange } from '../application';
import { calendarDaysBetween, startOfCalendarDate, type CalendarDate } from '../calendarDate';
import { knownDay } from '../entryTime';

/** The phases an application moves forward through; `closed` ends it at any of them. */
export const FUNNEL_PHASES = ['saved', 'applied', 'in-process', 'offer', 'accepted'] as const satisfies Phase[];
export type FunnelPhase = (typeof FUNNEL_PHASES)[number];

/**
 * Closed stages of the default pipeline that are not a company's answer: the student withdrew,
 * or nobody ever wrote back. Every other closed stage (rejected, declined after an offer, a stage
 * of the student's own) counts as an answer.
 */
export const NOT_AN_ANSWER: ReadonlySet<string> = new Set(['withdrawn', 'ghosted']);

export interface FunnelStep {
  phase: FunnelPhase;
  reached: number;
  /** reached / reached at the step before; null for the first step or when none reached it. */
  conversion: number | null;
}

export interface SearchStats {
  total: number;
  funnel: FunnelStep[];
  /** Applications with an applied date, and how many of those a company answered. */
  applied: number;
  answered: number;
  /** answered / applied; null when nothing was applied to. */
  responseRate: number | null;
  /** Median calendar days from applying to the first answer, of the answers whose day is known; null without any. */
  medianDaysToAnswer: number | null;
  /** How many answers the median is taken from: those of the answered whose day is known. */
  timedAnswers: number;
}

const RANK: Record<Phase, number> = { saved: 0, applied: 1, 'in-process': 2, offer: 3, accepted: 4, closed: -1 };

/**
 * Closed stages of the default pipeline reached only by an application that went out: a company
 * rejects, or never answers, only what was sent, and an offer declined was an answer to one. A
 * withdrawal may come before applying, and a closed stage of the student's own says nothing of it.
 */
const CLOSED_AFTER_SENDING: ReadonlySet<string> = new Set(['rejected', 'ghosted', 'declined']);

/**
 * Whether reaching this entry's stage says the application had gone out: a phase past "saved",
 * or a closed stage only a sent one reaches (a tracker's "Rejected" row with no applied date is
 * imported as saved, then rejected).
 */
function saysSent(entry: StageChange): boolean {
  return entry.phase === 'closed' ? CLOSED_AFTER_SENDING.has(entry.stageId) : RANK[entry.phase] >= RANK.applied;
}

/** The furthest funnel phase an application reached, by its history and applied date. */
export function furthestPhase(app: Pick<Application, 'stageHistory' | 'appliedAt'>): FunnelPhase {
  let rank = app.appliedAt !== null ? RANK.applied : RANK.saved;
  for (const entry of app.stageHistory)
    rank = Math.max(rank, saysSent(entry) ? Math.max(RANK.applied, RANK[entry.phase]) : RANK[entry.phase]);
  return FUNNEL_PHASES[rank]!;
}

type Dated = Pick<Application, 'stageHistory' | 'appliedAt' | 'createdAt'>;

/** Whether the application went out: it has an applied date, or its history says it was sent. */
export function wentOut(app: Pick<Application, 'stageHistory' | 'appliedAt'>): boolean {
  return app.appliedAt !== null || app.stageHistory.some(saysSent);
}

/**
 * The day the application went out: its applied date, else the day of its first move past
 * "saved". Null when it did not go out, or when that move is the stage it was added in (by hand
 * or by an import): its entry bears the day it was added, not the day it went out; or when
 * nobody recorded the day of that move.
 */
export function appliedOn(app: Dated): CalendarDate | null {
  if (app.appliedAt !== null) return app.appliedAt;
  const first = app.stageHistory.find((entry) => RANK[entry.phase] >= RANK.applied);
  return first && first.at !== app.createdAt ? knownDay(first) : null;
}

function isAnswer(entry: StageChange): boolean {
  if (entry.phase === 'closed') return !NOT_AN_ANSWER.has(entry.stageId);
  return RANK[entry.phase] > RANK.applied;
}

/**
 * The first answer after applying: an assessment, interview, offer or rejection; null if none yet.
 * Where the day it went out is not known, any answer in its history.
 */
export function firstAnswer(app: Dated): StageChange | null {
  if (!wentOut(app)) return null;
  const applied = appliedOn(app);
  return (
    app.stageHistory.find((entry) => (applied === null || entry.at.slice(0, 10) >= applied) && isAnswer(entry)) ?? null
  );
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * What the numbers read of one application: it depends on that record alone, so a caller that
 * keeps records can work it out once per record and add up many (statsOfFacts).
 */
export interface SearchFacts {
  furthest: FunnelPhase;
  /** Whether it went out, on a known day or not. */
  applied: boolean;
  /** The day it went out; null when it did not, or when no day records it (appliedOn). */
  appliedOn: CalendarDate | null;
  /** Whether a company answered what was applied to. */
  answered: boolean;
  /**
   * Calendar days from applying to the first answer; null without an answer, or when the answer
   * is the stage the application was already in when it was added (by hand or by an import): its
   * entry bears the time it was added, not when the company answered; or when nobody recorded
   * the day of the answer (an import's "Rejected" with no date).
   */
  daysToAnswer: number | null;
}

export function searchFacts(app: Dated): SearchFacts {
  const on = appliedOn(app);
  const answer = firstAnswer(app);
  const answeredOn = answer !== null && answer.at !== app.createdAt ? knownDay(answer) : null;
  return {
    furthest: furthestPhase(app),
    applied: wentOut(app),
    appliedOn: on,
    answered: answer !== null,
    daysToAnswer: on !== null && answeredOn !== null ? calendarDaysBetween(on, answeredOn) : null,
  };
}

export function statsOfFacts(facts: Iterable<SearchFacts>): SearchStats {
  // How many stopped at each phase; reaching a phase is stopping there or further on.
  const stoppedAt = FUNNEL_PHASES.map(() => 0);
  let total = 0;
  let applied = 0;
  let answered = 0;
  const daysToAnswer: number[] = [];
  for (const fact of facts) {
    total += 1;
    stoppedAt[RANK[fact.furthest]]! += 1;
    if (!fact.applied) continue;
    applied += 1;
    if (fact.answered) answered += 1;
    if (fact.daysToAnswer !== null) daysToAnswer.push(fact.daysToAnswer);
  }
  const reached = stoppedAt.map((_, rank) => stoppedAt.slice(rank).reduce((sum, n) => sum + n, 0));
  const funnel = FUNNEL_PHASES.map((phase, i): FunnelStep => {
    const count = reached[i]!;
    const before = i === 0 ? null : reached[i - 1]!;
    return { phase, reached: count, conversion: before ? count / before : null };
  });
  return {
    total,
    funnel,
    applied,
    answered,
    responseRate: applied === 0 ? null : answered / applied,
    medianDaysToAnswer: median(daysToAnswer),
    timedAnswers: daysToAnswer.length,
  };
}

export function searchStats(apps: Iterable<Dated>): SearchStats {
  const facts: SearchFacts[] = [];
  for (const app of apps) facts.push(searchFacts(app));
  return statsOfFacts(facts);
}

export interface WeekCount {
  /** The first day of the week (the locale's week start). */
  weekStart: CalendarDate;
  applied: number;
}

/**
 * Applications that went out in each of the `weeks` weeks ending with the week of `today`, oldest
 * first. `weekStartsOn` is the locale's first day of the week (0 Sunday … 6 Saturday).
 */
export function appliedPerWeek(
  apps: Iterable<Dated>,
  today: CalendarDate,
  weeks: number,
  weekStartsOn: 0 | 1 | 2 | 3 | 4 | 5 | 6,
): WeekCount[] {
  const days: (CalendarDate | null)[] = [];
  for (const app of apps) days.push(appliedOn(app));
  return appliedPerWeekOn(days, today, weeks, weekStartsOn);
}

/** appliedPerWeek from the days applications went out (appliedOn), null for those that did not. */
export function appliedPerWeekOn(
  days: Iterable<CalendarDate | null>,
  today: CalendarDate,
  weeks: number,
  weekStartsOn: 0 | 1 | 2 | 3 | 4 | 5 | 6,
): WeekCount[] {
  const thisWeek = startOfWeek(startOfCalendarDate(today), { weekStartsOn });
  const starts = Array.from({ length: weeks }, (_, i) => format(addDays(thisWeek, 7 * (i - weeks + 1)), 'yyyy-MM-dd'));
  const counts = new Map(starts.map((start) => [start, 0]));
  const first = starts[0]!;
  for (const on of days) {
    if (on === null || on < first || on > today) continue;
    const week = starts[Math.floor(calendarDaysBetween(first, on) / 7)]!;
    counts.set(week, counts.get(week)! + 1);
  }
  return starts.map((weekStart) => ({ weekStart, applied: counts.get(weekStart)! }));
}
