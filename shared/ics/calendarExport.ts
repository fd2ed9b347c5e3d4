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
// - Alarms: one per lead time. A date-only deadline is due by the end of its day, so its
//   alarms count back from the end of the event (RELATED=END), like the in-app reminders.
import type { Application } from '../application';
import { isCalendarDate } from '../calendarDate';
import { DEADLINE_KIND_LABELS, relevantCohorts } from '../nextDate';
import { STATUS_LABELS, isEnded } from '../status';
import { escapeText, foldLine, icsDate, icsUtc, leadDuration, nextCalendarDate } from './icsText';

/** Reminder lead times in minutes before the date, e.g. 14 days = 20160. */
export interface CalendarAlarms {
  deadlineLeadMinutes: readonly number[];
  cohortStartLeadMinutes: readonly number[];
}

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
  leadMinutes: readonly number[];
}

function leadTimes(minutes: readonly number[]): number[] {
  return [...new Set(minutes.filter((m) => Number.isInteger(m) && m >= 0))].sort((a, b) => a - b);
}

function description(app: Application): string {
  return [app.role, `Status: ${STATUS_LABELS[app.status]}`, app.postingUrl].filter((line) => line !== '').join('\n');
}

function eventLines(app: Application, event: EventSpec, stamp: string): string[] {
  const allDay = isCalendarDate(event.at);
  // Timed deadlines have no DTEND, so only all-day deadlines count back from their end.
  const trigger = allDay && event.target === 'deadline' ? 'TRIGGER;RELATED=END' : 'TRIGGER';
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
  for (const minutes of leadTimes(event.leadMinutes)) {
    lines.push(
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      `DESCRIPTION:${escapeText(event.summary)}`,
      `${trigger}:${leadDuration(minutes)}`,
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
      leadMinutes: alarms.deadlineLeadMinutes,
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
        leadMinutes: alarms.cohortStartLeadMinutes,
      },
      { target: 'cohort-end', targetId: c.id, summary: `${app.company}: ${name}ends`, at: c.end, leadMinutes: [] },
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
