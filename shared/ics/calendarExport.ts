// The .ics export: open deadlines, cohort start/end dates, interviews and other events, and
// follow-ups as calendar events with alarms that follow the reminder lead times.
//
// - Deadlines with a time are UTC date-times; events with a time run from their start for their
//   duration (an hour when none is given) and show as busy. Date-only deadlines and events,
//   cohort dates and follow-ups are all-day events (VALUE=DATE), which stay on their date in
//   every time zone.
// - UIDs are derived from the application and the target (deadline, cohort start/end, event,
//   follow-up), so importing a newer export updates events instead of duplicating them;
//   SEQUENCE grows with the application's updatedAt.
// - Left out: closed or archived applications, deadlines marked done, cancelled events and
//   follow-ups done. Past events stay in, as a record.
// - Alarms: one per lead time of the reminder settings, coming when the in-app reminder does
//   (quiet hours aside: the calendar app has its own). On a date without a time, days count to
//   the reminder time of day on the calendar date (from the start of the all-day event), and a
//   date-only deadline's hours ring at that time on its day, a day earlier for every 24 hours.
//   Date-only events have none, as in the app; a follow-up rings on its day at the reminder time.
//   The start of an application not applied to yet has none either: no reminder comes for it.
import { subDays } from 'date-fns';
import type { Application } from '../application';
import { isCalendarDate } from '../calendarDate';
import { activeEvents, DEADLINE_KIND_LABELS, eventLabel, openFollowUp, relevantCohorts } from '../nextDate';
import { stageLabel, type Pipeline } from '../pipeline';
import { followUpRuleDate } from '../reminders/reminderPlan';
import { leadDaysBeforeDate, minutesOfDay, type LeadTime, type ReminderSettings } from '../reminders/reminderSettings';
import { isClosed, isNotAppliedYet } from '../stageHistory';
import { escapeText, foldLine, icsDate, icsDuration, icsUtc, nextCalendarDate } from './icsText';

/** The reminder settings the alarms follow. */
export type CalendarAlarms = Pick<ReminderSettings, 'cohortStarts' | 'deadlines' | 'events' | 'followUps' | 'remindAt'>;

/** When an alarm comes: minutes from the start of its event, negative before. */
interface Alarm {
  offsetMinutes: number;
}

const MINUTES_PER = { days: 24 * 60, hours: 60 } as const;

export interface CalendarExportOptions {
  /** DTSTAMP: when the file is made. */
  now: Date;
  alarms: CalendarAlarms;
  /** The user's stages, to name each application's stage. */
  pipeline: Pipeline;
}

/** An event with a time and no duration is shown as an hour long. */
export const DEFAULT_EVENT_MINUTES = 60;

const UID_DOMAIN = 'internship-tracker';
const PRODID = '-//Internship Tracker//Internship Tracker//EN';
/** SEQUENCE counts seconds since this moment, so it fits a 32-bit integer until 2088. */
const SEQUENCE_EPOCH = Date.UTC(2020, 0, 1);
/** RFC 5545's INTEGER is 32-bit: a later change (or a hostile updatedAt) stays at the largest. */
const MAX_SEQUENCE = 2 ** 31 - 1;

interface EventSpec {
  target: 'deadline' | 'cohort-start' | 'cohort-end' | 'event' | 'follow-up' | 'follow-up-rule';
  /** The deadline's, cohort's or event's id; the history entry's for the follow-up rule. */
  targetId: string;
  summary: string;
  /** A calendar date (all-day) or an ISO instant. */
  at: string;
  /** How long an event with a time lasts; none for a moment (a deadline). */
  minutes?: number;
  location?: string;
  /** Lines of its own, before the application's. */
  details?: string[];
  /** Whether it takes the student's time (an interview), so calendars show them busy. */
  busy?: boolean;
  alarms: Alarm[];
}

/** Days before a calendar date, at the reminder time of day on the day they land on. */
function daysBeforeDate(days: number, remindAt: number): Alarm {
  return { offsetMinutes: remindAt - days * MINUTES_PER.days };
}

/**
 * A lead time before an instant. Days count on the local wall clock, as the in-app reminders
 * do: across a change to or from summer time, a day before is 23 or 25 hours before.
 */
function beforeInstant(at: string, { amount, unit }: LeadTime): Alarm {
  const start = Date.parse(at);
  const before = unit === 'hours' ? start - amount * MINUTES_PER.hours * 60_000 : subDays(start, amount).getTime();
  return { offsetMinutes: (before - start) / 60_000 };
}

function deadlineAlarms(at: string, settings: CalendarAlarms): Alarm[] {
  if (!settings.deadlines.enabled) return [];
  const remindAt = minutesOfDay(settings.remindAt);
  return settings.deadlines.leadTimes.map((lead) =>
    !isCalendarDate(at) ? beforeInstant(at, lead) : daysBeforeDate(leadDaysBeforeDate(lead), remindAt),
  );
}

function eventAlarms(at: string, settings: CalendarAlarms): Alarm[] {
  if (!settings.events.enabled || isCalendarDate(at)) return [];
  return settings.events.leadTimes.map((lead) => beforeInstant(at, lead));
}

function followUpAlarms(settings: CalendarAlarms): Alarm[] {
  return settings.followUps.enabled ? [daysBeforeDate(0, minutesOfDay(settings.remindAt))] : [];
}

function cohortStartAlarms(settings: CalendarAlarms): Alarm[] {
  if (!settings.cohortStarts.enabled) return [];
  const remindAt = minutesOfDay(settings.remindAt);
  return settings.cohortStarts.daysBefore.map((days) => daysBeforeDate(days, remindAt));
}

/** One alarm per moment, the soonest before the event first. */
function distinct(alarms: readonly Alarm[]): Alarm[] {
  const byKey = new Map(alarms.map((alarm) => [alarm.offsetMinutes, alarm]));
  return [...byKey.values()].sort((a, b) => b.offsetMinutes - a.offsetMinutes);
}

function description(app: Application, event: EventSpec, pipeline: Pipeline): string {
  return [...(event.details ?? []), app.role, `Stage: ${stageLabel(pipeline, app)}`, app.postingUrl]
    .filter((line) => line !== '')
    .join('\n');
}

/** The start and end of an event with a time: its instant, and that plus its length. */
function timedLines(event: EventSpec): string[] {
  const start = [`DTSTART:${icsUtc(event.at)}`];
  if (event.minutes === undefined) return start;
  return [...start, `DTEND:${icsUtc(new Date(Date.parse(event.at) + event.minutes * 60_000))}`];
}

function eventLines(app: Application, event: EventSpec, stamp: string, pipeline: Pipeline): string[] {
  const allDay = isCalendarDate(event.at);
  const lines = [
    'BEGIN:VEVENT',
    `UID:${escapeText(`${app.id}.${event.target}${event.targetId === '' ? '' : `.${event.targetId}`}@${UID_DOMAIN}`)}`,
    `DTSTAMP:${stamp}`,
    `SEQUENCE:${Math.min(MAX_SEQUENCE, Math.max(0, Math.floor((Date.parse(app.updatedAt) - SEQUENCE_EPOCH) / 1000)))}`,
    `LAST-MODIFIED:${icsUtc(app.updatedAt)}`,
    ...(allDay
      ? [`DTSTART;VALUE=DATE:${icsDate(event.at)}`, `DTEND;VALUE=DATE:${icsDate(nextCalendarDate(event.at))}`]
      : timedLines(event)),
    `SUMMARY:${escapeText(event.summary)}`,
    ...(event.location ? [`LOCATION:${escapeText(event.location)}`] : []),
    `DESCRIPTION:${escapeText(description(app, event, pipeline))}`,
    ...(app.postingUrl === '' ? [] : [`URL:${app.postingUrl}`]),
    `TRANSP:${event.busy ? 'OPAQUE' : 'TRANSPARENT'}`,
  ];
  for (const alarm of distinct(event.alarms)) {
    lines.push(
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      `DESCRIPTION:${escapeText(event.summary)}`,
      `TRIGGER:${icsDuration(alarm.offsetMinutes)}`,
      'END:VALARM',
    );
  }
  lines.push('END:VEVENT');
  return lines;
}

function eventsOf(app: Application, alarms: CalendarAlarms): EventSpec[] {
  const events: EventSpec[] = [];
  for (const d of app.deadlines) {
    if (d.done) continue;
    events.push({
      target: 'deadline',
      targetId: d.id,
      summary: `${app.company}: ${d.label || DEADLINE_KIND_LABELS[d.kind]}`,
      at: d.at,
      alarms: deadlineAlarms(d.at, alarms),
    });
  }
  for (const c of relevantCohorts(app)) {
    const name = c.label ? `${c.label} ` : 'Internship ';
    events.push(
      {
        target: 'cohort-start',
        targetId: c.id,
        summary: `${app.company}: ${name}starts`,
        at: c.start,
        alarms: isNotAppliedYet(app) ? [] : cohortStartAlarms(alarms),
      },
      { target: 'cohort-end', targetId: c.id, summary: `${app.company}: ${name}ends`, at: c.end, alarms: [] },
    );
  }
  for (const e of activeEvents(app)) {
    const timed = !isCalendarDate(e.start);
    events.push({
      target: 'event',
      targetId: e.id,
      summary: `${app.company}: ${eventLabel(e)}`,
      at: e.start,
      ...(timed ? { minutes: e.durationMinutes ?? DEFAULT_EVENT_MINUTES, busy: true } : {}),
      location: e.location.trim(),
      details: [e.people.trim() === '' ? '' : `With: ${e.people.trim()}`, e.notes],
      alarms: eventAlarms(e.start, alarms),
    });
  }
  const followUp = openFollowUp(app);
  if (followUp) {
    events.push({
      target: 'follow-up',
      targetId: '',
      summary: `${app.company}: Follow up`,
      at: followUp.on,
      details: [followUp.note],
      alarms: followUpAlarms(alarms),
    });
  }
  const rule = followUpRuleDate(app, alarms);
  if (rule) {
    const days = alarms.followUps.afterApplying.days;
    events.push({
      target: 'follow-up-rule',
      targetId: rule.entryId,
      summary: `${app.company}: Follow up`,
      at: rule.date,
      details: [`No response ${days === 1 ? '1 day' : `${days} days`} after applying`],
      alarms: followUpAlarms(alarms),
    });
  }
  return events;
}

export function applicationsToIcs(apps: readonly Application[], options: CalendarExportOptions): string {
  const stamp = icsUtc(options.now);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${PRODID}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'X-WR-CALNAME:Internship Tracker',
  ];
  for (const app of apps) {
    if (isClosed(app) || app.archivedAt !== null) continue;
    for (const event of eventsOf(app, options.alarms)) lines.push(...eventLines(app, event, stamp, options.pipeline));
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
