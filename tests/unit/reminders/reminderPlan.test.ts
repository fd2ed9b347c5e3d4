// Reminder times are local wall-clock times, so these tests pin the zone. Node re-reads TZ when
// it is assigned; the first test checks that it really took effect.
process.env.TZ = 'America/Los_Angeles';

import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ApplicationEvent, StageChange } from '@shared/application';
import { migrateV1Application } from '@shared/migrations/v1ToV2';
import { DEFAULT_PIPELINE } from '@shared/pipeline';
import { plannedReminderSchema } from '@shared/reminders/reminder';
import { followUpRuleDate, planReminders } from '@shared/reminders/reminderPlan';
import {
  DEFAULT_REMINDER_SETTINGS,
  reminderSettingsSchema,
  type ReminderSettings,
} from '@shared/reminders/reminderSettings';
import { applicationArb } from '../arbitraries';
import { anApplication } from './applicationFixture';
import { anEvent as anyEvent } from '../../support/anEvent';
import { dateWords } from '@shared/dateWords';

const US_DATES = dateWords('en-US');

const withoutQuietHours: ReminderSettings = {
  ...DEFAULT_REMINDER_SETTINGS,
  quietHours: { ...DEFAULT_REMINDER_SETTINGS.quietHours, enabled: false },
};

/** An hour-long interview. */
const anEvent = (id: string, start: string, extra: Partial<ApplicationEvent> = {}): ApplicationEvent =>
  anyEvent(id, start, { durationMinutes: 60, ...extra });

const cohortApp = (start: string, overrides = {}) =>
  anApplication({ cohorts: [{ id: 'c1', start, end: '2026-12-18', label: '' }], ...overrides });

const deadlineApp = (
  at: string,
  overrides: Partial<{ label: string; kind: 'assessment' | 'interview' | 'application' }> = {},
) =>
  anApplication({
    deadlines: [
      {
        id: 'd1',
        kind: overrides.kind ?? 'assessment',
        at,
        label: overrides.label ?? 'Online assessment',
        done: false,
      },
    ],
  });

describe('the test time zone', () => {
  it('is America/Los_Angeles, with DST', () => {
    expect(new Date(2026, 0, 15).getTimezoneOffset()).toBe(480);
    expect(new Date(2026, 6, 15).getTimezoneOffset()).toBe(420);
  });
});

describe('reminder settings', () => {
  it('has valid defaults: cohorts 14, 3 and 1 days before at 09:00; deadlines 3 days, 1 day, 3 hours', () => {
    expect(reminderSettingsSchema.parse(DEFAULT_REMINDER_SETTINGS)).toEqual(DEFAULT_REMINDER_SETTINGS);
    expect(DEFAULT_REMINDER_SETTINGS.cohortStarts.daysBefore).toEqual([14, 3, 1]);
    expect(DEFAULT_REMINDER_SETTINGS.remindAt).toBe('09:00');
    expect(DEFAULT_REMINDER_SETTINGS.quietHours).toEqual({ enabled: true, start: '22:00', end: '08:00' });
  });

  it('reminds of events 1 day and 1 hour before by default, of follow-up dates, and not by the rule until asked', () => {
    expect(DEFAULT_REMINDER_SETTINGS.events).toEqual({
      enabled: true,
      leadTimes: [
        { amount: 1, unit: 'days' },
        { amount: 1, unit: 'hours' },
      ],
    });
    expect(DEFAULT_REMINDER_SETTINGS.followUps).toEqual({ enabled: true, afterApplying: { enabled: false, days: 7 } });
  });

  it('takes 1 to 90 days for the follow-up rule, in whole days', () => {
    const withDays = (days: number) =>
      reminderSettingsSchema.safeParse({
        ...DEFAULT_REMINDER_SETTINGS,
        followUps: { enabled: true, afterApplying: { enabled: true, days } },
      });
    expect(withDays(1).success && withDays(90).success).toBe(true);
    expect(withDays(0).error?.issues[0]?.message).toBe('Follow up 1 to 90 days after applying');
    expect(withDays(91).error?.issues[0]?.message).toBe('Follow up 1 to 90 days after applying');
    expect(withDays(2.5).error?.issues[0]?.message).toBe('Give a whole number of days');
  });

  it('refuses times of day that are not HH:mm', () => {
    for (const remindAt of ['24:00', '9:00', '09:60', '0900', '']) {
      const result = reminderSettingsSchema.safeParse({ ...DEFAULT_REMINDER_SETTINGS, remindAt });
      expect(result.success, remindAt).toBe(false);
      expect(result.error?.issues[0]?.message).toBe('Expected a time of day like 09:00');
    }
  });
});

describe('planReminders: cohort starts', () => {
  it('reminds 14, 3 and 1 days before the start at 09:00 local, saying what and when', () => {
    const plan = planReminders(
      [cohortApp('2026-06-15')],
      DEFAULT_REMINDER_SETTINGS,
      new Date('2026-05-01T12:00:00-07:00'),
      US_DATES,
    );
    expect(plan.map((r) => [r.fireAt, r.title, r.body])).toEqual([
      ['2026-06-01T09:00:00-07:00', 'Pinterest: Internship starts in 14 days', 'Mon, Jun 15 · ML Intern'],
      ['2026-06-12T09:00:00-07:00', 'Pinterest: Internship starts in 3 days', 'Mon, Jun 15 · ML Intern'],
      ['2026-06-14T09:00:00-07:00', 'Pinterest: Internship starts tomorrow', 'Mon, Jun 15 · ML Intern'],
    ]);
    expect(plan.every((r) => r.targetAt === '2026-06-15' && r.applicationId === 'app-pinterest')).toBe(true);
    expect(plan[0]?.summary).toBe('Pinterest: Internship starts Mon, Jun 15');
  });

  it('fires at 09:00 local across the March DST change', () => {
    const plan = planReminders(
      [cohortApp('2026-03-09')],
      DEFAULT_REMINDER_SETTINGS,
      new Date('2026-02-01T00:00:00Z'),
      US_DATES,
    );
    expect(plan.map((r) => r.fireAt)).toEqual([
      '2026-02-23T09:00:00-08:00',
      '2026-03-06T09:00:00-08:00',
      '2026-03-08T09:00:00-07:00',
    ]);
    expect(plan.map((r) => new Date(r.fireAt).getHours())).toEqual([9, 9, 9]);
  });

  it('fires at 09:00 local across the November DST change', () => {
    const plan = planReminders(
      [cohortApp('2026-11-02')],
      DEFAULT_REMINDER_SETTINGS,
      new Date('2026-10-01T00:00:00Z'),
      US_DATES,
    );
    expect(plan.map((r) => r.fireAt)).toEqual([
      '2026-10-19T09:00:00-07:00',
      '2026-10-30T09:00:00-07:00',
      '2026-11-01T09:00:00-08:00',
    ]);
    expect(plan.map((r) => new Date(r.fireAt).getHours())).toEqual([9, 9, 9]);
  });

  it('counts only the chosen cohort when one is chosen', () => {
    const app = anApplication({
      cohorts: [
        { id: 'may', start: '2026-05-18', end: '2026-08-07', label: 'May' },
        { id: 'june', start: '2026-06-15', end: '2026-09-04', label: 'June' },
      ],
      chosenCohortId: 'june',
    });
    const plan = planReminders([app], DEFAULT_REMINDER_SETTINGS, new Date('2026-04-01T00:00:00Z'), US_DATES);
    expect(new Set(plan.map((r) => r.targetAt))).toEqual(new Set(['2026-06-15']));
    expect(plan[0]?.title).toBe('Pinterest: Internship (June) starts in 14 days');
  });

  it('counts every cohort when none is chosen', () => {
    const app = anApplication({
      cohorts: [
        { id: 'may', start: '2026-05-18', end: '2026-08-07', label: 'May' },
        { id: 'june', start: '2026-06-15', end: '2026-09-04', label: 'June' },
      ],
    });
    const plan = planReminders([app], DEFAULT_REMINDER_SETTINGS, new Date('2026-04-01T00:00:00Z'), US_DATES);
    expect(plan.filter((r) => r.targetAt === '2026-05-18')).toHaveLength(3);
    expect(plan.filter((r) => r.targetAt === '2026-06-15')).toHaveLength(3);
  });

  it('reminds of no start date while the application is only saved, and still of its deadlines', () => {
    const wishlisted = cohortApp('2026-06-15', {
      stageId: 'wishlist',
      phase: 'saved',
      stageHistory: [
        { id: 'saved-entry', stageId: 'wishlist', phase: 'saved', at: '2026-01-10T10:00:00-08:00', note: '' },
      ],
      deadlines: [{ id: 'd1', kind: 'application', at: '2026-05-20', label: '', done: false }],
    });
    const plan = planReminders(
      [wishlisted],
      DEFAULT_REMINDER_SETTINGS,
      new Date('2026-05-01T12:00:00-07:00'),
      US_DATES,
    );
    expect(plan.map((r) => r.title)).toEqual([
      'Pinterest: Application deadline in 3 days',
      'Pinterest: Application deadline tomorrow',
      'Pinterest: Application deadline today',
    ]);
  });

  it('says "starts today" for a reminder on the day itself', () => {
    const settings = { ...DEFAULT_REMINDER_SETTINGS, cohortStarts: { enabled: true, daysBefore: [0] } };
    const [only] = planReminders([cohortApp('2026-06-15')], settings, new Date('2026-06-01T00:00:00Z'), US_DATES);
    expect(only?.title).toBe('Pinterest: Internship starts today');
    expect(only?.fireAt).toBe('2026-06-15T09:00:00-07:00');
  });
});

describe('planReminders: deadlines', () => {
  it('reminds 3 days, 1 day and 3 hours before a deadline with a time', () => {
    const plan = planReminders(
      [deadlineApp('2026-03-05T17:00:00-08:00')],
      DEFAULT_REMINDER_SETTINGS,
      new Date('2026-02-01T00:00:00Z'),
      US_DATES,
    );
    expect(plan.map((r) => [r.fireAt, r.title, r.body])).toEqual([
      ['2026-03-02T17:00:00-08:00', 'Pinterest: Online assessment due in 3 days', 'Thu, Mar 5, 5:00 PM · ML Intern'],
      ['2026-03-04T17:00:00-08:00', 'Pinterest: Online assessment due tomorrow', 'Thu, Mar 5, 5:00 PM · ML Intern'],
      ['2026-03-05T14:00:00-08:00', 'Pinterest: Online assessment due in 3 hours', 'Thu, Mar 5, 5:00 PM · ML Intern'],
    ]);
    expect(plan[2]?.summary).toBe('Pinterest: Online assessment, Thu, Mar 5, 5:00 PM');
    expect(plan[2]?.targetAt).toBe('2026-03-05T17:00:00-08:00');
  });

  it('counts days before a deadline on the wall clock across DST', () => {
    const plan = planReminders(
      [deadlineApp('2026-03-10T17:00:00-07:00')],
      DEFAULT_REMINDER_SETTINGS,
      new Date('2026-02-01T00:00:00Z'),
      US_DATES,
    );
    expect(plan[0]?.fireAt).toBe('2026-03-07T17:00:00-08:00');
  });

  it('treats a date-only deadline as due at the end of its day, reminded in the morning, on the day for hours', () => {
    const plan = planReminders(
      [deadlineApp('2026-04-10')],
      DEFAULT_REMINDER_SETTINGS,
      new Date('2026-04-01T00:00:00Z'),
      US_DATES,
    );
    expect(plan.map((r) => [r.fireAt, r.title])).toEqual([
      ['2026-04-07T09:00:00-07:00', 'Pinterest: Online assessment due in 3 days'],
      ['2026-04-09T09:00:00-07:00', 'Pinterest: Online assessment due tomorrow'],
      ['2026-04-10T09:00:00-07:00', 'Pinterest: Online assessment due today'],
    ]);
    expect(plan[0]?.body).toBe('Fri, Apr 10 · ML Intern');
  });

  it('reminds of a date-only deadline added the day before it on its morning', () => {
    const plan = planReminders(
      [deadlineApp('2026-04-10')],
      DEFAULT_REMINDER_SETTINGS,
      new Date('2026-04-09T10:00:00-07:00'),
      US_DATES,
    );
    expect(plan.map((r) => [r.fireAt, r.title])).toEqual([
      ['2026-04-10T09:00:00-07:00', 'Pinterest: Online assessment due today'],
    ]);
  });

  it('words the kinds naturally when the deadline has no label of its own', () => {
    const at = '2026-03-05T17:00:00-08:00';
    const now = new Date('2026-03-05T13:00:00-08:00');
    const titleFor = (kind: 'assessment' | 'interview' | 'application') =>
      planReminders([deadlineApp(at, { kind, label: '' })], DEFAULT_REMINDER_SETTINGS, now, US_DATES)[0]?.title;
    expect(titleFor('assessment')).toBe('Pinterest: Assessment due in 3 hours');
    expect(titleFor('interview')).toBe('Pinterest: Interview in 3 hours');
    expect(titleFor('application')).toBe('Pinterest: Application deadline in 3 hours');
  });

  it('plans nothing for done deadlines', () => {
    const app = anApplication({
      deadlines: [{ id: 'd1', kind: 'assessment', at: '2026-03-05', label: '', done: true }],
    });
    expect(planReminders([app], DEFAULT_REMINDER_SETTINGS, new Date('2026-02-01T00:00:00Z'), US_DATES)).toEqual([]);
  });

  it('adds the year when the deadline is in another year than the reminder', () => {
    const plan = planReminders(
      [deadlineApp('2027-01-02T10:00:00-08:00')],
      DEFAULT_REMINDER_SETTINGS,
      new Date('2026-12-01T00:00:00Z'),
      US_DATES,
    );
    expect(plan[0]?.body).toBe('Sat, Jan 2, 2027, 10:00 AM · ML Intern');
    expect(plan[2]?.body).toBe('Sat, Jan 2, 10:00 AM · ML Intern');
  });
});

describe('planReminders: what gets none', () => {
  const full = () =>
    anApplication({
      deadlines: [{ id: 'd1', kind: 'assessment', at: '2026-03-05', label: '', done: false }],
      cohorts: [{ id: 'c1', start: '2026-06-15', end: '2026-09-04', label: '' }],
      events: [anEvent('e1', '2026-03-10T10:00:00-07:00')],
      followUp: { on: '2026-02-20', note: '', done: false },
    });
  const now = new Date('2026-02-01T00:00:00Z');
  /** The follow-up, the deadline's and the interview's reminders of full(), without its start's. */
  const WITHOUT_START_DATES = [
    '2026-02-20',
    '2026-03-05',
    '2026-03-05',
    '2026-03-05',
    '2026-03-10T10:00:00-07:00',
    '2026-03-10T10:00:00-07:00',
  ];

  it('plans nothing for closed applications', () => {
    expect(planReminders([full()], DEFAULT_REMINDER_SETTINGS, now, US_DATES)).toHaveLength(9);
    const closed = DEFAULT_PIPELINE.stages.filter((stage) => stage.phase === 'closed');
    expect(closed).toHaveLength(4);
    for (const stage of closed) {
      const app = { ...full(), stageId: stage.id, phase: stage.phase };
      expect(planReminders([app], DEFAULT_REMINDER_SETTINGS, now, US_DATES), stage.id).toEqual([]);
    }
  });

  it('plans for every phase but closed; start dates only once applied', () => {
    for (const phase of ['applied', 'in-process', 'offer', 'accepted'] as const) {
      expect(planReminders([{ ...full(), phase }], DEFAULT_REMINDER_SETTINGS, now, US_DATES), phase).toHaveLength(9);
    }
    const saved = planReminders([{ ...full(), phase: 'saved' }], DEFAULT_REMINDER_SETTINGS, now, US_DATES);
    expect(saved.map((r) => r.targetAt)).toEqual(WITHOUT_START_DATES);
  });

  it('plans nothing for archived applications', () => {
    expect(
      planReminders([{ ...full(), archivedAt: '2026-01-20T10:00:00-08:00' }], DEFAULT_REMINDER_SETTINGS, now, US_DATES),
    ).toEqual([]);
  });

  it('leaves out reminders whose time has passed', () => {
    const plan = planReminders(
      [cohortApp('2026-06-15')],
      DEFAULT_REMINDER_SETTINGS,
      new Date('2026-06-12T09:00:00-07:00'),
      US_DATES,
    );
    expect(plan.map((r) => r.title)).toEqual(['Pinterest: Internship starts tomorrow']);
  });

  it('plans nothing for a kind that is switched off', () => {
    const settings = {
      ...DEFAULT_REMINDER_SETTINGS,
      cohortStarts: { ...DEFAULT_REMINDER_SETTINGS.cohortStarts, enabled: false },
    };
    const plan = planReminders([full()], settings, now, US_DATES);
    expect(plan.map((r) => r.targetAt)).toEqual(WITHOUT_START_DATES);
    const onlyCohorts = {
      ...DEFAULT_REMINDER_SETTINGS,
      deadlines: { ...DEFAULT_REMINDER_SETTINGS.deadlines, enabled: false },
      events: { ...DEFAULT_REMINDER_SETTINGS.events, enabled: false },
      followUps: { ...DEFAULT_REMINDER_SETTINGS.followUps, enabled: false },
    };
    expect(planReminders([full()], onlyCohorts, now, US_DATES).map((r) => r.targetAt)).toEqual([
      '2026-06-15',
      '2026-06-15',
      '2026-06-15',
    ]);
  });
});

describe('planReminders: events', () => {
  const interview = (start: string, extra: Partial<ApplicationEvent> = {}) =>
    anApplication({ events: [anEvent('e1', start, extra)] });

  it('reminds 1 day and 1 hour before an event with a time, naming it, where it is and for what', () => {
    const plan = planReminders(
      [interview('2026-04-15T14:00:00-07:00', { location: 'https://meet.example.com/abc' })],
      DEFAULT_REMINDER_SETTINGS,
      new Date('2026-04-01T00:00:00Z'),
      US_DATES,
    );
    expect(plan.map((r) => [r.id, r.fireAt, r.title, r.body])).toEqual([
      [
        'app-pinterest|event:e1@2026-04-15T14:00:00-07:00|1d',
        '2026-04-14T14:00:00-07:00',
        'Pinterest: Technical interview tomorrow',
        'Wed, Apr 15, 2:00 PM · ML Intern · https://meet.example.com/abc',
      ],
      [
        'app-pinterest|event:e1@2026-04-15T14:00:00-07:00|1h',
        '2026-04-15T13:00:00-07:00',
        'Pinterest: Technical interview in 1 hour',
        'Wed, Apr 15, 2:00 PM · ML Intern · https://meet.example.com/abc',
      ],
    ]);
    expect(plan[1]?.summary).toBe('Pinterest: Technical interview, Wed, Apr 15, 2:00 PM');
    expect(plan[1]?.targetAt).toBe('2026-04-15T14:00:00-07:00');
  });

  it('names an event by its title when it has one', () => {
    const [first] = planReminders(
      [interview('2026-04-15T14:00:00-07:00', { title: 'Superday with the ML team', kind: 'final-round' })],
      DEFAULT_REMINDER_SETTINGS,
      new Date('2026-04-01T00:00:00Z'),
      US_DATES,
    );
    expect(first?.title).toBe('Pinterest: Superday with the ML team tomorrow');
  });

  it('counts a day before an event on the wall clock across the March DST change', () => {
    const plan = planReminders(
      [interview('2026-03-08T10:00:00-07:00')],
      DEFAULT_REMINDER_SETTINGS,
      new Date('2026-03-01T00:00:00Z'),
      US_DATES,
    );
    expect(plan.map((r) => r.fireAt)).toEqual(['2026-03-07T10:00:00-08:00', '2026-03-08T09:00:00-07:00']);
  });

  it('counts an hour before as elapsed time across the November DST change', () => {
    // 01:30 PST is the second 01:30 of that night; an hour before it is the first, 01:30 PDT.
    const plan = planReminders(
      [interview('2026-11-01T01:30:00-08:00')],
      { ...withoutQuietHours, events: { enabled: true, leadTimes: [{ amount: 1, unit: 'hours' }] } },
      new Date('2026-10-31T00:00:00Z'),
      US_DATES,
    );
    expect(plan.map((r) => r.fireAt)).toEqual(['2026-11-01T01:30:00-07:00']);
  });

  it('moves an event reminder out of quiet hours when that is still in time', () => {
    const plan = planReminders(
      [interview('2026-04-15T08:30:00-07:00')],
      DEFAULT_REMINDER_SETTINGS,
      new Date('2026-04-14T12:00:00-07:00'),
      US_DATES,
    );
    expect(plan.map((r) => [r.fireAt, r.title])).toEqual([
      ['2026-04-15T08:00:00-07:00', 'Pinterest: Technical interview in 30 minutes'],
    ]);
  });

  it('reminds of none for an event without a time, a cancelled one, or with event reminders off', () => {
    const now = new Date('2026-04-01T00:00:00Z');
    expect(planReminders([interview('2026-04-15')], DEFAULT_REMINDER_SETTINGS, now, US_DATES)).toEqual([]);
    expect(
      planReminders(
        [interview('2026-04-15T14:00:00-07:00', { outcome: 'cancelled' })],
        DEFAULT_REMINDER_SETTINGS,
        now,
        US_DATES,
      ),
    ).toEqual([]);
    const off = { ...DEFAULT_REMINDER_SETTINGS, events: { ...DEFAULT_REMINDER_SETTINGS.events, enabled: false } };
    expect(planReminders([interview('2026-04-15T14:00:00-07:00')], off, now, US_DATES)).toEqual([]);
  });

  it('still reminds of an event whose outcome is already in, when it is ahead', () => {
    const plan = planReminders(
      [interview('2026-04-15T14:00:00-07:00', { outcome: 'passed' })],
      DEFAULT_REMINDER_SETTINGS,
      new Date('2026-04-01T00:00:00Z'),
      US_DATES,
    );
    expect(plan).toHaveLength(2);
  });

  it('gives new ids when the event moves', () => {
    const now = new Date('2026-04-01T00:00:00Z');
    const before = planReminders([interview('2026-04-15T14:00:00-07:00')], DEFAULT_REMINDER_SETTINGS, now, US_DATES);
    const after = planReminders([interview('2026-04-15T15:00:00-07:00')], DEFAULT_REMINDER_SETTINGS, now, US_DATES);
    expect(after.map((r) => r.id).filter((id) => before.some((r) => r.id === id))).toEqual([]);
  });
});

describe('planReminders: follow-ups', () => {
  it('reminds on the follow-up date at the reminder time of day, with its note', () => {
    const app = anApplication({ followUp: { on: '2026-04-10', note: 'Email Sarah', done: false } });
    const plan = planReminders([app], DEFAULT_REMINDER_SETTINGS, new Date('2026-04-01T00:00:00Z'), US_DATES);
    expect(plan).toEqual([
      {
        id: 'app-pinterest|follow-up@2026-04-10|0d',
        applicationId: 'app-pinterest',
        fireAt: '2026-04-10T09:00:00-07:00',
        targetAt: '2026-04-10',
        title: 'Pinterest: Follow up today',
        body: 'Fri, Apr 10 · ML Intern · Email Sarah',
        summary: 'Pinterest: Follow up, Fri, Apr 10',
      },
    ]);
  });

  it('reminds at 09:00 local on a follow-up date just after the March DST change', () => {
    const app = anApplication({ followUp: { on: '2026-03-08', note: '', done: false } });
    const plan = planReminders([app], DEFAULT_REMINDER_SETTINGS, new Date('2026-03-01T00:00:00Z'), US_DATES);
    expect(plan.map((r) => [r.fireAt, r.body])).toEqual([['2026-03-08T09:00:00-07:00', 'Sun, Mar 8 · ML Intern']]);
  });

  it('reminds of none once it is done, once its time has passed, or with follow-up reminders off', () => {
    const open = anApplication({ followUp: { on: '2026-04-10', note: '', done: false } });
    const now = new Date('2026-04-01T00:00:00Z');
    expect(
      planReminders(
        [{ ...open, followUp: { on: '2026-04-10', note: '', done: true } }],
        DEFAULT_REMINDER_SETTINGS,
        now,
        US_DATES,
      ),
    ).toEqual([]);
    expect(planReminders([open], DEFAULT_REMINDER_SETTINGS, new Date('2026-04-10T09:00:00-07:00'), US_DATES)).toEqual(
      [],
    );
    const off = { ...DEFAULT_REMINDER_SETTINGS, followUps: { ...DEFAULT_REMINDER_SETTINGS.followUps, enabled: false } };
    expect(planReminders([open], off, now, US_DATES)).toEqual([]);
  });
});

describe('planReminders: the follow-up rule', () => {
  const ruleOn = (days = 7): ReminderSettings => ({
    ...DEFAULT_REMINDER_SETTINGS,
    followUps: { enabled: true, afterApplying: { enabled: true, days } },
  });
  const entry = (id: string, stageId: string, at: string): StageChange => ({
    id,
    stageId,
    phase: DEFAULT_PIPELINE.stages.find((s) => s.id === stageId)!.phase,
    at,
    note: '',
  });
  const withHistory = (...history: StageChange[]) =>
    anApplication({ stageHistory: history, stageId: history.at(-1)!.stageId, phase: history.at(-1)!.phase });
  const now = new Date('2026-01-11T00:00:00Z');

  it('reminds N days after applying, on that day at the reminder time, keyed by the entry and the date', () => {
    const plan = planReminders([anApplication()], ruleOn(), now, US_DATES);
    expect(plan).toEqual([
      {
        id: 'app-pinterest|follow-up-rule:applied-entry@2026-01-17|0d',
        applicationId: 'app-pinterest',
        fireAt: '2026-01-17T09:00:00-08:00',
        targetAt: '2026-01-17',
        title: 'Pinterest: Follow up today',
        body: 'No response 7 days after applying · ML Intern',
        summary: 'Pinterest: Follow up, Sat, Jan 17',
      },
    ]);
    expect(planReminders([anApplication()], ruleOn(1), now, US_DATES).map((r) => [r.fireAt, r.body])).toEqual([
      ['2026-01-11T09:00:00-08:00', 'No response 1 day after applying · ML Intern'],
    ]);
  });

  it('is off by default', () => {
    expect(planReminders([anApplication()], DEFAULT_REMINDER_SETTINGS, now, US_DATES)).toEqual([]);
  });

  it('counts from the day the move was recorded on, in the zone it was recorded in', () => {
    const late = withHistory(entry('a', 'applied', '2026-01-10T23:30:00-08:00'));
    expect(followUpRuleDate(late, ruleOn())).toEqual({ entryId: 'a', date: '2026-01-17' });
    expect(planReminders([late], ruleOn(), now, US_DATES)[0]?.fireAt).toBe('2026-01-17T09:00:00-08:00');
  });

  it('does not remind for an applied stage reached on a day not recorded: N days after an import is no day after applying', () => {
    const imported = withHistory({ ...entry('a', 'applied', '2026-01-10T10:00:00-08:00'), dateUnknown: true });
    expect(followUpRuleDate(imported, ruleOn())).toBeNull();
    expect(planReminders([imported], ruleOn(), now, US_DATES)).toEqual([]);
  });

  it('counts across months and DST by the calendar', () => {
    const app = withHistory(entry('a', 'applied', '2026-02-25T10:00:00-08:00'));
    expect(followUpRuleDate(app, ruleOn(30))).toEqual({ entryId: 'a', date: '2026-03-27' });
    expect(planReminders([app], ruleOn(30), new Date('2026-03-01T00:00:00Z'), US_DATES)[0]?.fireAt).toBe(
      '2026-03-27T09:00:00-07:00',
    );
  });

  it('is cancelled by any later stage change', () => {
    const moved = withHistory(
      entry('a', 'applied', '2026-01-10T10:00:00-08:00'),
      entry('b', 'phone-screen', '2026-01-12T10:00:00-08:00'),
    );
    expect(followUpRuleDate(moved, ruleOn())).toBeNull();
    expect(planReminders([moved], ruleOn(), now, US_DATES)).toEqual([]);
    const wishlisted = withHistory(
      entry('a', 'applied', '2026-01-10T10:00:00-08:00'),
      entry('b', 'wishlist', '2026-01-12T10:00:00-08:00'),
    );
    expect(followUpRuleDate(wishlisted, ruleOn())).toBeNull();
  });

  it('counts from the latest move when the application was applied to again, under a new id', () => {
    const again = withHistory(
      entry('a', 'applied', '2026-01-10T10:00:00-08:00'),
      entry('b', 'applied', '2026-01-20T10:00:00-08:00'),
    );
    expect(planReminders([again], ruleOn(), now, US_DATES).map((r) => r.id)).toEqual([
      'app-pinterest|follow-up-rule:b@2026-01-27|0d',
    ]);
  });

  it('counts a stage of the user’s own in the phase applied', () => {
    const app = withHistory({
      id: 'x',
      stageId: 'submitted',
      phase: 'applied',
      at: '2026-01-10T10:00:00-08:00',
      note: '',
    });
    expect(followUpRuleDate(app, ruleOn())).toEqual({ entryId: 'x', date: '2026-01-17' });
  });

  it('gives way to a follow-up date of the student’s own, done or not', () => {
    const own = anApplication({ followUp: { on: '2026-01-15', note: '', done: false } });
    expect(planReminders([own], ruleOn(), now, US_DATES).map((r) => r.id)).toEqual([
      'app-pinterest|follow-up@2026-01-15|0d',
    ]);
    expect(
      planReminders([{ ...own, followUp: { on: '2026-01-15', note: '', done: true } }], ruleOn(), now, US_DATES),
    ).toEqual([]);
  });

  it('is off with follow-up reminders off', () => {
    const settings = { ...ruleOn(), followUps: { enabled: false, afterApplying: { enabled: true, days: 7 } } };
    expect(followUpRuleDate(anApplication(), settings)).toBeNull();
  });
});

describe('planReminders: stable ids', () => {
  it('gives the same ids when planned again later', () => {
    const app = cohortApp('2026-06-15');
    const early = planReminders([app], DEFAULT_REMINDER_SETTINGS, new Date('2026-05-01T00:00:00Z'), US_DATES);
    const later = planReminders([app], DEFAULT_REMINDER_SETTINGS, new Date('2026-06-05T00:00:00Z'), US_DATES);
    expect(later.map((r) => r.id)).toEqual(early.slice(1).map((r) => r.id));
  });

  it('names the application, the target with its date, and the lead time', () => {
    const plan = planReminders(
      [deadlineApp('2026-03-05T17:00:00-08:00')],
      DEFAULT_REMINDER_SETTINGS,
      new Date('2026-02-01T00:00:00Z'),
      US_DATES,
    );
    expect(plan.map((r) => r.id)).toEqual([
      'app-pinterest|deadline:d1@2026-03-05T17:00:00-08:00|3d',
      'app-pinterest|deadline:d1@2026-03-05T17:00:00-08:00|1d',
      'app-pinterest|deadline:d1@2026-03-05T17:00:00-08:00|3h',
    ]);
  });

  it('gives new ids when the date moves, so the moved date is reminded of too', () => {
    const now = new Date('2026-02-01T00:00:00Z');
    const before = planReminders([cohortApp('2026-06-15')], DEFAULT_REMINDER_SETTINGS, now, US_DATES).map((r) => r.id);
    const after = planReminders([cohortApp('2026-06-22')], DEFAULT_REMINDER_SETTINGS, now, US_DATES).map((r) => r.id);
    expect(after.filter((id) => before.includes(id))).toEqual([]);
  });
});

describe('planReminders: quiet hours', () => {
  const at0900 = '2026-03-05T09:00:00-08:00';

  it('moves a reminder that would fire in quiet hours to their end', () => {
    const now = new Date('2026-03-04T12:00:00-08:00');
    const plan = planReminders([deadlineApp(at0900)], DEFAULT_REMINDER_SETTINGS, now, US_DATES);
    const threeHours = plan.find((r) => r.id.endsWith('|3h'));
    expect(threeHours?.fireAt).toBe('2026-03-05T08:00:00-08:00');
    expect(threeHours?.title).toBe('Pinterest: Online assessment due in 1 hour');
    const unquiet = planReminders([deadlineApp(at0900)], withoutQuietHours, now, US_DATES).find((r) =>
      r.id.endsWith('|3h'),
    );
    expect(unquiet?.fireAt).toBe('2026-03-05T06:00:00-08:00');
  });

  it('moves a morning reminder set before the end of quiet hours to their end', () => {
    const settings = { ...DEFAULT_REMINDER_SETTINGS, remindAt: '07:00' };
    const plan = planReminders([cohortApp('2026-06-15')], settings, new Date('2026-06-13T00:00:00Z'), US_DATES);
    expect(plan.map((r) => r.fireAt)).toEqual(['2026-06-14T08:00:00-07:00']);
  });

  it('moves a reminder past a day whose free time the clocks skip', () => {
    // Quiet 03:00–02:00 leaves 02:00–03:00, which Los Angeles skips on 14 March 2027.
    const settings = {
      ...DEFAULT_REMINDER_SETTINGS,
      remindAt: '03:00',
      quietHours: { enabled: true, start: '03:00', end: '02:00' },
      cohortStarts: { enabled: true, daysBefore: [19] },
    };
    const plan = planReminders([cohortApp('2027-04-01')], settings, new Date('2027-03-01T00:00:00Z'), US_DATES);
    expect(plan.map((r) => r.fireAt)).toEqual(['2027-03-15T02:00:00-07:00']);
    // When the end is too late, the minute before the joined stretch began, the day before.
    const early = planReminders(
      [deadlineApp('2027-03-14T10:00:00-07:00')],
      { ...settings, deadlines: { enabled: true, leadTimes: [{ amount: 1, unit: 'hours' as const }] } },
      new Date('2027-03-13T00:00:00-08:00'),
      US_DATES,
    );
    expect(early.map((r) => r.fireAt)).toEqual(['2027-03-13T02:59:00-08:00']);
  });

  it('fires just before quiet hours begin when their end would be too late', () => {
    const settings = {
      ...DEFAULT_REMINDER_SETTINGS,
      deadlines: { enabled: true, leadTimes: [{ amount: 1, unit: 'hours' as const }] },
    };
    const plan = planReminders(
      [deadlineApp('2026-03-05T23:00:00-08:00')],
      settings,
      new Date('2026-03-05T12:00:00-08:00'),
      US_DATES,
    );
    expect(plan.map((r) => [r.fireAt, r.title])).toEqual([
      ['2026-03-05T21:59:00-08:00', 'Pinterest: Online assessment due in 1 hour'],
    ]);
  });

  it('says the hours left, over by a quarter of an hour at most: 5 h 31 min before is "in 5 hours"', () => {
    const settings = {
      ...DEFAULT_REMINDER_SETTINGS,
      deadlines: { enabled: true, leadTimes: [{ amount: 9, unit: 'hours' as const }] },
    };
    // 04:31 is in the quiet hours: it fires at their end, 08:00.
    const plan = planReminders(
      [deadlineApp('2026-03-05T13:31:00-08:00')],
      settings,
      new Date('2026-03-05T00:00:00-08:00'),
      US_DATES,
    );
    expect(plan.map((r) => [r.fireAt, r.title])).toEqual([
      ['2026-03-05T08:00:00-08:00', 'Pinterest: Online assessment due in 5 hours'],
    ]);
  });

  it('keeps one reminder when quiet hours push several onto the same moment', () => {
    const settings = {
      ...DEFAULT_REMINDER_SETTINGS,
      deadlines: {
        enabled: true,
        leadTimes: [
          { amount: 3, unit: 'hours' as const },
          { amount: 2, unit: 'hours' as const },
        ],
      },
    };
    const plan = planReminders([deadlineApp(at0900)], settings, new Date('2026-03-04T12:00:00-08:00'), US_DATES);
    expect(plan.map((r) => [r.id.split('|').at(-1), r.fireAt])).toEqual([['2h', '2026-03-05T08:00:00-08:00']]);
  });
});

describe('planReminders: properties', () => {
  const day = fc
    .integer({ min: 0, max: 500 })
    .map((n) => new Date(Date.UTC(2026, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));
  const instant = fc
    .integer({ min: 0, max: 500 * 24 * 4 })
    .map((quarterHours) => new Date(Date.UTC(2026, 0, 1) + quarterHours * 900_000).toISOString().replace('.000Z', 'Z'));
  const deadline = fc.record({
    id: fc.stringMatching(/^[a-z0-9]{1,8}$/),
    kind: fc.constantFrom(
      'application' as const,
      'assessment' as const,
      'interview' as const,
      'offer-response' as const,
      'other' as const,
    ),
    at: fc.oneof(day, instant),
    label: fc.string({ maxLength: 20 }),
    done: fc.boolean(),
  });
  const clock = fc
    .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
    .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
  const leadTimes = fc.array(
    fc.record({
      amount: fc.integer({ min: 0, max: 10 }),
      unit: fc.constantFrom('days' as const, 'hours' as const),
    }),
    { maxLength: 4 },
  );
  const settings = fc.record({
    cohortStarts: fc.record({
      enabled: fc.boolean(),
      daysBefore: fc.array(fc.integer({ min: 0, max: 30 }), { maxLength: 4 }),
    }),
    deadlines: fc.record({ enabled: fc.boolean(), leadTimes }),
    events: fc.record({ enabled: fc.boolean(), leadTimes }),
    followUps: fc.record({
      enabled: fc.boolean(),
      afterApplying: fc.record({ enabled: fc.boolean(), days: fc.integer({ min: 1, max: 90 }) }),
    }),
    remindAt: clock,
    quietHours: fc.record({ enabled: fc.boolean(), start: clock, end: clock }),
  });
  const event = fc.record({
    id: fc.stringMatching(/^[a-z0-9]{1,8}$/),
    start: fc.oneof(day, instant),
    outcome: fc.constantFrom('pending' as const, 'cancelled' as const),
  });
  const followUp = fc.option(fc.record({ on: day, note: fc.string({ maxLength: 10 }), done: fc.boolean() }), {
    nil: null,
  });

  it('plans only valid, unique, future reminders outside quiet hours and before their target', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            deadlines: fc.uniqueArray(deadline, { selector: (d) => d.id, maxLength: 4 }),
            events: fc.uniqueArray(event, { selector: (e) => e.id, maxLength: 3 }),
            followUp,
            appliedOn: instant,
          }),
          { minLength: 1, maxLength: 3 },
        ),
        fc.uniqueArray(day, { maxLength: 3 }),
        settings,
        fc.integer({ min: 0, max: 400 * 24 }),
        (appParts, starts, chosenSettings, hoursIn) => {
          const apps = appParts.map(({ deadlines, events, followUp, appliedOn }, i) =>
            anApplication({
              id: `app-${i}`,
              deadlines,
              cohorts: starts.map((start, j) => ({ id: `c${j}`, start, end: start, label: '' })),
              events: events.map(({ id, start, outcome }) => anEvent(id, start, { outcome })),
              followUp,
              stageHistory: [{ id: 'a', stageId: 'applied', phase: 'applied', at: appliedOn, note: '' }],
            }),
          );
          const now = new Date(Date.UTC(2026, 0, 1) + hoursIn * 3_600_000);
          const plan = planReminders(apps, chosenSettings, now, US_DATES);
          expect(new Set(plan.map((r) => r.id)).size).toBe(plan.length);
          for (const reminder of plan) {
            expect(plannedReminderSchema.safeParse(reminder).success).toBe(true);
            const fire = new Date(reminder.fireAt);
            expect(fire.getTime()).toBeGreaterThan(now.getTime());
            const target = /T/.test(reminder.targetAt)
              ? Date.parse(reminder.targetAt)
              : new Date(`${reminder.targetAt}T23:59:59.999`).getTime();
            expect(fire.getTime()).toBeLessThanOrEqual(target);
            const { enabled, start, end } = chosenSettings.quietHours;
            if (enabled && start !== end) {
              const minute = fire.getHours() * 60 + fire.getMinutes();
              const [s, e] = [start, end].map((t) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3)));
              const quiet = s! < e! ? minute >= s! && minute < e! : minute >= s! || minute < e!;
              expect(quiet, `${reminder.fireAt} in quiet hours ${start}-${end}`).toBe(false);
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('planReminders: the same plan however it is worked out', () => {
  /**
   * Random applications, each with a twin under another id: same times, so the ids decide the
   * order, and case, accents and punctuation make that order differ from comparing code units.
   */
  const twinSuffix = fc.string({ unit: fc.constantFrom('a', 'B', 'é', 'Z', '-', '_', '|', '1'), minLength: 1 });
  const twinnedApplications = fc
    .uniqueArray(fc.tuple(applicationArb, twinSuffix), { selector: ([app]) => app.id, maxLength: 5 })
    .map((pairs) => [
      ...pairs.map(([app]) => app),
      ...pairs.map(([app, suffix]) => ({ ...app, id: `${app.id}${suffix}` })),
    ]);

  /** The settings the saved plan was made with: no event or follow-up reminders could differ. */
  const variedSettings: ReminderSettings[] = [
    DEFAULT_REMINDER_SETTINGS,
    {
      ...DEFAULT_REMINDER_SETTINGS,
      cohortStarts: { enabled: true, daysBefore: [30, 0] },
      deadlines: {
        enabled: true,
        leadTimes: [
          { amount: 7, unit: 'days' },
          { amount: 0, unit: 'days' },
          { amount: 2, unit: 'hours' },
        ],
      },
      remindAt: '23:30',
      quietHours: { enabled: true, start: '21:00', end: '07:30' },
    },
    {
      ...DEFAULT_REMINDER_SETTINGS,
      cohortStarts: { enabled: true, daysBefore: [1] },
      deadlines: {
        enabled: true,
        leadTimes: [
          { amount: 26, unit: 'hours' },
          { amount: 1, unit: 'hours' },
          { amount: 1, unit: 'days' },
        ],
      },
      remindAt: '12:15',
      quietHours: { enabled: true, start: '12:00', end: '14:00' },
    },
  ];

  /** With every kind of reminder, the follow-up rule included. */
  const everyKind: ReminderSettings[] = [
    ...variedSettings,
    {
      ...variedSettings[1]!,
      events: {
        enabled: true,
        leadTimes: [
          { amount: 2, unit: 'days' },
          { amount: 15, unit: 'hours' },
          { amount: 0, unit: 'hours' },
        ],
      },
      followUps: { enabled: true, afterApplying: { enabled: true, days: 10 } },
    },
  ];

  it('is the plans of its applications one by one, in time order and then by id', () => {
    fc.assert(
      fc.property(
        twinnedApplications,
        fc.constantFrom(...everyKind),
        fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2031, 0, 1) }),
        (apps, chosenSettings, nowTime) => {
          const now = new Date(nowTime);
          const oneByOne = apps
            .flatMap((app) => planReminders([app], chosenSettings, now, US_DATES))
            .sort((a, b) => Date.parse(a.fireAt) - Date.parse(b.fireAt) || a.id.localeCompare(b.id));
          expect(planReminders(apps, chosenSettings, now, US_DATES)).toEqual(oneByOne);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('words and orders every reminder exactly as the saved plan does', async () => {
    // Saved from the straightforward planner that formatted every date anew and sorted on parsed
    // strings; the faster one must not change a single byte, nor schema 2. The applications are
    // the schema-1 records the plan was saved from, brought to schema 2 as the upgrade does.
    const records: unknown[] = JSON.parse(
      readFileSync(new URL('./savedPlanApplications.json', import.meta.url), 'utf8'),
    );
    const apps = records
      .map(migrateV1Application)
      .map((app) => ({ ...app, stageId: 'applied', phase: 'applied' as const, archivedAt: null }));
    const plans = variedSettings.map((chosenSettings) =>
      planReminders(apps, chosenSettings, new Date('2024-06-01T00:00:00Z'), US_DATES),
    );
    expect(plans.every((plan) => plan.length > 50)).toBe(true);
    const lines = plans.map((plan) => plan.map((reminder) => JSON.stringify(reminder)).join('\n'));
    await expect(`${lines.join('\n\n')}\n`).toMatchFileSnapshot('./savedPlan.jsonl');
  });
});

describe('reminders at the edge of the calendar', () => {
  it('skips reminders whose time falls in year 10000, and keeps the other deadlines’ reminders', () => {
    const now = new Date('9999-12-20T12:00:00-08:00');
    const app = anApplication({
      deadlines: [
        // 23:00 at UTC-12 is 03:00 on January 1st, 10000 here.
        { id: 'edge', kind: 'interview', at: '9999-12-31T23:00:00-12:00', label: 'Final round', done: false },
        { id: 'near', kind: 'application', at: '9999-12-30', label: 'Application', done: false },
      ],
    });
    const plan = planReminders([app], withoutQuietHours, now, US_DATES);
    for (const reminder of plan) expect(plannedReminderSchema.safeParse(reminder).success).toBe(true);
    expect(plan.filter((r) => r.id.includes('deadline:near'))).not.toEqual([]);
    expect(plan.filter((r) => r.id.includes('deadline:edge'))).toEqual([]);
  });
});
