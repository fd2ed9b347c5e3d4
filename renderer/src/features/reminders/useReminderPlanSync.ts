// Sends the reminder plan to the desktop whenever the applications or the reminder settings
// change, when reminders fire, when the window comes back and every hour. The plan holds every
// reminder still ahead, however far; the re-plans keep it true when the clock or the time zone
// moved while nothing else changed. Used once, in App.
import { useLiveQuery } from 'dexie-react-hooks';
import type { Application } from '@shared/application';
import { useEffect, useRef } from 'react';
import { useAfterStartup } from '../../components/useAfterStartup';
import { useData } from '../../db/DataContext';
import { readSetting } from '../../db/settings';
import { desktop } from '../../desktop/desktop';
import { showError } from '../../state/toastStore';
import { createPlanSync, type PlanSync } from './planSync';
import { useReminderRevision } from './reminderRevision';
import { reminderSettingsSetting } from './reminderSettingsSetting';

/** Long enough to send one plan for a burst of edits (an import, undoing a bulk delete). */
const PLAN_DELAY_MS = 300;
const REPLAN_EVERY_MS = 60 * 60_000;

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

  useEffect(() => {
    const remindersChanged = () => useReminderRevision.getState().remindersChanged();
    const current = createPlanSync({
      desktop,
      now: () => new Date(),
      delayMs: PLAN_DELAY_MS,
      pause: () => new Promise((resolve) => setTimeout(resolve, 0)),
      onError: showError,
      onChanged: remindersChanged,
    });
    sync.current = current;
    const replan = () => current.request();
    const replanWhenShown = () => document.visibilityState === 'visible' && current.request();
    const stopCommands = desktop.onCommand((command) => {
      if (command.type !== 'reminders-changed') return;
      // Reminders fired: the lists change now, and the plan leaves them out.
      remindersChanged();
      replan();
    });
    const hourly = setInterval(replan, REPLAN_EVERY_MS);
    window.addEventListener('focus', replan);
    document.addEventListener('visibilitychange', replanWhenShown);
    return () => {
      stopCommands();
      clearInterval(hourly);
      window.removeEventListener('focus', replan);
      document.removeEventListener('visibilitychange', replanWhenShown);
      current.cancel();
      sync.current = null;
    };
  }, []);

  useEffect(() => {
    if (applications !== undefined && settings !== undefined) sync.current?.update(applications, settings);
  }, [applications, settings]);
}
