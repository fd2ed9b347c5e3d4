// The .ics export: open deadlines and cohort start/end dates as calendar events with alarms
// that follow the reminder lead times.
//
// - Deadlines with a time are UTC date-times; date-only deadlines and cohort dates are
//   all-day events (VALUE=DATE), which stay on their date in every time zone.
// - UIDs are derived from the application and the target (deadline or cohort start/end), so
//   importing a newer export updates events instead of duplicating them; SEQUENCE grows with
//   the application's updatedAt.
// - Left out: applications that ended (rejected, withdrawn, declined, ghosted) or are
//   archived, and deadlines marked done. Past events stay in, as a record.
// - Alarms: one per lead time of the reminder settings, coming when the in-app reminder does
//   (quiet hours aside: the calendar app has its own). On a date without a time, days count to
//   the reminder time of day on the calendar date (from the start of the all-day event), and
//   hours count back from the end of the day a date-only deadline is due by (RELATED=END).
import type { Application } from '../application';
import { isCalendarDate } from '../calendarDate';
import { DEADLINE_KIND_LABELS, relevantCohorts } from '../nextDate';
import { minutesOfDay, type ReminderSettings } from '../reminders/reminderSettings';
import { STATUS_LABELS, isEnded } from '../status';
import { escapeText, foldLine, icsDate, icsDuration, icsUtc, nextCalendarDate } from './icsText';

/** The reminder settings the alarms follow. */
export type CalendarAlarms = Pick<ReminderSettings, 'cohortStarts' | 'deadlines' | 'remindAt'>;

/** When an alarm comes: minutes from the start or the end of its event, negative before. */
interface Alarm {
  related: 'START' | 'END';
  offsetMinutes: number;
}

const MINUTES_PER = { days: 24 * 60, hours: 60 } as const;

export interface CalendarExportOptions {
  /** DTSTAMP: when the file is made. */
  now: Date;
  alarms: CalendarAlarms;
}

const UID_DOMAIN = 'internship-tracker';
const PRODID = '-//Internship Tracker//Internship Tracker//EN';
/** SEQUENCE counts seconds since this moment, so it fits a 32-bit integer until 2088. */
const SEQUENCE_EPOCH = Date.UTC(2020, 0, 1);

interface EventSpec {
  target: 'deadline' | 'cohort-start' | 'cohort-end';
  /** The deadline's or cohort's id. */
  targetId: string;
  summary: string;
  /** A calendar date (all-day) or an ISO instant. */
  at: string;
  alarms: Alarm[];
}

/** Days before a calendar date, at the reminder time of day on the day they land on. */
function daysBeforeDate(days: number, remindAt: number): Alarm {
  return { related: 'START', offsetMinutes: remindAt - days * MINUTES_PER.days };
}

function deadlineAlarms(at: string, settings: CalendarAlarms): Alarm[] {
  if (!settings.deadlines.enabled) return [];
  const remindAt = minutesOfDay(settings.remindAt);
  return settings.deadlines.leadTimes.map(({ amount, unit }) =>
    !isCalendarDate(at)
      ? { related: 'START', offsetMinutes: -amount * MINUTES_PER[unit] }
      : unit === 'days'
        ? daysBeforeDate(amount, remindAt)
        : { related: 'END', offsetMinutes: -amount * MINUTES_PER.hours },
  );
}

function cohortStartAlarms(settings: CalendarAlarms): Alarm[] {
  if (!settings.cohortStarts.enabled) return [];
  const remindAt = minutesOfDay(settings.remindAt);
  return settings.cohortStarts.daysBefore.map((days) => daysBeforeDate(days, remindAt));
}

/** One alarm per moment, the soonest before the event first. */
function distinct(alarms: readonly Alarm[]): Alarm[] {
  const byKey = new Map(alarms.map((alarm) => [`${alarm.related}${alarm.offsetMinutes}`, alarm]));
  return [...byKey.values()].sort((a, b) => b.offsetMinutes - a.offsetMinutes);
}

function description(app: Application): string {
  return [app.role, `Status: ${STATUS_LABELS[app.status]}`, app.postingUrl].filter((line) => line !== '').join('\n');
}

function eventLines(app: Application, event: EventSpec, stamp: string): string[] {
  const allDay = isCalendarDate(event.at);
  const lines = [
    'BEGIN:VEVENT',
    `UID:${escapeText(`${app.id}.${event.target}.${event.targetId}@${UID_DOMAIN}`)}`,
    `DTSTAMP:${stamp}`,
    `SEQUENCE:${Math.max(0, Math.floor((Date.parse(app.updatedAt) - SEQUENCE_EPOCH) / 1000))}`,
    `LAST-MODIFIED:${icsUtc(app.updatedAt)}`,
    ...(allDay
      ? [`DTSTART;VALUE=DATE:${icsDate(event.at)}`, `DTEND;VALUE=DATE:${icsDate(nextCalendarDate(event.at))}`]
      : [`DTSTART:${icsUtc(event.at)}`]),
    `SUMMARY:${escapeText(event.summary)}`,
    `DESCRIPTION:${escapeText(description(app))}`,
    ...(app.postingUrl === '' ? [] : [`URL:${app.postingUrl}`]),
    'TRANSP:TRANSPARENT',
  ];
  for (const alarm of distinct(event.alarms)) {
    lines.push(
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      `DESCRIPTION:${escapeText(event.summary)}`,
      `TRIGGER${alarm.related === 'END' ? ';RELATED=END' : ''}:${icsDuration(alarm.offsetMinutes)}`,
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
        alarms: cohortStartAlarms(alarms),
      },
      { target: 'cohort-end', targetId: c.id, summary: `${app.company}: ${name}ends`, at: c.end, alarms: [] },
    );
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
    if (isEnded(app.status) || app.archivedAt !== null) continue;
    for (const event of eventsOf(app, options.alarms)) lines.push(...eventLines(app, event, stamp));
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
