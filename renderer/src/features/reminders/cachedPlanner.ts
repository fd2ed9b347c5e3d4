// Each application's whole reminder schedule, worked out once per record and settings. A
// reminder's time and words depend only on its application, the settings and the time zone; the
// scheduler keeps what is still ahead, so a schedule holds past reminders too and does not depend
// on the time. Records are never changed in place (the read model holds a new object after each
// write), so a schedule is kept by its record object.
import type { ApplicationSchedule } from '@shared/reminders/reminder';
import { planReminders, type PlannableApplication } from '@shared/reminders/reminderPlan';
import type { ReminderSettings } from '@shared/reminders/reminderSettings';
import { dates } from '../../components/formatDates';
import { scheduleFingerprint } from './scheduleFingerprint';

/** Earlier than any reminder's time, so a plan made "now" holds every reminder there is. */
export const BEFORE_ANY_REMINDER = new Date(0);

/**
 * How long the planner works between two pauses, so the window stays responsive: by time, not
 * by count, since one application can hold many more dates than another.
 */
export const PLAN_SLICE_MS = 8;

export interface CachedPlanner {
  /**
   * Works out the schedules not known yet, pausing between slices (thousands of applications
   * take seconds the first time), so that `schedule` has them at hand.
   */
  prepare(
    applications: readonly PlannableApplication[],
    settings: ReminderSettings,
    pause: () => Promise<void>,
  ): Promise<void>;
  /** planReminders([app], settings, BEFORE_ANY_REMINDER, dates), with its fingerprint. */
  schedule(app: PlannableApplication, settings: ReminderSettings): ApplicationSchedule;
  /** Forgets every schedule: local times moved (the time zone or its rules changed). */
  forget(): void;
}

/** `now` is a monotonic clock in ms (performance.now), given by tests. */
export function createCachedPlanner(now: () => number = () => performance.now()): CachedPlanner {
  let settingsKey = '';
  let byObject = new WeakMap<PlannableApplication, ApplicationSchedule>();

  function forget() {
    byObject = new WeakMap();
  }

  function forSettings(settings: ReminderSettings) {
    const key = JSON.stringify(settings);
    if (key === settingsKey) return;
    settingsKey = key;
    forget();
  }

  /** The schedule under the current settings, worked out the first time it is asked for. */
  function lookUp(app: PlannableApplication, settings: ReminderSettings): ApplicationSchedule {
    let schedule = byObject.get(app);
    if (!schedule) {
      const reminders = planReminders([app], settings, BEFORE_ANY_REMINDER, dates);
      schedule = { applicationId: app.id, fingerprint: scheduleFingerprint(reminders), reminders };
      byObject.set(app, schedule);
    }
    return schedule;
  }

  return {
    async prepare(applications, settings, pause) {
      forSettings(settings);
      let sliceStarted = now();
      for (const app of applications) {
        if (byObject.has(app)) continue;
        lookUp(app, settings);
        if (now() - sliceStarted < PLAN_SLICE_MS) continue;
        await pause();
        // Other settings may have been used meanwhile.
        forSettings(settings);
        sliceStarted = now();
      }
    },
    schedule(app, settings) {
      forSettings(settings);
      return lookUp(app, settings);
    },
    forget,
  };
}
