// The desktop API for component tests: the real reminder scheduler of the web build (the shared
// core) over its real store (on fake-indexeddb), with recorded notifications and changes, commands
// a test can send, and desktop settings for the Electron-only controls. Test files mock the
// renderer's `desktop` module with `testDesktop`; `resetTestDesktop` gives each test a fresh one.
import type { AppCommand, DesktopApi, DesktopSettings, Result } from '@shared/desktopApi';
import type { ReminderPlanChange } from '@shared/reminders/reminder';
import type { SavedReminders, SchedulerStore } from '@shared/reminders/reminderScheduler';
import { createBrowserReminderStore } from '../../../renderer/src/desktop/browserReminderStore';
import {
  createBrowserReminders,
  type BrowserReminders,
  type NotificationPort,
} from '../../../renderer/src/desktop/browserReminders';

export interface DesktopHarness {
  platform: DesktopApi['platform'];
  reminders: BrowserReminders;
  /** Every change sent, in order. */
  changes: ReminderPlanChange[];
  /** How often the fingerprints were asked for. */
  fingerprintRequests: number;
  shown: { title: string; body: string }[];
  desktopSettings: DesktopSettings;
  settingsUpdates: Partial<DesktopSettings>[];
  /** When set, sending a change answers with this error. */
  changeError: string | null;
  send(command: AppCommand): void;
  /** What the scheduler saved, as the next start would read it. */
  saved(): Promise<SavedReminders>;
}

const listeners = new Set<(command: AppCommand) => void>();
let current: DesktopHarness | null = null;

function harness(): DesktopHarness {
  if (!current) throw new Error('Call resetTestDesktop() in the test first');
  return current;
}

export function resetTestDesktop(
  options: { platform?: DesktopApi['platform']; saved?: Partial<SavedReminders> } = {},
): DesktopHarness {
  current?.reminders.stop();
  listeners.clear();
  const store = createBrowserReminderStore(`test-reminders-${crypto.randomUUID()}`);
  // What an earlier visit left, in place before the scheduler loads.
  const seeded = options.saved
    ? store.write({
        put: options.saved.entries ?? [],
        delete: [],
        fingerprints: options.saved.fingerprints ?? {},
      })
    : Promise.resolve();
  const seededStore: SchedulerStore = {
    load: () => seeded.then(() => store.load()),
    write: store.write,
    keepCopy: store.keepCopy,
  };
  const shown: DesktopHarness['shown'] = [];
  const notifications: NotificationPort = {
    permission: () => 'granted',
    show: (title, body) => shown.push({ title, body }),
    withdraw: () => undefined,
  };
  const send = (command: AppCommand) => listeners.forEach((listener) => listener(command));
  const next: DesktopHarness = {
    platform: options.platform ?? 'browser',
    reminders: createBrowserReminders({
      onCommand: send,
      notifications,
      store: seededStore,
      focusPage: () => undefined,
      onError: () => undefined,
    }),
    changes: [],
    fingerprintRequests: 0,
    shown,
    desktopSettings: { closeToTray: true, openAtLogin: false, trayHintShown: true },
    settingsUpdates: [],
    changeError: null,
    send,
    saved: async () => (await store.load()) as SavedReminders,
  };
  current = next;
  return next;
}

const ok = <T>(value: T): Result<T> => ({ ok: true, value });
const notHere = async (): Promise<Result<never>> => ({ ok: false, error: 'Not available in component tests' });

export const testDesktop: DesktopApi = {
  get platform() {
    return harness().platform;
  },
  async applyReminderChanges(change) {
    const h = harness();
    h.changes.push(structuredClone(change));
    if (h.changeError !== null) return { ok: false, error: h.changeError };
    return h.reminders.applyReminderChanges(change);
  },
  reminderFingerprints() {
    const h = harness();
    h.fingerprintRequests += 1;
    return h.reminders.reminderFingerprints();
  },
  reminderCentre: (query) => harness().reminders.reminderCentre(query),
  snoozeReminder: (id, minutes) => harness().reminders.snoozeReminder(id, minutes),
  dismissReminder: (id) => harness().reminders.dismissReminder(id),
  restoreReminder: (id) => harness().reminders.restoreReminder(id),
  async getDesktopSettings() {
    return ok(harness().desktopSettings);
  },
  async updateDesktopSettings(patch) {
    const h = harness();
    h.settingsUpdates.push(patch);
    h.desktopSettings = { ...h.desktopSettings, ...patch };
    return ok(h.desktopSettings);
  },
  saveFile: notHere,
  openExternal: notHere,
  writeBackup: notHere,
  listBackups: notHere,
  readBackup: notHere,
  onCommand(listener) {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};
