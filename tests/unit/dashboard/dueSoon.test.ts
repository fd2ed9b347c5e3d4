// "Due in the next 7 days" on hand-made applications, in a pinned time zone.
process.env.TZ = 'America/Los_Angeles';

import { describe, expect, it } from 'vitest';
import type { ApplicationEvent, Deadline } from '@shared/application';
import { dueWithin } from '@shared/dashboard/dueSoon';
import { NEXT_DAYS, nextDaysEnd } from '@shared/nextDays';
import { differenceInCalendarDays } from 'date-fns';
import { anApplication } from '../core/applicationFixture';

// Monday Mar 2 2026, 10:00: the next seven days run to the end of Monday Mar 9, "in 7 days".
const NOW = new Date('2026-03-02T10:00:00-08:00');

const deadline = (id: string, at: string, extra: Partial<Deadline> = {}): Deadline => ({
  id,
  kind: 'assessment',
  at,
  label: '',
  done: false,
  ...extra,
});
const event = (id: string, start: string, extra: Partial<ApplicationEvent> = {}): ApplicationEvent => ({
  id,
  kind: 'technical',
  title: '',
  start,
  durationMinutes: 60,
  location: '',
  people: '',
  notes: '',
  outcome: 'pending',
  ...extra,
});

/** What a test compares: the day, and each item as "company: label". */
function summary(days: ReturnType<typeof dueWithin<ReturnType<typeof anApplication>>>) {
  return days.map(({ day, items }) => [day, items.map(({ app, event }) => `${app.company}: ${event.label}`)]);
}

describe('dueWithin', () => {
  it('lists deadlines, events, follow-ups and cohort starts of the next 7 days by day, in time order', () => {
    const acme = anApplication(
      {
        company: 'Acme',
        deadlines: [
          deadline('oa', '2026-03-03T17:00:00-08:00'),
          deadline('end-of-day', '2026-03-03'),
          deadline('in-8-days', '2026-03-10'),
        ],
        followUp: { on: '2026-03-03', note: '', done: false },
      },
      {},
    );
    const birch = anApplication({
      company: 'Birch',
      events: [event('tech', '2026-03-03T09:30:00-08:00'), event('cancelled', '2026-03-04', { outcome: 'cancelled' })],
      cohorts: [{ id: 'c', start: '2026-03-08', end: '2026-05-29', label: '' }],
    });
    expect(summary(dueWithin([acme, birch], NOW, 7))).toEqual([
      [
        '2026-03-03',
        // All day first, then by time, a deadline without a time at the end of its day.
        ['Acme: Follow up', 'Birch: Technical interview', 'Acme: Assessment due', 'Acme: Assessment due'],
      ],
      ['2026-03-08', ['Birch: Internship starts']],
    ]);
  });

  it('keeps what is still ahead today and drops what is over', () => {
    const app = anApplication({
      company: 'Acme',
      deadlines: [
        deadline('passed', '2026-03-02T09:00:00-08:00'),
        deadline('tonight', '2026-03-02T18:00:00-08:00'),
        deadline('today', '2026-03-02', { kind: 'application' }),
        deadline('done', '2026-03-04', { done: true }),
        deadline('yesterday', '2026-03-01'),
      ],
      events: [
        event('this-morning', '2026-03-02T08:00:00-08:00'),
        event('all-day', '2026-03-02', { kind: 'info-session' }),
      ],
    });
    expect(summary(dueWithin([app], NOW, 7))).toEqual([
      ['2026-03-02', ['Acme: Info session', 'Acme: Assessment due', 'Acme: Application deadline']],
    ]);
  });

  it('has nothing for closed applications', () => {
    const app = anApplication({ deadlines: [deadline('d', '2026-03-03')] }, { phase: 'closed', stageId: 'rejected' });
    expect(dueWithin([app], NOW, 7)).toEqual([]);
  });

  it('ends with the 7th day after today, the day the table calls "in 7 days"', () => {
    const app = anApplication({
      company: 'Acme',
      deadlines: [
        deadline('last-minute', '2026-03-09T23:59:00-07:00'),
        deadline('tuesday', '2026-03-10T00:00:00-07:00'),
      ],
    });
    expect(summary(dueWithin([app], NOW, 7))).toEqual([['2026-03-09', ['Acme: Assessment due']]]);
    expect(differenceInCalendarDays(new Date(2026, 2, 9), NOW)).toBe(7);
  });

  it('has a deadline exactly 7 days ahead, as the table and the Reminders count do', () => {
    // Saturday Dec 5, evening: a deadline on Saturday Dec 12 is "in 7 days".
    const now = new Date('2026-12-05T19:53:00-08:00');
    const app = anApplication({
      company: 'Acme',
      deadlines: [deadline('apply', '2026-12-12', { kind: 'application' }), deadline('later', '2026-12-13')],
    });
    expect(differenceInCalendarDays(new Date(2026, 11, 12), now)).toBe(7);
    expect(summary(dueWithin([app], now, NEXT_DAYS))).toEqual([['2026-12-12', ['Acme: Application deadline']]]);
    // The Reminders count asks for those before the same end: the start of Dec 13.
    expect(nextDaysEnd(now)).toEqual(new Date(2026, 11, 13));
  });
});
