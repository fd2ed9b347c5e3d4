// A snoozed reminder was shown already, so it is in no plan and the scheduler keeps it until it
// comes back. It should come back only while the app would still give that reminder: not for an
// application deleted, archived or ended, a deadline done or moved, or a cohort not chosen.
import { planReminders, type PlannableApplication } from '@shared/reminders/reminderPlan';
import type { ReminderEntry } from '@shared/reminders/reminder';
import type { ReminderSettings } from '@shared/reminders/reminderSettings';
import { BEFORE_ANY_REMINDER } from './cachedPlanner';

/** The ids of snoozed reminders that should no longer come back. */
export function staleSnoozeIds(
  entries: readonly ReminderEntry[],
  applications: readonly PlannableApplication[],
  settings: ReminderSettings,
): string[] {
  const snoozed = entries.filter((entry) => entry.state === 'snoozed');
  if (snoozed.length === 0) return [];
  const concerned = new Set(snoozed.map((entry) => entry.applicationId));
  // Reminder ids are stable (application, target, lead time), so the same reminder planned
  // from today's data has the same id; only the applications concerned are planned.
  const stillGiven = new Set(
    planReminders(
      applications.filter((app) => concerned.has(app.id)),
      settings,
      BEFORE_ANY_REMINDER,
    ).map((reminder) => reminder.id),
  );
  return snoozed.filter((entry) => !stillGiven.has(entry.id)).map((entry) => entry.id);
}
