// One reminder in the reminder centre: what it says, when it comes or came, and what can be
// done with it.
import { useEffect, useMemo, useRef } from 'react';
import { addMinutes } from 'date-fns';
import type { Application } from '@shared/application';
import { targetTime, type ReminderEntry } from '@shared/reminders/reminder';
import type { ReminderSettings } from '@shared/reminders/reminderSettings';
import { LATE_AFTER_MS } from '@shared/reminders/dueReminders';
import { stageLabel } from '@shared/pipeline';
import { isClosed } from '@shared/stageHistory';
import { remembered } from '@shared/remembered';
import { usePipeline } from '../../model/queries';
import { focusNeighbour } from '../../components/focusNeighbour';
import { formatWhenWithZone } from '../../components/formatDates';
import { desktop } from '../../desktop/desktop';
import { showError, useToastStore } from '../../state/toastStore';
import { useUiStore } from '../../state/uiStore';
import { relativeTime } from './relativeTime';
import { useReminderRevision } from './reminderRevision';
import { snoozeChoices, type SnoozeChoice } from './snoozeChoices';
import { SnoozeMenu } from './SnoozeMenu';

interface ReminderItemProps {
  entry: ReminderEntry;
  /** The application it is about; null when it was deleted. */
  app: Pick<Application, 'id' | 'company' | 'stageId' | 'phase' | 'archivedAt'> | null;
  now: Date;
  /** The reminder time of day, for "Tomorrow, 9:00 AM". */
  remindAt: string;
  /** A snooze that would end in them ends when they do. */
  quietHours: ReminderSettings['quietHours'];
  /** Another listed reminder reads the same (two deadlines "tomorrow"): its buttons are named by its date and role. */
  titleShared: boolean;
}

/** The reminder just snoozed with no other shown one to go on to: drawn anew under "Upcoming", it takes focus. */
let focusWhenDrawn: string | null = null;

export function ReminderItem({ entry, app, now, remindAt, quietHours, titleShared }: ReminderItemProps) {
  const applicationOpened = useUiStore((s) => s.applicationOpened);
  const toastShown = useToastStore((s) => s.toastShown);
  const remindersChanged = useReminderRevision((s) => s.remindersChanged);
  const pipeline = usePipeline();
  const itemRef = useRef<HTMLLIElement>(null);
  useEffect(() => {
    if (focusWhenDrawn !== entry.id) return;
    focusWhenDrawn = null;
    const item = itemRef.current;
    (item?.querySelector<HTMLElement>('.snooze-menu > button') ?? item?.querySelector('button'))?.focus();
  }, [entry.id]);
  // The view draws again every minute; its dates (with their zone, slow to work out) read the
  // same from one minute to the next, so each is worked out once per entry read (a move to
  // another zone plans anew, and the entries read then are worked out afresh).
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const formatted = useMemo(() => remembered((value: string) => value, formatWhenWithZone), [entry]);
  const title = shownTitle(entry);
  // What its buttons name: the title, with its date and role when another reminder's title is
  // the same (two of one company's applications due the same day differ only by the role).
  const subject = titleShared ? `${title} (${entry.body})` : title;
  // A reminder for an application that is over would only come back to be dismissed.
  const stillOpen = app !== null && app.archivedAt === null && !isClosed(app);
  const choices =
    stillOpen && (entry.state === 'fired' || entry.state === 'snoozed')
      ? snoozeChoices(now, remindAt, targetTime(entry.targetAt), quietHours)
      : [];

  async function snooze(choice: SnoozeChoice, item: Element | null) {
    // The view's clock ticks once a minute, and the scheduler counts from the click: the choice is
    // worked out again from the click ("Tomorrow, 9:00 AM" ends at 9:00 AM), and the message says the
    // end the scheduler keeps.
    const clicked = new Date();
    const minutes =
      snoozeChoices(clicked, remindAt, targetTime(entry.targetAt), quietHours).find((c) => c.label === choice.label)
        ?.minutes ?? choice.minutes;
    const result = await desktop.snoozeReminder(entry.id, minutes);
    if (!result.ok) return showError(result.error);
    // A shown reminder snoozed leaves "Shown recently" for "Upcoming": focus goes on to the next
    // shown one, as after Dismiss, or with none left follows it to its new place.
    if (entry.state === 'fired' && !focusNeighbour(item)) focusWhenDrawn = entry.id;
    remindersChanged();
    toastShown({
      // As the centre lists it, zone included, so the message and the list never read as two times.
      message: `Snoozed until ${formatWhenWithZone(addMinutes(clicked, minutes).toISOString())}: ${entry.summary}`,
      tone: 'info',
    });
  }

  async function dismiss(item: Element | null) {
    const result = await desktop.dismissReminder(entry.id);
    if (!result.ok) return showError(result.error);
    // The Dismiss button goes: focus moves to the next reminder, or the only one's Open button.
    focusNeighbour(item, item?.querySelector('button'));
    remindersChanged();
    toastShown({
      // Which of an application's reminders: they share their summary.
      message: `Dismissed the reminder of ${formatWhenWithZone(shownOrComes(entry))}: ${entry.summary}`,
      tone: 'info',
      action: {
        label: 'Undo',
        run: async () => {
          const restored = await desktop.restoreReminder(entry.id);
          if (!restored.ok) return showError(restored.error);
          remindersChanged();
        },
      },
    });
  }

  return (
    <li ref={itemRef} className={`reminder-item reminder-${entry.state}`}>
      <div className="reminder-text">
        <p className="reminder-title">{title}</p>
        <p className="muted">{entry.body}</p>
        <p className="reminder-when small">
          {whenLine(entry, now, formatted, app === null)}
          {app === null && entry.state !== 'unplanned' && ' · the application was deleted'}
          {app?.archivedAt && ' · archived'}
          {app && isClosed(app) && ` · ${stageLabel(pipeline, app).toLowerCase()}`}
        </p>
      </div>
      <div className="reminder-actions">
        {app && (
          <button
            type="button"
            className="link-button"
            aria-label={openName(app.company, subject)}
            onClick={() => applicationOpened(app.id)}
          >
            Open {app.company}
          </button>
        )}
        {choices.length > 0 && (
          <SnoozeMenu subject={subject} choices={choices} onSnooze={(choice) => void snooze(choice, itemRef.current)} />
        )}
        {entry.state !== 'dismissed' && entry.state !== 'unplanned' && (
          <button
            type="button"
            aria-label={`Dismiss ${subject}`}
            onClick={(e) => void dismiss(e.currentTarget.closest('li'))}
          >
            Dismiss
          </button>
        )}
      </div>
    </li>
  );
}

/**
 * "Open Figma: Online assessment due in 3 days": named after its reminder, as Dismiss is, so an
 * application's reminders are told apart; the words shown on the button come first (label in
 * name), also when the reminder was planned before the company was renamed.
 */
function openName(company: string, title: string): string {
  return title.startsWith(`${company}: `) ? `Open ${title}` : `Open ${company}: ${title}`;
}

function whenLine(entry: ReminderEntry, now: Date, formatted: (value: string) => string, deleted: boolean): string {
  const at = (instant: string, from = now) => `${formatted(instant)} (${relativeTime(instant, from)})`;
  // Shown is past, however far behind the minute's clock is (it moves on once a minute).
  const shown = (instant: string) => at(instant, new Date(Math.max(now.getTime(), Date.parse(instant))));
  switch (entry.state) {
    case 'scheduled':
      return `Comes ${at(entry.fireAt)}`;
    case 'snoozed':
      return `Snoozed until ${at(entry.snoozedUntil ?? entry.fireAt)}`;
    case 'fired':
      return `Shown ${shown(entry.firedAt ?? entry.fireAt)}`;
    case 'dismissed':
      // Only shown ones are listed once dismissed.
      return `Shown ${shown(entry.firedAt ?? entry.fireAt)}, dismissed`;
    case 'missed':
      // The centre lists shown ones only; said here as it is, should one be listed.
      return `Not shown: due ${at(entry.fireAt)}, while the app was not running`;
    case 'unplanned': {
      // Never dismissed: what it was about changed, and a snooze it had is off (said, not dropped silently).
      const snooze = entry.snoozedUntil === null ? '' : ` (its snooze until ${formatted(entry.snoozedUntil)} is off)`;
      const why = deleted ? 'the application was deleted' : 'what it was about changed';
      return `Shown ${shown(entry.firedAt ?? entry.fireAt)}; no longer planned: ${why}${snooze}`;
    }
  }
}

/**
 * Its title says when as seen from its own time ("… today"): one shown late, as the notification
 * did, says the date instead.
 */
export function shownTitle(entry: ReminderEntry): string {
  return shownLate(entry) ? entry.summary : entry.title;
}

/** When a reminder was shown, or comes. */
function shownOrComes(entry: ReminderEntry): string {
  return entry.firedAt ?? (entry.state === 'snoozed' ? entry.snoozedUntil : null) ?? entry.fireAt;
}

function shownLate(entry: ReminderEntry): boolean {
  return entry.firedAt !== null && Date.parse(entry.firedAt) - Date.parse(entry.fireAt) > LATE_AFTER_MS;
}
