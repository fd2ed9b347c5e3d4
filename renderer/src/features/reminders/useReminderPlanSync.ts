// Keeps the scheduler's reminders in step with the applications and the reminder settings (see
// planSync.ts): all of them once read, then what each change touched. The window coming back and
// an hourly check catch a change of time zone. Used once, in App.
import { useLiveQuery } from 'dexie-react-hooks';
import type { Application } from '@shared/application';
import type { ReminderSettings } from '@shared/reminders/reminderSettings';
import { useEffect, useRef } from 'react';
import { useAfterStartup } from '../../components/useAfterStartup';
import { useData } from '../../db/DataContext';
import { readSetting } from '../../db/settings';
import { desktop } from '../../desktop/desktop';
import { showError } from '../../state/toastStore';
import { createPlanSync, type PlanSync } from './planSync';
import { useReminderRevision } from './reminderRevision';
import { reminderSettingsSetting } from './reminderSettingsSetting';
import { timeZoneRules } from './timeZoneRules';

/** Long enough to send one change for a burst of edits (an import, undoing a bulk delete). */
const PLAN_DELAY_MS = 300;
const CHECK_EVERY_MS = 60 * 60_000;

export function useReminderPlanSync(): void {
  const { db } = useData();
  const started = useAfterStartup();
  const applications = useLiveQuery<Application[] | undefined>(
    () => (started ? db.applications.toArray() : undefined),
    [db, started],
  );
  // undefined until read: planning with the defaults first could schedule what the student turned off.
  const settings = useLiveQuery(() => readSetting(db, reminderSettingsSetting), [db]);
  const sync = useRef<PlanSync | null>(null);
  const seen = useRef<{ applications: readonly Application[]; settings: ReminderSettings } | null>(null);

  useEffect(() => {
    const remindersChanged = () => useReminderRevision.getState().remindersChanged();
    const current = createPlanSync({
      desktop,
      delayMs: PLAN_DELAY_MS,
      pause: () => new Promise((resolve) => setTimeout(resolve, 0)),
      timeZone: () => timeZoneRules(),
      onError: showError,
      onChanged: remindersChanged,
    });
    sync.current = current;
    const check = () => current.check();
    const checkWhenShown = () => document.visibilityState === 'visible' && current.check();
    const stopCommands = desktop.onCommand((command) => {
      // Reminders fired: the lists change; the scheduler needs nothing from here.
      if (command.type === 'reminders-changed') remindersChanged();
    });
    const hourly = setInterval(check, CHECK_EVERY_MS);
    window.addEventListener('focus', check);
    document.addEventListener('visibilitychange', checkWhenShown);
    return () => {
      stopCommands();
      clearInterval(hourly);
      window.removeEventListener('focus', check);
      document.removeEventListener('visibilitychange', checkWhenShown);
      current.cancel();
      sync.current = null;
      seen.current = null;
    };
  }, []);

  useEffect(() => {
    const current = sync.current;
    if (!current || applications === undefined || settings === undefined) return;
    const previous = seen.current;
    seen.current = { applications, settings };
    if (previous === null) return current.start(applications, settings);
    if (settings !== previous.settings) current.settingsChanged(settings);
    if (applications !== previous.applications) {
      const { upserted, removedIds } = changedApplications(previous.applications, applications);
      current.applicationsChanged(upserted, removedIds);
    }
  }, [applications, settings]);
}

/** What differs between two reads: rows are never changed in place, so an edited row is a new object. */
function changedApplications(before: readonly Application[], after: readonly Application[]) {
  const earlier = new Map(before.map((app) => [app.id, app]));
  const upserted = after.filter((app) => earlier.get(app.id) !== app);
  const ids = new Set(after.map((app) => app.id));
  const removedIds = before.filter((app) => !ids.has(app.id)).map((app) => app.id);
  return { upserted, removedIds };
}
