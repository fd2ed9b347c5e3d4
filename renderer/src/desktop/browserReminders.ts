// Reminders for the web build: the shared scheduler core, with the Web Notifications API and a
// store in IndexedDB, while the page is open. Without notification permission the reminder
// centre still works; reminders are then only listed there. Permission is never asked for from
// here: browsers only prompt after a click (the reminder centre's "Allow notifications").
//
// Several open tabs share one store, so only one runs the scheduler (see tabLeadership.ts): the
// others send their calls to it and take over when it closes. Two schedulers on one store showed
// every reminder twice and overwrote each other's state.
//
// The browser globals are reached through narrow structural types (not the DOM lib's), so this
// file also compiles where tests run it with fakes under Node's types.
import type { AppCommand, DesktopApi, Result } from '@shared/desktopApi';
import type { ReminderCentreQuery, ReminderPlanChange } from '@shared/reminders/reminder';
import { parseCallArgs } from '@shared/ipc';
import { IPC } from '@shared/ipcChannels';
import { watchClock } from '@shared/reminders/clockWatch';
import {
  startReminderScheduler,
  type ReminderNotice,
  type ReminderScheduler,
  type SchedulerStore,
  type SchedulerTimers,
} from '@shared/reminders/reminderScheduler';
import { webLockLeadership, type TabLeadership } from './tabLeadership';

export type NotificationPermissionState = 'default' | 'granted' | 'denied';

/** The part of the Web Notifications API used here. */
export interface NotificationPort {
  permission(): NotificationPermissionState;
  /** `tag` makes a second tab showing the same reminder replace it instead of doubling it. */
  show(title: string, body: string, tag: string, onClick: () => void): void;
  /** Takes back the notification this page showed with `tag`, from the system's list too. */
  withdraw(tag: string): void;
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
  /** Which tab runs the scheduler, and the way to it (by default a Web Lock and a BroadcastChannel). */
  leadership?: TabLeadership;
}

/** The lock and channel the tabs of the web build share. */
const LEAD_NAME = 'internship-tracker-reminders';

const METHODS = [
  'applyReminderChanges',
  'reminderFingerprints',
  'reminderCentre',
  'snoozeReminder',
  'dismissReminder',
  'restoreReminder',
] as const;
type Method = (typeof METHODS)[number];

/** What the tabs say to each other. */
type TabMessage =
  | { kind: 'call'; from: string; callId: number; method: Method; args: unknown[] }
  | { kind: 'answer'; to: string; callId: number; result: Result<unknown> }
  /** A tab took the lead: calls still unanswered go to it. */
  | { kind: 'leader' }
  /** The leader's reminders changed (one fired): lists are read again. */
  | { kind: 'changed' };

const isTabMessage = (value: unknown): value is TabMessage =>
  typeof value === 'object' && value !== null && typeof (value as { kind?: unknown }).kind === 'string';

export type BrowserReminders = Pick<DesktopApi, Method> & {
  /** Starts the reminders if nothing has yet; resolves once saved ones are loaded and caught up on. */
  ready: Promise<void>;
  stop(): void;
};

interface WebNotification {
  onclick: unknown;
  onclose: unknown;
  close(): void;
}

interface WebNotificationGlobal {
  readonly permission: string;
  new (title: string, options: { body: string; tag: string; renotify: boolean }): WebNotification;
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
  // Held by tag until closed, to be taken back when their reminder is planned away.
  const shown = new Map<string, WebNotification>();
  return {
    permission: () => asPermission(Web.permission),
    show(title, body, tag, onClick) {
      // The same tag replaces a notification still in the system's list; renotify alerts again
      // (a reminder back from its snooze), where it would otherwise be replaced without a sound.
      const notification = new Web(title, { body, tag, renotify: true });
      shown.set(tag, notification);
      notification.onclose = () => {
        if (shown.get(tag) === notification) shown.delete(tag);
      };
      notification.onclick = () => {
        onClick();
        notification.close();
      };
    },
    withdraw(tag) {
      shown.get(tag)?.close();
      shown.delete(tag);
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
  const leadership = deps.leadership ?? webLockLeadership(LEAD_NAME);
  const channel = leadership.channel;
  const tab = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
  let leader = false;
  /** Calls sent to the leader and not answered yet, by id; sent again when another tab takes the lead. */
  const pending = new Map<number, { method: Method; args: unknown[]; resolve: (result: Result<unknown>) => void }>();
  let nextCallId = 1;

  // Started by the first call (the plan sync's, once the window has started), not when the page
  // loads: loading a large schedule would hold up the table's first rows.
  const start = (): Promise<ReminderScheduler> =>
    startReminderScheduler({
      now,
      timers,
      store: deps.store,
      notifier: {
        show(notice: ReminderNotice, onClick) {
          // Not allowed (or no notifications at all): said in the page, never silently dropped.
          if (!notifications || notifications.permission() !== 'granted') {
            const { key, title, body, applicationId, over } = notice;
            deps.onCommand({ type: 'remind-in-page', key, title, body, applicationId, over });
            return;
          }
          notifications.show(notice.title, notice.body, notice.key, () => {
            focusPage();
            onClick();
          });
        },
        // A notification, or a message in the page, would announce what no longer holds.
        withdraw: (key) => {
          notifications?.withdraw(key);
          deps.onCommand({ type: 'reminder-withdrawn', key });
        },
      },
      onCommand(command) {
        deps.onCommand(command);
        if (command.type === 'reminders-changed') channel?.post({ kind: 'changed' } satisfies TabMessage);
      },
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

  /**
   * Answers a call with this tab's scheduler (this tab leads). Its arguments are parsed with the
   * desktop app's IPC schemas first: they may come from another tab (one of an older build).
   */
  function answer(method: Method, given: unknown): Promise<Result<unknown>> {
    if (!METHODS.includes(method)) return Promise.resolve({ ok: false, error: 'Not a reminder call.' });
    const parsed = parseCallArgs(IPC[method], given);
    if (!parsed.ok) return Promise.resolve(parsed);
    const args: readonly unknown[] = parsed.value;
    const use = (s: ReminderScheduler): Promise<Result<unknown>> => {
      switch (method) {
        case 'applyReminderChanges':
          return s.applyChanges(args[0] as ReminderPlanChange);
        case 'reminderFingerprints':
          return s.fingerprints();
        case 'reminderCentre':
          return s.centre(args[0] as ReminderCentreQuery);
        case 'snoozeReminder':
          return s.snooze(args[0] as string, args[1] as number);
        case 'dismissReminder':
          return s.dismiss(args[0] as string);
        case 'restoreReminder':
          return s.restore(args[0] as string);
      }
    };
    return running().scheduler.then(use, failed);
  }

  /** Answers here when this tab leads (or is alone), or asks the leading tab. */
  function call(method: Method, args: unknown[]): Promise<Result<unknown>> {
    if (leader || !channel) return answer(method, args);
    return new Promise((resolve) => {
      const callId = nextCallId++;
      pending.set(callId, { method, args, resolve });
      channel.post({ kind: 'call', from: tab, callId, method, args } satisfies TabMessage);
    });
  }

  channel?.listen((message) => {
    if (stopped || !isTabMessage(message)) return;
    if (message.kind === 'call' && leader) {
      void answer(message.method, message.args).then((result) =>
        channel.post({ kind: 'answer', to: message.from, callId: message.callId, result } satisfies TabMessage),
      );
    } else if (message.kind === 'answer' && message.to === tab) {
      pending.get(message.callId)?.resolve(message.result);
      pending.delete(message.callId);
    } else if (message.kind === 'leader' && !leader) {
      for (const [callId, { method, args }] of pending) {
        channel.post({ kind: 'call', from: tab, callId, method, args } satisfies TabMessage);
      }
    } else if (message.kind === 'changed') {
      deps.onCommand({ type: 'reminders-changed' });
    }
  });

  const anyCallMade = () => nextCallId > 1 || started !== null;
  void leadership.leading.then(() => {
    if (stopped) return;
    leader = true;
    channel?.post({ kind: 'leader' } satisfies TabMessage);
    // Taking over from a tab that closed: the reminders keep coming without waiting for a call.
    if (anyCallMade()) void running().ready;
    for (const [callId, { method, args, resolve }] of pending) {
      pending.delete(callId);
      void answer(method, args).then(resolve);
    }
  });

  const typed =
    <M extends Method>(method: M) =>
    (...args: Parameters<BrowserReminders[M]>) =>
      call(method, args) as ReturnType<BrowserReminders[M]>;

  return {
    get ready() {
      return leader || !channel ? running().ready : call('reminderFingerprints', []).then(() => undefined);
    },
    applyReminderChanges: typed('applyReminderChanges'),
    reminderFingerprints: typed('reminderFingerprints'),
    reminderCentre: typed('reminderCentre'),
    snoozeReminder: typed('snoozeReminder'),
    dismissReminder: typed('dismissReminder'),
    restoreReminder: typed('restoreReminder'),
    stop() {
      stopped = true;
      leadership.release();
      stopWatch?.();
      void started?.scheduler.then((s) => s.stop());
    },
  };
}
