// Which applications the dashboard counts: those that went out on a day within a range. An
// application goes out on its applied date; one never applied to, on the day it was saved; one
// that went out on a day nothing records counts in All time alone.
import { addDays, format, subMonths } from 'date-fns';
import type { Application } from '../application';
import { startOfCalendarDate, type CalendarDate } from '../calendarDate';
import { knownDay } from '../entryTime';
import { appliedOn, wentOut } from './searchStats';

export const RANGE_PRESETS = ['last-30-days', 'last-90-days', 'last-12-months', 'all-time'] as const;
export type RangePreset = (typeof RANGE_PRESETS)[number];
export const RANGE_PRESET_LABELS: Record<RangePreset, string> = {
  'last-30-days': 'Last 30 days',
  'last-90-days': 'Last 90 days',
  'last-12-months': 'Last 12 months',
  'all-time': 'All time',
};

/** Days from `from` to `to`, both included; a null end is open. */
export interface DayRange {
  from: CalendarDate | null;
  to: CalendarDate | null;
}

export const ALL_TIME: DayRange = { from: null, to: null };

const day = (date: Date): CalendarDate => format(date, 'yyyy-MM-dd');

/** The days a preset covers, up to and including today. */
export function presetRange(preset: RangePreset, today: CalendarDate): DayRange {
  const start = startOfCalendarDate(today);
  switch (preset) {
    case 'last-30-days':
      return { from: day(addDays(start, -29)), to: today };
    case 'last-90-days':
      return { from: day(addDays(start, -89)), to: today };
    case 'last-12-months':
      // The day after the same date a year ago: twelve months, today included.
      return { from: day(addDays(subMonths(start, 12), 1)), to: today };
    case 'all-time':
      return ALL_TIME;
  }
}

/** A range as the user chose it: a preset, which moves with the days, or days of their own. */
export type RangeChoice = { preset: RangePreset } | { preset: 'custom'; range: DayRange };

export function chosenRange(choice: RangeChoice, today: CalendarDate): DayRange {
  return choice.preset === 'custom' ? choice.range : presetRange(choice.preset, today);
}

/** What is wrong with a range typed in; null when it can be used. */
export function rangeProblem({ from, to }: DayRange): string | null {
  return from !== null && to !== null && from > to ? 'The range ends before it starts' : null;
}

/**
 * The day an application went out: its applied date, else the day it was saved for one not
 * applied to. Null for one that went out on a day nothing records (appliedOn), or saved on one.
 */
export function wentOutOn(app: Pick<Application, 'stageHistory' | 'appliedAt' | 'createdAt'>): CalendarDate | null {
  return appliedOn(app) ?? (wentOut(app) ? null : knownDay(app.stageHistory[0]!));
}

/** Whether a day is in the range; a day not known is in All time alone. */
export function inRange({ from, to }: DayRange, date: CalendarDate | null): boolean {
  if (date === null) return from === null && to === null;
  return (from === null || date >= from) && (to === null || date <= to);
}
