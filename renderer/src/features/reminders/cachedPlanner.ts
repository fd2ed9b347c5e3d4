// planReminders for many applications without working out every reminder again on each change.
// A reminder's time and words depend only on its application and the settings (the time it is
// about and the time it is shown); `now` only leaves out the ones already past. So each
// application's whole schedule is kept while its row and the settings stay the same: rows are
// never changed in place (an edit stores a new object), so an unchanged row is the same object.
import { planReminders, type PlannableApplication } from '@shared/reminders/reminderPlan';
import type { PlannedReminder } from '@shared/reminders/reminder';
import type { ReminderSettings } from '@shared/reminders/reminderSettings';

/** Earlier than any reminder's time, so a plan made "now" holds every reminder there is. */
export const BEFORE_ANY_REMINDER = new Date(0);

/** Applications worked out between two pauses: about 30 ms of work, so the window stays responsive. */
const APPLICATIONS_PER_SLICE = 100;

type Schedule = { at: number; reminder: PlannedReminder }[];

export interface CachedPlanner {
  /**
   * Works out the schedules not known yet, pausing between slices (thousands of applications
   * take seconds the first time), so that `plan` has them at hand.
   */
  prepare(
    applications: readonly PlannableApplication[],
    settings: ReminderSettings,
    pause: () => Promise<void>,
  ): Promise<void>;
  /** The same plan as planReminders(applications, settings, now). */
  plan(applications: readonly PlannableApplication[], settings: ReminderSettings, now: Date): PlannedReminder[];
}

export function createCachedPlanner(): CachedPlanner {
  let settingsKey = '';
  let schedules = new WeakMap<PlannableApplication, Schedule>();

  function scheduleOf(app: PlannableApplication, settings: ReminderSettings): Schedule {
    let schedule = schedules.get(app);
    if (!schedule) {
      schedule = planReminders([app], settings, BEFORE_ANY_REMINDER).map((reminder) => ({
        at: Date.parse(reminder.fireAt),
        reminder,
      }));
      schedules.set(app, schedule);
    }
    return schedule;
  }

  function forSettings(settings: ReminderSettings) {
    const key = JSON.stringify(settings);
    if (key === settingsKey) return;
    settingsKey = key;
    schedules = new WeakMap();
  }

  return {
    async prepare(applications, settings, pause) {
      forSettings(settings);
      let worked = 0;
      for (const app of applications) {
        if (schedules.has(app)) continue;
        scheduleOf(app, settings);
        worked += 1;
        if (worked % APPLICATIONS_PER_SLICE === 0) await pause();
      }
    },

    plan(applications, settings, now) {
      forSettings(settings);
      const after = now.getTime();
      const plan: Schedule = [];
      for (const app of applications) {
        for (const entry of scheduleOf(app, settings)) if (entry.at > after) plan.push(entry);
      }
      // planReminders' order: by time, then by id.
      return plan.sort((a, b) => a.at - b.at || a.reminder.id.localeCompare(b.reminder.id)).map((e) => e.reminder);
    },
  };
}
