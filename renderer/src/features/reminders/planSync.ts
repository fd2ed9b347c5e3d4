// Keeps the scheduler's plan in step with the applications and the reminder settings. It plans
// after a short pause (a burst of edits sends one plan), sends a plan only when it differs from
// the last one sent, and reports a failure once rather than on every retry.
import type { DesktopApi, Result } from '@shared/desktopApi';
import { MAX_PLAN_LENGTH, type PlannedReminder } from '@shared/reminders/reminder';
import type { PlannableApplication } from '@shared/reminders/reminderPlan';
import type { ReminderSettings } from '@shared/reminders/reminderSettings';
import { createCachedPlanner } from './cachedPlanner';
import { staleSnoozeIds } from './staleSnoozes';

export interface PlanSyncDeps {
  desktop: Pick<DesktopApi, 'replaceReminderPlan' | 'reminderCentre' | 'dismissReminder'>;
  now: () => Date;
  delayMs: number;
  /** Lets the window handle input between slices of a long first plan. */
  pause: () => Promise<void>;
  onError: (message: string) => void;
  /** The scheduler's reminders changed: a new plan went out or stale snoozes were dismissed. */
  onChanged: () => void;
}

export interface PlanSync {
  /** New data: plan again after the pause. */
  update(applications: readonly PlannableApplication[], settings: ReminderSettings): void;
  /** Plan again with the data it has: time passed, reminders fired, the window came back. */
  request(): void;
  /** Drops a pending re-plan; a later update or request starts again. */
  cancel(): void;
}

export function createPlanSync(deps: PlanSyncDeps): PlanSync {
  let inputs: { applications: readonly PlannableApplication[]; settings: ReminderSettings } | null = null;
  let lastSent: PlannedReminder[] | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let running = false;
  let again = false;
  let failureReported = false;
  const planner = createCachedPlanner();

  function schedule() {
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      void run();
    }, deps.delayMs);
  }

  async function run() {
    // One sync at a time, so an older plan never lands after a newer one.
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
    }
  }

  async function sync() {
    if (!inputs) return;
    const { applications, settings } = inputs;
    let changed = false;
    try {
      await planner.prepare(applications, settings, deps.pause);
      const plan = planner.plan(applications, settings, deps.now()).slice(0, MAX_PLAN_LENGTH);
      if (lastSent === null || !samePlan(plan, lastSent)) {
        await succeeded(deps.desktop.replaceReminderPlan(plan));
        lastSent = plan;
        changed = true;
      }
      const centre = await succeeded(deps.desktop.reminderCentre());
      for (const id of staleSnoozeIds(centre.upcoming, applications, settings)) {
        await succeeded(deps.desktop.dismissReminder(id));
        changed = true;
      }
      failureReported = false;
    } catch (error) {
      if (!failureReported) deps.onError(error instanceof Error ? error.message : String(error));
      failureReported = true;
    }
    if (changed) deps.onChanged();
  }

  return {
    update(applications, settings) {
      inputs = { applications, settings };
      schedule();
    },
    request: schedule,
    cancel() {
      if (timer !== null) clearTimeout(timer);
      timer = null;
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

function samePlan(a: readonly PlannedReminder[], b: readonly PlannedReminder[]): boolean {
  return (
    a.length === b.length &&
    a.every((x, i) => {
      const y = b[i]!;
      return (
        x.id === y.id &&
        x.fireAt === y.fireAt &&
        x.targetAt === y.targetAt &&
        x.title === y.title &&
        x.body === y.body &&
        x.summary === y.summary &&
        x.applicationId === y.applicationId
      );
    })
  );
}
