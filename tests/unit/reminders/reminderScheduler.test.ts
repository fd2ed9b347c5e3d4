import { describe, expect, it } from 'vitest';
import type { ReminderEntry } from '@shared/reminders/reminder';
import { MAX_TIMER_DELAY_MS, startReminderScheduler } from '@shared/reminders/reminderScheduler';
import {
  DAY,
  FakeClock,
  HOUR,
  MINUTE,
  MemoryStore,
  aReminder,
  changeOf,
  advance,
  harness,
  settle,
} from './schedulerFakes';

const T0 = Date.parse('2026-03-01T12:00:00Z');

async function centreIds(scheduler: Awaited<ReturnType<typeof startReminderScheduler>>) {
  const centre = await scheduler.centre();
  if (!centre.ok) throw new Error(centre.error);
  return {
    upcoming: centre.value.upcoming.map((e) => [e.id, e.state]),
    recent: centre.value.recent.map((e) => [e.id, e.state]),
  };
}

describe('reminder scheduler: timing', () => {
  it('does not fire a reminder 30 days away early, and fires it on time', async () => {
    const h = harness(new FakeClock(T0));
    const scheduler = await startReminderScheduler(h.deps);
    expect(await scheduler.applyChanges(changeOf([aReminder('a', T0 + 30 * DAY)]))).toEqual({ ok: true, value: null });

    await advance(h.clock, 30 * DAY - 1);
    expect(h.notices).toEqual([]);
    expect(h.clock.delays.every((ms) => ms <= MAX_TIMER_DELAY_MS)).toBe(true);
    expect(h.clock.delays.length).toBeGreaterThan(1); // 30 days does not fit in one timer

    await advance(h.clock, 1);
    expect(h.notices.map((n) => n.notice)).toEqual([
      { key: 'a', title: 'Reminder a in 3 days', body: 'Body a', applicationId: 'app-a', over: expect.any(Number) },
    ]);
  });

  it('says when what a notice reminds of is over: its target, or the latest of a group', async () => {
    const h = harness(new FakeClock(T0));
    const scheduler = await startReminderScheduler(h.deps);
    await scheduler.applyChanges(changeOf([aReminder('a', T0 + HOUR, { targetAt: '2026-03-05T17:00:00Z' })]));
    await advance(h.clock, HOUR);
    expect(h.notices.map((n) => n.notice.over)).toEqual([Date.parse('2026-03-05T17:00:00Z')]);

    // A date alone is over when its day is (its last millisecond).
    const due = ['b', 'c', 'd', 'e'].map((id, i) =>
      aReminder(id, T0 + 2 * HOUR, { targetAt: i === 2 ? '2026-03-09' : '2026-03-06T09:00:00Z' }),
    );
    await scheduler.applyChanges(changeOf(due));
    await advance(h.clock, HOUR);
    expect(h.notices.at(-1)!.notice).toMatchObject({
      key: 'reminders-due',
      over: new Date(2026, 2, 10).getTime() - 1,
    });
  });

  it('fires reminders due at different times one by one, each at its time', async () => {
    const h = harness(new FakeClock(T0));
    const scheduler = await startReminderScheduler(h.deps);
    await scheduler.applyChanges(changeOf([aReminder('late', T0 + 2 * HOUR), aReminder('soon', T0 + HOUR)]));
    await advance(h.clock, HOUR);
    expect(h.notices.map((n) => n.notice.title)).toEqual(['Reminder soon in 3 days']);
    await advance(h.clock, HOUR);
    expect(h.notices.map((n) => n.notice.title)).toEqual(['Reminder soon in 3 days', 'Reminder late in 3 days']);
    expect(h.clock.pendingTimers).toBe(0);
  });

  it('keeps one timer however many reminders are scheduled', async () => {
    const h = harness(new FakeClock(T0));
    const scheduler = await startReminderScheduler(h.deps);
    const reminders = Array.from({ length: 200 }, (_, i) => aReminder(`r${i}`, T0 + (i + 1) * HOUR));
    await scheduler.applyChanges(changeOf(reminders));
    await scheduler.applyChanges(changeOf(reminders));
    expect(h.clock.pendingTimers).toBe(1);
  });

  it('fires at the new time of a reminder moved earlier, and not at its old time', async () => {
    const h = harness(new FakeClock(T0));
    const scheduler = await startReminderScheduler(h.deps);
    await scheduler.applyChanges(changeOf([aReminder('a', T0 + 3 * HOUR), aReminder('b', T0 + 4 * HOUR)]));
    await scheduler.applyChanges(changeOf([aReminder('a', T0 + HOUR)]));
    await advance(h.clock, HOUR);
    expect(h.notices.map((n) => n.notice.key)).toEqual(['a']);
    await advance(h.clock, 2 * HOUR);
    expect(h.notices.map((n) => n.notice.key)).toEqual(['a']);
    await advance(h.clock, HOUR);
    expect(h.notices.map((n) => n.notice.key)).toEqual(['a', 'b']);
  });

  it('shows what came due while the machine slept when woken, once', async () => {
    const h = harness(new FakeClock(T0));
    const scheduler = await startReminderScheduler(h.deps);
    await scheduler.applyChanges(changeOf([aReminder('a', T0 + HOUR)]));
    h.clock.sleep(3 * HOUR);
    scheduler.wake();
    await settle();
    scheduler.wake();
    await settle();
    await advance(h.clock, DAY);
    expect(h.notices.map((n) => n.notice)).toEqual([
      {
        key: 'a',
        title: '1 reminder while you were away',
        body: 'Summary a',
        applicationId: 'app-a',
        over: expect.any(Number),
      },
    ]);
  });

  it('never fires early when the wall clock is set back', async () => {
    const h = harness(new FakeClock(T0));
    const scheduler = await startReminderScheduler(h.deps);
    await scheduler.applyChanges(changeOf([aReminder('a', T0 + 2 * HOUR)]));
    await advance(h.clock, HOUR);
    h.clock.now -= 5 * HOUR; // the timer still runs out an hour later, by then it is 4 hours early
    await advance(h.clock, HOUR);
    expect(h.notices).toEqual([]);
    await advance(h.clock, 5 * HOUR);
    expect(h.notices).toHaveLength(1);
  });
});

describe('reminder scheduler: never twice', () => {
  it('fires a reminder missed while the app was closed once at the next launch', async () => {
    const store = new MemoryStore();
    const first = harness(new FakeClock(T0), store);
    const running = await startReminderScheduler(first.deps);
    await running.applyChanges(changeOf([aReminder('a', T0 + HOUR)]));
    running.stop();

    const relaunch = harness(new FakeClock(T0 + 5 * HOUR), store);
    const again = await startReminderScheduler(relaunch.deps);
    await settle();
    expect(relaunch.notices.map((n) => n.notice.title)).toEqual(['1 reminder while you were away']);
    expect(relaunch.commands).toContainEqual({ type: 'reminders-changed' });
    // Schedules hold past reminders too: the same one again changes nothing.
    await again.applyChanges(changeOf([aReminder('a', T0 + HOUR)], { fingerprints: { 'app-a': 'new' } }));
    await advance(relaunch.clock, DAY);
    again.stop();

    const third = harness(new FakeClock(T0 + 2 * DAY), store);
    await startReminderScheduler(third.deps);
    expect([...relaunch.notices, ...third.notices]).toHaveLength(1);
  });

  it('does not fire again when sent again after firing, even at a later time', async () => {
    const h = harness(new FakeClock(T0));
    const scheduler = await startReminderScheduler(h.deps);
    await scheduler.applyChanges(changeOf([aReminder('a', T0 + HOUR)]));
    await advance(h.clock, HOUR);
    // e.g. the quiet hours changed and the same reminder now falls later
    await scheduler.applyChanges(changeOf([aReminder('a', T0 + 3 * HOUR)]));
    await advance(h.clock, DAY);
    expect(h.notices).toHaveLength(1);
  });

  it('fires once however often the same schedule is sent', async () => {
    const h = harness(new FakeClock(T0));
    const scheduler = await startReminderScheduler(h.deps);
    for (let i = 0; i < 5; i += 1) {
      await scheduler.applyChanges(changeOf([aReminder('a', T0 + HOUR), aReminder('a', T0 + HOUR)]));
      await advance(h.clock, 10 * MINUTE);
    }
    await advance(h.clock, DAY);
    expect(h.notices).toHaveLength(1);
  });

  it('shows a reminder that came due before a change left it out', async () => {
    const h = harness(new FakeClock(T0));
    const scheduler = await startReminderScheduler(h.deps);
    await scheduler.applyChanges(changeOf([aReminder('a', T0 + HOUR)]));
    h.clock.sleep(HOUR + 1); // its timer has not run yet
    await scheduler.applyChanges(changeOf([], { emptyFor: ['app-a'] }));
    expect(h.notices.map((n) => n.notice.title)).toEqual(['Reminder a in 3 days']);
  });

  it('does not show a reminder whose time had passed before the scheduler heard of it', async () => {
    const h = harness(new FakeClock(T0));
    const scheduler = await startReminderScheduler(h.deps);
    await scheduler.applyChanges(changeOf([aReminder('past', T0 - MINUTE), aReminder('now', T0)]));
    await advance(h.clock, DAY);
    expect(h.notices).toEqual([]);
    expect(await centreIds(scheduler)).toEqual({ upcoming: [], recent: [] });
  });

  it('drops a reminder moved to a time already passed instead of showing it late', async () => {
    const h = harness(new FakeClock(T0));
    const scheduler = await startReminderScheduler(h.deps);
    await scheduler.applyChanges(changeOf([aReminder('a', T0 + 2 * HOUR)]));
    await scheduler.applyChanges(changeOf([aReminder('a', T0 - HOUR)]));
    await advance(h.clock, DAY);
    expect(h.notices).toEqual([]);
    expect(await centreIds(scheduler)).toEqual({ upcoming: [], recent: [] });
  });

  it('fires once a reminder moved to another time and back again', async () => {
    const h = harness(new FakeClock(T0));
    const scheduler = await startReminderScheduler(h.deps);
    // "b" comes first, so the scheduler still holds "a" at its first time when it is moved back.
    await scheduler.applyChanges(changeOf([aReminder('a', T0 + HOUR), aReminder('b', T0 + 30 * MINUTE)]));
    await scheduler.applyChanges(changeOf([aReminder('a', T0 + 2 * HOUR)], { fingerprints: { 'app-a': 'moved' } }));
    await scheduler.applyChanges(changeOf([aReminder('a', T0 + HOUR)], { fingerprints: { 'app-a': 'back' } }));
    await advance(h.clock, DAY);
    expect(h.notices.map((n) => n.notice.key)).toEqual(['b', 'a']);
    expect(await centreIds(scheduler)).toEqual({
      upcoming: [],
      recent: [
        ['a', 'fired'],
        ['b', 'fired'],
      ],
    });
  });

  it('moves a rescheduled reminder to its new time', async () => {
    const h = harness(new FakeClock(T0));
    const scheduler = await startReminderScheduler(h.deps);
    await scheduler.applyChanges(changeOf([aReminder('a', T0 + HOUR)]));
    await scheduler.applyChanges(changeOf([aReminder('a', T0 + 2 * HOUR, { title: 'Moved' })]));
    await advance(h.clock, HOUR);
    expect(h.notices).toEqual([]);
    await advance(h.clock, HOUR);
    expect(h.notices.map((n) => n.notice.title)).toEqual(['Moved']);
  });
});

describe('reminder scheduler: changes by application', () => {
  it('replaces the reminders of the applications a change names, and leaves the others alone', async () => {
    const h = harness(new FakeClock(T0));
    const scheduler = await startReminderScheduler(h.deps);
    const acme = (id: string, at: number) => aReminder(id, at, { applicationId: 'acme' });
    await scheduler.applyChanges(
      changeOf([acme('acme-1', T0 + HOUR), acme('acme-2', T0 + 2 * HOUR), aReminder('b', T0 + 3 * HOUR)]),
    );
    await scheduler.applyChanges(changeOf([acme('acme-2', T0 + 2 * HOUR), acme('acme-3', T0 + 4 * HOUR)]));
    expect((await centreIds(scheduler)).upcoming).toEqual([
      ['acme-2', 'scheduled'],
      ['b', 'scheduled'],
      ['acme-3', 'scheduled'],
    ]);
    await advance(h.clock, DAY);
    expect(h.notices.map((n) => n.notice.key)).toEqual(['acme-2', 'b', 'acme-3']);
  });

  it('forgets what was still to come for a deleted application, and keeps what was shown', async () => {
    const h = harness(new FakeClock(T0));
    const scheduler = await startReminderScheduler(h.deps);
    const deleted = (id: string, at: number) => aReminder(id, at, { applicationId: 'app-deleted' });
    await scheduler.applyChanges(
      changeOf([
        aReminder('kept', T0 + 2 * HOUR),
        deleted('shown', T0 + HOUR),
        deleted('snoozed', T0 + HOUR + 1),
        deleted('later', T0 + 3 * HOUR),
      ]),
    );
    await advance(h.clock, HOUR + 1);
    await scheduler.snooze('snoozed', 60);
    await scheduler.applyChanges(changeOf([], { removed: ['app-deleted'] }));
    expect(await centreIds(scheduler)).toEqual({
      upcoming: [['kept', 'scheduled']],
      recent: [
        ['snoozed', 'unplanned'],
        ['shown', 'unplanned'],
      ],
    });
    expect(await scheduler.fingerprints()).toEqual({ ok: true, value: { 'app-kept': 'fp:kept' } });
    await advance(h.clock, DAY);
    expect(h.notices.map((n) => n.notice.key)).toEqual(['shown', 'snoozed', 'kept']);
  });

  it('unplans, not dismisses, a snoozed reminder its application no longer gives, and keeps one it still gives', async () => {
    const h = harness(new FakeClock(T0));
    const scheduler = await startReminderScheduler(h.deps);
    const acme = (id: string) => aReminder(id, T0 + HOUR, { applicationId: 'acme', title: `Old ${id}` });
    await scheduler.applyChanges(changeOf([acme('stays'), acme('done')]));
    await advance(h.clock, HOUR);
    await scheduler.snooze('stays', 60);
    await scheduler.snooze('done', 60);

    // The deadline of "done" was marked done; "stays" is in the schedule still, its time past.
    await scheduler.applyChanges(changeOf([{ ...acme('stays'), title: 'New stays' }]));
    const centre = await scheduler.centre();
    expect(centre.ok && centre.value.upcoming.map((e) => [e.id, e.state, e.title])).toEqual([
      ['stays', 'snoozed', 'New stays'],
    ]);
    expect(centre.ok && centre.value.recent.map((e) => [e.id, e.state])).toEqual([['done', 'unplanned']]);
    await advance(h.clock, HOUR);
    // Due at the same moment, the first two came in the order of their ids; back from its
    // snooze, "stays" is titled by its date (its summary), whatever wording its plan has now.
    expect(h.notices.map((n) => n.notice.title)).toEqual(['Old done', 'Old stays', 'Summary stays']);
  });

  it('brings back a snooze and a shown reminder an undone edit plans again, and takes back their notices', async () => {
    const h = harness(new FakeClock(T0));
    const withdrawn: string[] = [];
    h.deps.notifier.withdraw = (key) => withdrawn.push(key);
    const scheduler = await startReminderScheduler(h.deps);
    // Deadline 17:00: its "1 day" and "3 hours" reminders, one shown now and one to come.
    const at17 = (lead: string, fireAt: number) =>
      aReminder(`arcadia|deadline@17:00|${lead}`, fireAt, { applicationId: 'arcadia' });
    const at19 = (lead: string, fireAt: number) =>
      aReminder(`arcadia|deadline@19:00|${lead}`, fireAt, { applicationId: 'arcadia' });
    const before = [at17('1d', T0 + MINUTE), at17('1h', T0 + 2 * MINUTE), at17('3h', T0 + DAY - 3 * HOUR)];
    await scheduler.applyChanges(changeOf(before));
    await advance(h.clock, 2 * MINUTE);
    await scheduler.snooze('arcadia|deadline@17:00|1d', 3 * 60);
    const snoozedUntil = new Date(T0 + 2 * MINUTE + 3 * HOUR).toISOString();

    // The deadline moved to 19:00: the shown reminders are no longer planned, and not dismissed.
    await scheduler.applyChanges(changeOf([at19('1d', T0 + 2 * HOUR + MINUTE), at19('3h', T0 + DAY - HOUR)]));
    expect(await centreIds(scheduler)).toEqual({
      upcoming: [
        ['arcadia|deadline@19:00|1d', 'scheduled'],
        ['arcadia|deadline@19:00|3h', 'scheduled'],
      ],
      recent: [
        ['arcadia|deadline@17:00|1h', 'unplanned'],
        ['arcadia|deadline@17:00|1d', 'unplanned'],
      ],
    });
    expect(withdrawn).toEqual(['arcadia|deadline@17:00|1d', 'arcadia|deadline@17:00|1h']);
    expect(await scheduler.snooze('arcadia|deadline@17:00|1h', 60)).toMatchObject({ ok: false });

    // Undone: back at 17:00, the snooze as it was and the shown one shown.
    await scheduler.applyChanges(changeOf(before));
    const centre = await scheduler.centre();
    expect(centre.ok && centre.value.upcoming.map((e) => [e.id, e.state, e.snoozedUntil])).toEqual([
      ['arcadia|deadline@17:00|1d', 'snoozed', snoozedUntil],
      ['arcadia|deadline@17:00|3h', 'scheduled', null],
    ]);
    expect(centre.ok && centre.value.recent.map((e) => [e.id, e.state])).toEqual([
      ['arcadia|deadline@17:00|1h', 'fired'],
    ]);
    await advance(h.clock, 3 * HOUR);
    expect(h.notices.map((n) => n.notice.title)).toEqual([
      'Reminder arcadia|deadline@17:00|1d in 3 days',
      'Reminder arcadia|deadline@17:00|1h in 3 days',
      'Summary arcadia|deadline@17:00|1d',
    ]);
  });

  it('keeps the snooze of a deleted application for an undone delete', async () => {
    const h = harness(new FakeClock(T0));
    const scheduler = await startReminderScheduler(h.deps);
    await scheduler.applyChanges(changeOf([aReminder('a', T0 + MINUTE)]));
    await advance(h.clock, MINUTE);
    await scheduler.snooze('a', 60);
    await scheduler.applyChanges(changeOf([], { removed: ['app-a'] }));
    expect(await centreIds(scheduler)).toEqual({ upcoming: [], recent: [['a', 'unplanned']] });
    await scheduler.applyChanges(changeOf([aReminder('a', T0 + MINUTE)]));
    expect(await centreIds(scheduler)).toEqual({ upcoming: [['a', 'snoozed']], recent: [] });
  });

  it('tells the fingerprint it last heard for each application, across restarts', async () => {
    const store = new MemoryStore();
    const h = harness(new FakeClock(T0), store);
    const scheduler = await startReminderScheduler(h.deps);
    expect(await scheduler.fingerprints()).toEqual({ ok: true, value: {} });
    await scheduler.applyChanges(
      changeOf([aReminder('a', T0 + HOUR)], {
        emptyFor: ['app-ended'],
        fingerprints: { 'app-a': 'v1', 'app-ended': 'none' },
      }),
    );
    await scheduler.applyChanges(changeOf([aReminder('a', T0 + 2 * HOUR)], { fingerprints: { 'app-a': 'v2' } }));
    expect(await scheduler.fingerprints()).toEqual({ ok: true, value: { 'app-a': 'v2', 'app-ended': 'none' } });
    scheduler.stop();

    const relaunched = await startReminderScheduler(harness(new FakeClock(T0), store).deps);
    expect(await relaunched.fingerprints()).toEqual({ ok: true, value: { 'app-a': 'v2', 'app-ended': 'none' } });
  });

  it('forgets settled reminders 30 days after what they were about, not before', async () => {
    const store = new MemoryStore();
    const h = harness(new FakeClock(T0), store);
    const scheduler = await startReminderScheduler(h.deps);
    await scheduler.applyChanges(
      changeOf([aReminder('a', T0 + HOUR, { targetAt: new Date(T0 + 2 * HOUR).toISOString() })]),
    );
    await advance(h.clock, 30 * DAY);
    await scheduler.applyChanges(changeOf([]));
    expect(store.states()).toEqual([['a', 'fired']]);
    await advance(h.clock, DAY);
    await scheduler.applyChanges(changeOf([]));
    expect(store.states()).toEqual([]);
  });
});

describe('reminder scheduler: catch-up', () => {
  it('groups several reminders missed while closed into one notification', async () => {
    const store = new MemoryStore();
    const first = harness(new FakeClock(T0), store);
    const running = await startReminderScheduler(first.deps);
    await running.applyChanges(
      changeOf([aReminder('a', T0 + HOUR), aReminder('b', T0 + 2 * HOUR), aReminder('c', T0 + 3 * HOUR)]),
    );
    running.stop();

    const relaunch = harness(new FakeClock(T0 + DAY), store);
    await startReminderScheduler(relaunch.deps);
    await settle();
    expect(relaunch.notices.map((n) => n.notice)).toEqual([
      {
        key: 'reminders-while-away',
        title: '3 reminders while you were away',
        body: 'Summary a\nSummary b\nSummary c',
        applicationId: null,
        over: expect.any(Number),
      },
    ]);
    relaunch.notices[0]?.click();
    expect(relaunch.commands).toContainEqual({ type: 'open-reminders' });
  });

  it('lists five missed reminders and counts the rest', async () => {
    const store = new MemoryStore();
    const first = harness(new FakeClock(T0), store);
    const running = await startReminderScheduler(first.deps);
    await running.applyChanges(
      changeOf(Array.from({ length: 7 }, (_, i) => aReminder(`r${i}`, T0 + (i + 1) * MINUTE))),
    );
    running.stop();

    const relaunch = harness(new FakeClock(T0 + DAY), store);
    await startReminderScheduler(relaunch.deps);
    await settle();
    expect(relaunch.notices).toHaveLength(1);
    expect(relaunch.notices[0]?.notice.body.split('\n')).toEqual([
      'Summary r0',
      'Summary r1',
      'Summary r2',
      'Summary r3',
      'Summary r4',
      'and 2 more',
    ]);
  });
});

describe('reminder scheduler: clicks, snooze and dismiss', () => {
  it('reports the application when a notification is clicked', async () => {
    const h = harness(new FakeClock(T0));
    const scheduler = await startReminderScheduler(h.deps);
    await scheduler.applyChanges(changeOf([aReminder('a', T0 + HOUR)]));
    await advance(h.clock, HOUR);
    h.notices[0]?.click();
    expect(h.commands).toEqual([{ type: 'reminders-changed' }, { type: 'show-application', applicationId: 'app-a' }]);
  });

  it('sends only the upcoming reminders due before the bound asked for, soonest first', async () => {
    const h = harness(new FakeClock(T0));
    const scheduler = await startReminderScheduler(h.deps);
    await scheduler.applyChanges(
      changeOf([aReminder('later', T0 + 8 * DAY), aReminder('soon', T0 + HOUR), aReminder('week', T0 + 6 * DAY)]),
    );
    const week = await scheduler.centre({ upcomingBefore: new Date(T0 + 7 * DAY).toISOString() });
    expect(week.ok && week.value.upcoming.map((e) => e.id)).toEqual(['soon', 'week']);
    expect((await centreIds(scheduler)).upcoming.map(([id]) => id)).toEqual(['soon', 'week', 'later']);
  });

  it('says when every save begun has ended, so quitting can wait for a reminder just shown', async () => {
    const store = new MemoryStore();
    const h = harness(new FakeClock(T0), store);
    const scheduler = await startReminderScheduler(h.deps);
    await scheduler.applyChanges(changeOf([aReminder('a', T0 + HOUR)]));
    let release = () => {};
    const write = store.write;
    store.write = async (change) => {
      await new Promise<void>((resolve) => (release = resolve));
      return write(change);
    };
    await advance(h.clock, HOUR);
    let saved = false;
    void scheduler.saved().then(() => (saved = true));
    await settle();
    expect(saved).toBe(false);
    release();
    await settle();
    expect(saved).toBe(true);
    expect(store.entries.get('a')?.state).toBe('fired');
  });

  it('shows a snoozed reminder again after the snooze', async () => {
    const h = harness(new FakeClock(T0));
    const scheduler = await startReminderScheduler(h.deps);
    await scheduler.applyChanges(changeOf([aReminder('a', T0 + HOUR)]));
    await advance(h.clock, HOUR);
    expect(await scheduler.snooze('a', 10)).toEqual({ ok: true, value: null });

    const centre = await scheduler.centre();
    expect(centre.ok && centre.value.upcoming.map((e) => [e.id, e.state, e.snoozedUntil])).toEqual([
      ['a', 'snoozed', new Date(T0 + HOUR + 10 * MINUTE).toISOString()],
    ]);
    await advance(h.clock, 10 * MINUTE - 1);
    expect(h.notices).toHaveLength(1);
    await advance(h.clock, 1);
    expect(h.notices).toHaveLength(2);
    // Titled by its date, not "in 3 days" as when it was planned.
    expect(h.notices.map((n) => n.notice.title)).toEqual(['Reminder a in 3 days', 'Summary a']);
    // Its schedule sent meanwhile still gives it: the snooze stands.
    await scheduler.snooze('a', 5);
    await scheduler.applyChanges(changeOf([aReminder('a', T0 + HOUR)]));
    await advance(h.clock, 5 * MINUTE);
    expect(h.notices).toHaveLength(3);
  });

  it('never fires a dismissed upcoming reminder', async () => {
    const h = harness(new FakeClock(T0));
    const scheduler = await startReminderScheduler(h.deps);
    await scheduler.applyChanges(changeOf([aReminder('a', T0 + HOUR)]));
    expect(await scheduler.dismiss('a')).toEqual({ ok: true, value: null });
    await scheduler.applyChanges(changeOf([aReminder('a', T0 + HOUR)], { fingerprints: { 'app-a': 'again' } }));
    await advance(h.clock, DAY);
    expect(h.notices).toEqual([]);
    expect(await centreIds(scheduler)).toEqual({ upcoming: [], recent: [] });
  });

  it('restores a dismissed reminder: one not yet come comes at its time, one shown is shown again', async () => {
    const h = harness(new FakeClock(T0));
    const scheduler = await startReminderScheduler(h.deps);
    await scheduler.applyChanges(changeOf([aReminder('early', T0 + HOUR), aReminder('late', T0 + 3 * HOUR)]));
    await advance(h.clock, HOUR);
    await scheduler.dismiss('early');
    await scheduler.dismiss('late');
    expect(await scheduler.restore('early')).toEqual({ ok: true, value: null });
    expect(await scheduler.restore('late')).toEqual({ ok: true, value: null });
    expect(await centreIds(scheduler)).toEqual({ upcoming: [['late', 'scheduled']], recent: [['early', 'fired']] });
    await advance(h.clock, 2 * HOUR);
    // "early" was shown before its dismiss and is not shown twice; "late" comes at its time.
    expect(h.notices.map((n) => n.notice.title)).toEqual(['Reminder early in 3 days', 'Reminder late in 3 days']);
    expect(await scheduler.restore('gone')).toEqual({ ok: false, error: 'This reminder no longer exists.' });
  });

  it('lists fired reminders as recent, newest first, with when they were shown', async () => {
    const h = harness(new FakeClock(T0));
    const scheduler = await startReminderScheduler(h.deps);
    await scheduler.applyChanges(
      changeOf([aReminder('a', T0 + HOUR), aReminder('b', T0 + 2 * HOUR), aReminder('c', T0 + 3 * DAY)]),
    );
    await advance(h.clock, 2 * HOUR);
    await scheduler.dismiss('a');
    const centre = await scheduler.centre();
    expect(centre.ok && centre.value.recent.map((e) => [e.id, e.state, e.firedAt])).toEqual([
      ['b', 'fired', new Date(T0 + 2 * HOUR).toISOString()],
      ['a', 'dismissed', new Date(T0 + HOUR).toISOString()],
    ]);
    expect(centre.ok && centre.value.upcoming.map((e) => e.id)).toEqual(['c']);
  });

  it('lists a reminder dismissed before it came neither as upcoming nor as shown, before or after its time', async () => {
    const h = harness(new FakeClock(T0));
    const scheduler = await startReminderScheduler(h.deps);
    await scheduler.applyChanges(changeOf([aReminder('a', T0 + HOUR), aReminder('b', T0 + 2 * HOUR)]));
    await scheduler.dismiss('b');
    expect(await centreIds(scheduler)).toEqual({ upcoming: [['a', 'scheduled']], recent: [] });
    await advance(h.clock, 3 * HOUR);
    expect(await centreIds(scheduler)).toEqual({ upcoming: [], recent: [['a', 'fired']] });
  });

  it('refuses to snooze what cannot be snoozed, and changes nothing', async () => {
    const h = harness(new FakeClock(T0));
    const scheduler = await startReminderScheduler(h.deps);
    await scheduler.applyChanges(changeOf([aReminder('a', T0 + HOUR), aReminder('b', T0 + HOUR)]));
    const writes = h.store.writes.length;
    expect(await scheduler.snooze('missing', 10)).toEqual({ ok: false, error: 'This reminder no longer exists.' });
    expect(await scheduler.snooze('a', 10)).toEqual({ ok: false, error: 'This reminder has not been shown yet.' });
    expect(await scheduler.dismiss('missing')).toEqual({ ok: false, error: 'This reminder no longer exists.' });
    expect(h.store.writes).toHaveLength(writes);
    await scheduler.dismiss('b');
    expect(await scheduler.snooze('b', 10)).toEqual({ ok: false, error: 'This reminder was dismissed.' });
    await advance(h.clock, HOUR);
    expect(h.notices.map((n) => n.notice.applicationId)).toEqual(['app-a']);
  });
});

describe('reminder scheduler: storage', () => {
  it('writes only what a change touched: one application’s entries and fingerprint', async () => {
    const store = new MemoryStore();
    const h = harness(new FakeClock(T0), store);
    const scheduler = await startReminderScheduler(h.deps);
    const many = Array.from({ length: 100 }, (_, i) => aReminder(`r${i}`, T0 + (i + 1) * HOUR));
    await scheduler.applyChanges(changeOf(many));
    expect(store.writes).toHaveLength(1);
    expect(store.writes[0]!.put).toHaveLength(100);

    const moved = aReminder('r7', T0 + 500 * HOUR);
    await scheduler.applyChanges(changeOf([moved], { fingerprints: { 'app-r7': 'moved' } }));
    expect(store.writes.at(-1)).toEqual({
      put: [{ ...moved, state: 'scheduled', firedAt: null, snoozedUntil: null }],
      delete: [],
      fingerprints: { 'app-r7': 'moved' },
    });

    await scheduler.applyChanges(changeOf([], { removed: ['app-r8'] }));
    expect(store.writes.at(-1)).toEqual({ put: [], delete: ['r8'], fingerprints: { 'app-r8': null } });
  });

  it('writes nothing when a schedule is sent again unchanged', async () => {
    const store = new MemoryStore();
    const h = harness(new FakeClock(T0), store);
    const scheduler = await startReminderScheduler(h.deps);
    await scheduler.applyChanges(changeOf([aReminder('a', T0 + HOUR)]));
    await scheduler.applyChanges(changeOf([aReminder('a', T0 + HOUR)]));
    expect(store.writes).toHaveLength(1);
  });

  it('writes one entry when a reminder fires, is snoozed or is dismissed', async () => {
    const store = new MemoryStore();
    const h = harness(new FakeClock(T0), store);
    const scheduler = await startReminderScheduler(h.deps);
    await scheduler.applyChanges(
      changeOf(Array.from({ length: 50 }, (_, i) => aReminder(`r${i}`, T0 + (i + 1) * HOUR))),
    );
    await advance(h.clock, HOUR);
    await settle();
    await scheduler.snooze('r0', 10);
    await scheduler.dismiss('r1');
    expect(store.writes.slice(1).map((w) => [w.put.map((e) => [e.id, e.state]), w.delete, w.fingerprints])).toEqual([
      [[['r0', 'fired']], [], {}],
      [[['r0', 'snoozed']], [], {}],
      [[['r1', 'dismissed']], [], {}],
    ]);
  });

  it('keeps the schedule in memory when the store cannot write, says so, and writes it all later', async () => {
    const store = new MemoryStore();
    const h = harness(new FakeClock(T0), store);
    const scheduler = await startReminderScheduler(h.deps);
    store.failWrites = new Error('disk full');
    const result = await scheduler.applyChanges(changeOf([aReminder('a', T0 + HOUR), aReminder('b', T0 + 2 * HOUR)]));
    expect(result).toEqual({
      ok: false,
      error: 'Reminders could not be saved (disk full); they stay scheduled while the app runs.',
    });
    expect(h.errors).toContain(result.ok ? '' : result.error);
    await advance(h.clock, HOUR);
    expect(h.notices).toHaveLength(1);

    store.failWrites = null;
    expect(await scheduler.applyChanges(changeOf([]))).toEqual({ ok: true, value: null });
    expect(store.states()).toEqual([
      ['a', 'fired'],
      ['b', 'scheduled'],
    ]);
    expect(store.fingerprints).toEqual(
      new Map([
        ['app-a', 'fp:a'],
        ['app-b', 'fp:b'],
      ]),
    );
  });

  it('starts empty, says so and clears the store when the saved state is not reminders at all', async () => {
    const store = new MemoryStore();
    store.load = async () => ({ entries: 'x', fingerprints: {} });
    const h = harness(new FakeClock(T0), store);
    const scheduler = await startReminderScheduler(h.deps);
    const said =
      'Saved reminders could not be read (entries: Invalid input: expected array, received string); starting with none. A copy of it as it was is at copy 1.';
    expect(h.errors).toEqual([said]);
    expect(await centreIds(scheduler)).toEqual({ upcoming: [], recent: [] });
    expect((await scheduler.centre()).ok && (await scheduler.centre())).toMatchObject({ value: { notices: [said] } });
    await settle();
    expect(store.copies).toEqual([{ entries: 'x', fingerprints: {} }]);
    expect(store.writes).toEqual([{ clear: true, put: [], delete: [], fingerprints: {} }]);
  });

  it('starts empty and says so when the store cannot be read, and writes nothing over it', async () => {
    const store = new MemoryStore();
    store.load = async () => {
      throw new Error('permission denied');
    };
    const h = harness(new FakeClock(T0), store);
    const scheduler = await startReminderScheduler(h.deps);
    expect(h.errors).toEqual([
      'Saved reminders could not be read (permission denied); starting with none. They were left as they are, and changes to reminders are kept only until the app closes.',
    ]);
    expect(await scheduler.applyChanges(changeOf([aReminder('a', T0 + HOUR)]))).toEqual({ ok: true, value: null });
    await advance(h.clock, HOUR);
    expect(h.notices.map((n) => n.notice.key)).toEqual(['a']);
    expect(store.copies).toEqual([]);
    expect(store.writes).toEqual([]);
  });

  it('goes on with what the store could read when it says the rest is unavailable, and never clears it', async () => {
    const store = new MemoryStore();
    const snoozed: ReminderEntry = {
      ...aReminder('a', T0 - HOUR),
      state: 'snoozed',
      firedAt: new Date(T0 - HOUR).toISOString(),
      snoozedUntil: new Date(T0 + HOUR).toISOString(),
    };
    store.load = async () => ({ entries: [snoozed], fingerprints: {}, unavailable: 'EBUSY: resource busy or locked' });
    const h = harness(new FakeClock(T0), store);
    const scheduler = await startReminderScheduler(h.deps);
    expect(h.errors).toEqual([
      'Saved reminders could not be read (EBUSY: resource busy or locked); going on with the 1 that could be. They were left as they are, and changes to reminders are kept only until the app closes.',
    ]);
    await advance(h.clock, HOUR);
    expect(h.notices.map((n) => n.notice.key)).toEqual(['a']);
    expect(await scheduler.dismiss('a')).toEqual({ ok: true, value: null });
    await scheduler.saved();
    expect(store.copies).toEqual([]);
    expect(store.writes).toEqual([]);
  });

  it('rewrites nothing when damaged saved reminders cannot be copied aside first', async () => {
    const store = new MemoryStore();
    store.load = async () => ({ entries: 'x', fingerprints: {} });
    store.keepCopy = async () => {
      throw new Error('EBUSY: resource busy or locked');
    };
    const h = harness(new FakeClock(T0), store);
    const scheduler = await startReminderScheduler(h.deps);
    expect(h.errors).toEqual([
      'Saved reminders could not be read (entries: Invalid input: expected array, received string); starting with none. ' +
        'It could not be copied aside (EBUSY: resource busy or locked), so it was left as it is, and changes to reminders are kept only until the app closes.',
    ]);
    await scheduler.applyChanges(changeOf([aReminder('a', T0 + HOUR)]));
    await settle();
    expect(store.writes).toEqual([]);
  });

  it('writes changes one at a time, in order', async () => {
    const store = new MemoryStore();
    const h = harness(new FakeClock(T0), store);
    const scheduler = await startReminderScheduler(h.deps);
    await Promise.all([
      scheduler.applyChanges(changeOf([aReminder('a', T0 + HOUR)])),
      scheduler.applyChanges(changeOf([], { emptyFor: ['app-a'] })),
    ]);
    await settle();
    expect(store.states()).toEqual([]);
    expect(store.fingerprints).toEqual(new Map([['app-a', 'fp:']]));
  });
});
