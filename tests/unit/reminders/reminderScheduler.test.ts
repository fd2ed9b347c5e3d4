import { describe, expect, it } from 'vitest';
import { MAX_TIMER_DELAY_MS, startReminderScheduler } from '@shared/reminders/reminderScheduler';
import { DAY, FakeClock, HOUR, MINUTE, MemoryStore, aReminder, harness, settle } from './schedulerFakes';

const T0 = Date.parse('2026-03-01T12:00:00Z');

describe('reminder scheduler: timing', () => {
  it('does not fire a reminder 30 days away early, and fires it on time', async () => {
    const h = harness(new FakeClock(T0));
    const scheduler = await startReminderScheduler(h.deps);
    expect(await scheduler.replacePlan([aReminder('a', T0 + 30 * DAY)])).toEqual({ ok: true, value: null });

    h.clock.advance(30 * DAY - 1);
    expect(h.notices).toEqual([]);
    expect(h.clock.delays.every((ms) => ms <= MAX_TIMER_DELAY_MS)).toBe(true);
    expect(h.clock.delays.length).toBeGreaterThan(1); // 30 days does not fit in one timer

    h.clock.advance(1);
    expect(h.notices.map((n) => n.notice)).toEqual([
      { key: 'a', title: 'Reminder a in 3 days', body: 'Body a', applicationId: 'app-a' },
    ]);
  });

  it('fires reminders due at different times one by one, each at its time', async () => {
    const h = harness(new FakeClock(T0));
    const scheduler = await startReminderScheduler(h.deps);
    await scheduler.replacePlan([aReminder('late', T0 + 2 * HOUR), aReminder('soon', T0 + HOUR)]);
    h.clock.advance(HOUR);
    expect(h.notices.map((n) => n.notice.title)).toEqual(['Reminder soon in 3 days']);
    h.clock.advance(HOUR);
    expect(h.notices.map((n) => n.notice.title)).toEqual(['Reminder soon in 3 days', 'Reminder late in 3 days']);
    expect(h.clock.pendingTimers).toBe(0);
  });

  it('keeps one timer however many reminders are planned', async () => {
    const h = harness(new FakeClock(T0));
    const scheduler = await startReminderScheduler(h.deps);
    await scheduler.replacePlan(Array.from({ length: 200 }, (_, i) => aReminder(`r${i}`, T0 + (i + 1) * HOUR)));
    await scheduler.replacePlan(Array.from({ length: 200 }, (_, i) => aReminder(`r${i}`, T0 + (i + 1) * HOUR)));
    expect(h.clock.pendingTimers).toBe(1);
  });

  it('shows what came due while the machine slept when woken, once', async () => {
    const h = harness(new FakeClock(T0));
    const scheduler = await startReminderScheduler(h.deps);
    await scheduler.replacePlan([aReminder('a', T0 + HOUR)]);
    h.clock.sleep(3 * HOUR);
    scheduler.wake();
    scheduler.wake();
    h.clock.advance(DAY);
    expect(h.notices.map((n) => n.notice)).toEqual([
      { key: 'a', title: '1 reminder while you were away', body: 'Summary a', applicationId: 'app-a' },
    ]);
  });

  it('never fires early when the wall clock is set back', async () => {
    const h = harness(new FakeClock(T0));
    const scheduler = await startReminderScheduler(h.deps);
    await scheduler.replacePlan([aReminder('a', T0 + 2 * HOUR)]);
    h.clock.advance(HOUR);
    h.clock.now -= 5 * HOUR; // the timer still runs out an hour later, by then it is 4 hours early
    h.clock.advance(HOUR);
    expect(h.notices).toEqual([]);
    h.clock.advance(5 * HOUR);
    expect(h.notices).toHaveLength(1);
  });
});

describe('reminder scheduler: never twice', () => {
  it('fires a reminder missed while the app was closed once at the next launch', async () => {
    const store = new MemoryStore();
    const first = harness(new FakeClock(T0), store);
    const running = await startReminderScheduler(first.deps);
    await running.replacePlan([aReminder('a', T0 + HOUR)]);
    running.stop();

    const relaunch = harness(new FakeClock(T0 + 5 * HOUR), store);
    const again = await startReminderScheduler(relaunch.deps);
    await settle();
    expect(relaunch.notices.map((n) => n.notice.title)).toEqual(['1 reminder while you were away']);
    expect(relaunch.commands).toContainEqual({ type: 'reminders-changed' });
    // The renderer's next plan may still hold it (it is built from a clock that may lag).
    await again.replacePlan([aReminder('a', T0 + HOUR)]);
    relaunch.clock.advance(DAY);
    again.stop();

    const third = harness(new FakeClock(T0 + 2 * DAY), store);
    await startReminderScheduler(third.deps);
    expect([...relaunch.notices, ...third.notices]).toHaveLength(1);
  });

  it('does not fire again when re-planned after firing, even at a later time', async () => {
    const h = harness(new FakeClock(T0));
    const scheduler = await startReminderScheduler(h.deps);
    await scheduler.replacePlan([aReminder('a', T0 + HOUR)]);
    h.clock.advance(HOUR);
    // e.g. the quiet hours changed and the same reminder now falls later
    await scheduler.replacePlan([aReminder('a', T0 + 3 * HOUR)]);
    h.clock.advance(DAY);
    expect(h.notices).toHaveLength(1);
  });

  it('fires once however often the same plan is sent', async () => {
    const h = harness(new FakeClock(T0));
    const scheduler = await startReminderScheduler(h.deps);
    for (let i = 0; i < 5; i += 1) {
      await scheduler.replacePlan([aReminder('a', T0 + HOUR), aReminder('a', T0 + HOUR)]);
      h.clock.advance(10 * MINUTE);
    }
    h.clock.advance(DAY);
    expect(h.notices).toHaveLength(1);
  });

  it('shows a reminder that came due before a new plan left it out', async () => {
    const h = harness(new FakeClock(T0));
    const scheduler = await startReminderScheduler(h.deps);
    await scheduler.replacePlan([aReminder('a', T0 + HOUR)]);
    h.clock.sleep(HOUR + 1); // its timer has not run yet
    await scheduler.replacePlan([]);
    expect(h.notices.map((n) => n.notice.title)).toEqual(['Reminder a in 3 days']);
  });

  it('moves a rescheduled reminder to its new time', async () => {
    const h = harness(new FakeClock(T0));
    const scheduler = await startReminderScheduler(h.deps);
    await scheduler.replacePlan([aReminder('a', T0 + HOUR)]);
    await scheduler.replacePlan([aReminder('a', T0 + 2 * HOUR, { title: 'Moved' })]);
    h.clock.advance(HOUR);
    expect(h.notices).toEqual([]);
    h.clock.advance(HOUR);
    expect(h.notices.map((n) => n.notice.title)).toEqual(['Moved']);
  });
});

describe('reminder scheduler: plan changes', () => {
  it('drops the reminders of a deleted application', async () => {
    const h = harness(new FakeClock(T0));
    const scheduler = await startReminderScheduler(h.deps);
    await scheduler.replacePlan([
      aReminder('kept', T0 + HOUR),
      aReminder('gone-1', T0 + HOUR, { applicationId: 'app-deleted' }),
      aReminder('gone-2', T0 + 2 * HOUR, { applicationId: 'app-deleted' }),
    ]);
    await scheduler.replacePlan([aReminder('kept', T0 + HOUR)]);
    h.clock.advance(DAY);
    expect(h.notices.map((n) => n.notice.applicationId)).toEqual(['app-kept']);
    const centre = await scheduler.centre();
    expect(centre.ok && [...centre.value.upcoming, ...centre.value.recent].map((e) => e.id)).toEqual(['kept']);
  });

  it('forgets settled reminders 30 days after what they were about, not before', async () => {
    const store = new MemoryStore();
    const h = harness(new FakeClock(T0), store);
    const scheduler = await startReminderScheduler(h.deps);
    await scheduler.replacePlan([aReminder('a', T0 + HOUR, { targetAt: new Date(T0 + 2 * HOUR).toISOString() })]);
    h.clock.advance(30 * DAY);
    await scheduler.replacePlan([]);
    expect(store.saved?.entries.map((e) => e.id)).toEqual(['a']);
    h.clock.advance(DAY);
    await scheduler.replacePlan([]);
    expect(store.saved?.entries).toEqual([]);
  });
});

describe('reminder scheduler: catch-up', () => {
  it('groups several reminders missed while closed into one notification', async () => {
    const store = new MemoryStore();
    const first = harness(new FakeClock(T0), store);
    const running = await startReminderScheduler(first.deps);
    await running.replacePlan([
      aReminder('a', T0 + HOUR),
      aReminder('b', T0 + 2 * HOUR),
      aReminder('c', T0 + 3 * HOUR),
    ]);
    running.stop();

    const relaunch = harness(new FakeClock(T0 + DAY), store);
    await startReminderScheduler(relaunch.deps);
    expect(relaunch.notices.map((n) => n.notice)).toEqual([
      {
        key: 'reminders-while-away',
        title: '3 reminders while you were away',
        body: 'Summary a\nSummary b\nSummary c',
        applicationId: null,
      },
    ]);
    relaunch.notices[0]?.click();
    expect(relaunch.commands).toContainEqual({ type: 'open-reminders' });
  });

  it('lists five missed reminders and counts the rest', async () => {
    const store = new MemoryStore();
    const first = harness(new FakeClock(T0), store);
    const running = await startReminderScheduler(first.deps);
    await running.replacePlan(Array.from({ length: 7 }, (_, i) => aReminder(`r${i}`, T0 + (i + 1) * MINUTE)));
    running.stop();

    const relaunch = harness(new FakeClock(T0 + DAY), store);
    await startReminderScheduler(relaunch.deps);
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
    await scheduler.replacePlan([aReminder('a', T0 + HOUR)]);
    h.clock.advance(HOUR);
    h.notices[0]?.click();
    expect(h.commands).toEqual([{ type: 'reminders-changed' }, { type: 'show-application', applicationId: 'app-a' }]);
  });

  it('shows a snoozed reminder again after the snooze', async () => {
    const h = harness(new FakeClock(T0));
    const scheduler = await startReminderScheduler(h.deps);
    await scheduler.replacePlan([aReminder('a', T0 + HOUR)]);
    h.clock.advance(HOUR);
    expect(await scheduler.snooze('a', 10)).toEqual({ ok: true, value: null });

    const centre = await scheduler.centre();
    expect(centre.ok && centre.value.upcoming.map((e) => [e.id, e.state, e.snoozedUntil])).toEqual([
      ['a', 'snoozed', new Date(T0 + HOUR + 10 * MINUTE).toISOString()],
    ]);
    h.clock.advance(10 * MINUTE - 1);
    expect(h.notices).toHaveLength(1);
    h.clock.advance(1);
    expect(h.notices).toHaveLength(2);
    // A plan sent meanwhile does not hold it (its time has passed) and does not cancel the snooze.
    await scheduler.snooze('a', 5);
    await scheduler.replacePlan([]);
    h.clock.advance(5 * MINUTE);
    expect(h.notices).toHaveLength(3);
  });

  it('never fires a dismissed upcoming reminder', async () => {
    const h = harness(new FakeClock(T0));
    const scheduler = await startReminderScheduler(h.deps);
    await scheduler.replacePlan([aReminder('a', T0 + HOUR)]);
    expect(await scheduler.dismiss('a')).toEqual({ ok: true, value: null });
    await scheduler.replacePlan([aReminder('a', T0 + HOUR)]);
    h.clock.advance(DAY);
    expect(h.notices).toEqual([]);
    const centre = await scheduler.centre();
    expect(centre.ok && centre.value.recent.map((e) => [e.id, e.state])).toEqual([['a', 'dismissed']]);
  });

  it('lists fired reminders as recent, newest first, with when they were shown', async () => {
    const h = harness(new FakeClock(T0));
    const scheduler = await startReminderScheduler(h.deps);
    await scheduler.replacePlan([
      aReminder('a', T0 + HOUR),
      aReminder('b', T0 + 2 * HOUR),
      aReminder('c', T0 + 3 * DAY),
    ]);
    h.clock.advance(2 * HOUR);
    await scheduler.dismiss('a');
    const centre = await scheduler.centre();
    expect(centre.ok && centre.value.recent.map((e) => [e.id, e.state, e.firedAt])).toEqual([
      ['b', 'fired', new Date(T0 + 2 * HOUR).toISOString()],
      ['a', 'dismissed', new Date(T0 + HOUR).toISOString()],
    ]);
    expect(centre.ok && centre.value.upcoming.map((e) => e.id)).toEqual(['c']);
  });

  it('refuses to snooze what cannot be snoozed, and changes nothing', async () => {
    const h = harness(new FakeClock(T0));
    const scheduler = await startReminderScheduler(h.deps);
    await scheduler.replacePlan([aReminder('a', T0 + HOUR), aReminder('b', T0 + HOUR)]);
    expect(await scheduler.snooze('missing', 10)).toEqual({ ok: false, error: 'This reminder no longer exists.' });
    expect(await scheduler.snooze('a', 10)).toEqual({ ok: false, error: 'This reminder has not been shown yet.' });
    await scheduler.dismiss('b');
    expect(await scheduler.snooze('b', 10)).toEqual({ ok: false, error: 'This reminder was dismissed.' });
    expect(await scheduler.dismiss('missing')).toEqual({ ok: false, error: 'This reminder no longer exists.' });
    h.clock.advance(HOUR);
    expect(h.notices.map((n) => n.notice.applicationId)).toEqual(['app-a']);
  });
});

describe('reminder scheduler: storage', () => {
  it('keeps the schedule in memory and reports it when the store cannot write', async () => {
    const store = new MemoryStore();
    const h = harness(new FakeClock(T0), store);
    const scheduler = await startReminderScheduler(h.deps);
    store.failSaves = new Error('disk full');
    const result = await scheduler.replacePlan([aReminder('a', T0 + HOUR)]);
    expect(result).toEqual({
      ok: false,
      error: 'Reminders could not be saved (disk full); they stay scheduled while the app runs.',
    });
    expect(h.errors).toContain(result.ok ? '' : result.error);
    h.clock.advance(HOUR);
    expect(h.notices).toHaveLength(1);

    store.failSaves = null;
    expect(await scheduler.replacePlan([])).toEqual({ ok: true, value: null });
    expect(store.saved?.entries.map((e) => [e.id, e.state])).toEqual([['a', 'fired']]);
  });

  it('starts empty and says so when the saved state is damaged', async () => {
    const store = new MemoryStore();
    store.load = async () => ({ version: 1, entries: [{ id: 'x' }] });
    const h = harness(new FakeClock(T0), store);
    const scheduler = await startReminderScheduler(h.deps);
    expect(h.errors).toEqual([
      expect.stringMatching(/^Saved reminders are damaged \(entries\.0\.applicationId: .*\); starting with none\.$/),
    ]);
    const centre = await scheduler.centre();
    expect(centre).toEqual({ ok: true, value: { upcoming: [], recent: [] } });
  });

  it('starts empty and says so when the store cannot be read', async () => {
    const store = new MemoryStore();
    store.load = async () => {
      throw new Error('permission denied');
    };
    const h = harness(new FakeClock(T0), store);
    await startReminderScheduler(h.deps);
    expect(h.errors).toEqual(['Saved reminders could not be read (permission denied); starting with none.']);
  });

  it('saves each change, the last one last', async () => {
    const store = new MemoryStore();
    const h = harness(new FakeClock(T0), store);
    const scheduler = await startReminderScheduler(h.deps);
    await Promise.all([
      scheduler.replacePlan([aReminder('a', T0 + HOUR)]),
      scheduler.replacePlan([aReminder('b', T0 + HOUR)]),
    ]);
    await settle();
    expect(store.saved?.entries.map((e) => e.id)).toEqual(['b']);
  });
});
