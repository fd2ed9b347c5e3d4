// The number beside "Reminders" in the side nav: reminders coming in the next 7 days.
import { dueAt } from '@shared/reminders/reminder';
import { useModelNow } from '../../model/queries';
import { useReminderCentre } from './useReminderCentre';

const WEEK_MS = 7 * 24 * 60 * 60_000;

export function UpcomingReminderCount() {
  const state = useReminderCentre();
  const now = useModelNow();
  if (state.status !== 'loaded') return null;
  const soon = state.centre.upcoming.filter((entry) => dueAt(entry) <= now.getTime() + WEEK_MS).length;
  if (soon === 0) return null;
  return (
    <>
      {' '}
      <span className="nav-count" aria-hidden="true">
        {soon}
      </span>
      <span className="visually-hidden">({soon} in the next 7 days)</span>
    </>
  );
}
