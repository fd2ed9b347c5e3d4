// Every dated thing of an application as the calendar shows it: on which day, at what time of
// day (none for a whole day), and what it is. The day follows the rules of the .ics export: a
// calendar date (a date-only deadline or event, a cohort start or end, a follow-up) shows on its
// own date in every time zone; an instant shows on the local day it falls on, at its local time.
import type { Application } from './application';
import { isCalendarDate, type CalendarDate } from './calendarDate';
import { timeOfDayWords, type DateWords } from './dateWords';
import { DEADLINE_KIND_LABELS, eventLabel, relevantCohorts } from './nextDate';
import { dueAt, type ReminderEntry } from './reminders/reminder';
import { followUpRuleDate } from './reminders/reminderPlan';
import type { ReminderSettings } from './reminders/reminderSettings';
import { withoutCaseOrAccents } from './normalizeWord';

export const CALENDAR_ITEM_KINDS = [
  'deadline',
  'event',
  'cohort-start',
  'cohort-end',
  'follow-up',
  'reminder',
] as const;
export type CalendarItemKind = (typeof CALENDAR_ITEM_KINDS)[number];

/** What the legend calls each kind. */
export const CALENDAR_ITEM_KIND_LABELS: Record<CalendarItemKind, string> = {
  deadline: 'Deadline',
  event: 'Interview or event',
  'cohort-start': 'Internship starts',
  'cohort-end': 'Internship ends',
  'follow-up': 'Follow-up',
  reminder: 'Reminder',
};

export interface CalendarItem {
  /** Unique among every item of every application: the application and what the item is. */
  key: string;
  applicationId: string;
  kind: CalendarItemKind;
  company: string;
  /** The company without case or accents, for ordering (a reminder's words, as it has none). */
  sortName: string;
  /** What it is: "Online assessment", "May cohort starts", "Follow up". */
  label: string;
  /** The calendar date it shows on. */
  day: CalendarDate;
  /** Local time of day as HH:mm; null for something that takes the whole day. */
  time: string | null;
  /** A deadline or follow-up marked done. */
  done: boolean;
  /** An event called off. */
  cancelled: boolean;
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The local day and time of an instant. Plain Date getters rather than date-fns `format`: this
 * runs for every timed item of every application when the calendar is built.
 */
function localDayAndTime(time: number): { day: CalendarDate; time: string } {
  const date = new Date(time);
  return {
    day: `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`,
    time: `${pad(date.getHours())}:${pad(date.getMinutes())}`,
  };
}

/** A date-only value on its own date, all day; an instant on its local day, at its local time. */
function when(at: string): { day: CalendarDate; time: string | null } {
  return isCalendarDate(at) ? { day: at, time: null } : localDayAndTime(Date.parse(at));
}

/**
 * Calendar order: by day, what is still to do before what is done or called off (a busy day's
 * first lines are its open items), whole-day items before timed ones, then by time, company
 * (without case or accents) and key, so no two items tie and an item's place can be found by
 * binary search. Plain string comparison: building the calendar of thousands of applications
 * sorts tens of thousands of items, and a collator's compare was most of that time.
 */
export function calendarOrder(a: CalendarItem, b: CalendarItem): number {
  if (a.day !== b.day) return a.day < b.day ? -1 : 1;
  const [aOver, bOver] = [a.done || a.cancelled, b.done || b.cancelled];
  if (aOver !== bOver) return aOver ? 1 : -1;
  if (a.time !== b.time) {
    if (a.time === null) return -1;
    if (b.time === null) return 1;
    return a.time < b.time ? -1 : 1;
  }
  if (a.sortName !== b.sortName) return a.sortName < b.sortName ? -1 : 1;
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

type CalendarApplication = Pick<
  Application,
  'id' | 'company' | 'phase' | 'stageHistory' | 'deadlines' | 'cohorts' | 'chosenCohortId' | 'events' | 'followUp'
>;

/**
 * Every dated thing of one application, in calendar order: each deadline (done ones flagged),
 * each event (cancelled ones flagged), the start and end of the cohorts that count (the chosen
 * one once chosen), and the follow-up: the student's own date (flagged when done), or else the
 * day the rule "follow up N days after applying" falls on, when the settings turn it on.
 * Whether an application's items show at all (archived, closed) is the calendar's choice.
 */
export function calendarItems(app: CalendarApplication, settings: Pick<ReminderSettings, 'followUps'>): CalendarItem[] {
  const sortName = withoutCaseOrAccents(app.company);
  const items: CalendarItem[] = [];
  // Every item built by the one literal below, so all have one shape: sorting tens of
  // thousands of them reads the same fields from every one.
  const add = (target: string, kind: CalendarItemKind, label: string, at: string, done = false, cancelled = false) => {
    const { day, time } = when(at);
    items.push({
      key: `${app.id}|${target}`,
      applicationId: app.id,
      kind,
      company: app.company,
      sortName,
      label,
      day,
      time,
      done,
      cancelled,
    });
  };
  for (const d of app.deadlines) {
    add(`deadline:${d.id}`, 'deadline', d.label.trim() || DEADLINE_KIND_LABELS[d.kind], d.at, d.done);
  }
  for (const e of app.events) {
    add(`event:${e.id}`, 'event', eventLabel(e), e.start, false, e.outcome === 'cancelled');
  }
  for (const c of relevantCohorts(app)) {
    const name = c.label.trim() || 'Internship';
    add(`cohort-start:${c.id}`, 'cohort-start', `${name} starts`, c.start);
    add(`cohort-end:${c.id}`, 'cohort-end', `${name} ends`, c.end);
  }
  if (app.followUp !== null) {
    add('follow-up', 'follow-up', 'Follow up', app.followUp.on, app.followUp.done);
  } else {
    const rule = followUpRuleDate(app, settings);
    if (rule) add(`follow-up-rule:${rule.entryId}`, 'follow-up', 'Follow up', rule.date);
  }
  return items.sort(calendarOrder);
}

/**
 * A reminder the scheduler will show, on the local day and time it comes (a snoozed one when its
 * snooze ends). Its words are the notification's title ("Pinterest: Online assessment due in 3
 * hours"), which already name the company.
 */
export function reminderItem(entry: ReminderEntry): CalendarItem {
  const { day, time } = localDayAndTime(dueAt(entry));
  return {
    key: `reminder|${entry.id}`,
    applicationId: entry.applicationId,
    kind: 'reminder',
    company: '',
    sortName: withoutCaseOrAccents(entry.title),
    label: entry.title,
    day,
    time,
    done: false,
    cancelled: false,
  };
}

/** The words of an item in the order they read: its time of day, what it is, a note on it. */
export interface CalendarItemWords {
  /** "Stripe: Online assessment"; a reminder's own words, which name the company. */
  what: string;
  note: 'done' | 'cancelled' | 'reminder' | null;
  /** Its time of day on the user's clock: "5:00 PM", "17:00". */
  time: string | null;
}

export function calendarItemWords(item: CalendarItem, dates: DateWords): CalendarItemWords {
  const reminder = item.kind === 'reminder';
  return {
    what: reminder ? item.label : `${item.company}: ${item.label}`,
    note: item.done ? 'done' : item.cancelled ? 'cancelled' : reminder ? 'reminder' : null,
    time: item.time === null ? null : timeOfDayWords(item.time, dates),
  };
}

/**
 * How an item reads, to everyone: "5:00 PM Stripe: Online assessment", "Pinterest: Internship
 * starts", "Figma: Application deadline (done)". In the order the calendar shows the words, time
 * first: a name that begins with what is seen is the one a voice control user says (a narrow
 * day shows "5:00 PM Stripe" alone).
 */
export function calendarItemName(item: CalendarItem, dates: DateWords): string {
  const { what, note, time } = calendarItemWords(item, dates);
  return `${time === null ? '' : `${time} `}${what}${note === null ? '' : ` (${note})`}`;
}
