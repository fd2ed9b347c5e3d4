// Two tabs of the web build on one store: one leads (a Web Lock held while it is open) and runs the
// scheduler; the other sends its calls to it over a BroadcastChannel and takes over when it closes.
// Node's BroadcastChannel is real; Web Locks are a faithful fake (one holder at a time, in order).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createBrowserReminders } from '../../../renderer/src/desktop/browserReminders';
import { FakeClock, HOUR, MemoryStore, aReminder, advance, changeOf } from './schedulerFakes';

const T0 = Date.parse('2026-03-01T12:00:00Z');

/** navigator.locks: a request waits until every earlier request of the same name has let go. */
class FakeLocks {
  private last = new Map<string, Promise<unknown>>();
  request(name: string, callback: () => Promise<void>): Promise<unknown> {
    const held = (this.last.get(name) ?? Promise.resolve()).then(callback);
    this.last.set(name, held);
    return held;
  }
}

function tab(clock: FakeClock, store: MemoryStore) {
  const shown: string[] = [];
  const changed: number[] = [];
  const reminders = createBrowserReminders({
    onCommand: (command) => {
      if (command.type === 'reminders-changed') changed.push(1);
    },
    notifications: { permission: () => 'granted', show: (title) => shown.push(title), withdraw: () => undefined },
    store,
    now: () => clock.now,
    monotonicNow: () => clock.elapsed,
    timers: { set: clock.set, clear: clock.clear },
    focusPage: () => undefined,
    onError: () => undefined,
  });
  return { reminders, shown, changed };
}

beforeEach(() => {
  vi.stubGlobal('navigator', { locks: new FakeLocks() });
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('browser reminders in two tabs', () => {
  it('shows each reminder once with two tabs open, and the other tab takes over when the leader closes', async () => {
    const clock = new FakeClock(T0);
    const store = new MemoryStore();
    const first = tab(clock, store);
    const second = tab(clock, store);
    // Each tab's plan sync sends the same plan.
    const plan = changeOf([aReminder('a', T0 + HOUR), aReminder('b', T0 + 2 * HOUR)]);
    expect(await first.reminders.applyReminderChanges(plan)).toEqual({ ok: true, value: null });
    expect(await second.reminders.applyReminderChanges(plan)).toEqual({ ok: true, value: null });

    await advance(clock, HOUR);
    await vi.waitFor(() => expect([...first.shown, ...second.shown]).toEqual(['Reminder a in 3 days']));
    expect(first.shown).toEqual(['Reminder a in 3 days']);
    // The other tab hears that the lists changed, and reads them from the leader.
    await vi.waitFor(() => expect(second.changed.length).toBeGreaterThan(0));
    const centre = await second.reminders.reminderCentre({ upcomingBefore: null });
    expect(centre.ok && centre.value.recent.map((e) => [e.id, e.state])).toEqual([['a', 'fired']]);
    expect(await second.reminders.dismissReminder('a')).toEqual({ ok: true, value: null });
    expect(store.states()).toEqual([
      ['a', 'dismissed'],
      ['b', 'scheduled'],
    ]);

    // The leading tab closes: the other one takes over, from what was saved.
    first.reminders.stop();
    await vi.waitFor(async () => {
      const fingerprints = await second.reminders.reminderFingerprints();
      expect(fingerprints).toEqual({ ok: true, value: { 'app-a': 'fp:a', 'app-b': 'fp:b' } });
    });
    await advance(clock, HOUR);
    await vi.waitFor(() => expect(second.shown).toEqual(['Reminder b in 3 days']));
    expect(first.shown).toEqual(['Reminder a in 3 days']);
    second.reminders.stop();
  });

  it('answers a call made while no tab leads yet once one does', async () => {
    const clock = new FakeClock(T0);
    const store = new MemoryStore();
    const only = tab(clock, store);
    // Called at once, before the lock is granted.
    const answered = only.reminders.applyReminderChanges(changeOf([aReminder('a', T0 + HOUR)]));
    expect(await answered).toEqual({ ok: true, value: null });
    expect(store.states()).toEqual([['a', 'scheduled']]);
    only.reminders.stop();
  });

  it('answers a call from another tab with arguments it cannot take with a refusal, not silence', async () => {
    const leader = tab(new FakeClock(T0), new MemoryStore());
    expect(await leader.reminders.reminderFingerprints()).toEqual({ ok: true, value: {} });
    // A tab of an older build, still open after an update, sends what the schemas refuse.
    const other = new BroadcastChannel('internship-tracker-reminders');
    const answers = new Map<number, unknown>();
    const allAnswered = new Promise<void>((resolve) => {
      other.onmessage = (event: unknown) => {
        const message = (event as { data: { kind: string; callId: number; result: unknown } }).data;
        if (message.kind === 'answer') answers.set(message.callId, message.result);
        if (answers.size === 4) resolve();
      };
    });
    const calls: [string, unknown][] = [
      ['snoozeReminder', 'not a list'],
      ['snoozeReminder', ['a', 1e15]],
      ['snoozeReminder', ['a', Number.NaN]],
      ['dismissReminder', []],
    ];
    calls.forEach(([method, args], i) =>
      other.postMessage({ kind: 'call', from: 'old-tab', callId: i + 1, method, args }),
    );
    await allAnswered;
    other.close();
    leader.reminders.stop();
    expect([...answers.entries()].sort(([a], [b]) => a - b).map(([, result]) => result)).toEqual([
      { ok: false, error: expect.stringMatching(/^Refused reminders:snooze: /) },
      { ok: false, error: expect.stringMatching(/^Refused reminders:snooze: .*\(argument 1\)\.$/) },
      { ok: false, error: expect.stringMatching(/^Refused reminders:snooze: .*\(argument 1\)\.$/) },
      { ok: false, error: expect.stringMatching(/^Refused reminders:dismiss: /) },
    ]);
  });
});
