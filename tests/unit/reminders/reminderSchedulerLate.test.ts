// Reminders that come late together (the laptop was shut, the app not running): one notification
// per deadline or event, none for what is already over. The plans come from the real planner, as
// the app sends them, so the ids share their deadline or event as the app's do. Reminder times are
// wall-clock times, so the zone is pinned (Node re-reads TZ when it is assigned).
process.env.TZ = 'UTC';

import { describe, expect, it } from 'vitest';
import type { Application } from '@shared/application';
import { planReminders } from '@shared/reminders/reminderPlan';
import { DEFAULT_REMINDER_SETTINGS } from '@shared/reminders/reminderSettings';
import { startReminderScheduler, type ReminderScheduler } from '@shared/reminders/reminderScheduler';
import { anEvent } from '../../support/anEvent';
import { anApplication } from './applicationFixture';
import { FakeClock, MemoryStore, advance, aReminder, changeOf, harness, settle } from './schedulerFakes';
import { dateWords } from '@shared/dateWords';

const US_DATES = dateWords('en-US');

const at = (iso: string) => Date.parse(iso);

/** Arm: an application deadline on Tue 8 Dec 09:00 and an interview on Sun 6 Dec 14:30 (the tester's case). */
function arm(id = 'arm', company = 'Arm'): Application {
  return anApplication({
    id,
    company,
    role: 'Graduate Engineer',
    deadlines: [{ id: 'd1', kind: 'application', at: '2026-12-08T09:00:00Z', label: '', done: false }],
    events: [anEvent('e1', '2026-12-06T14:30:00Z', { title: 'Interview', durationMinutes: 60 })],
  });
}

// Default settings: deadlines 3 days, 1 day and 3 hours before, events 1 day and 1 hour before,
// quiet hours 22:00–08:00 (which move "3 hours before" 09:00 to 08:00, "in 1 hour").
const deadline = (lead: string, id = 'arm') => `${id}|deadline:d1@2026-12-08T09:00:00Z|${lead}`;
const interview = (lead: string, id = 'arm') => `${id}|event:e1@2026-12-06T14:30:00Z|${lead}`;

/** The app runs from `from` with these applications' reminders until `until`, then is shut. */
async function ranUntil(store: MemoryStore, from: string, until: string, apps: Application[] = [arm()]) {
  const h = harness(new FakeClock(at(from)), store);
  const scheduler = await startReminderScheduler(h.deps);
  await scheduler.applyChanges(changeOf(planReminders(apps, DEFAULT_REMINDER_SETTINGS, new Date(at(from)), US_DATES)));
  await advance(h.clock, at(until) - at(from));
  scheduler.stop();
  return h;
}

/** The app opened again at `when`, with what it showed on opening. */
async function openedAt(store: MemoryStore, when: string) {
  const h = harness(new FakeClock(at(when)), store);
  const scheduler = await startReminderScheduler(h.deps);
  await settle();
  return { ...h, scheduler };
}

async function centre(scheduler: ReminderScheduler) {
  const result = await scheduler.centre();
  if (!result.ok) throw new Error(result.error);
  return {
    upcoming: result.value.upcoming.map((e) => [e.id, e.state]),
    recent: result.value.recent.map((e) => [e.id, e.state, e.firedAt]),
  };
}

describe('reminder scheduler: reminders that come late together', () => {
  it('shows one notification for a deadline, its most urgent reminder, and none for an interview already over', async () => {
    const store = new MemoryStore();
    const before = await ranUntil(store, '2026-12-04T20:00:00Z', '2026-12-05T12:00:00Z');
    expect(before.notices.map((n) => n.notice.key)).toEqual([deadline('3d')]);

    const opened = await openedAt(store, '2026-12-08T08:00:30Z');
    expect(opened.notices.map((n) => n.notice)).toEqual([
      {
        key: deadline('3h'),
        title: 'Arm: Application deadline in 1 hour',
        body: 'Tue, Dec 8, 9:00 AM · Graduate Engineer',
        applicationId: 'arm',
        over: expect.any(Number),
      },
    ]);
    // The earlier lead and the interview's reminders are settled without a notification: they
    // never come again, and the centre lists only what was shown.
    expect(store.states()).toEqual([
      [deadline('1d'), 'missed'],
      [deadline('3d'), 'fired'],
      [deadline('3h'), 'fired'],
      [interview('1d'), 'missed'],
      [interview('1h'), 'missed'],
    ]);
    expect(await centre(opened.scheduler)).toEqual({
      upcoming: [],
      recent: [
        [deadline('3h'), 'fired', '2026-12-08T08:00:30.000Z'],
        [deadline('3d'), 'fired', '2026-12-05T09:00:00.000Z'],
      ],
    });
    // The schedule sent again as planned on Friday brings none of them back.
    await opened.scheduler.applyChanges(
      changeOf(planReminders([arm()], DEFAULT_REMINDER_SETTINGS, new Date(at('2026-12-04T20:00:00Z')), US_DATES), {
        fingerprints: { arm: 'again' },
      }),
    );
    await advance(opened.clock, 3 * 24 * 60 * 60_000);
    opened.scheduler.stop();
    const later = await openedAt(store, '2026-12-12T10:00:00Z');
    expect([...opened.notices, ...later.notices]).toHaveLength(1);
  });

  it('writes one entry for each reminder that came due, and nothing else, when it combines them', async () => {
    const january = anApplication({
      id: 'later',
      deadlines: [{ id: 'd9', kind: 'application', at: '2027-01-20T09:00:00Z', label: '', done: false }],
    });
    const store = new MemoryStore();
    await ranUntil(store, '2026-12-04T20:00:00Z', '2026-12-04T20:00:00Z', [arm(), arm('klarna', 'Klarna'), january]);
    const writes = store.writes.length;
    const opened = await openedAt(store, '2026-12-08T08:00:30Z');
    expect(opened.notices.map((n) => n.notice.title)).toEqual([
      'Arm: Application deadline in 1 hour',
      'Klarna: Application deadline in 1 hour',
    ]);
    const due = ['arm', 'klarna'].flatMap((id) => [
      deadline('3d', id),
      deadline('1d', id),
      deadline('3h', id),
      interview('1d', id),
      interview('1h', id),
    ]);
    expect(store.writes.slice(writes).map((w) => [w.put.map((e) => e.id).sort(), w.delete, w.fingerprints])).toEqual([
      [due.sort(), [], {}],
    ]);
  });

  it('shows the latest of several late reminders of one deadline, by its date, as one reminder while you were away', async () => {
    const store = new MemoryStore();
    await ranUntil(store, '2026-12-04T20:00:00Z', '2026-12-04T20:00:00Z');
    const opened = await openedAt(store, '2026-12-07T10:00:00Z');
    expect(opened.notices.map((n) => n.notice)).toEqual([
      {
        key: deadline('1d'),
        title: '1 reminder while you were away',
        body: 'Arm: Application deadline, Tue, Dec 8, 9:00 AM',
        applicationId: 'arm',
        over: expect.any(Number),
      },
    ]);
    expect(store.states()).toEqual([
      [deadline('1d'), 'fired'],
      [deadline('3d'), 'missed'],
      [deadline('3h'), 'scheduled'],
      [interview('1d'), 'missed'],
      [interview('1h'), 'missed'],
    ]);
    // What is still ahead comes at its time, as before.
    await advance(opened.clock, at('2026-12-08T08:00:00Z') - at('2026-12-07T10:00:00Z'));
    expect(opened.notices.map((n) => n.notice.title)).toEqual([
      '1 reminder while you were away',
      'Arm: Application deadline in 1 hour',
    ]);
  });

  it('shows nothing for a deadline that passed while the app was closed, and lists none of its reminders as shown', async () => {
    const store = new MemoryStore();
    await ranUntil(store, '2026-12-04T20:00:00Z', '2026-12-04T20:00:00Z');
    const opened = await openedAt(store, '2026-12-09T10:00:00Z');
    expect(opened.notices).toEqual([]);
    expect(store.states().map(([, state]) => state)).toEqual(['missed', 'missed', 'missed', 'missed', 'missed']);
    expect(await centre(opened.scheduler)).toEqual({ upcoming: [], recent: [] });
    expect(await opened.scheduler.snooze(deadline('3h'), 60)).toEqual({
      ok: false,
      error: 'This reminder came while the app was not running and was not shown.',
    });
    // Dismissing one changes nothing: it was never shown, so it does not become "shown, dismissed".
    expect(await opened.scheduler.dismiss(deadline('3h'))).toEqual({ ok: true, value: null });
    expect(await centre(opened.scheduler)).toEqual({ upcoming: [], recent: [] });
  });

  it('keeps many reminders due at once in one notification, one line per deadline', async () => {
    const apps = ['Arm', 'Bolt', 'Canva', 'Dell'].map((company) => arm(company.toLowerCase(), company));
    const store = new MemoryStore();
    await ranUntil(store, '2026-12-04T20:00:00Z', '2026-12-04T20:00:00Z', apps);
    const onTime = await openedAt(store, '2026-12-08T08:00:30Z');
    expect(onTime.notices.map((n) => n.notice)).toEqual([
      {
        key: 'reminders-due',
        title: '4 reminders due',
        body: [
          'Arm: Application deadline, Tue, Dec 8, 9:00 AM',
          'Bolt: Application deadline, Tue, Dec 8, 9:00 AM',
          'Canva: Application deadline, Tue, Dec 8, 9:00 AM',
          'Dell: Application deadline, Tue, Dec 8, 9:00 AM',
        ].join('\n'),
        applicationId: null,
        over: expect.any(Number),
      },
    ]);

    const lateStore = new MemoryStore();
    await ranUntil(lateStore, '2026-12-04T20:00:00Z', '2026-12-04T20:00:00Z', apps);
    const late = await openedAt(lateStore, '2026-12-07T10:00:00Z');
    expect(late.notices.map((n) => [n.notice.title, n.notice.body])).toEqual([
      [
        '4 reminders while you were away',
        [
          'Arm: Application deadline, Tue, Dec 8, 9:00 AM',
          'Bolt: Application deadline, Tue, Dec 8, 9:00 AM',
          'Canva: Application deadline, Tue, Dec 8, 9:00 AM',
          'Dell: Application deadline, Tue, Dec 8, 9:00 AM',
        ].join('\n'),
      ],
    ]);
  });

  it('ends a snooze that comes back with a later reminder of the same deadline, or after its interview, without showing it again', async () => {
    const store = new MemoryStore();
    const first = harness(new FakeClock(at('2026-12-04T20:00:00Z')), store);
    const scheduler = await startReminderScheduler(first.deps);
    await scheduler.applyChanges(
      changeOf(planReminders([arm()], DEFAULT_REMINDER_SETTINGS, new Date(at('2026-12-04T20:00:00Z')), US_DATES)),
    );
    await advance(first.clock, at('2026-12-05T15:00:00Z') - at('2026-12-04T20:00:00Z'));
    // Shown on Saturday at 09:00 and 14:30; snoozed until Monday 09:30 and Sunday 02:30.
    await scheduler.snooze(deadline('3d'), 42 * 60 + 30);
    await scheduler.snooze(interview('1d'), 11 * 60 + 30);
    scheduler.stop();

    const opened = await openedAt(store, '2026-12-07T10:00:00Z');
    expect(opened.notices.map((n) => n.notice.key)).toEqual([deadline('1d')]);
    expect(store.saved().entries.filter((e) => e.id === deadline('3d') || e.id === interview('1d'))).toEqual([
      expect.objectContaining({
        id: deadline('3d'),
        state: 'fired',
        firedAt: '2026-12-05T09:00:00.000Z',
        snoozedUntil: null,
      }),
      expect.objectContaining({
        id: interview('1d'),
        state: 'fired',
        firedAt: '2026-12-05T14:30:00.000Z',
        snoozedUntil: null,
      }),
    ]);
  });

  it('leaves reminders that come on time as they were, each with its own notification', async () => {
    const h = harness(new FakeClock(at('2026-12-04T20:00:00Z')));
    const scheduler = await startReminderScheduler(h.deps);
    // Two things due at the same moment, and a reminder at the very moment it is about.
    const nine = at('2026-12-05T09:00:00Z');
    await scheduler.applyChanges(
      changeOf([
        aReminder('a', nine),
        aReminder('b', nine),
        aReminder('now', nine, { targetAt: new Date(nine).toISOString() }),
      ]),
    );
    await advance(h.clock, nine - 60_000 - at('2026-12-04T20:00:00Z'));
    // Asleep for two minutes: they come a minute after their time, which is still on time.
    h.clock.sleep(2 * 60_000);
    scheduler.wake();
    await settle();
    expect(h.notices.map((n) => n.notice.title)).toEqual([
      'Reminder a in 3 days',
      'Reminder b in 3 days',
      'Reminder now in 3 days',
    ]);
  });
});
