// "What is next" for an application. Calendar dates are local days, so the zone is pinned; Node
// re-reads TZ when it is assigned, and the first test checks that it took effect.
process.env.TZ = 'America/Los_Angeles';

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Cohort, Deadline } from '@shared/application';
import { deadlineDueTime } from '@shared/deadlineDue';
import { dateEvents, dateKeys, isAllDay, labelBesideKind, nextDate } from '@shared/nextDate';
import { DEFAULT_PIPELINE } from '@shared/pipeline';
import { applicationArb } from '../arbitraries';
import { anApplication } from './applicationFixture';
import { anEvent } from '../../support/anEvent';

const NOW = new Date('2026-03-01T12:00:00-08:00');

const deadline = (id: string, at: string, extra: Partial<Deadline> = {}): Deadline => ({
  id,
  kind: 'assessment',
  at,
  label: '',
  done: false,
  ...extra,
});

const CLOSED_STAGES = DEFAULT_PIPELINE.stages.filter((s) => s.phase === 'closed');
const MAY: Cohort = { id: 'may', start: '2026-05-18', end: '2026-08-07', label: 'May cohort' };
const JUNE: Cohort = { id: 'june', start: '2026-06-15', end: '2026-09-04', label: 'June cohort' };

describe('the test time zone', () => {
  it('is America/Los_Angeles', () => {
    expect(new Date(2026, 0, 15).getTimezoneOffset()).toBe(480);
  });
});

describe('nextDate', () => {
  it('is the nearest open deadline still ahead', () => {
    const app = anApplication({
      deadlines: [
        deadline('later', '2026-03-10'),
        deadline('soon', '2026-03-04T17:00:00-08:00'),
        deadline('past', '2026-02-20'),
      ],
      cohorts: [MAY],
    });
    expect(nextDate(app, NOW)).toMatchObject({ type: 'deadline', deadlineId: 'soon' });
  });

  it('ignores deadlines marked done', () => {
    const app = anApplication({
      deadlines: [deadline('done', '2026-03-02', { done: true }), deadline('open', '2026-03-09')],
    });
    expect(nextDate(app, NOW)).toMatchObject({ deadlineId: 'open' });
  });

  it('is the cohort start when that comes first', () => {
    const app = anApplication({ deadlines: [deadline('d', '2026-06-01')], cohorts: [MAY] });
    expect(nextDate(app, NOW)).toMatchObject({
      type: 'cohort-start',
      cohortId: 'may',
      at: '2026-05-18',
      label: 'May cohort starts',
    });
  });

  it('counts every cohort until one is chosen, then only the chosen one', () => {
    const app = anApplication({ cohorts: [MAY, JUNE] });
    expect(nextDate(app, NOW)).toMatchObject({ cohortId: 'may' });
    expect(nextDate({ ...app, chosenCohortId: 'june' }, NOW)).toMatchObject({ cohortId: 'june' });
  });

  it('still counts a cohort starting today, all day', () => {
    const app = anApplication({ cohorts: [MAY] });
    expect(nextDate(app, new Date('2026-05-18T00:00:00-07:00'))).toMatchObject({ cohortId: 'may' });
    expect(nextDate(app, new Date('2026-05-18T23:59:00-07:00'))).toMatchObject({ cohortId: 'may' });
    expect(nextDate(app, new Date('2026-05-19T00:00:00-07:00'))).toBeNull();
  });

  it('keeps a date-only deadline until the end of its day', () => {
    const app = anApplication({ deadlines: [deadline('d', '2026-03-05')] });
    expect(nextDate(app, new Date('2026-03-05T23:59:00-08:00'))).toMatchObject({ deadlineId: 'd' });
    expect(nextDate(app, new Date('2026-03-06T00:00:00-08:00'))).toBeNull();
  });

  it('drops a deadline with a time once that time has passed', () => {
    const app = anApplication({ deadlines: [deadline('d', '2026-03-05T17:00:00-08:00')] });
    expect(nextDate(app, new Date('2026-03-05T16:59:00-08:00'))).toMatchObject({ deadlineId: 'd' });
    expect(nextDate(app, new Date('2026-03-05T17:00:00-08:00'))).toBeNull();
  });

  it('is none for closed applications, however much is ahead', () => {
    expect(CLOSED_STAGES.map((s) => s.id)).toEqual(['rejected', 'withdrawn', 'declined', 'ghosted']);
    for (const stage of CLOSED_STAGES) {
      const app = anApplication(
        {
          deadlines: [deadline('d', '2026-03-10')],
          cohorts: [MAY],
          events: [anEvent('e', '2026-03-03')],
          followUp: { on: '2026-03-02', note: '', done: false },
        },
        { stageId: stage.id, phase: stage.phase },
      );
      expect(nextDate(app, NOW), stage.id).toBeNull();
    }
  });

  it('counts every phase but closed', () => {
    for (const phase of ['saved', 'applied', 'in-process', 'offer', 'accepted'] as const) {
      const app = anApplication({ deadlines: [deadline('d', '2026-03-10')] }, { phase });
      expect(nextDate(app, NOW), phase).toMatchObject({ deadlineId: 'd' });
    }
  });

  it('is none when there is nothing dated', () => {
    expect(nextDate(anApplication(), NOW)).toBeNull();
  });

  it('labels a deadline by its own label, or by its kind when it has none', () => {
    const labelled = anApplication({ deadlines: [deadline('d', '2026-03-10', { label: 'HackerRank OA' })] });
    const unlabelled = anApplication({ deadlines: [deadline('d', '2026-03-10', { kind: 'offer-response' })] });
    expect(nextDate(labelled, NOW)?.label).toBe('HackerRank OA');
    expect(nextDate(unlabelled, NOW)?.label).toBe('Offer response due');
  });
});

describe('nextDate: events and follow-ups', () => {
  it('is an interview with a time when it comes first, named by its title or else its kind', () => {
    const app = anApplication({
      deadlines: [deadline('d', '2026-03-10')],
      events: [anEvent('final', '2026-03-04T10:00:00-08:00', { kind: 'final-round' }), anEvent('oa', '2026-03-08')],
    });
    expect(nextDate(app, NOW)).toEqual({
      type: 'event',
      eventId: 'final',
      kind: 'final-round',
      label: 'Final round / superday',
      at: '2026-03-04T10:00:00-08:00',
      time: Date.parse('2026-03-04T18:00:00Z'),
    });
    const titled = anApplication({ events: [anEvent('e', '2026-03-04T10:00:00-08:00', { title: 'Round 2 with ML' })] });
    expect(nextDate(titled, NOW)?.label).toBe('Round 2 with ML');
  });

  it('drops an event with a time once it has started', () => {
    const app = anApplication({ events: [anEvent('e', '2026-03-05T10:00:00-08:00')] });
    expect(nextDate(app, new Date('2026-03-05T09:59:00-08:00'))).toMatchObject({ eventId: 'e' });
    expect(nextDate(app, new Date('2026-03-05T10:00:00-08:00'))).toBeNull();
  });

  it('counts an event without a time all day, like a cohort start', () => {
    const app = anApplication({ events: [anEvent('e', '2026-03-05')] });
    expect(nextDate(app, new Date('2026-03-05T23:59:00-08:00'))).toMatchObject({
      eventId: 'e',
      time: new Date(2026, 2, 5).getTime(),
    });
    expect(nextDate(app, new Date('2026-03-06T00:00:00-08:00'))).toBeNull();
  });

  it('leaves out cancelled events, but not those already passed or failed', () => {
    const app = anApplication({
      events: [
        anEvent('cancelled', '2026-03-02T10:00:00-08:00', { outcome: 'cancelled' }),
        anEvent('passed', '2026-03-03T10:00:00-08:00', { outcome: 'passed' }),
      ],
    });
    expect(nextDate(app, NOW)).toMatchObject({ eventId: 'passed' });
  });

  it('is the follow-up date, all day, until it is done', () => {
    const app = anApplication({
      deadlines: [deadline('d', '2026-03-10')],
      followUp: { on: '2026-03-06', note: 'Email Sarah', done: false },
    });
    expect(nextDate(app, NOW)).toEqual({
      type: 'follow-up',
      label: 'Follow up',
      at: '2026-03-06',
      time: new Date(2026, 2, 6).getTime(),
    });
    expect(nextDate(app, new Date('2026-03-06T23:00:00-08:00'))).toMatchObject({ type: 'follow-up' });
    expect(nextDate({ ...app, followUp: { on: '2026-03-06', note: '', done: true } }, NOW)).toMatchObject({
      deadlineId: 'd',
    });
  });

  it('puts a date-only deadline after an event and a follow-up on the same day: it is due by the day’s end', () => {
    const app = anApplication({
      deadlines: [deadline('d', '2026-03-05')],
      events: [anEvent('e', '2026-03-05T15:00:00-08:00')],
      followUp: { on: '2026-03-05', note: '', done: false },
    });
    expect(dateEvents(app).map((e) => e.type)).toEqual(['follow-up', 'event', 'deadline']);
    expect(nextDate(app, NOW)).toMatchObject({ type: 'follow-up' });
  });
});

describe('deadlineDueTime', () => {
  it('is 23:59:59.999 local on a date-only deadline', () => {
    expect(deadlineDueTime({ at: '2026-03-05' })).toBe(new Date(2026, 2, 5, 23, 59, 59, 999).getTime());
  });

  it('is the instant itself for a deadline with a time', () => {
    expect(deadlineDueTime({ at: '2026-03-05T17:00:00+01:00' })).toBe(Date.parse('2026-03-05T16:00:00Z'));
  });
});

describe('dateEvents', () => {
  it('lists open deadlines and relevant cohort starts in time order, past ones included', () => {
    const app = anApplication({
      deadlines: [
        deadline('b', '2026-06-01'),
        deadline('a', '2026-02-01'),
        deadline('x', '2026-03-01', { done: true }),
      ],
      cohorts: [JUNE, MAY],
    });
    expect(
      dateEvents(app).map((e) => (e.type === 'deadline' ? e.deadlineId : e.type === 'cohort-start' && e.cohortId)),
    ).toEqual(['a', 'may', 'b', 'june']);
  });

  it('lists events not cancelled and the open follow-up date among them', () => {
    const app = anApplication({
      deadlines: [deadline('d', '2026-03-05T17:00:00-08:00')],
      events: [
        anEvent('date-only', '2026-03-02'),
        anEvent('timed', '2026-03-04T09:00:00-08:00'),
        anEvent('cancelled', '2026-03-03', { outcome: 'cancelled' }),
      ],
      followUp: { on: '2026-03-01', note: '', done: false },
    });
    expect(dateEvents(app).map((e) => [e.type, e.time])).toEqual([
      ['follow-up', new Date(2026, 2, 1).getTime()],
      ['event', new Date(2026, 2, 2).getTime()],
      ['event', Date.parse('2026-03-04T17:00:00Z')],
      ['deadline', Date.parse('2026-03-06T01:00:00Z')],
    ]);
  });

  it('marks what counts all day', () => {
    const app = anApplication({
      deadlines: [deadline('d', '2026-03-05')],
      cohorts: [MAY],
      events: [anEvent('date-only', '2026-03-02'), anEvent('timed', '2026-03-04T09:00:00-08:00')],
      followUp: { on: '2026-03-01', note: '', done: false },
    });
    expect(dateEvents(app).map((e) => [e.type, isAllDay(e)])).toEqual([
      ['follow-up', true],
      ['event', true],
      ['event', false],
      ['deadline', false],
      ['cohort-start', true],
    ]);
  });

  it('lists a cohort start at local midnight of its day', () => {
    const [event] = dateEvents(anApplication({ cohorts: [MAY] }));
    expect(event?.time).toBe(new Date(2026, 4, 18).getTime());
  });
});

describe('dateKeys', () => {
  it('are the due times of open deadlines and the chosen cohort’s start, for the database’s date index', () => {
    const app = anApplication({
      deadlines: [deadline('open', '2026-03-05'), deadline('done', '2026-03-06', { done: true })],
      cohorts: [MAY, JUNE],
      chosenCohortId: 'june',
    });
    expect(dateKeys(app)).toEqual([new Date(2026, 2, 5, 23, 59, 59, 999).getTime(), new Date(2026, 5, 15).getTime()]);
  });

  it('include events not cancelled and the open follow-up date', () => {
    const app = anApplication({
      events: [anEvent('e', '2026-04-02T10:00:00-07:00'), anEvent('x', '2026-04-03', { outcome: 'cancelled' })],
      followUp: { on: '2026-04-01', note: '', done: false },
    });
    expect(dateKeys(app)).toEqual([new Date(2026, 3, 1).getTime(), Date.parse('2026-04-02T17:00:00Z')]);
    expect(dateKeys({ ...app, followUp: { on: '2026-04-01', note: '', done: true } })).toEqual([
      Date.parse('2026-04-02T17:00:00Z'),
    ]);
  });
});

describe('nextDate, the single-pass version', () => {
  it('always agrees with the first not-yet-over event of dateEvents', () => {
    fc.assert(
      fc.property(
        applicationArb,
        fc.date({ min: new Date('2020-01-01'), max: new Date('2031-12-31'), noInvalidDate: true }),
        (app, now) => {
          const startOfToday = new Date(now).setHours(0, 0, 0, 0);
          const expected =
            app.phase === 'closed'
              ? null
              : (dateEvents(app).find((e) => (isAllDay(e) ? e.time >= startOfToday : e.time > now.getTime())) ?? null);
          expect(nextDate(app, now)).toEqual(expected);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('labelBesideKind', () => {
  it('gives none for a label that only repeats its kind, whatever its case, spaces or punctuation', () => {
    expect(labelBesideKind({ kind: 'other', label: 'Deadline' })).toBe('');
    expect(labelBesideKind({ kind: 'other', label: ' deadline: ' })).toBe('');
    expect(labelBesideKind({ kind: 'offer-response', label: 'OFFER RESPONSE DUE.' })).toBe('');
    expect(labelBesideKind({ kind: 'offer-response', label: 'Offer-response due' })).toBe('');
  });

  it("keeps a label that says more, or another kind's name, as written", () => {
    expect(labelBesideKind({ kind: 'other', label: 'Deadline extended' })).toBe('Deadline extended');
    expect(labelBesideKind({ kind: 'assessment', label: 'Deadline' })).toBe('Deadline');
    expect(labelBesideKind({ kind: 'application', label: ' Online form ' })).toBe(' Online form ');
    expect(labelBesideKind({ kind: 'application', label: '' })).toBe('');
  });
});
