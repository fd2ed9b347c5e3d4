// The reminder centre: what is coming and what was shown lately, each with Snooze, Dismiss and
// a way to the application it is about.
import { useId, useState, type ReactNode } from 'react';
import type { ReminderEntry } from '@shared/reminders/reminder';
import { RECENT_MS } from '@shared/reminders/reminderScheduler';
import { useData } from '../../db/DataContext';
import { useSetting } from '../../db/settings';
import { desktop } from '../../desktop/desktop';
import { useApplicationLookup, useMinuteNow, useModelStatus } from '../../model/queries';
import { useUiStore } from '../../state/uiStore';
import { NotificationPermissionNotice } from './NotificationPermission';
import { ReminderItem, shownTitle } from './ReminderItem';
import { useReminderRevision } from './reminderRevision';
import { reminderSettingsSetting } from './reminderSettingsSetting';
import { useReminderCentre } from './useReminderCentre';

/** Upcoming reminders listed before "Show all": a season's worth of deadlines is hundreds. */
const FIRST_UPCOMING = 50;
const RECENT_DAYS = Math.round(RECENT_MS / (24 * 60 * 60_000));

export function ReminderCentre() {
  const state = useReminderCentre(null);
  const planning = useReminderRevision((s) => s.planning);
  const { db } = useData();
  const settings = useSetting(db, reminderSettingsSetting);
  const applicationById = useApplicationLookup();
  const loaded = useModelStatus() === 'ready';
  const viewOpened = useUiStore((s) => s.viewOpened);
  const [showAll, setShowAll] = useState(false);
  // "1 hour ago", "in 3 hours": the view moves on every minute (the table does not).
  const now = useMinuteNow();

  const appOf = (entry: ReminderEntry) => applicationById(entry.applicationId);
  /** Titles more than one listed reminder shows. */
  let sharedTitles = new Set<string>();
  const item = (entry: ReminderEntry) => (
    <ReminderItem
      key={entry.id}
      entry={entry}
      app={appOf(entry)}
      now={now}
      remindAt={settings.remindAt}
      quietHours={settings.quietHours}
      titleShared={sharedTitles.has(shownTitle(entry))}
    />
  );
  const remindersOff = !settings.deadlines.enabled && !settings.cohortStarts.enabled;

  let content: ReactNode;
  if (state.status === 'loading' || !loaded) {
    content = <p className="loading">Loading reminders…</p>;
  } else if (state.status === 'failed') {
    content = (
      <p className="field-error" role="alert">
        {state.error}
      </p>
    );
  } else {
    const { upcoming, recent, notices } = state.centre;
    const listed = showAll ? upcoming : upcoming.slice(0, FIRST_UPCOMING);
    sharedTitles = repeated([...recent, ...listed].map(shownTitle));
    content = (
      <>
        {notices.length > 0 && (
          <section className="reminder-notices" role="status" aria-label="Problems with reminders">
            <ul>
              {notices.map((notice) => (
                <li key={notice}>{notice}</li>
              ))}
            </ul>
          </section>
        )}
        <ReminderSection
          title="Shown recently"
          count={recent.length}
          empty={`Reminders shown in the last ${RECENT_DAYS} days appear here, to snooze or dismiss them.`}
        >
          <ul className="reminder-list">{recent.map(item)}</ul>
        </ReminderSection>
        <ReminderSection
          title="Upcoming"
          count={upcoming.length}
          empty={
            // A change is being planned, or its plan read: "Nothing coming up" may be untrue.
            planning || state.stale ? (
              'Planning reminders…'
            ) : remindersOff ? (
              <>
                Reminders are turned off.{' '}
                <button type="button" className="link-button" onClick={() => viewOpened('settings')}>
                  Turn them on in Settings
                </button>
              </>
            ) : (
              'Nothing coming up. Reminders appear here as soon as an application has a deadline ahead, or a start date once you have applied; Settings says how long before they come.'
            )
          }
        >
          <ul className="reminder-list">{listed.map(item)}</ul>
          {listed.length < upcoming.length && (
            <button type="button" onClick={() => setShowAll(true)}>
              Show all {upcoming.length} upcoming reminders
            </button>
          )}
        </ReminderSection>
      </>
    );
  }

  return (
    <div className="reminder-centre">
      <h2>Reminders</h2>
      <p className="muted">
        {desktop.platform === 'electron'
          ? 'Each reminder comes once as a notification, even while the window is closed, as long as the app runs in the tray.'
          : 'In the browser, reminders come as notifications while this page is open. Each comes once.'}
      </p>
      <NotificationPermissionNotice />
      {content}
    </div>
  );
}

interface ReminderSectionProps {
  title: string;
  count: number;
  /** What will appear here, said when nothing does yet. */
  empty: ReactNode;
  children: ReactNode;
}

function ReminderSection({ title, count, empty, children }: ReminderSectionProps) {
  const id = useId();
  return (
    <section aria-labelledby={id} className="reminder-section">
      <h3 id={id}>{title}</h3>
      {count > 0 ? children : <p className="muted">{empty}</p>}
    </section>
  );
}

function repeated(values: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const again = new Set<string>();
  for (const value of values) (seen.has(value) ? again : seen).add(value);
  return again;
}
