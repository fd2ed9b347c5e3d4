import ICAL from 'ical.js';
import { afterEach, describe, expect, it } from 'vitest';
import type { Application, ApplicationEvent } from '@shared/application';
import { applicationsToIcs, type CalendarAlarms } from '@shared/ics/calendarExport';
import { DEFAULT_PIPELINE } from '@shared/pipeline';
import { planReminders } from '@shared/reminders/reminderPlan';
import { DEFAULT_REMINDER_SETTINGS, type ReminderSettings } from '@shared/reminders/reminderSettings';
import { aPinterestApplication } from '../core/pinterestApplication';
import { anEvent } from '../../support/anEvent';
import { dateWords } from '@shared/dateWords';

const US_DATES = dateWords('en-US');

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
  events: {
    enabled: true,
    leadTimes: [
      { amount: 1, unit: 'days' },
      { amount: 1, unit: 'hours' },
    ],
  },
  followUps: { enabled: true, afterApplying: { enabled: false, days: 7 } },
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
      location: event.location,
      start: event.startDate,
      end: event.endDate,
      hasEnd: vevent.hasProperty('dtend'),
      transparency: vevent.getFirstPropertyValue('transp'),
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
  return parse(applicationsToIcs([app], { now: NOW, alarms, pipeline: DEFAULT_PIPELINE }));
}

/** When each alarm of the file rings, as ISO instants in UTC. */
function alarmTimes(events: ReturnType<typeof parse>): string[] {
  return events.flatMap((event) =>
    event.alarms.map((alarm) => {
      const edge = (alarm.related === 'END' ? event.end : event.start).toJSDate().getTime();
      return new Date(edge - alarm.minutesBefore * 60_000).toISOString();
    }),
  );
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
    // A date without a time: its hours ring at 09:00 on the day, its days at 09:00 on theirs.
    expect(offer!.alarms).toEqual([
      { minutesBefore: -9 * 60, related: 'START' },
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

  it('writes the start of an application only saved without alarms, as no reminder comes for it', () => {
    const saved = aPinterestApplication({
      stageId: 'wishlist',
      phase: 'saved',
      stageHistory: [{ id: 'h0', stageId: 'wishlist', phase: 'saved', at: '2026-01-05T09:30:00-08:00', note: '' }],
    });
    const [oa, , start] = exportOne(saved);
    expect(start!.summary).toBe('Pinterest: May cohort starts');
    expect(start!.alarms).toEqual([]);
    expect(oa!.alarms).toHaveLength(2);
  });

  it.each(['America/Los_Angeles', 'Europe/Berlin', 'Asia/Kolkata'])(
    'rings when the in-app reminders come, in %s, events and follow-ups included, across summer time',
    (zone) => {
      process.env.TZ = zone;
      const settings: ReminderSettings = {
        ...DEFAULT_REMINDER_SETTINGS,
        followUps: { enabled: true, afterApplying: { enabled: true, days: 7 } },
        quietHours: { enabled: false, start: '22:00', end: '08:00' },
      };
      const interviewing = aPinterestApplication({
        // Both sides of the March changes (US on the 8th, Europe on the 29th) and one inside.
        deadlines: [
          ...aPinterestApplication().deadlines,
          { id: 'dl-dst', kind: 'other', at: '2026-03-30T12:00:00+02:00', label: 'Forms', done: false },
        ],
        events: [
          anEvent('phone', '2026-03-08T10:00:00-07:00', { durationMinutes: 30 }),
          anEvent('final', '2026-03-20T15:00:00-07:00'),
          anEvent('day', '2026-03-25'),
        ],
        followUp: { on: '2026-03-09', note: 'Thank-you email', done: false },
      });
      const applied = aPinterestApplication({
        id: 'app-applied',
        deadlines: [],
        cohorts: [],
        chosenCohortId: null,
        stageId: 'applied',
        phase: 'applied',
        stageHistory: [{ id: 'h1', stageId: 'applied', phase: 'applied', at: '2026-03-03T09:30:00-08:00', note: '' }],
      });
      const wishlisted = aPinterestApplication({
        id: 'app-wishlisted',
        stageId: 'wishlist',
        phase: 'saved',
        stageHistory: [{ id: 'h0', stageId: 'wishlist', phase: 'saved', at: '2026-01-05T09:30:00-08:00', note: '' }],
      });
      const apps = [interviewing, applied, wishlisted];
      const ics = applicationsToIcs(apps, { now: NOW, alarms: settings, pipeline: DEFAULT_PIPELINE });
      const reminderTimes = planReminders(apps, settings, new Date('2026-01-01T00:00:00Z'), US_DATES).map(
        (r) => r.fireAt,
      );
      expect(reminderTimes.length).toBeGreaterThan(15);
      expect(alarmTimes(parse(ics)).sort()).toEqual(reminderTimes.map((t) => new Date(t).toISOString()).sort());
    },
  );

  it('leaves out closed and archived applications, done deadlines, cancelled events and done follow-ups', () => {
    const rejected = aPinterestApplication({
      id: 'rejected',
      stageId: 'rejected',
      phase: 'closed',
      stageHistory: [{ id: 'h1', stageId: 'rejected', phase: 'closed', at: '2026-02-01T10:00:00Z', note: '' }],
    });
    const archived = aPinterestApplication({ id: 'archived', archivedAt: '2026-02-01T10:00:00Z' });
    const open = aPinterestApplication({
      events: [anEvent('off', '2026-03-01T10:00:00Z', { outcome: 'cancelled' })],
      followUp: { on: '2026-03-01', note: '', done: true },
    });
    const events = parse(
      applicationsToIcs([rejected, archived, open], { now: NOW, alarms: ALARMS, pipeline: DEFAULT_PIPELINE }),
    );
    expect(events.map((e) => e.uid)).toEqual([
      'app-pinterest.deadline.dl-oa@internship-tracker',
      'app-pinterest.deadline.dl-offer@internship-tracker',
      'app-pinterest.cohort-start.cohort-may@internship-tracker',
      'app-pinterest.cohort-end.cohort-may@internship-tracker',
    ]);
  });

  it('keeps the ids and raises SEQUENCE when the application changes', () => {
    const before = exportOne(aPinterestApplication());
    const after = exportOne(aPinterestApplication({ updatedAt: '2026-02-03T09:00:00-08:00' }));
    expect(after.map((e) => e.uid)).toEqual(before.map((e) => e.uid));
    expect(after[0]!.sequence).toBeGreaterThan(before[0]!.sequence);
  });

  it('keeps SEQUENCE a 32-bit integer however late the last change, as RFC 5545 requires', () => {
    const late = applicationsToIcs([aPinterestApplication({ updatedAt: '2150-01-01T00:00:00Z' })], {
      now: NOW,
      alarms: ALARMS,
      pipeline: DEFAULT_PIPELINE,
    });
    const sequences = [...late.matchAll(/^SEQUENCE:(\d+)\r?$/gm)].map((m) => Number(m[1]));
    expect(sequences.length).toBeGreaterThan(0);
    expect(sequences.every((s) => s === 2_147_483_647)).toBe(true);
  });

  it('escapes text so an independent parser reads it back exactly', () => {
    const company = 'Acme, Inc; "R&D" \\ Labs\nZürich 🏔';
    const [first] = exportOne(aPinterestApplication({ company, role: 'Intern, ML; Research' }));
    expect(first!.summary).toBe(`${company}: HackerRank`);
    expect(first!.description).toBe(
      'Intern, ML; Research\nStage: Phone screen\nhttps://www.pinterestcareers.com/jobs/123',
    );
  });

  it('names the stage as the user’s pipeline does, removed stages included', () => {
    const pipeline = {
      stages: DEFAULT_PIPELINE.stages.map((s) => (s.id === 'phone-screen' ? { ...s, name: 'Recruiter call' } : s)),
    };
    const [first] = parse(applicationsToIcs([aPinterestApplication()], { now: NOW, alarms: ALARMS, pipeline }));
    expect(first!.description).toContain('\nStage: Recruiter call\n');
  });

  it('folds long lines at 75 octets with CRLF everywhere', () => {
    const ics = applicationsToIcs(
      [aPinterestApplication({ role: 'Ingénieur·e stagiaire en apprentissage automatique '.repeat(5) })],
      { now: NOW, alarms: ALARMS, pipeline: DEFAULT_PIPELINE },
    );
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(ics).toContain('\r\nDTSTAMP:20260205T120000Z\r\n');
  });

  it('is an empty calendar when nothing is open', () => {
    const ics = applicationsToIcs([], { now: NOW, alarms: ALARMS, pipeline: DEFAULT_PIPELINE });
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(parse(ics)).toEqual([]);
  });
});

describe('applicationsToIcs: events and follow-ups', () => {
  const withEvents = (events: ApplicationEvent[], extra: Partial<Application> = {}) =>
    aPinterestApplication({ deadlines: [], cohorts: [], chosenCohortId: null, events, ...extra });

  it('writes an event with a time from its start for its duration, busy, where it is and with whom', () => {
    const [event] = exportOne(
      withEvents([
        anEvent('final', '2026-03-20T15:00:00-07:00', {
          kind: 'final-round',
          durationMinutes: 240,
          location: 'https://meet.example.com/abc-defg',
          people: 'Priya (ML lead), Tom',
          notes: 'Bring questions about the team',
        }),
      ]),
    );
    expect(event!.uid).toBe('app-pinterest.event.final@internship-tracker');
    expect(event!.summary).toBe('Pinterest: Final round / superday');
    expect(event!.start.toJSDate().toISOString()).toBe('2026-03-20T22:00:00.000Z');
    expect(event!.end.toJSDate().toISOString()).toBe('2026-03-21T02:00:00.000Z');
    expect(event!.transparency).toBe('OPAQUE');
    expect(event!.location).toBe('https://meet.example.com/abc-defg');
    expect(event!.description).toBe(
      "With: Priya (ML lead), Tom\nBring questions about the team\nMaster's Machine Learning Internship 2026 (USA)\nStage: Phone screen\nhttps://www.pinterestcareers.com/jobs/123",
    );
    expect(event!.alarms).toEqual([
      { minutesBefore: 60, related: 'START' },
      { minutesBefore: 1440, related: 'START' },
    ]);
  });

  it('gives an event without a duration an hour', () => {
    const [event] = exportOne(withEvents([anEvent('e', '2026-03-20T15:00:00Z')]));
    expect(event!.end.toJSDate().toISOString()).toBe('2026-03-20T16:00:00.000Z');
  });

  it('writes an event without a time as an all-day event, free, with no alarm', () => {
    const [event] = exportOne(
      withEvents([anEvent('oa', '2026-03-25', { kind: 'online-assessment', title: 'HackerRank' })]),
    );
    expect(event!.summary).toBe('Pinterest: HackerRank');
    expect([event!.start.isDate, event!.start.toString(), event!.end.toString()]).toEqual([
      true,
      '2026-03-25',
      '2026-03-26',
    ]);
    expect(event!.transparency).toBe('TRANSPARENT');
    expect(event!.alarms).toEqual([]);
  });

  it('counts a day before an event on the wall clock across summer time, as the reminders do', () => {
    process.env.TZ = 'America/Los_Angeles';
    // 10:00 PDT on the first day of summer time; 10:00 PST the day before is 23 hours earlier.
    const [event] = exportOne(withEvents([anEvent('e', '2026-03-08T10:00:00-07:00')]));
    expect(event!.alarms).toEqual([
      { minutesBefore: 60, related: 'START' },
      { minutesBefore: 23 * 60, related: 'START' },
    ]);
  });

  it('writes no event alarms when event reminders are off', () => {
    const [event] = exportOne(withEvents([anEvent('e', '2026-03-20T15:00:00Z')]), {
      ...ALARMS,
      events: { ...ALARMS.events, enabled: false },
    });
    expect(event!.alarms).toEqual([]);
  });

  it('writes the follow-up date as an all-day event ringing at the reminder time, with its note', () => {
    const [followUp] = exportOne(withEvents([], { followUp: { on: '2026-03-09', note: 'Email Sarah', done: false } }));
    expect(followUp!.uid).toBe('app-pinterest.follow-up@internship-tracker');
    expect(followUp!.summary).toBe('Pinterest: Follow up');
    expect([followUp!.start.isDate, followUp!.start.toString()]).toEqual([true, '2026-03-09']);
    expect(followUp!.description.split('\n')[0]).toBe('Email Sarah');
    expect(followUp!.alarms).toEqual([{ minutesBefore: -9 * 60, related: 'START' }]);
    const off = exportOne(withEvents([], { followUp: { on: '2026-03-09', note: '', done: false } }), {
      ...ALARMS,
      followUps: { ...ALARMS.followUps, enabled: false },
    });
    expect(off[0]!.alarms).toEqual([]);
  });

  it('writes the follow-up the rule asks for when it is on', () => {
    const applied = withEvents([], {
      stageId: 'applied',
      phase: 'applied',
      stageHistory: [{ id: 'h1', stageId: 'applied', phase: 'applied', at: '2026-01-05T09:30:00-08:00', note: '' }],
    });
    expect(exportOne(applied)).toEqual([]);
    const [rule] = exportOne(applied, {
      ...ALARMS,
      followUps: { enabled: true, afterApplying: { enabled: true, days: 10 } },
    });
    expect(rule!.uid).toBe('app-pinterest.follow-up-rule.h1@internship-tracker');
    expect([rule!.summary, rule!.start.toString()]).toEqual(['Pinterest: Follow up', '2026-01-15']);
    expect(rule!.description.split('\n')[0]).toBe('No response 10 days after applying');
  });
});
