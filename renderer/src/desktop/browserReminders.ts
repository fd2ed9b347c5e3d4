// Reminders for the web build: the shared scheduler core, with the Web Notifications API and a
// store in IndexedDB, while the page is open. Without notification permission the reminder
// centre still works; reminders are then only listed there. Permission is never asked for from
// here: browsers only prompt after a click (the reminder centre's "Allow notifications").
//
// The browser globals are reached through narrow structural types (not the DOM lib's), so this
// file also compiles where tests run it with fakes under Node's types.
import type { AppCommand, DesktopApi, Result } from '@shared/desktopApi';
import { watchClock } from '@shared/reminders/clockWatch';
import {
  startReminderScheduler,
  type ReminderNotice,
  type ReminderScheduler,
  type SchedulerStore,
  type SchedulerTimers,
} from '@shared/reminders/reminderScheduler';

export type NotificationPermissionState = 'default' | 'granted' | 'denied';

/** The part of the Web Notifications API used here. */
export interface NotificationPort {
  permission(): NotificationPermissionState;
  /** `tag` makes a second tab showing the same reminder replace it instead of doubling it. */
  show(title: string, body: string, tag: string, onClick: () => void): void;
}

export interface BrowserReminderDeps {
  onCommand: (command: AppCommand) => void;
  /** null where the browser has no notifications. */
  notifications?: NotificationPort | null;
  /** Where the scheduler keeps its state (in the web build, createBrowserReminderStore). */
  store: SchedulerStore;
  now?: () => number;
  monotonicNow?: () => number;
  timers?: SchedulerTimers;
  /** Brings the page to the front when a notification is clicked. */
  focusPage?: () => void;
  onError?: (message: string) => void;
}

export type BrowserReminders = Pick<
  DesktopApi,
  'applyReminderChanges' | 'reminderFingerprints' | 'reminderCentre' | 'snoozeReminder' | 'dismissReminder'
> & {
  /** Starts the reminders if nothing has yet; resolves once saved ones are loaded and caught up on. */
  ready: Promise<void>;
  stop(): void;
};

interface WebNotificationGlobal {
  readonly permission: string;
  new (title: string, options: { body: string; tag: string }): { onclick: unknown; close(): void };
}

interface BrowserGlobals {
  Notification?: WebNotificationGlobal;
  focus?: () => void;
}

const browser = globalThis as unknown as BrowserGlobals;

function asPermission(value: string): NotificationPermissionState {
  return value === 'granted' || value === 'denied' ? value : 'default';
}

/** The page's Web Notifications, or null when the browser has none. */
export function webNotifications(): NotificationPort | null {
  const Web = browser.Notification;
  if (!Web) return null;
  return {
    permission: () => asPermission(Web.permission),
    show(title, body, tag, onClick) {
      const notification = new Web(title, { body, tag });
      notification.onclick = () => {
        onClick();
        notification.close();
      };
    },
  };
}

export function createBrowserReminders(deps: BrowserReminderDeps): BrowserReminders {
  const notifications = deps.notifications === undefined ? webNotifications() : deps.notifications;
  const now = deps.now ?? (() => Date.now());
  const timers: SchedulerTimers = deps.timers ?? {
    set: (callback, ms) => setTimeout(callback, ms),
    clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
  };
  const focusPage = deps.focusPage ?? (() => browser.focus?.());
  const onError = deps.onError ?? ((message: string) => console.warn(message));
  // Started by the first call (the plan sync's, once the window has started), not when the page
  // loads: loading a large schedule would hold up the table's first rows.
  const start = (): Promise<ReminderScheduler> =>
    startReminderScheduler({
      now,
      timers,
      store: deps.store,
      notifier: {
        show(notice: ReminderNotice, onClick) {
          if (!notifications || notifications.permission() !== 'granted') return;
          notifications.show(notice.title, notice.body, notice.key, () => {
            focusPage();
            onClick();
          });
        },
      },
      onCommand: deps.onCommand,
      onError,
    });

  let stopped = false;
  let stopWatch: (() => void) | null = null;
  let started: { scheduler: Promise<ReminderScheduler>; ready: Promise<void> } | null = null;
  function running(): { scheduler: Promise<ReminderScheduler>; ready: Promise<void> } {
    if (started) return started;
    const scheduler = start();
    const ready = scheduler.then((begun) => {
      if (stopped) return;
      stopWatch = watchClock({
        wallNow: now,
        monotonicNow: deps.monotonicNow ?? (() => performance.now()),
        timers,
        onJump: () => begun.wake(),
      });
    });
    started = { scheduler, ready };
    return started;
  }
  const failed = (error: unknown): Result<never> => ({
    ok: false,
    error: `Reminders are not available: ${error instanceof Error ? error.message : String(error)}`,
  });
  const withScheduler = <T>(use: (s: ReminderScheduler) => T | Promise<T>): Promise<T | Result<never>> =>
    running().scheduler.then(use, failed);

  return {
    get ready() {
      return running().ready;
    },
    async applyReminderChanges(change) {
      return withScheduler((s) => s.applyChanges(change));
    },
    async reminderFingerprints() {
      return withScheduler((s) => s.fingerprints());
    },
    async reminderCentre(query) {
      return withScheduler((s) => s.centre(query));
    },
    async snoozeReminder(id, minutes) {
      return withScheduler((s) => s.snooze(id, minutes));
    },
    async dismissReminder(id) {
      return withScheduler((s) => s.dismiss(id));
    },
    stop() {
      stopped = true;
      stopWatch?.();
      void started?.scheduler.then((s) => s.stop());
    },
  };
}
