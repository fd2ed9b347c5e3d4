// Keeps the scheduler's reminders in step with the applications and the reminder settings, by
// difference: each application's whole schedule goes to the scheduler with a fingerprint, and
// goes again only when the fingerprint changes. At start-up it asks the scheduler what it last
// heard and sends what differs, and which applications are gone; after that, what changed.
// Time passing needs nothing (the scheduler keeps what is still ahead by its own clock); new
// settings or a new time zone plan everything again, and still only what differs is sent.
// It sends at once (a reminder due in the next minutes must not wait): what changes while a send
// is under way goes together in the next one. It sends large changes in batches, and reports a
// failure once rather than on every retry.
import type { DesktopApi, Result } from '@shared/desktopApi';
import {
  MAX_APPLICATIONS_PER_CHANGE,
  MAX_REMINDERS_PER_CHANGE,
  type ApplicationSchedule,
} from '@shared/reminders/reminder';
import type { PlannableApplication } from '@shared/reminders/reminderPlan';
import type { ReminderSettings } from '@shared/reminders/reminderSettings';
import { createCachedPlanner } from './cachedPlanner';

/** Schedules per call: a few hundred keep each call, and the scheduler's write, small. */
export const SCHEDULES_PER_CALL = 200;

export interface PlanSyncDeps {
  desktop: Pick<DesktopApi, 'applyReminderChanges' | 'reminderFingerprints'>;
  /** How long a change waits for others to join it (a write's records come together in any case). */
  delayMs: number;
  /** Lets the window handle input between slices of a long plan. */
  pause: () => Promise<void>;
  /** The time zone and its rules (see timeZoneRules): reminders fall at local times, which move with it. */
  timeZone: () => string;
  onError: (message: string) => void;
  /** The scheduler's reminders changed: a change was sent. */
  onChanged: () => void;
  /** Changes wait to be planned and sent (true), or all were (false): lists are not final meanwhile. */
  onPending?: (pending: boolean) => void;
}

export interface PlanSync {
  /** Every application and the settings, once read: sends what the scheduler has not heard. */
  start(applications: readonly PlannableApplication[], settings: ReminderSettings): void;
  /** Applications added or edited (an edit is a new object) and ids of deleted ones. */
  applicationsChanged(upserted: readonly PlannableApplication[], removedIds: readonly string[]): void;
  /** New reminder settings (the same settings again change nothing). */
  settingsChanged(settings: ReminderSettings): void;
  /** The window came back, or an hour passed: plans everything if the time zone moved, retries what failed. */
  check(): void;
  /** Drops a pending send; a later call starts again. */
  cancel(): void;
}

export function createPlanSync(deps: PlanSyncDeps): PlanSync {
  const applications = new Map<string, PlannableApplication>();
  let settings: ReminderSettings | null = null;
  let timeZone = deps.timeZone();
  /** The fingerprint the scheduler holds per application; null until asked (at start-up). */
  let heard: Map<string, string> | null = null;
  /** Applications to plan and compare with what the scheduler heard. */
  const toPlan = new Set<string>();
  /** Deleted applications to tell the scheduler about. */
  const toRemove = new Set<string>();
  /** Goes up whenever everything has to be planned again, so a plan under way is dropped. */
  let generation = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let running = false;
  let again = false;
  let failureReported = false;
  const planner = createCachedPlanner();

  let pending = false;
  function setPending(next: boolean) {
    if (next === pending) return;
    pending = next;
    deps.onPending?.(next);
  }

  function schedule() {
    setPending(true);
    // Not pushed back by later changes: a steady stream of edits must not hold every plan back
    // (a debounce here once kept reminders unplanned for seconds after three quick adds).
    if (timer !== null) return;
    timer = setTimeout(() => {
      timer = null;
      void run();
    }, deps.delayMs);
  }

  async function run() {
    // One sync at a time, so an older schedule never lands after a newer one.
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      await sync();
    } finally {
      running = false;
    }
    if (again) {
      again = false;
      schedule();
    } else if (timer === null) setPending(false);
  }

  function planAll() {
    generation += 1;
    for (const id of applications.keys()) toPlan.add(id);
  }

  /** Set when a call of this sync went through: the reminder lists are to be read again. */
  let changed = false;

  async function sync() {
    changed = false;
    try {
      while (settings !== null && (heard === null || toPlan.size > 0 || toRemove.size > 0)) {
        if (heard === null) {
          heard = new Map(Object.entries(await succeeded(deps.desktop.reminderFingerprints())));
          for (const id of heard.keys()) if (!applications.has(id)) toRemove.add(id);
          continue;
        }
        const schedules = await differing(heard, settings);
        const removed = [...toRemove];
        toRemove.clear();
        await send(heard, schedules, removed);
      }
      failureReported = false;
    } catch (error) {
      if (!failureReported) deps.onError(error instanceof Error ? error.message : String(error));
      failureReported = true;
    }
    if (changed) deps.onChanged();
  }

  /** The schedules of the applications to plan that differ from what the scheduler heard. */
  async function differing(known: Map<string, string>, current: ReminderSettings): Promise<ApplicationSchedule[]> {
    const differ = new Map<string, ApplicationSchedule>();
    while (toPlan.size > 0) {
      const apps = [...toPlan].flatMap((id) => applications.get(id) ?? []);
      toPlan.clear();
      const round = generation;
      await planner.prepare(apps, current, deps.pause);
      // New settings or time zone meanwhile: everything waits in toPlan again.
      if (round !== generation || settings !== current) return [];
      for (const app of apps) {
        const schedule = planner.schedule(app, current);
        if (known.get(app.id) === schedule.fingerprint) differ.delete(app.id);
        else differ.set(app.id, schedule);
      }
    }
    return [...differ.values()];
  }

  /**
   * Sends schedules and removals in batches. What a failed call held waits for the next try; the
   * batches after it are still sent (one refused batch once held back every later plan), and the
   * first failure is thrown once all were tried.
   */
  async function send(known: Map<string, string>, schedules: ApplicationSchedule[], removed: string[]) {
    let next = 0;
    let gone = removed;
    let failure: unknown = null;
    while (next < schedules.length || gone.length > 0) {
      const batch: ApplicationSchedule[] = [];
      let reminders = 0;
      for (; next < schedules.length && batch.length < SCHEDULES_PER_CALL; next += 1) {
        const schedule = schedules[next]!;
        if (batch.length > 0 && reminders + schedule.reminders.length > MAX_REMINDERS_PER_CHANGE) break;
        // Deleted while it was planned: it goes out as removed instead.
        if (!applications.has(schedule.applicationId)) continue;
        batch.push(schedule);
        reminders += schedule.reminders.length;
      }
      // Added again while waiting (an undone delete): it is planned again instead.
      const removing = gone.slice(0, MAX_APPLICATIONS_PER_CHANGE).filter((id) => !applications.has(id));
      gone = gone.slice(MAX_APPLICATIONS_PER_CHANGE);
      if (batch.length === 0 && removing.length === 0) continue;
      try {
        await succeeded(deps.desktop.applyReminderChanges({ schedules: batch, removed: removing }));
      } catch (error) {
        for (const schedule of batch) toPlan.add(schedule.applicationId);
        for (const id of removing) toRemove.add(id);
        failure ??= error;
        continue;
      }
      changed = true;
      for (const schedule of batch) known.set(schedule.applicationId, schedule.fingerprint);
      for (const id of removing) known.delete(id);
    }
    if (failure !== null) throw failure;
  }

  return {
    start(all, startSettings) {
      applications.clear();
      for (const app of all) applications.set(app.id, app);
      settings = startSettings;
      heard = null;
      toRemove.clear();
      planAll();
      schedule();
    },

    applicationsChanged(upserted, removedIds) {
      for (const app of upserted) {
        applications.set(app.id, app);
        toPlan.add(app.id);
        toRemove.delete(app.id);
      }
      for (const id of removedIds) {
        applications.delete(id);
        toPlan.delete(id);
        toRemove.add(id);
      }
      if (upserted.length > 0 || removedIds.length > 0) schedule();
    },

    settingsChanged(next) {
      if (settings !== null && JSON.stringify(next) === JSON.stringify(settings)) return;
      settings = next;
      planAll();
      schedule();
    },

    check() {
      const now = deps.timeZone();
      if (now !== timeZone) {
        timeZone = now;
        planner.forget();
        planAll();
      }
      if (heard === null || toPlan.size > 0 || toRemove.size > 0) schedule();
    },

    cancel() {
      if (timer !== null) clearTimeout(timer);
      timer = null;
      setPending(false);
    },
  };
}

/** The value of a desktop call, or its error (already in words for the user) thrown. */
async function succeeded<T>(call: Promise<Result<T>>): Promise<T> {
  let result: Result<T>;
  try {
    result = await call;
  } catch (error) {
    throw new Error(`Reminders could not be updated: ${error instanceof Error ? error.message : String(error)}`, {
      cause: error,
    });
  }
  if (!result.ok) throw new Error(result.error);
  return result.value;
}
