// The number beside "Reminders" in the side nav: reminders coming in the next 7 days.
import { useModelNow } from '../../model/queries';
import { useReminderCentre } from './useReminderCentre';

const WEEK_MS = 7 * 24 * 60 * 60_000;

export function UpcomingReminderCount() {
  const weekAhead = new Date(useModelNow().getTime() + WEEK_MS).toISOString();
  // Only the week's reminders are sent, not every one planned.
  const state = useReminderCentre(weekAhead);
  if (state.status !== 'loaded') return null;
  const soon = state.centre.upcoming.length;
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
