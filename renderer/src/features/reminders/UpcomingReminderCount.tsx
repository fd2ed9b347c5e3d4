// The number beside "Reminders" in the side nav: reminders coming in the next 7 days, the same
// days as the dashboard's "Due in the next 7 days" (to the end of the 7th day after today). It
// describes the button rather than naming it, so the button's name stays "Reminders" whatever is due.
import { nextDaysEnd } from '@shared/nextDays';
import { useModelNow } from '../../model/queries';
import { useReminderCentre } from './useReminderCentre';

/** The id of the words the Reminders button is described by. */
export const UPCOMING_REMINDER_COUNT_ID = 'upcoming-reminder-count';

export function UpcomingReminderCount() {
  const weekAhead = nextDaysEnd(useModelNow()).toISOString();
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
      <span id={UPCOMING_REMINDER_COUNT_ID} hidden>
        {soon} in the next 7 days
      </span>
    </>
  );
}
