// Keeps the scheduler's reminders in step with the applications and the reminder settings (see
// planSync.ts): all of them once the read model has them and start-up is over, then the records
// each write touched, as the read model reports them. The window coming back and an hourly
// check catch a change of time zone. Used once, in App.
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef, useState } from 'react';
import { useAfterStartup } from '../../components/useAfterStartup';
import { useData } from '../../db/DataContext';
import { readSetting } from '../../db/settings';
import { desktop } from '../../desktop/desktop';
import { useModelStatus } from '../../model/queries';
import { showError } from '../../state/toastStore';
import { createPlanSync, type PlanSync } from './planSync';
import { useReminderRevision } from './reminderRevision';
import { reminderSettingsSetting } from './reminderSettingsSetting';
import { timeZoneRules } from './timeZoneRules';

/**
 * None: a write's records come together, and what changes while a plan is sent goes in the next.
 * A wait here once left a reminder due in the next minutes unplanned, and the centre empty.
 */
const PLAN_DELAY_MS = 0;
const CHECK_EVERY_MS = 60 * 60_000;

export function useReminderPlanSync(): void {
  const { db, model } = useData();
  const started = useAfterStartup();
  const loaded = useModelStatus() === 'ready';
  // undefined until read: planning with the defaults first could schedule what the student turned off.
  const settings = useLiveQuery(() => readSetting(db, reminderSettingsSetting), [db]);
  const sync = useRef<PlanSync | null>(null);

  useEffect(() => {
    const remindersChanged = () => useReminderRevision.getState().remindersChanged();
    const current = createPlanSync({
      desktop,
      delayMs: PLAN_DELAY_MS,
      pause: () => new Promise((resolve) => setTimeout(resolve, 0)),
      timeZone: () => timeZoneRules(),
      onError: showError,
      onChanged: remindersChanged,
      onPending: (pending) => useReminderRevision.getState().planPending(pending),
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
    };
  }, []);

  // An application written before start-up is over (added at once) is planned at once: the first
  // screen is done by then, and its reminder may be minutes away.
  const [written, setWritten] = useState(false);
  useEffect(() => (written ? undefined : model.onRecordsChanged(() => setWritten(true))), [model, written]);

  // Everything once, then each write's records: the model reports exactly what a write touched.
  const ready = (started || written) && loaded && settings !== undefined;
  useEffect(() => {
    const current = sync.current;
    if (!current || !ready) return;
    current.start(
      [...model.rows()].map((row) => row.app),
      settings,
    );
    return model.onRecordsChanged((change) => current.applicationsChanged(change.put, change.removed));
    // Settings changes go through settingsChanged below, not a new start.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ready, model]);

  useEffect(() => {
    if (ready) sync.current?.settingsChanged(settings);
  }, [ready, settings]);
}
