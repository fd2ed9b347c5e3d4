// "Reminders" in the side nav, with the number of reminders coming in the next 7 days beside it:
// the same days as the dashboard's "Due in the next 7 days" (to the end of the 7th day after
// today). The number describes the button rather than naming it, so the button's name stays
// "Reminders" whatever is due; its tooltip says in words what the number counts.
import type { ButtonHTMLAttributes } from 'react';
import { countOf } from '@shared/countOf';
import { nextDaysEnd } from '@shared/nextDays';
import { useModelNow } from '../../model/queries';
import { useReminderCentre } from './useReminderCentre';

/** The id of the words the Reminders button is described by. */
const UPCOMING_REMINDER_COUNT_ID = 'upcoming-reminder-count';

/** `title` is the button's tooltip without a count (its shortcut). */
export function RemindersNavButton({ title, children, ...button }: ButtonHTMLAttributes<HTMLButtonElement>) {
  const weekAhead = nextDaysEnd(useModelNow()).toISOString();
  // Only the week's reminders are sent, not every one planned.
  const state = useReminderCentre(weekAhead);
  const soon = state.status === 'loaded' ? state.centre.upcoming.length : 0;
  if (soon === 0)
    return (
      <button type="button" {...button} title={title}>
        {children}
      </button>
    );
  return (
    <button
      type="button"
      {...button}
      title={`${countOf(soon, 'reminder')} in the next 7 days (${title})`}
      aria-describedby={UPCOMING_REMINDER_COUNT_ID}
    >
      {children}{' '}
      <span className="nav-count" aria-hidden="true">
        {soon}
      </span>
      <span id={UPCOMING_REMINDER_COUNT_ID} hidden>
        {soon} in the next 7 days
      </span>
    </button>
  );
}
