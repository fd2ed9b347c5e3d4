import { describe, expect, it } from 'vitest';
import type { AppCommand } from '@shared/desktopApi';
import {
  REMINDER_STORAGE_KEY,
  createBrowserReminders,
  type NotificationPermissionState,
  type NotificationPort,
} from '../../../renderer/src/desktop/browserReminders';
import { DAY, FakeClock, HOUR, aReminder } from './schedulerFakes';

const T0 = Date.parse('2026-03-01T12:00:00Z');

class FakeNotifications implements NotificationPort {
  shown: { title: string; body: string; tag: string; click: () => void }[] = [];
  requests = 0;
  constructor(
    public state: NotificationPermissionState,
    private answer: NotificationPermissionState = 'granted',
  ) {}
  permission = () => this.state;
  requestPermission = async () => {
    this.requests += 1;
    this.state = this.answer;
    return this.state;
  };
  show = (title: string, body: string, tag: string, click: () => void) => {
    this.shown.push({ title, body, tag, click });
  };
}

class FakeStorage {
  items = new Map<string, string>();
  getItem = (key: string) => this.items.get(key) ?? null;
  setItem = (key: string, value: string) => {
    this.items.set(key, value);
  };
}

function page(clock: FakeClock, notifications: FakeNotifications, storage = new FakeStorage()) {
  const commands: AppCommand[] = [];
  const errors: string[] = [];
  let focused = 0;
  const reminders = createBrowserReminders({
    onCommand: (command) => commands.push(command),
    notifications,
    storage,
    now: () => clock.now,
    monotonicNow: () => clock.elapsed,
    timers: { set: clock.set, clear: clock.clear },
    focusPage: () => {
      focused += 1;
    },
    onError: (message) => errors.push(message),
  });
  return { reminders, commands, errors, storage, focused: () => focused };
}

describe('browser reminders', () => {
  it('shows a Web Notification on time and brings the application up when it is clicked', async () => {
    const clock = new FakeClock(T0);
    const notifications = new FakeNotifications('granted');
    const p = page(clock, notifications);
    await p.reminders.ready;
    expect(await p.reminders.replaceReminderPlan([aReminder('a', T0 + HOUR)])).toEqual({ ok: true, value: null });
    clock.advance(HOUR - 1);
    expect(notifications.shown).toEqual([]);
    clock.advance(1);
    expect(notifications.shown.map(({ title, body, tag }) => ({ title, body, tag }))).toEqual([
      { title: 'Reminder a in 3 days', body: 'Body a', tag: 'a' },
    ]);
    notifications.shown[0]?.click();
    expect(p.focused()).toBe(1);
    expect(p.commands).toContainEqual({ type: 'show-application', applicationId: 'app-a' });
  });

  it('asks for permission once, and only when there is something to remind of', async () => {
    const clock = new FakeClock(T0);
    const notifications = new FakeNotifications('default');
    const p = page(clock, notifications);
    await p.reminders.replaceReminderPlan([]);
    expect(notifications.requests).toBe(0);
    await p.reminders.replaceReminderPlan([aReminder('a', T0 + HOUR)]);
    await p.reminders.replaceReminderPlan([aReminder('a', T0 + HOUR)]);
    expect(notifications.requests).toBe(1);
  });

  it('keeps the reminder centre working when notifications are denied', async () => {
    const clock = new FakeClock(T0);
    const notifications = new FakeNotifications('default', 'denied');
    const p = page(clock, notifications);
    await p.reminders.replaceReminderPlan([aReminder('a', T0 + HOUR)]);
    clock.advance(HOUR);
    expect(notifications.shown).toEqual([]);
    const centre = await p.reminders.reminderCentre();
    expect(centre.ok && centre.value.recent.map((e) => [e.id, e.state])).toEqual([['a', 'fired']]);
    expect(await p.reminders.snoozeReminder('a', 15)).toEqual({ ok: true, value: null });
    expect(await p.reminders.dismissReminder('a')).toEqual({ ok: true, value: null });
  });

  it('remembers reminders in localStorage and catches up on the next visit', async () => {
    const storage = new FakeStorage();
    const first = page(new FakeClock(T0), new FakeNotifications('granted'), storage);
    await first.reminders.replaceReminderPlan([aReminder('a', T0 + HOUR), aReminder('b', T0 + 2 * HOUR)]);
    first.reminders.stop();
    expect(JSON.parse(storage.getItem(REMINDER_STORAGE_KEY) ?? 'null').entries).toHaveLength(2);

    const notifications = new FakeNotifications('granted');
    const second = page(new FakeClock(T0 + DAY), notifications, storage);
    await second.reminders.ready;
    expect(notifications.shown.map((n) => [n.title, n.body])).toEqual([
      ['2 reminders while you were away', 'Summary a\nSummary b'],
    ]);
  });

  it('starts empty and says why when what it saved cannot be read', async () => {
    const storage = new FakeStorage();
    storage.setItem(REMINDER_STORAGE_KEY, '{not json');
    const p = page(new FakeClock(T0), new FakeNotifications('granted'), storage);
    await p.reminders.ready;
    expect(p.errors).toEqual([
      expect.stringMatching(/^Saved reminders could not be read \(.*JSON.*\); starting with none\.$/),
    ]);
    expect(await p.reminders.reminderCentre()).toEqual({ ok: true, value: { upcoming: [], recent: [] } });
  });

  it('shows what came due while the computer slept, once it notices the clock jumped', async () => {
    const clock = new FakeClock(T0);
    const notifications = new FakeNotifications('granted');
    const p = page(clock, notifications);
    await p.reminders.replaceReminderPlan([aReminder('a', T0 + 2 * HOUR)]);
    clock.advance(HOUR);
    clock.sleep(8 * HOUR);
    clock.advance(60_000);
    expect(notifications.shown.map((n) => n.title)).toEqual(['1 reminder while you were away']);
  });
});
