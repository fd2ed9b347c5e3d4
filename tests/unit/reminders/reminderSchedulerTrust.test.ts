// The scheduler under crashes, damaged saved state, bad plan entries and floods of reminders.
import { describe, expect, it } from 'vitest';
import type { ReminderEntry } from '@shared/reminders/reminder';
import { startReminderScheduler } from '@shared/reminders/reminderScheduler';
import { DAY, FakeClock, HOUR, MemoryStore, aReminder, advance, changeOf, harness, settle } from './schedulerFakes';

const T0 = Date.parse('2026-03-01T12:00:00Z');

function saved(id: string, state: ReminderEntry['state']): ReminderEntry {
  return {
    ...aReminder(id, T0 + HOUR),
    state,
    firedAt: state === 'fired' || state === 'dismissed' ? new Date(T0).toISOString() : null,
    snoozedUntil: null,
  };
}

describe('reminder scheduler: exactly once across a crash', () => {
  it('saves a reminder as shown before it shows it, so a crash right after showing never shows it again', async () => {
    const store = new MemoryStore();
    const h = harness(new FakeClock(T0), store);
    // What a relaunch would load at the moment the notification appears (the process dies right after).
    const savedWhenShown: ReturnType<MemoryStore['saved']>[] = [];
    h.deps.notifier = { show: () => savedWhenShown.push(structuredClone(store.saved())) };
    const scheduler = await startReminderScheduler(h.deps);
    await scheduler.applyChanges(changeOf([aReminder('a', T0 + HOUR)]));
    await advance(h.clock, HOUR);
    expect(savedWhenShown).toHaveLength(1);

    const crashed = new MemoryStore();
    for (const entry of savedWhenShown[0]!.entries) crashed.entries.set(entry.id, entry);
    const relaunch = harness(new FakeClock(T0 + HOUR + 1), crashed);
    await startReminderScheduler(relaunch.deps);
    await settle();
    expect(relaunch.notices).toEqual([]);
  });

  it('does not show a reminder before its save has finished', async () => {
    const store = new MemoryStore();
    const h = harness(new FakeClock(T0), store);
    const scheduler = await startReminderScheduler(h.deps);
    await scheduler.applyChanges(changeOf([aReminder('a', T0 + HOUR)]));
    let finishSave = () => {};
    const write = store.write;
    store.write = (change) => new Promise((resolve) => (finishSave = () => resolve(write(change))));
    await advance(h.clock, HOUR);
    expect(h.notices).toEqual([]);
    finishSave();
    await settle();
    expect(h.notices.map((n) => n.notice.key)).toEqual(['a']);
  });

  it('still shows a reminder whose save failed, and says the save failed', async () => {
    const store = new MemoryStore();
    const h = harness(new FakeClock(T0), store);
    const scheduler = await startReminderScheduler(h.deps);
    await scheduler.applyChanges(changeOf([aReminder('a', T0 + HOUR)]));
    store.failWrites = new Error('disk full');
    await advance(h.clock, HOUR);
    expect(h.notices.map((n) => n.notice.key)).toEqual(['a']);
    expect(h.errors).toEqual(['Reminders could not be saved (disk full); they stay scheduled while the app runs.']);
  });

  it('answers a dismiss only once the dismiss is saved', async () => {
    const store = new MemoryStore();
    const h = harness(new FakeClock(T0), store);
    const scheduler = await startReminderScheduler(h.deps);
    await scheduler.applyChanges(changeOf([aReminder('a', T0 + HOUR)]));
    await advance(h.clock, HOUR);
    const dismissed = scheduler.dismiss('a');
    await dismissed;
    expect(store.states()).toEqual([['a', 'dismissed']]);
  });
});

describe('reminder scheduler: damaged saved state', () => {
  it('keeps every valid entry when one is damaged, copies what it read first, and says what was left out', async () => {
    const store = new MemoryStore();
    const original = {
      entries: [
        saved('dismissed', 'dismissed'),
        { ...saved('bad', 'scheduled'), fireAt: 'tomorrow' },
        saved('next', 'scheduled'),
      ],
      fingerprints: { 'app-dismissed': 'f1', 'app-next': 'f2', 'app-bad': 7 },
    };
    store.load = async () => structuredClone(original);
    const h = harness(new FakeClock(T0), store);
    const scheduler = await startReminderScheduler(h.deps);
    const said =
      '2 saved reminders were damaged and left out; the other 2 were kept. A copy of it as it was is at copy 1. ' +
      'First problem: entries.1.fireAt: Expected a date and time with a time zone, like 2026-05-18T09:00:00-07:00.';
    expect(h.errors).toEqual([said]);
    const centre = await scheduler.centre();
    expect(centre).toMatchObject({ ok: true, value: { notices: [said] } });
    expect(centre.ok && centre.value.upcoming.map((e) => e.id)).toEqual(['next']);
    expect(centre.ok && centre.value.recent.map((e) => [e.id, e.state])).toEqual([['dismissed', 'dismissed']]);
    expect(store.copies).toEqual([original]);

    // The repaired state is written whole, without the damaged entry.
    await settle();
    expect(store.writes[0]).toMatchObject({ clear: true, delete: [] });
    expect(store.states()).toEqual([
      ['dismissed', 'dismissed'],
      ['next', 'scheduled'],
    ]);
    expect(Object.fromEntries(store.fingerprints)).toEqual({ 'app-dismissed': 'f1', 'app-next': 'f2' });

    // The dismissed reminder never comes back; the valid one still comes.
    await advance(h.clock, HOUR);
    expect(h.notices.map((n) => n.notice.key)).toEqual(['next']);
  });
});

describe('reminder scheduler: one bad plan entry', () => {
  it('schedules the rest of a plan holding a reminder in year 10000, and says which was left out', async () => {
    const h = harness(new FakeClock(T0));
    const scheduler = await startReminderScheduler(h.deps);
    const change = changeOf([
      aReminder('far', T0 + HOUR, { applicationId: 'app-x', fireAt: '+010000-01-01T00:00:00.000Z', title: 'Far away' }),
      aReminder('near', T0 + HOUR, { applicationId: 'app-x' }),
      aReminder('other', T0 + 2 * HOUR),
    ]);
    expect(await scheduler.applyChanges(change)).toEqual({ ok: true, value: null });
    const centre = await scheduler.centre();
    expect(centre.ok && centre.value.upcoming.map((e) => e.id)).toEqual(['near', 'other']);
    expect(centre.ok && centre.value.notices).toEqual([
      '1 reminder was not scheduled; the others were. "Far away" was left out (fireAt: Expected a date and time with a time zone, like 2026-05-18T09:00:00-07:00).',
    ]);
    // Later plans go through as well.
    await scheduler.applyChanges(changeOf([aReminder('later', T0 + 3 * HOUR)]));
    await advance(h.clock, 3 * HOUR);
    expect(h.notices.map((n) => n.notice.key)).toEqual(['near', 'other', 'later']);
  });

  it('reports what the IPC boundary left out of a schedule', async () => {
    const h = harness(new FakeClock(T0));
    const scheduler = await startReminderScheduler(h.deps);
    const change = changeOf([aReminder('a', T0 + HOUR)]);
    change.schedules[0]!.refused = [{ id: 'b', reason: '"B" was left out (fireAt: bad)' }];
    await scheduler.applyChanges(change);
    expect(h.errors).toEqual(['1 reminder was not scheduled; the others were. "B" was left out (fireAt: bad).']);
  });
});

describe('reminder scheduler: many due at once', () => {
  it('shows 334 reminders due at 09:00 as one notification that opens the reminder centre, each shown once', async () => {
    const nine = Date.parse('2026-03-02T09:00:00Z');
    const store = new MemoryStore();
    const h = harness(new FakeClock(T0), store);
    const scheduler = await startReminderScheduler(h.deps);
    const due = Array.from({ length: 334 }, (_, i) => aReminder(`r${String(i).padStart(3, '0')}`, nine));
    await scheduler.applyChanges(changeOf(due));
    await advance(h.clock, nine - T0);
    expect(h.notices.map((n) => n.notice)).toEqual([
      {
        key: 'reminders-due',
        title: '334 reminders due',
        body: 'Summary r000\nSummary r001\nSummary r002\nSummary r003\nSummary r004\nand 329 more',
        applicationId: null,
        over: expect.any(Number),
      },
    ]);
    h.notices[0]!.click();
    expect(h.commands).toContainEqual({ type: 'open-reminders' });
    expect(store.states().every(([, state]) => state === 'fired')).toBe(true);
    expect(store.states()).toHaveLength(334);

    const relaunch = harness(new FakeClock(nine + DAY), store);
    await startReminderScheduler(relaunch.deps);
    await settle();
    expect(relaunch.notices).toEqual([]);
  });

  it('still shows three reminders due together one by one', async () => {
    const h = harness(new FakeClock(T0));
    const scheduler = await startReminderScheduler(h.deps);
    await scheduler.applyChanges(changeOf(['a', 'b', 'c'].map((id) => aReminder(id, T0 + HOUR))));
    await advance(h.clock, HOUR);
    expect(h.notices.map((n) => n.notice.key)).toEqual(['a', 'b', 'c']);
  });
});
