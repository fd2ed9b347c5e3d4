// The desktop API for component tests: the real reminder scheduler of the web build (the shared
// core) over an in-memory store, with recorded notifications and plans, commands a test can
// send, and desktop settings for the Electron-only controls. Test files mock the renderer's
// `desktop` module with `testDesktop`; `resetTestDesktop` gives each test a fresh one.
import type { AppCommand, DesktopApi, DesktopSettings, Result } from '@shared/desktopApi';
import type { PlannedReminder } from '@shared/reminders/reminder';
import type { SchedulerState, SchedulerStore } from '@shared/reminders/reminderScheduler';
import {
  createBrowserReminders,
  type BrowserReminders,
  type NotificationPort,
} from '../../../renderer/src/desktop/browserReminders';

export interface DesktopHarness {
  platform: DesktopApi['platform'];
  reminders: BrowserReminders;
  /** Every plan sent, in order. */
  plans: PlannedReminder[][];
  shown: { title: string; body: string }[];
  desktopSettings: DesktopSettings;
  settingsUpdates: Partial<DesktopSettings>[];
  /** When set, sending a plan answers with this error. */
  planError: string | null;
  send(command: AppCommand): void;
  /** The scheduler's saved state, as the next start would read it. */
  saved(): SchedulerState | null;
}

const listeners = new Set<(command: AppCommand) => void>();
let current: DesktopHarness | null = null;

function harness(): DesktopHarness {
  if (!current) throw new Error('Call resetTestDesktop() in the test first');
  return current;
}

export function resetTestDesktop(
  options: { platform?: DesktopApi['platform']; savedState?: SchedulerState } = {},
): DesktopHarness {
  current?.reminders.stop();
  listeners.clear();
  // Copies in and out, as IndexedDB's structured clone makes them.
  let saved = options.savedState ? structuredClone(options.savedState) : null;
  const store: SchedulerStore = {
    load: async () => structuredClone(saved),
    save: async (state) => {
      saved = structuredClone(state);
    },
  };
  const shown: DesktopHarness['shown'] = [];
  const notifications: NotificationPort = {
    permission: () => 'granted',
    show: (title, body) => shown.push({ title, body }),
  };
  const send = (command: AppCommand) => listeners.forEach((listener) => listener(command));
  const next: DesktopHarness = {
    platform: options.platform ?? 'browser',
    reminders: createBrowserReminders({
      onCommand: send,
      notifications,
      store,
      focusPage: () => undefined,
      onError: () => undefined,
    }),
    plans: [],
    shown,
    desktopSettings: { closeToTray: true, openAtLogin: false, trayHintShown: true },
    settingsUpdates: [],
    planError: null,
    send,
    saved: () => structuredClone(saved),
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
  async replaceReminderPlan(plan) {
    const h = harness();
    h.plans.push(plan);
    if (h.planError !== null) return { ok: false, error: h.planError };
    return h.reminders.replaceReminderPlan(plan);
  },
  reminderCentre: () => harness().reminders.reminderCentre(),
  snoozeReminder: (id, minutes) => harness().reminders.snoozeReminder(id, minutes),
  dismissReminder: (id) => harness().reminders.dismissReminder(id),
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
