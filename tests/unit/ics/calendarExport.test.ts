import ICAL from 'ical.js';
import { afterEach, describe, expect, it } from 'vitest';
import type { Application } from '@shared/application';
import { applicationsToIcs, type CalendarAlarms } from '@shared/ics/calendarExport';
import { planReminders } from '@shared/reminders/reminderPlan';
import { DEFAULT_REMINDER_SETTINGS } from '@shared/reminders/reminderSettings';
import { aPinterestApplication } from '../csv/pinterestApplication';

const NOW = new Date('2026-02-05T12:00:00Z');
const ALARMS: CalendarAlarms = {
  deadlines: {
    enabled: true,
    leadTimes: [
      { amount: 3, unit: 'days' },
      { amount: 1, unit: 'hours' },
    ],
  },
  cohortStarts: { enabled: true, daysBefore: [14, 3, 1] },
  remindAt: '09:00',
};
const originalTz = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalTz;
});

/** The file as an independent parser (ical.js) reads it. */
function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    return {
      uid: event.uid,
      summary: event.summary,
      description: event.description,
      start: event.startDate,
      end: event.endDate,
      sequence: Number(vevent.getFirstPropertyValue('sequence')),
      alarms: vevent.getAllSubcomponents('valarm').map((alarm) => {
        const trigger = alarm.getFirstProperty('trigger')!;
        return {
          minutesBefore: -(trigger.getFirstValue() as ICAL.Duration).toSeconds() / 60,
          related: trigger.getFirstParameter('related') ?? 'START',
        };
      }),
    };
  });
}

function exportOne(app: Application, alarms = ALARMS) {
  return parse(applicationsToIcs([app], { now: NOW, alarms }));
}

describe('applicationsToIcs', () => {
  it('writes open deadlines and the chosen cohort with stable ids', () => {
    expect(exportOne(aPinterestApplication()).map((e) => [e.uid, e.summary])).toEqual([
      ['app-pinterest.deadline.dl-oa@internship-tracker', 'Pinterest: HackerRank'],
      ['app-pinterest.deadline.dl-offer@internship-tracker', 'Pinterest: Offer response due'],
      ['app-pinterest.cohort-start.cohort-may@internship-tracker', 'Pinterest: May cohort starts'],
      ['app-pinterest.cohort-end.cohort-may@internship-tracker', 'Pinterest: May cohort ends'],
    ]);
  });

  it('writes every cohort when none is chosen', () => {
    const uids = exportOne(aPinterestApplication({ chosenCohortId: null })).map((e) => e.uid);
    expect(uids.filter((uid) => uid.includes('cohort'))).toHaveLength(4);
  });

  it('writes a deadline with a time in UTC', () => {
    const [oa] = exportOne(aPinterestApplication());
    expect(oa!.start.isDate).toBe(false);
    expect(oa!.start.zone?.tzid).toBe('UTC');
    expect(oa!.start.toJSDate().toISOString()).toBe('2026-02-11T01:00:00.000Z');
  });

  it.each(['Pacific/Kiritimati', 'America/Los_Angeles', 'Pacific/Pago_Pago', 'Asia/Kolkata'])(
    'keeps all-day dates on their date in %s',
    (zone) => {
      process.env.TZ = zone;
      const events = exportOne(aPinterestApplication());
      const allDay = events.filter((e) => e.start.isDate).map((e) => e.start.toString());
      expect(allDay).toEqual(['2026-03-15', '2026-05-18', '2026-08-07']);
    },
  );

  it('adds alarms at the reminder lead times, soonest first', () => {
    const [oa, offer, start, end] = exportOne(aPinterestApplication());
    expect(oa!.alarms).toEqual([
      { minutesBefore: 60, related: 'START' },
      { minutesBefore: 4320, related: 'START' },
    ]);
    // Due by the end of its day: hours count back from there; days land at 09:00 on their day.
    expect(offer!.alarms).toEqual([
      { minutesBefore: 60, related: 'END' },
      { minutesBefore: 3 * 1440 - 9 * 60, related: 'START' },
    ]);
    expect(start!.alarms.map((a) => a.minutesBefore)).toEqual([1440, 3 * 1440, 14 * 1440].map((m) => m - 9 * 60));
    expect(end!.alarms).toEqual([]);
  });

  it('puts the alarm of "0 days before" a start on the morning of the first day', () => {
    const [, , start] = exportOne(aPinterestApplication(), {
      ...ALARMS,
      cohortStarts: { enabled: true, daysBefore: [0] },
    });
    expect(start!.alarms).toEqual([{ minutesBefore: -9 * 60, related: 'START' }]);
  });

  it('writes no alarms for a kind of reminder that is off, and one alarm per moment', () => {
    const events = exportOne(aPinterestApplication(), {
      ...ALARMS,
      deadlines: {
        enabled: true,
        leadTimes: [
          { amount: 60, unit: 'hours' },
          { amount: 1, unit: 'hours' },
          { amount: 1, unit: 'hours' },
        ],
      },
      cohortStarts: { enabled: false, daysBefore: [14] },
    });
    expect(events[0]!.alarms.map((a) => a.minutesBefore)).toEqual([60, 3600]);
    expect(events[2]!.alarms).toEqual([]);
  });

  it.each(['America/Los_Angeles', 'Europe/Berlin', 'Asia/Kolkata'])(
    'rings when the in-app reminders come, in %s',
    (zone) => {
      process.env.TZ = zone;
      const settings = { ...DEFAULT_REMINDER_SETTINGS, quietHours: { enabled: false, start: '22:00', end: '08:00' } };
      const app = aPinterestApplication();
      const alarmTimes = parse(applicationsToIcs([app], { now: NOW, alarms: settings })).flatMap((event) =>
        event.alarms.map((alarm) => {
          const edge = (alarm.related === 'END' ? event.end : event.start).toJSDate().getTime();
          return new Date(edge - alarm.minutesBefore * 60_000).toISOString();
        }),
      );
      const reminderTimes = planReminders([app], settings, new Date('2026-01-01T00:00:00Z')).map((r) => r.fireAt);
      expect(alarmTimes.sort()).toEqual(reminderTimes.map((t) => new Date(t).toISOString()).sort());
    },
  );

  it('leaves out ended and archived applications and done deadlines', () => {
    const rejected = aPinterestApplication({
      id: 'rejected',
      status: 'rejected',
      statusHistory: [{ status: 'rejected', at: '2026-02-01T10:00:00Z', note: '' }],
    });
    const archived = aPinterestApplication({ id: 'archived', archivedAt: '2026-02-01T10:00:00Z' });
    const events = parse(
      applicationsToIcs([rejected, archived, aPinterestApplication()], { now: NOW, alarms: ALARMS }),
    );
    expect(events.every((e) => e.uid.startsWith('app-pinterest.'))).toBe(true);
    expect(events.some((e) => e.uid.includes('dl-app'))).toBe(false);
  });

  it('keeps the ids and raises SEQUENCE when the application changes', () => {
    const before = exportOne(aPinterestApplication());
    const after = exportOne(aPinterestApplication({ updatedAt: '2026-02-03T09:00:00-08:00' }));
    expect(after.map((e) => e.uid)).toEqual(before.map((e) => e.uid));
    expect(after[0]!.sequence).toBeGreaterThan(before[0]!.sequence);
  });

  it('escapes text so an independent parser reads it back exactly', () => {
    const company = 'Acme, Inc; "R&D" \\ Labs\nZürich 🏔';
    const [first] = exportOne(aPinterestApplication({ company, role: 'Intern, ML; Research' }));
    expect(first!.summary).toBe(`${company}: HackerRank`);
    expect(first!.description).toBe(
      'Intern, ML; Research\nStatus: Interviewing\nhttps://www.pinterestcareers.com/jobs/123',
    );
  });

  it('folds long lines at 75 octets with CRLF everywhere', () => {
    const ics = applicationsToIcs(
      [aPinterestApplication({ role: 'Ingénieur·e stagiaire en apprentissage automatique '.repeat(5) })],
      {
        now: NOW,
        alarms: ALARMS,
      },
    );
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(ics).toContain('\r\nDTSTAMP:20260205T120000Z\r\n');
  });

  it('is an empty calendar when nothing is open', () => {
    const ics = applicationsToIcs([], { now: NOW, alarms: ALARMS });
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(parse(ics)).toEqual([]);
  });
});
