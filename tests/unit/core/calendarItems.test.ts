// What the calendar shows of one application, and on which day. Days are local, so the zone is
// pinned (Node re-reads TZ when it is assigned) and some tests move it; each is put back after.
process.env.TZ = 'America/Los_Angeles';

import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import type { Cohort, Deadline } from '@shared/application';
import { calendarItemName, calendarItems, calendarOrder, reminderItem, type CalendarItem } from '@shared/calendarItems';
import { dateWords } from '@shared/dateWords';
import type { ReminderEntry } from '@shared/reminders/reminder';
import { DEFAULT_REMINDER_SETTINGS, type ReminderSettings } from '@shared/reminders/reminderSettings';
import { applicationArb } from '../arbitraries';
import { anApplication } from './applicationFixture';
import { anEvent } from '../../support/anEvent';

const RULE_OFF = { followUps: DEFAULT_REMINDER_SETTINGS.followUps };
const RULE_ON: Pick<ReminderSettings, 'followUps'> = {
  followUps: { enabled: true, afterApplying: { enabled: true, days: 7 } },
};

const deadline = (id: string, at: string, extra: Partial<Deadline> = {}): Deadline => ({
  id,
  kind: 'application',
  at,
  label: '',
  done: false,
  ...extra,
});

const MAY: Cohort = { id: 'may', start: '2026-05-18', end: '2026-08-07', label: 'May cohort' };
const JUNE: Cohort = { id: 'june', start: '2026-06-15', end: '2026-09-04', label: '' };

/** Kind, day, time and label of each item: what a reader of the calendar sees. */
const seen = (items: CalendarItem[]) => items.map((i) => [i.kind, i.day, i.time, i.label]);

const originalTz = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalTz;
});

const US_DATES = dateWords('en-US');

describe('the test time zone', () => {
  it('is America/Los_Angeles', () => {
    expect(new Date(2026, 0, 15).getTimezoneOffset()).toBe(480);
  });
});

describe('calendarItems', () => {
  it('lists every deadline, event, cohort start and end and the follow-up, in calendar order', () => {
    const app = anApplication({
      deadlines: [deadline('apply', '2026-03-16'), deadline('oa', '2026-03-05T17:00:00-08:00', { kind: 'assessment' })],
      events: [anEvent('tech', '2026-03-19T17:30:00-07:00'), anEvent('info', '2026-03-11', { kind: 'info-session' })],
      cohorts: [MAY],
      followUp: { on: '2026-03-09', note: 'Email Sam', done: false },
    });
    expect(seen(calendarItems(app, RULE_OFF))).toEqual([
      ['deadline', '2026-03-05', '17:00', 'Assessment due'],
      ['follow-up', '2026-03-09', null, 'Follow up'],
      ['event', '2026-03-11', null, 'Info session'],
      ['deadline', '2026-03-16', null, 'Application deadline'],
      ['event', '2026-03-19', '17:30', 'Technical interview'],
      ['cohort-start', '2026-05-18', null, 'May cohort starts'],
      ['cohort-end', '2026-08-07', null, 'May cohort ends'],
    ]);
  });

  it('uses the words of the student where there are some, and says "Internship" for an unnamed cohort', () => {
    const app = anApplication({
      deadlines: [deadline('d', '2026-03-16', { label: '  Portfolio  ' })],
      events: [anEvent('e', '2026-03-18', { title: 'Coffee chat with Sam' })],
      cohorts: [JUNE],
    });
    expect(calendarItems(app, RULE_OFF).map((i) => i.label)).toEqual([
      'Portfolio',
      'Coffee chat with Sam',
      'Internship starts',
      'Internship ends',
    ]);
  });

  it('shows only the chosen cohort once one is chosen', () => {
    const both = anApplication({ cohorts: [MAY, JUNE] });
    expect(calendarItems(both, RULE_OFF)).toHaveLength(4);
    const chosen = anApplication({ cohorts: [MAY, JUNE], chosenCohortId: 'june' });
    expect(seen(calendarItems(chosen, RULE_OFF))).toEqual([
      ['cohort-start', '2026-06-15', null, 'Internship starts'],
      ['cohort-end', '2026-09-04', null, 'Internship ends'],
    ]);
  });

  it('keeps deadlines done, events cancelled and a follow-up done, flagged', () => {
    const app = anApplication({
      deadlines: [deadline('d', '2026-03-16', { done: true })],
      events: [anEvent('e', '2026-03-18', { outcome: 'cancelled' }), anEvent('p', '2026-03-19', { outcome: 'passed' })],
      followUp: { on: '2026-03-20', note: '', done: true },
    });
    expect(calendarItems(app, RULE_OFF).map((i) => [i.key, i.done, i.cancelled])).toEqual([
      ['app-1|deadline:d', true, false],
      ['app-1|event:e', false, true],
      ['app-1|event:p', false, false],
      ['app-1|follow-up', true, false],
    ]);
  });

  it('names each item by the application and what it is, unique among all items', () => {
    const app = anApplication(
      { deadlines: [deadline('x', '2026-03-16')], events: [anEvent('x', '2026-03-16')], cohorts: [MAY] },
      { id: 'stripe', company: 'Stripe' },
    );
    const items = calendarItems(app, RULE_OFF);
    expect(items.map((i) => i.key)).toEqual([
      'stripe|deadline:x',
      'stripe|event:x',
      'stripe|cohort-start:may',
      'stripe|cohort-end:may',
    ]);
    expect(items.every((i) => i.applicationId === 'stripe' && i.company === 'Stripe')).toBe(true);
  });

  it('gives every item of any application a key of its own', () => {
    fc.assert(
      fc.property(applicationArb, (app) => {
        const keys = calendarItems(app, RULE_ON).map((i) => i.key);
        expect(new Set(keys).size).toBe(keys.length);
      }),
      { numRuns: 200 },
    );
  });
});

describe('the day an item shows on', () => {
  it.each(['Pacific/Kiritimati', 'America/Los_Angeles', 'Pacific/Pago_Pago', 'Asia/Tokyo', 'UTC'])(
    'is the date itself for a date without a time, in %s',
    (zone) => {
      process.env.TZ = zone;
      const app = anApplication({
        deadlines: [deadline('d', '2026-03-16')],
        events: [anEvent('e', '2026-03-18')],
        cohorts: [MAY],
        followUp: { on: '2026-03-09', note: '', done: false },
      });
      expect(calendarItems(app, RULE_OFF).map((i) => [i.day, i.time])).toEqual([
        ['2026-03-09', null],
        ['2026-03-16', null],
        ['2026-03-18', null],
        ['2026-05-18', null],
        ['2026-08-07', null],
      ]);
    },
  );

  it.each([
    // 17:30 in Los Angeles (summer time, -07:00) is 00:30 UTC and 09:30 in Tokyo the next day.
    ['America/Los_Angeles', '2026-03-19', '17:30'],
    ['UTC', '2026-03-20', '00:30'],
    ['Asia/Tokyo', '2026-03-20', '09:30'],
    ['Asia/Kolkata', '2026-03-20', '06:00'],
  ])('is the local day of an instant, at its local time, in %s', (zone, day, time) => {
    process.env.TZ = zone;
    const app = anApplication({ events: [anEvent('tech', '2026-03-19T17:30:00-07:00')] });
    expect(calendarItems(app, RULE_OFF).map((i) => [i.day, i.time])).toEqual([[day, time]]);
  });

  it('follows the clock across the change to summer time', () => {
    // Los Angeles springs forward at 02:00 on March 8, 2026 (10:00 UTC): 01:59 is followed by 03:00.
    const app = anApplication({
      deadlines: [deadline('before', '2026-03-08T09:59:00Z'), deadline('after', '2026-03-08T10:00:00Z')],
      events: [anEvent('all-day', '2026-03-08')],
    });
    expect(calendarItems(app, RULE_OFF).map((i) => [i.key, i.day, i.time])).toEqual([
      ['app-1|event:all-day', '2026-03-08', null],
      ['app-1|deadline:before', '2026-03-08', '01:59'],
      ['app-1|deadline:after', '2026-03-08', '03:00'],
    ]);
  });

  it('shows both 01:30s of the night summer time ends, each once', () => {
    // On November 1, 2026 the clocks go from 02:00 back to 01:00: 08:30 and 09:30 UTC both read 01:30.
    const app = anApplication({
      events: [anEvent('pdt', '2026-11-01T08:30:00Z'), anEvent('pst', '2026-11-01T09:30:00Z')],
    });
    expect(calendarItems(app, RULE_OFF).map((i) => [i.key, i.day, i.time])).toEqual([
      ['app-1|event:pdt', '2026-11-01', '01:30'],
      ['app-1|event:pst', '2026-11-01', '01:30'],
    ]);
  });
});

describe('the follow-up', () => {
  const applied = (at: string) =>
    anApplication(
      {},
      {
        stageId: 'applied',
        phase: 'applied',
        stageHistory: [{ id: 'entry-2', stageId: 'applied', phase: 'applied', at, note: '' }],
      },
    );

  it('falls N days after applying when the rule is on, on the day the move was recorded', () => {
    // Recorded late on March 2 in Los Angeles (already March 3 in UTC): 7 days later is March 9.
    const items = calendarItems(applied('2026-03-02T23:30:00-08:00'), RULE_ON);
    expect(items.map((i) => [i.key, i.kind, i.day, i.time, i.label])).toEqual([
      ['app-1|follow-up-rule:entry-2', 'follow-up', '2026-03-09', null, 'Follow up'],
    ]);
  });

  it('has no rule day when the rule is off', () => {
    expect(calendarItems(applied('2026-03-02T10:00:00-08:00'), RULE_OFF)).toEqual([]);
  });

  it('keeps to a follow-up date of the student’s own, done or not, instead of the rule', () => {
    const own = { ...applied('2026-03-02T10:00:00-08:00'), followUp: { on: '2026-03-20', note: '', done: true } };
    expect(calendarItems(own, RULE_ON).map((i) => [i.key, i.day, i.done])).toEqual([
      ['app-1|follow-up', '2026-03-20', true],
    ]);
  });

  it('has no rule day once the application moved on from applied', () => {
    const moved = anApplication(
      {},
      {
        stageId: 'phone-screen',
        phase: 'in-process',
        stageHistory: [
          { id: 'entry-2', stageId: 'applied', phase: 'applied', at: '2026-03-02T10:00:00-08:00', note: '' },
          { id: 'entry-3', stageId: 'phone-screen', phase: 'in-process', at: '2026-03-04T10:00:00-08:00', note: '' },
        ],
      },
    );
    expect(calendarItems(moved, RULE_ON)).toEqual([]);
  });
});

describe('calendarOrder', () => {
  /** The one item of an application with one deadline: on `day`, at `time` when given. */
  const item = (id: string, day: string, time: string | null, company: string): CalendarItem =>
    calendarItems(
      anApplication({ deadlines: [deadline('d', time === null ? day : `${day}T${time}:00-08:00`)] }, { id, company }),
      RULE_OFF,
    )[0]!;

  it('goes by day, whole-day items first, then time, company (ignoring case and accents) and key', () => {
    const items = [
      item('k1', '2026-03-02', '09:00', 'Acme'),
      item('k2', '2026-03-01', null, 'Zeta'),
      item('k3', '2026-03-02', null, 'nestlé'),
      item('k4', '2026-03-02', null, 'Figma'),
      item('k6', '2026-03-02', '08:30', 'Zeta'),
      item('k5', '2026-03-02', null, 'Nestle'),
      item('k0', '2026-03-02', '09:00', 'Acme'),
    ];
    expect(items.sort(calendarOrder).map((i) => i.applicationId)).toEqual(['k2', 'k4', 'k3', 'k5', 'k6', 'k0', 'k1']);
  });

  it("puts a day's open items before those done or called off, so a busy day shows what is left to do", () => {
    const done = { ...item('done', '2026-03-02', null, 'Acme'), done: true };
    const cancelled = { ...item('off', '2026-03-02', '08:00', 'Acme'), cancelled: true };
    const items = [
      done,
      cancelled,
      item('open', '2026-03-02', '17:00', 'Zeta'),
      item('next', '2026-03-03', null, 'Acme'),
    ];
    expect(items.sort(calendarOrder).map((i) => i.applicationId)).toEqual(['open', 'done', 'off', 'next']);
  });
});

describe('reminderItem', () => {
  const entry = (extra: Partial<ReminderEntry> = {}): ReminderEntry => ({
    id: 'app-1|deadline:oa@2026-03-05T17:00:00-08:00|3h',
    applicationId: 'app-1',
    fireAt: '2026-03-05T14:00:00-08:00',
    targetAt: '2026-03-05T17:00:00-08:00',
    title: 'Pinterest: Assessment due in 3 hours',
    body: '',
    summary: 'Pinterest: Assessment due, Thu, Mar 5, 17:00',
    state: 'scheduled',
    firedAt: null,
    snoozedUntil: null,
    ...extra,
  });

  it('shows a reminder on the local day and at the local time it comes, in its own words', () => {
    expect(reminderItem(entry())).toEqual({
      key: 'reminder|app-1|deadline:oa@2026-03-05T17:00:00-08:00|3h',
      applicationId: 'app-1',
      kind: 'reminder',
      company: '',
      sortName: 'pinterest: assessment due in 3 hours',
      label: 'Pinterest: Assessment due in 3 hours',
      day: '2026-03-05',
      time: '14:00',
      done: false,
      cancelled: false,
    });
    process.env.TZ = 'Asia/Tokyo';
    expect(reminderItem(entry())).toMatchObject({ day: '2026-03-06', time: '07:00' });
  });

  it('shows a snoozed reminder when its snooze ends', () => {
    const snoozed = entry({ state: 'snoozed', snoozedUntil: '2026-03-06T09:00:00-08:00' });
    expect(reminderItem(snoozed)).toMatchObject({ day: '2026-03-06', time: '09:00' });
  });
});

describe('calendarItemName', () => {
  const base: CalendarItem = {
    key: 'k',
    applicationId: 'stripe',
    kind: 'event',
    company: 'Stripe',
    sortName: 'stripe',
    label: 'Online assessment',
    day: '2026-03-05',
    time: '17:00',
    done: false,
    cancelled: false,
  };

  it('says its time, the company, what it is and its state', () => {
    expect(calendarItemName(base, US_DATES)).toBe('5:00 PM Stripe: Online assessment');
    expect(calendarItemName({ ...base, time: null }, US_DATES)).toBe('Stripe: Online assessment');
    expect(calendarItemName({ ...base, cancelled: true }, US_DATES)).toBe(
      '5:00 PM Stripe: Online assessment (cancelled)',
    );
    expect(calendarItemName({ ...base, kind: 'deadline', done: true, time: null }, US_DATES)).toBe(
      'Stripe: Online assessment (done)',
    );
    expect(
      calendarItemName(
        { ...base, kind: 'reminder', company: '', label: 'Stripe: Online assessment in 3 hours' },
        US_DATES,
      ),
    ).toBe('5:00 PM Stripe: Online assessment in 3 hours (reminder)');
  });

  it("says the time on the clock of the user's region", () => {
    expect(calendarItemName(base, dateWords('en-GB'))).toBe('17:00 Stripe: Online assessment');
    expect(calendarItemName(base, dateWords('en-IN')).replace(/\s/g, ' ')).toBe('5:00 pm Stripe: Online assessment');
  });
});
