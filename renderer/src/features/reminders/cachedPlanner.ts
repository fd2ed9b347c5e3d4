// Each application's whole reminder schedule, worked out once per content and settings. A
// reminder's time and words depend only on its application, the settings and the time zone; the
// scheduler keeps what is still ahead, so a schedule holds past reminders too and does not depend
// on the time. An unchanged row object keeps its schedule at once; a new object with the same
// planned fields (a read after another row's write gives every row anew) keeps it too, after a
// cheap comparison.
import type { ApplicationSchedule } from '@shared/reminders/reminder';
import { planReminders, type PlannableApplication } from '@shared/reminders/reminderPlan';
import type { ReminderSettings } from '@shared/reminders/reminderSettings';
import { scheduleFingerprint } from './scheduleFingerprint';

/** Earlier than any reminder's time, so a plan made "now" holds every reminder there is. */
export const BEFORE_ANY_REMINDER = new Date(0);

/**
 * Work between two pauses, so the window stays responsive: 100 applications worked out (about
 * 30 ms), or 1,000 compared with what they were (a read after a write gives every row anew).
 */
const WORK_PER_SLICE = 1_000;
const WORK_TO_PLAN = 10;
const WORK_TO_COMPARE = 1;

/** Every field planReminders reads: a schedule stays true while they stay the same. */
const PLANNED_FIELDS = [
  'id',
  'company',
  'role',
  'status',
  'archivedAt',
  'deadlines',
  'cohorts',
  'chosenCohortId',
] as const satisfies readonly (keyof PlannableApplication)[];
/** Does not compile when PlannableApplication gains a field that PLANNED_FIELDS does not list. */
type _EveryPlannedFieldListed = AssertNever<Exclude<keyof PlannableApplication, (typeof PLANNED_FIELDS)[number]>>;
type AssertNever<T extends never> = T;

const contentKey = (app: PlannableApplication) => JSON.stringify(PLANNED_FIELDS.map((field) => app[field]));

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
  /** planReminders([app], settings, BEFORE_ANY_REMINDER), with its fingerprint. */
  schedule(app: PlannableApplication, settings: ReminderSettings): ApplicationSchedule;
  /** Forgets a deleted application. */
  forgetApplication(id: string): void;
  /** Forgets every schedule: local times moved (the time zone or its rules changed). */
  forget(): void;
}

export function createCachedPlanner(): CachedPlanner {
  let settingsKey = '';
  let byObject = new WeakMap<PlannableApplication, ApplicationSchedule>();
  let byId = new Map<string, { key: string; schedule: ApplicationSchedule }>();

  function forget() {
    byObject = new WeakMap();
    byId = new Map();
  }

  function forSettings(settings: ReminderSettings) {
    const key = JSON.stringify(settings);
    if (key === settingsKey) return;
    settingsKey = key;
    forget();
  }

  /** The schedule under the current settings, and whether it had to be worked out. */
  function lookUp(app: PlannableApplication, settings: ReminderSettings) {
    const known = byObject.get(app);
    if (known) return { schedule: known, planned: false };
    const key = contentKey(app);
    const same = byId.get(app.id);
    let schedule = same?.key === key ? same.schedule : null;
    const planned = schedule === null;
    if (schedule === null) {
      const reminders = planReminders([app], settings, BEFORE_ANY_REMINDER);
      schedule = { applicationId: app.id, fingerprint: scheduleFingerprint(reminders), reminders };
    }
    byId.set(app.id, { key, schedule });
    byObject.set(app, schedule);
    return { schedule, planned };
  }

  return {
    async prepare(applications, settings, pause) {
      forSettings(settings);
      let work = 0;
      for (const app of applications) {
        if (byObject.has(app)) continue;
        work += lookUp(app, settings).planned ? WORK_TO_PLAN : WORK_TO_COMPARE;
        if (work < WORK_PER_SLICE) continue;
        work = 0;
        await pause();
        // Other settings may have been used meanwhile.
        forSettings(settings);
      }
    },
    schedule(app, settings) {
      forSettings(settings);
      return lookUp(app, settings).schedule;
    },
    forgetApplication(id) {
      byId.delete(id);
    },
    forget,
  };
}
