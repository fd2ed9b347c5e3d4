// The reminder plan: from the applications, the reminder settings and the current time to the
// reminders still to come. The renderer sends the whole plan to the scheduler after every change.
import { differenceInCalendarDays, endOfDay, format, set, subDays, subHours } from 'date-fns';
import type { Application, Cohort, Deadline } from '../application';
import { isCalendarDate, startOfCalendarDate, toInstant } from '../calendarDate';
import { DEADLINE_KIND_LABELS, deadlineDueTime, relevantCohorts } from '../nextDate';
import { isEnded } from '../status';
import { outsideQuietHours } from './quietHours';
import type { PlannedReminder } from './reminder';
import { minutesOfDay, type LeadTime, type ReminderSettings } from './reminderSettings';

export type PlannableApplication = Pick<
  Application,
  'id' | 'company' | 'role' | 'status' | 'archivedAt' | 'deadlines' | 'cohorts' | 'chosenCohortId'
>;

const MINUTE = 60_000;

/** What one reminder is about, before it is worded. */
interface Target {
  /** Part of the reminder id: the deadline or cohort date it is about, with that date. */
  key: string;
  /** The moment it is about: the deadline, or the end of the calendar date. */
  about: Date;
  /** The calendar date, when the target has no time of day. */
  date: string | null;
}

interface Candidate {
  lead: string;
  nominal: Date;
  fire: Date;
}

/** Reminders still to come for these applications, in firing order. */
export function planReminders(
  applications: readonly PlannableApplication[],
  settings: ReminderSettings,
  now: Date,
): PlannedReminder[] {
  const plan: PlannedReminder[] = [];
  for (const app of applications) {
    if (isEnded(app.status) || app.archivedAt !== null) continue;
    if (settings.deadlines.enabled) {
      for (const deadline of app.deadlines) {
        if (deadline.done) continue;
        const target = deadlineTarget(deadline);
        for (const candidate of candidates(target, deadlineFireTimes(deadline, settings), settings, now)) {
          plan.push(worded(deadlineWording(app, deadline), app, target, candidate));
        }
      }
    }
    if (settings.cohortStarts.enabled) {
      for (const cohort of relevantCohorts(app)) {
        const target: Target = {
          key: `cohort:${cohort.id}:start@${cohort.start}`,
          about: endOfDay(startOfCalendarDate(cohort.start)),
          date: cohort.start,
        };
        const fireTimes = settings.cohortStarts.daysBefore.map((days) => ({
          lead: `${days}d`,
          nominal: onDayAt(subDays(startOfCalendarDate(cohort.start), days), settings.remindAt),
        }));
        for (const candidate of candidates(target, fireTimes, settings, now)) {
          plan.push(worded(cohortWording(app, cohort), app, target, candidate));
        }
      }
    }
  }
  return plan.sort((a, b) => Date.parse(a.fireAt) - Date.parse(b.fireAt) || a.id.localeCompare(b.id));
}

function deadlineTarget(deadline: Deadline): Target {
  const dateOnly = isCalendarDate(deadline.at);
  return {
    key: `deadline:${deadline.id}@${deadline.at}`,
    about: new Date(deadlineDueTime(deadline)),
    date: dateOnly ? deadline.at : null,
  };
}

function deadlineFireTimes(deadline: Deadline, settings: ReminderSettings): { lead: string; nominal: Date }[] {
  const due = new Date(deadlineDueTime(deadline));
  return settings.deadlines.leadTimes.map((lead: LeadTime) => ({
    lead: `${lead.amount}${lead.unit === 'days' ? 'd' : 'h'}`,
    nominal:
      lead.unit === 'hours'
        ? ceilToMinute(subHours(due, lead.amount))
        : isCalendarDate(deadline.at)
          ? // A date without a time has no hour to count back from: remind in the morning.
            onDayAt(subDays(startOfCalendarDate(deadline.at), lead.amount), settings.remindAt)
          : subDays(due, lead.amount),
  }));
}

/**
 * Fire times of one target after quiet hours, without past ones, and without two at the same
 * moment (quiet hours can push several onto one morning: the latest-meant one is kept).
 */
function candidates(
  target: Target,
  fireTimes: { lead: string; nominal: Date }[],
  settings: ReminderSettings,
  now: Date,
): Candidate[] {
  const byFireTime = new Map<number, Candidate>();
  for (const { lead, nominal } of fireTimes) {
    const fire = outsideQuietHours(nominal, settings.quietHours, target.about);
    if (fire.getTime() <= now.getTime() || fire.getTime() > target.about.getTime()) continue;
    const same = byFireTime.get(fire.getTime());
    if (!same || nominal.getTime() > same.nominal.getTime()) byFireTime.set(fire.getTime(), { lead, nominal, fire });
  }
  return [...byFireTime.values()];
}

interface Wording {
  /** Title before the relative time: "Pinterest: Online assessment due". */
  lead: string;
  /** What and when, without relative wording. */
  summary: (when: string) => string;
  body: (when: string) => string;
}

function deadlineWording(app: PlannableApplication, deadline: Deadline): Wording {
  const label = deadline.label.trim() || DEADLINE_KIND_LABELS[deadline.kind];
  // "Interview in 3 hours", "Assessment due in 3 hours", "Online assessment due in 3 hours".
  const alreadySaysWhen = deadline.kind === 'interview' || /\b(due|deadline)$/i.test(label);
  return {
    lead: `${app.company}: ${label}${alreadySaysWhen ? '' : ' due'}`,
    summary: (when) => `${app.company}: ${label}, ${when}`,
    body: (when) => `${when} · ${app.role}`,
  };
}

function cohortWording(app: PlannableApplication, cohort: Cohort): Wording {
  const subject = `${app.company} ${app.role}${cohort.label.trim() ? ` (${cohort.label.trim()})` : ''}`;
  return {
    lead: `${subject} starts`,
    summary: (when) => `${subject} starts ${when}`,
    body: (when) => when,
  };
}

function worded(wording: Wording, app: PlannableApplication, target: Target, candidate: Candidate): PlannedReminder {
  const when = describeWhen(target, candidate.fire);
  return {
    id: `${app.id}|${target.key}|${candidate.lead}`,
    applicationId: app.id,
    fireAt: toInstant(candidate.fire),
    targetAt: target.date ?? toInstant(target.about),
    title: clip(`${wording.lead} ${relativeWhen(target, candidate.fire)}`, 200),
    body: clip(wording.body(when), 1_000),
    summary: clip(wording.summary(when), 300),
  };
}

/** "Mon, Jun 15" or "Thu, Mar 5, 17:00"; the year only when it is not the year of the reminder. */
function describeWhen(target: Target, fire: Date): string {
  const at = target.date !== null ? startOfCalendarDate(target.date) : target.about;
  const year = at.getFullYear() === fire.getFullYear() ? '' : ', yyyy';
  return format(at, target.date !== null ? `EEE, MMM d${year}` : `EEE, MMM d${year}, HH:mm`);
}

/** "in 3 hours", "tomorrow", "in 14 days": measured from when the reminder is actually shown. */
function relativeWhen(target: Target, fire: Date): string {
  if (target.date === null) {
    const minutes = Math.round((target.about.getTime() - fire.getTime()) / MINUTE);
    if (minutes < 1) return 'now';
    if (minutes < 60) return minutes === 1 ? 'in 1 minute' : `in ${minutes} minutes`;
    if (minutes < 24 * 60) {
      const hours = Math.round(minutes / 60);
      return hours === 1 ? 'in 1 hour' : `in ${hours} hours`;
    }
  }
  const days = differenceInCalendarDays(target.date !== null ? startOfCalendarDate(target.date) : target.about, fire);
  if (days <= 0) return 'today';
  return days === 1 ? 'tomorrow' : `in ${days} days`;
}

/** The local moment at an `HH:mm` time on the calendar day of `day`. */
function onDayAt(day: Date, clockTime: string): Date {
  const minutes = minutesOfDay(clockTime);
  return set(day, { hours: Math.floor(minutes / 60), minutes: minutes % 60, seconds: 0, milliseconds: 0 });
}

function ceilToMinute(date: Date): Date {
  return new Date(Math.ceil(date.getTime() / MINUTE) * MINUTE);
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
