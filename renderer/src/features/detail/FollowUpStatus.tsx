// The follow-up of an application: its day and note, marked done here; without one, the day the
// follow-up rule of the reminder settings will remind on, if it applies.
import type { Application } from '@shared/application';
import { followUpRuleDate } from '@shared/reminders/reminderPlan';
import { formatWhen, relativeDay } from '../../components/formatDates';
import { useOptimisticChoice } from '../../components/useOptimisticChoice';
import { useData } from '../../db/DataContext';
import { useSetting } from '../../db/settings';
import { reminderSettingsSetting } from '../reminders/reminderSettingsSetting';

export function FollowUpStatus({
  app,
  now,
  setDone,
}: {
  app: Application;
  now: Date;
  /** Rejects with what to say when it could not be saved. */
  setDone: (done: boolean) => Promise<void>;
}) {
  const { db } = useData();
  const settings = useSetting(db, reminderSettingsSetting);
  const { followUp } = app;
  // Ticked at once, while it is saved; back, with a message, if saving fails.
  const [done, chooseDone] = useOptimisticChoice(followUp?.done ?? false, setDone);
  if (followUp) {
    return (
      <label className={done ? 'radio-row done' : 'radio-row'}>
        <input type="checkbox" checked={done} onChange={(e) => chooseDone(e.target.checked)} />
        <span>
          Follow up {formatWhen(followUp.on)} ({relativeDay(followUp.on, now)}){followUp.note && `: ${followUp.note}`}
        </span>
      </label>
    );
  }
  // Archived applications get no reminders, so the rule proposes nothing for them.
  const rule = app.archivedAt === null ? followUpRuleDate(app, settings) : null;
  if (!rule) return <p className="muted">No follow-up date. Add one with Edit.</p>;
  return (
    <p>
      No follow-up date. Your follow-up rule will remind you on <strong>{formatWhen(rule.date)}</strong> (
      {relativeDay(rule.date, now)}), {settings.followUps.afterApplying.days} days after applying, unless the stage
      moves on first.
    </p>
  );
}
