// Fakes for the reminder scheduler: a clock with timers that refuse delays setTimeout cannot
// hold, a notifier that records, an in-memory store that records its writes and can be told to
// fail, and changes made from a few reminders.
import type { AppCommand } from '@shared/desktopApi';
import type { PlannedReminder, ReminderEntry, ReminderPlanChange } from '@shared/reminders/reminder';
import {
  MAX_TIMER_DELAY_MS,
  type ReminderNotice,
  type SavedReminders,
  type SchedulerDeps,
  type SchedulerStore,
  type SchedulerWrite,
} from '@shared/reminders/reminderScheduler';

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

export class FakeClock {
  private timers = new Map<number, { at: number; callback: () => void }>();
  private nextId = 1;
  readonly delays: number[] = [];
  /** A monotonic clock: moved by advance() only, not by setting `now` or by sleep(). */
  elapsed = 0;

  constructor(public now: number) {}

  set = (callback: () => void, ms: number): unknown => {
    if (!Number.isInteger(ms) || ms < 0 || ms > MAX_TIMER_DELAY_MS) throw new Error(`setTimeout cannot wait ${ms} ms`);
    this.delays.push(ms);
    const id = this.nextId++;
    // Timers run on the monotonic clock, like real ones: setting the wall clock does not move them.
    this.timers.set(id, { at: this.elapsed + ms, callback });
    return id;
  };

  clear = (handle: unknown): void => {
    this.timers.delete(handle as number);
  };

  /** Lets time pass with the app running: timers fire in order. */
  advance(ms: number): void {
    const end = this.elapsed + ms;
    for (;;) {
      const next = [...this.timers.entries()].sort((a, b) => a[1].at - b[1].at)[0];
      if (!next || next[1].at > end) break;
      this.timers.delete(next[0]);
      this.now += next[1].at - this.elapsed;
      this.elapsed = next[1].at;
      next[1].callback();
    }
    this.now += end - this.elapsed;
    this.elapsed = end;
  }

  /** Lets time pass while the machine sleeps: the wall clock moves, timers wait. */
  sleep(ms: number): void {
    this.now += ms;
  }

  get pendingTimers(): number {
    return this.timers.size;
  }
}

export class MemoryStore implements SchedulerStore {
  entries = new Map<string, ReminderEntry>();
  fingerprints = new Map<string, string>();
  /** Every write, in order (copies, as a real store would keep them). */
  writes: SchedulerWrite[] = [];
  failWrites: Error | null = null;
  /** What keepCopy() copied, in order. */
  copies: unknown[] = [];

  load = async (): Promise<unknown> =>
    this.writes.length === 0 && this.entries.size === 0 ? null : structuredClone(this.saved());

  write = async (change: SchedulerWrite): Promise<void> => {
    if (this.failWrites) throw this.failWrites;
    const copy = structuredClone(change);
    this.writes.push(copy);
    if (copy.clear) {
      this.entries.clear();
      this.fingerprints.clear();
    }
    for (const entry of copy.put) this.entries.set(entry.id, entry);
    for (const id of copy.delete) this.entries.delete(id);
    for (const [applicationId, fingerprint] of Object.entries(copy.fingerprints)) {
      if (fingerprint === null) this.fingerprints.delete(applicationId);
      else this.fingerprints.set(applicationId, fingerprint);
    }
  };

  keepCopy = async (): Promise<string> => {
    this.copies.push(structuredClone(await this.load()));
    return `copy ${this.copies.length}`;
  };

  /** What the next start would load. */
  saved(): SavedReminders {
    return { entries: [...this.entries.values()], fingerprints: Object.fromEntries(this.fingerprints) };
  }

  /** [id, state] of every saved entry, by id. */
  states(): [string, string][] {
    return [...this.entries.values()]
      .map((e): [string, string] => [e.id, e.state])
      .sort(([a], [b]) => a.localeCompare(b));
  }
}

export interface Harness {
  clock: FakeClock;
  store: MemoryStore;
  notices: { notice: ReminderNotice; click: () => void }[];
  commands: AppCommand[];
  errors: string[];
  deps: SchedulerDeps;
}

export function harness(clock: FakeClock, store = new MemoryStore()): Harness {
  const notices: Harness['notices'] = [];
  const commands: AppCommand[] = [];
  const errors: string[] = [];
  return {
    clock,
    store,
    notices,
    commands,
    errors,
    deps: {
      now: () => clock.now,
      timers: { set: clock.set, clear: clock.clear },
      notifier: { show: (notice, click) => notices.push({ notice, click }) },
      store,
      onCommand: (command) => commands.push(command),
      onError: (message) => errors.push(message),
    },
  };
}

export function aReminder(id: string, fireAt: number, overrides: Partial<PlannedReminder> = {}): PlannedReminder {
  return {
    id,
    applicationId: `app-${id}`,
    fireAt: new Date(fireAt).toISOString(),
    targetAt: new Date(fireAt + 3 * DAY).toISOString(),
    title: `Reminder ${id} in 3 days`,
    body: `Body ${id}`,
    summary: `Summary ${id}`,
    ...overrides,
  };
}

/**
 * A change with the schedules of these reminders' applications (each with the fingerprint
 * `fp:<its reminder ids>` unless given), and these applications removed.
 */
export function changeOf(
  reminders: readonly PlannedReminder[],
  options: { removed?: string[]; emptyFor?: string[]; fingerprints?: Record<string, string> } = {},
): ReminderPlanChange {
  const byApplication = new Map<string, PlannedReminder[]>();
  for (const id of options.emptyFor ?? []) byApplication.set(id, []);
  for (const reminder of reminders) {
    byApplication.set(reminder.applicationId, [...(byApplication.get(reminder.applicationId) ?? []), reminder]);
  }
  return {
    schedules: [...byApplication].map(([applicationId, planned]) => ({
      applicationId,
      fingerprint: options.fingerprints?.[applicationId] ?? `fp:${planned.map((r) => r.id).join(',')}`,
      reminders: planned,
    })),
    removed: options.removed ?? [],
  };
}

/** Lets pending promise callbacks (saves) run. */
export const settle = () => new Promise((resolve) => setImmediate(resolve));

/** Lets time pass with the app running, then lets what fired be saved and shown (it is shown once saved). */
export async function advance(clock: FakeClock, ms: number): Promise<void> {
  clock.advance(ms);
  await settle();
}
