// The reminder plan: from the applications, the reminder settings and the current time to the
// reminders still to come. The renderer sends the whole plan to the scheduler after every change.
import { differenceInCalendarDays, endOfDay, set, subDays, subHours } from 'date-fns';
import type { Application, ApplicationEvent, Cohort, Deadline, FollowUp } from '../application';
import { isCalendarDate, isInstant, startOfCalendarDate, toInstant } from '../calendarDate';
import type { DateWords } from '../dateWords';
import { deadlineDueTime } from '../deadlineDue';
import { knownDay } from '../entryTime';
import { activeEvents, DEADLINE_KIND_LABELS, eventLabel, openFollowUp, relevantCohorts } from '../nextDate';
import { isClosed, isNotAppliedYet } from '../stageHistory';
import { clockDistance } from './clockDistance';
import { remembered } from '../remembered';
import { outsideQuietHours } from './quietHours';
import { reminderId, type PlannedReminder } from './reminder';
import { leadDaysBeforeDate, minutesOfDay, type LeadTime, type ReminderSettings } from './reminderSettings';

/** What the planner reads of an application. */
export type PlannableApplication = Pick<
  Application,
  | 'id'
  | 'company'
  | 'role'
  | 'phase'
  | 'archivedAt'
  | 'deadlines'
  | 'cohorts'
  | 'chosenCohortId'
  | 'events'
  | 'followUp'
  | 'stageHistory'
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
  /** The moment its wording names: the start of the calendar date, or the deadline itself. */
  named: Date;
}

interface Candidate {
  lead: string;
  nominal: Date;
  fire: Date;
}

/** One plan's settings, read once, and its date work, remembered (see planDates). */
interface Planning {
  settings: ReminderSettings;
  now: Date;
  /** settings.remindAt in minutes after midnight. */
  remindAt: number;
  outsideQuietHours: (at: Date, about: Date) => Date;
  dates: PlanDates;
}

/** Reminders still to come for these applications, in firing order, their dates in `words`. */
export function planReminders(
  applications: readonly PlannableApplication[],
  settings: ReminderSettings,
  now: Date,
  words: DateWords,
): PlannedReminder[] {
  const planning: Planning = {
    settings,
    now,
    remindAt: minutesOfDay(settings.remindAt),
    outsideQuietHours: outsideQuietHours(settings.quietHours),
    dates: planDates(words),
  };
  const plan: { at: number; reminder: PlannedReminder }[] = [];
  const add = (wording: Wording, app: PlannableApplication, target: Target, fireTimes: FireTime[]) => {
    for (const candidate of candidates(target, fireTimes, planning)) {
      const reminder = worded(wording, app, target, candidate, planning.dates);
      // A date at the edge of the calendar (9999-12-31 late in the day, west of here) falls in
      // year 10000, which no instant can say: such a reminder is skipped, never sent to be refused.
      if (!isInstant(reminder.fireAt) || !(isCalendarDate(reminder.targetAt) || isInstant(reminder.targetAt))) continue;
      plan.push({ at: Date.parse(reminder.fireAt), reminder });
    }
  };
  for (const app of applications) {
    if (isClosed(app) || app.archivedAt !== null) continue;
    if (settings.deadlines.enabled) {
      for (const deadline of app.deadlines) {
        if (deadline.done) continue;
        const target = deadlineTarget(deadline);
        add(deadlineWording(app, deadline), app, target, leadFireTimes(target, settings.deadlines.leadTimes, planning));
      }
    }
    if (settings.cohortStarts.enabled && !isNotAppliedYet(app)) {
      for (const cohort of relevantCohorts(app)) {
        const start = startOfCalendarDate(cohort.start);
        const target: Target = {
          key: `cohort:${cohort.id}:start@${cohort.start}`,
          about: endOfDay(start),
          date: cohort.start,
          named: start,
        };
        const fireTimes = settings.cohortStarts.daysBefore.map((days) => ({
          lead: `${days}d`,
          nominal: onDayAt(subDays(start, days), planning.remindAt),
        }));
        add(cohortWording(app, cohort), app, target, fireTimes);
      }
    }
    if (settings.events.enabled) {
      for (const event of activeEvents(app)) {
        // A date-only event has no time to count back from; the calendar shows it.
        if (!isInstant(event.start)) continue;
        const target = eventTarget(event);
        add(eventWording(app, event), app, target, leadFireTimes(target, settings.events.leadTimes, planning));
      }
    }
    if (settings.followUps.enabled) {
      const followUp = openFollowUp(app);
      if (followUp) {
        const target = dayTarget(`follow-up@${followUp.on}`, followUp.on);
        add(followUpWording(app, followUp), app, target, [onTheDay(target, planning)]);
      }
      const rule = followUpRuleDate(app, settings);
      if (rule) {
        const target = dayTarget(`follow-up-rule:${rule.entryId}@${rule.date}`, rule.date);
        add(followUpRuleWording(app, settings.followUps.afterApplying.days), app, target, [onTheDay(target, planning)]);
      }
    }
  }
  // Sort keys are parsed once per reminder: parsing in the comparator was a third of the time.
  return plan.sort((a, b) => a.at - b.at || a.reminder.id.localeCompare(b.reminder.id)).map((e) => e.reminder);
}

/**
 * The day the rule "follow up N days after applying with no response" reminds on: N days after
 * the day of the latest history entry, while that entry is in the phase applied (any later move
 * cancels it). It gives way to a follow-up date of the student's own, done or not. Null when the
 * rule is off or does not apply, and when nobody recorded the day of that entry (N days after an
 * import would be no day after applying).
 */
export function followUpRuleDate(
  app: Pick<Application, 'phase' | 'stageHistory' | 'followUp'>,
  settings: Pick<ReminderSettings, 'followUps'>,
): { entryId: string; date: string } | null {
  const { enabled, afterApplying } = settings.followUps;
  if (!enabled || !afterApplying.enabled || app.phase !== 'applied' || app.followUp !== null) return null;
  const latest = app.stageHistory.at(-1);
  if (!latest || latest.phase !== 'applied') return null;
  // The day as the entry was recorded, like the applied date; none when nobody recorded it.
  const applied = knownDay(latest);
  return applied === null ? null : { entryId: latest.id, date: addCalendarDays(applied, afterApplying.days) };
}

/** A calendar date plus whole days, by plain arithmetic on the date (no time zone involved). */
function addCalendarDays(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(Date.UTC(year!, month! - 1, day! + days)).toISOString().slice(0, 10);
}

/** A whole calendar day: reminded about until it is over, named by its date. */
function dayTarget(key: string, date: string): Target {
  const start = startOfCalendarDate(date);
  return { key, about: endOfDay(start), date, named: start };
}

/** The one reminder on the day itself, at the reminder time of day. */
function onTheDay(target: Target, planning: Planning): FireTime {
  return { lead: '0d', nominal: onDayAt(target.named, planning.remindAt) };
}

function eventTarget(event: ApplicationEvent): Target {
  const about = new Date(Date.parse(event.start));
  return { key: `event:${event.id}@${event.start}`, about, date: null, named: about };
}

function deadlineTarget(deadline: Deadline): Target {
  const about = new Date(deadlineDueTime(deadline));
  const dateOnly = isCalendarDate(deadline.at);
  return {
    key: `deadline:${deadline.id}@${deadline.at}`,
    about,
    date: dateOnly ? deadline.at : null,
    named: dateOnly ? startOfCalendarDate(deadline.at) : about,
  };
}

interface FireTime {
  lead: string;
  nominal: Date;
}

/**
 * Hours count back from the moment; days count back on the calendar. A date without a time has no
 * hour to count back from: it is reminded at the reminder time of day, days before on those days
 * and hours before on the day itself (a whole day for every 24 hours), as calendars remind of a
 * day's events, not at 21:00 for "3 hours before" its end.
 */
function leadFireTimes(target: Target, leadTimes: readonly LeadTime[], planning: Planning): FireTime[] {
  const due = target.about;
  return leadTimes.map((lead) => ({
    lead: `${lead.amount}${lead.unit === 'days' ? 'd' : 'h'}`,
    nominal:
      target.date !== null
        ? onDayAt(subDays(target.named, leadDaysBeforeDate(lead)), planning.remindAt)
        : lead.unit === 'hours'
          ? ceilToMinute(subHours(due, lead.amount))
          : subDays(due, lead.amount),
  }));
}

/**
 * Fire times of one target after quiet hours, without past ones, and without two at the same
 * moment (quiet hours can push several onto one morning: the latest-meant one is kept).
 */
function candidates(target: Target, fireTimes: FireTime[], planning: Planning): Candidate[] {
  const byFireTime = new Map<number, Candidate>();
  for (const { lead, nominal } of fireTimes) {
    const fire = planning.outsideQuietHours(nominal, target.about);
    if (fire.getTime() <= planning.now.getTime() || fire.getTime() > target.about.getTime()) continue;
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

function eventWording(app: PlannableApplication, event: ApplicationEvent): Wording {
  const label = eventLabel(event);
  const where = event.location.trim();
  return {
    // "Pinterest: Technical interview in 3 hours", "Pinterest: Info session tomorrow".
    lead: `${app.company}: ${label}`,
    summary: (when) => `${app.company}: ${label}, ${when}`,
    body: (when) => [when, app.role, where].filter((part) => part !== '').join(' · '),
  };
}

function followUpWording(app: PlannableApplication, followUp: FollowUp): Wording {
  const note = followUp.note.trim();
  return {
    lead: `${app.company}: Follow up`,
    summary: (when) => `${app.company}: Follow up, ${when}`,
    body: (when) => [when, app.role, note].filter((part) => part !== '').join(' · '),
  };
}

function followUpRuleWording(app: PlannableApplication, days: number): Wording {
  return {
    lead: `${app.company}: Follow up`,
    summary: (when) => `${app.company}: Follow up, ${when}`,
    body: () => `No response ${days === 1 ? '1 day' : `${days} days`} after applying · ${app.role}`,
  };
}

function cohortWording(app: PlannableApplication, cohort: Cohort): Wording {
  // "Pinterest: Internship starts in 14 days", as the other reminders name the company first.
  const subject = `${app.company}: Internship${cohort.label.trim() ? ` (${cohort.label.trim()})` : ''} starts`;
  return {
    lead: subject,
    summary: (when) => `${subject} ${when}`,
    body: (when) => `${when} · ${app.role}`,
  };
}

/**
 * The date work of one plan, remembered: thousands of reminders share a few hundred dates and
 * times, and working each out anew with date-fns was half the time of a large plan.
 */
interface PlanDates {
  toInstant(date: Date): string;
  inWords(date: Date, form: WhenForm): string;
  differenceInCalendarDays(later: Date, earlier: Date): number;
}

/** The forms of dateWords a reminder says its date in. */
type WhenForm = 'weekdayMonthDay' | 'weekdayMonthDayTime' | 'day' | 'dayAndTime';

function planDates(words: DateWords): PlanDates {
  return {
    toInstant: remembered((date: Date) => date.getTime(), toInstant),
    inWords: remembered(
      (date: Date, form: WhenForm) => `${form}@${date.getTime()}`,
      (date, form) => words[form](date),
    ),
    differenceInCalendarDays: remembered(
      (later: Date, earlier: Date) => `${later.getTime()}/${earlier.getTime()}`,
      (later, earlier) => differenceInCalendarDays(later, earlier),
    ),
  };
}

function worded(
  wording: Wording,
  app: PlannableApplication,
  target: Target,
  candidate: Candidate,
  dates: PlanDates,
): PlannedReminder {
  const when = describeWhen(target, candidate.fire, dates);
  return {
    id: reminderId(app.id, target.key, candidate.lead),
    applicationId: app.id,
    fireAt: dates.toInstant(candidate.fire),
    targetAt: target.date ?? dates.toInstant(target.about),
    title: clip(`${wording.lead} ${relativeWhen(target, candidate.fire, dates)}`, 200),
    body: clip(wording.body(when), 1_000),
    summary: clip(wording.summary(when), 300),
  };
}

/** "Mon, Jun 15" or "Thu, Mar 5, 5:00 PM"; the year only when it is not the year of the reminder. */
function describeWhen(target: Target, fire: Date, dates: PlanDates): string {
  const sameYear = target.named.getFullYear() === fire.getFullYear();
  const form: WhenForm =
    target.date !== null ? (sameYear ? 'weekdayMonthDay' : 'day') : sameYear ? 'weekdayMonthDayTime' : 'dayAndTime';
  return dates.inWords(target.named, form);
}

/** "in 3 hours", "tomorrow", "in 14 days": measured from when the reminder is actually shown. */
function relativeWhen(target: Target, fire: Date, dates: PlanDates): string {
  if (target.date === null) {
    const byTheClock = clockDistance(target.about, fire);
    if (byTheClock !== null) return byTheClock;
  }
  const days = dates.differenceInCalendarDays(target.named, fire);
  if (days <= 0) return 'today';
  return days === 1 ? 'tomorrow' : `in ${days} days`;
}

/** The local moment `minutes` after midnight on the calendar day of `day`. */
function onDayAt(day: Date, minutes: number): Date {
  return set(day, { hours: Math.floor(minutes / 60), minutes: minutes % 60, seconds: 0, milliseconds: 0 });
}

function ceilToMinute(date: Date): Date {
  return new Date(Math.ceil(date.getTime() / MINUTE) * MINUTE);
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
