import { afterEach, describe, expect, it } from 'vitest';
import type { AppCommand } from '@shared/desktopApi';
import { EVERY_UPCOMING } from '@shared/reminders/reminder';
import type { SchedulerStore } from '@shared/reminders/reminderScheduler';
import {
  createBrowserReminders,
  type NotificationPermissionState,
  type NotificationPort,
  webNotifications,
} from '../../../renderer/src/desktop/browserReminders';
import { DAY, FakeClock, HOUR, MemoryStore, aReminder, changeOf, advance, settle } from './schedulerFakes';

const T0 = Date.parse('2026-03-01T12:00:00Z');

class FakeNotifications implements NotificationPort {
  shown: { title: string; body: string; tag: string; click: () => void }[] = [];
  constructor(public state: NotificationPermissionState) {}
  permission = () => this.state;
  withdrawn: string[] = [];
  show = (title: string, body: string, tag: string, click: () => void) => {
    this.shown.push({ title, body, tag, click });
  };
  withdraw = (tag: string) => {
    this.withdrawn.push(tag);
  };
}

function page(clock: FakeClock, notifications: FakeNotifications, store: SchedulerStore = new MemoryStore()) {
  const commands: AppCommand[] = [];
  const errors: string[] = [];
  let focused = 0;
  const reminders = createBrowserReminders({
    onCommand: (command) => commands.push(command),
    notifications,
    store,
    now: () => clock.now,
    monotonicNow: () => clock.elapsed,
    timers: { set: clock.set, clear: clock.clear },
    focusPage: () => {
      focused += 1;
    },
    onError: (message) => errors.push(message),
  });
  return { reminders, commands, errors, focused: () => focused };
}

describe('browser reminders', () => {
  it('shows a Web Notification on time and brings the application up when it is clicked', async () => {
    const clock = new FakeClock(T0);
    const notifications = new FakeNotifications('granted');
    const p = page(clock, notifications);
    await p.reminders.ready;
    expect(await p.reminders.applyReminderChanges(changeOf([aReminder('a', T0 + HOUR)]))).toEqual({
      ok: true,
      value: null,
    });
    await advance(clock, HOUR - 1);
    expect(notifications.shown).toEqual([]);
    await advance(clock, 1);
    expect(notifications.shown.map(({ title, body, tag }) => ({ title, body, tag }))).toEqual([
      { title: 'Reminder a in 3 days', body: 'Body a', tag: 'a' },
    ]);
    notifications.shown[0]?.click();
    expect(p.focused()).toBe(1);
    expect(p.commands).toContainEqual({ type: 'show-application', applicationId: 'app-a' });
  });

  it('keeps the reminder centre working when notifications are denied', async () => {
    const clock = new FakeClock(T0);
    const notifications = new FakeNotifications('denied');
    const p = page(clock, notifications);
    await p.reminders.applyReminderChanges(changeOf([aReminder('a', T0 + HOUR)]));
    await advance(clock, HOUR);
    expect(notifications.shown).toEqual([]);
    // Shown in the page instead, never dropped without a word.
    expect(p.commands).toContainEqual({
      type: 'remind-in-page',
      key: 'a',
      title: 'Reminder a in 3 days',
      body: 'Body a',
      applicationId: 'app-a',
      // Its deadline, three days after it fires (aReminder): the message goes then.
      over: T0 + HOUR + 3 * DAY,
    });
    const centre = await p.reminders.reminderCentre(EVERY_UPCOMING);
    expect(centre.ok && centre.value.recent.map((e) => [e.id, e.state])).toEqual([['a', 'fired']]);
    expect(await p.reminders.snoozeReminder('a', 15)).toEqual({ ok: true, value: null });
    expect(await p.reminders.dismissReminder('a')).toEqual({ ok: true, value: null });
  });

  it('takes back a message in the page once its reminder is planned away (its deadline moved)', async () => {
    const clock = new FakeClock(T0);
    const p = page(clock, new FakeNotifications('default'));
    await p.reminders.applyReminderChanges(changeOf([aReminder('a', T0 + HOUR)]));
    await advance(clock, HOUR);
    await p.reminders.applyReminderChanges(changeOf([aReminder('a-moved', T0 + 2 * HOUR, { applicationId: 'app-a' })]));
    expect(p.commands.filter((c) => c.type === 'reminder-withdrawn')).toEqual([
      { type: 'reminder-withdrawn', key: 'a' },
    ]);
  });

  it('takes back a notification once its reminder is planned away', async () => {
    const clock = new FakeClock(T0);
    const notifications = new FakeNotifications('granted');
    const p = page(clock, notifications);
    await p.reminders.applyReminderChanges(changeOf([aReminder('a', T0 + HOUR)]));
    await advance(clock, HOUR);
    expect(notifications.shown.map((n) => n.tag)).toEqual(['a']);
    await p.reminders.applyReminderChanges(changeOf([aReminder('a-moved', T0 + 2 * HOUR, { applicationId: 'app-a' })]));
    expect(notifications.withdrawn).toEqual(['a']);
  });

  it('remembers reminders in its store and catches up on the next visit', async () => {
    const store = new MemoryStore();
    const first = page(new FakeClock(T0), new FakeNotifications('granted'), store);
    await first.reminders.applyReminderChanges(changeOf([aReminder('a', T0 + HOUR), aReminder('b', T0 + 2 * HOUR)]));
    first.reminders.stop();
    expect(store.states()).toEqual([
      ['a', 'scheduled'],
      ['b', 'scheduled'],
    ]);
    expect(await first.reminders.reminderFingerprints()).toEqual({
      ok: true,
      value: { 'app-a': 'fp:a', 'app-b': 'fp:b' },
    });

    const notifications = new FakeNotifications('granted');
    const second = page(new FakeClock(T0 + DAY), notifications, store);
    await second.reminders.ready;
    await settle();
    expect(notifications.shown.map((n) => [n.title, n.body])).toEqual([
      ['2 reminders while you were away', 'Summary a\nSummary b'],
    ]);
  });

  it('leaves out and says why when what it saved is damaged, and still works', async () => {
    const damaged: SchedulerStore = {
      load: async () => ({ entries: [{ ...aReminder('a', T0 + HOUR), state: 'lost' }], fingerprints: {} }),
      write: async () => undefined,
      keepCopy: async () => 'the copy',
    };
    const p = page(new FakeClock(T0), new FakeNotifications('granted'), damaged);
    await p.reminders.ready;
    expect(p.errors).toEqual([
      expect.stringMatching(
        /^1 saved reminder was damaged and left out; the other 0 were kept\. A copy of it as it was is at the copy\. First problem: entries\.0\.state: .*\.$/,
      ),
    ]);
    expect(await p.reminders.reminderCentre(EVERY_UPCOMING)).toEqual({
      ok: true,
      value: { upcoming: [], recent: [], notices: p.errors },
    });
    expect(await p.reminders.applyReminderChanges(changeOf([aReminder('b', T0 + HOUR)]))).toEqual({
      ok: true,
      value: null,
    });
  });

  it('starts empty and says why when the browser will not open its store', async () => {
    const refused: SchedulerStore = {
      load: async () => {
        throw new Error('IndexedDB is turned off');
      },
      write: async () => {
        throw new Error('IndexedDB is turned off');
      },
      keepCopy: async () => {
        throw new Error('IndexedDB is turned off');
      },
    };
    const p = page(new FakeClock(T0), new FakeNotifications('granted'), refused);
    await p.reminders.ready;
    expect(p.errors[0]).toBe(
      'Saved reminders could not be read (IndexedDB is turned off); starting with none. They were left as they are, and changes to reminders are kept only until the app closes.',
    );
    // The reminder centre works for this visit; it said once that nothing is kept.
    expect(await p.reminders.applyReminderChanges(changeOf([aReminder('a', T0 + HOUR)]))).toEqual({
      ok: true,
      value: null,
    });
    expect(p.errors).toHaveLength(1);
    const centre = await p.reminders.reminderCentre(EVERY_UPCOMING);
    expect(centre.ok && centre.value.upcoming.map((e) => e.id)).toEqual(['a']);
  });

  it('refuses a snooze it cannot take with an answer, as the desktop app does, and changes nothing', async () => {
    const clock = new FakeClock(T0);
    const p = page(clock, new FakeNotifications('granted'));
    await p.reminders.applyReminderChanges(changeOf([aReminder('a', T0 + HOUR)]));
    await advance(clock, HOUR);
    for (const minutes of [1e15, Number.NaN, -5, 0]) {
      expect(await p.reminders.snoozeReminder('a', minutes)).toEqual({
        ok: false,
        error: expect.stringMatching(/^Refused reminders:snooze: .*\(argument 1\)\.$/),
      });
    }
    const centre = await p.reminders.reminderCentre(EVERY_UPCOMING);
    expect(centre.ok && centre.value.recent.map((e) => [e.id, e.state])).toEqual([['a', 'fired']]);
  });

  it('shows what came due while the computer slept, once it notices the clock jumped', async () => {
    const clock = new FakeClock(T0);
    const notifications = new FakeNotifications('granted');
    const p = page(clock, notifications);
    await p.reminders.applyReminderChanges(changeOf([aReminder('a', T0 + 2 * HOUR)]));
    await advance(clock, HOUR);
    clock.sleep(8 * HOUR);
    await advance(clock, 60_000);
    expect(notifications.shown.map((n) => n.title)).toEqual(['1 reminder while you were away']);
  });
});

describe("the page's Web Notifications", () => {
  const globals = globalThis as { Notification?: unknown };
  const before = globals.Notification;
  afterEach(() => {
    globals.Notification = before;
  });

  it('alert again for a reminder whose notification is still listed (back from a snooze)', () => {
    const made: { title: string; options: unknown }[] = [];
    globals.Notification = class {
      static permission = 'granted';
      onclick: unknown = null;
      constructor(title: string, options: unknown) {
        made.push({ title, options });
      }
      close() {}
    };
    webNotifications()!.show('Arm: Application deadline, Sun, Mar 14', 'Graduate Intern', 'arm|d|3d', () => {});
    expect(made).toEqual([
      {
        title: 'Arm: Application deadline, Sun, Mar 14',
        options: { body: 'Graduate Intern', tag: 'arm|d|3d', renotify: true },
      },
    ]);
  });
});
