// Settings → Reminders: which reminders (start dates, deadlines, interviews and other events,
// follow-ups), how long before, at what time of day, quiet hours, and (in the desktop app) what
// closing the window does.
import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { timeOfDayWords } from '@shared/dateWords';
import { isQuietMinute } from '@shared/reminders/quietHours';
import { DEFAULT_REMINDER_SETTINGS, minutesOfDay, type ReminderSettings } from '@shared/reminders/reminderSettings';
import { Field } from '../../components/Field';
import { dates } from '../../components/formatDates';
import { FieldsToFix, focusFirstFieldToFix } from '../../components/FieldsToFix';
import { addRowAndFocus, focusNeighbour } from '../../components/focusNeighbour';
import { useKeptDraft } from '../../components/keptDraft';
import { useData } from '../../db/DataContext';
import { readSetting, writeSetting } from '../../db/settings';
import { desktop } from '../../desktop/desktop';
import { showError, useToastStore } from '../../state/toastStore';
import { DesktopSettingsFields } from './DesktopSettingsFields';
import { reminderSettingsSetting } from './reminderSettingsSetting';
import {
  draftFromSettings,
  MAX_FOLLOW_UP_DAYS,
  MAX_REMINDERS,
  newRowKey,
  settingsFromDraft,
  type LeadTimeDraft,
  type LeadUnit,
  type ReminderSettingsDraft,
} from './reminderSettingsDraft';

export function ReminderSettingsSection() {
  const { db } = useData();
  // Not the default while loading: the form would start from values the student never chose.
  const stored = useLiveQuery(() => readSetting(db, reminderSettingsSetting), [db]);
  const id = useId();
  return (
    <section aria-labelledby={`${id}-title`} className="settings-section reminder-settings-section">
      <h3 id={`${id}-title`}>Reminders</h3>
      <p className="muted">
        {desktop.platform === 'electron'
          ? 'Notifications before deadlines, interviews and the start of internships you applied to, and on follow-up days, each shown once.'
          : 'Notifications before deadlines, interviews and the start of internships you applied to, and on follow-up days, each shown once, while this page is open.'}
      </p>
      {stored === undefined ? (
        <p className="loading">Loading reminder settings…</p>
      ) : (
        <ReminderSettingsForm stored={stored} />
      )}
      {desktop.platform === 'electron' && <DesktopSettingsFields />}
    </section>
  );
}

/** Whether a draft holds what is not saved: other settings than those stored, or not settings yet. */
function isUnsaved(draft: ReminderSettingsDraft, storedKey: string): boolean {
  const conversion = settingsFromDraft(draft);
  return !conversion.ok || JSON.stringify(conversion.value) !== storedKey;
}

function ReminderSettingsForm({ stored }: { stored: ReminderSettings }) {
  const { db, reminderSettings } = useData();
  const toastShown = useToastStore((s) => s.toastShown);
  const storedKey = JSON.stringify(stored);
  // Changes not saved when Settings was left come back with it, unless the settings change meanwhile.
  const [draft, setDraft] = useKeptDraft(
    'reminder-settings',
    storedKey,
    () => draftFromSettings(stored),
    (d) => isUnsaved(d, storedKey),
    () => {
      const now = reminderSettings();
      return now === undefined ? storedKey : JSON.stringify(now);
    },
  );
  const [attempted, setAttempted] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);

  // Saved, restored or undone: the form shows what is stored now. (Compared by value: the
  // stored object is read anew whenever any setting changes.)
  const [draftOf, setDraftOf] = useState(storedKey);
  if (draftOf !== storedKey) {
    setDraftOf(storedKey);
    setDraft(draftFromSettings(stored));
    setAttempted(false);
  }

  const conversion = settingsFromDraft(draft);
  const issues = attempted && !conversion.ok ? conversion.issues : [];
  const errorAt = (path: string) => issues.find((issue) => issue.path === path)?.message;
  const unsaved = isUnsaved(draft, storedKey);
  const update = (patch: Partial<ReminderSettingsDraft>) => setDraft((d) => ({ ...d, ...patch }));

  async function save(event: FormEvent) {
    event.preventDefault();
    setAttempted(true);
    if (!conversion.ok) {
      focusFirstFieldToFix(formRef.current);
      return;
    }
    try {
      await writeSetting(db, reminderSettingsSetting, conversion.value);
      setDraft(draftFromSettings(conversion.value));
      setAttempted(false);
      toastShown({ message: 'Reminder settings saved.', tone: 'info' });
    } catch (error) {
      showError(error);
    }
  }

  async function restoreDefaults() {
    const previous = stored;
    try {
      await writeSetting(db, reminderSettingsSetting, DEFAULT_REMINDER_SETTINGS);
      setDraft(draftFromSettings(DEFAULT_REMINDER_SETTINGS));
      setAttempted(false);
      toastShown({
        message: 'Reminder settings are back to the defaults.',
        tone: 'info',
        action: {
          label: 'Undo',
          // "Undone: Reminder settings are back to the defaults." would read as its opposite.
          run: async () => {
            await writeSetting(db, reminderSettingsSetting, previous);
            return 'Your reminder settings are back as they were.';
          },
        },
      });
    } catch (error) {
      showError(error);
    }
  }

  return (
    <form ref={formRef} className="reminder-settings" onSubmit={save} noValidate>
      <fieldset>
        <legend>Internship start dates</legend>
        <label className="radio-row">
          <input
            type="checkbox"
            checked={draft.cohortStartsEnabled}
            onChange={(e) => update({ cohortStartsEnabled: e.target.checked })}
          />
          Remind me before an internship I applied to starts
        </label>
        {draft.cohortStartsEnabled && (
          <LeadList
            addLabel="Add a start date reminder"
            error={errorAt('cohortStarts')}
            hint="0 days before is the morning of the first day."
            count={draft.cohortDays.length}
            onAdd={() => update({ cohortDays: [...draft.cohortDays, { key: newRowKey(), days: '' }] })}
          >
            {draft.cohortDays.map((row, index) => (
              <LeadRow
                key={row.key}
                label={`Start date reminder ${index + 1}`}
                error={errorAt(`cohortStarts.daysBefore.${index}`)}
                amount={row.days}
                amountLabel="Days before"
                onAmount={(days) =>
                  update({ cohortDays: draft.cohortDays.map((r) => (r.key === row.key ? { ...r, days } : r)) })
                }
                onRemove={() => update({ cohortDays: draft.cohortDays.filter((r) => r.key !== row.key) })}
              >
                <span>days before</span>
              </LeadRow>
            ))}
          </LeadList>
        )}
      </fieldset>

      <fieldset>
        <legend>Deadlines</legend>
        <label className="radio-row">
          <input
            type="checkbox"
            checked={draft.deadlinesEnabled}
            onChange={(e) => update({ deadlinesEnabled: e.target.checked })}
          />
          Remind me before deadlines
        </label>
        {draft.deadlinesEnabled && (
          <LeadList
            addLabel="Add a deadline reminder"
            error={errorAt('deadlines')}
            hint="Days count on the calendar: 1 day before a deadline at 17:00 is 17:00 the day before. A deadline without a time is reminded at the time of day below: hours before it on its day."
            count={draft.deadlineLeads.length}
            onAdd={() => update({ deadlineLeads: [...draft.deadlineLeads, newLeadRow()] })}
          >
            <LeadTimeRows
              rows={draft.deadlineLeads}
              label="Deadline reminder"
              errorAt={(index) => errorAt(`deadlines.leadTimes.${index}`)}
              onChange={(deadlineLeads) => update({ deadlineLeads })}
            />
          </LeadList>
        )}
      </fieldset>

      <fieldset>
        <legend>Interviews and other events</legend>
        <label className="radio-row">
          <input
            type="checkbox"
            checked={draft.eventsEnabled}
            onChange={(e) => update({ eventsEnabled: e.target.checked })}
          />
          Remind me before interviews, assessments and other events with a time
        </label>
        {draft.eventsEnabled && (
          <LeadList
            addLabel="Add an event reminder"
            error={errorAt('events')}
            hint="Counted from the event's start, like deadlines. Events with only a date get no reminder; the calendar shows them."
            count={draft.eventLeads.length}
            onAdd={() => update({ eventLeads: [...draft.eventLeads, newLeadRow()] })}
          >
            <LeadTimeRows
              rows={draft.eventLeads}
              label="Event reminder"
              errorAt={(index) => errorAt(`events.leadTimes.${index}`)}
              onChange={(eventLeads) => update({ eventLeads })}
            />
          </LeadList>
        )}
      </fieldset>

      <fieldset>
        <legend>Follow-ups</legend>
        <label className="radio-row">
          <input
            type="checkbox"
            checked={draft.followUpsEnabled}
            onChange={(e) => update({ followUpsEnabled: e.target.checked })}
          />
          Remind me on the follow-up date of an application
        </label>
        {draft.followUpsEnabled && (
          <div className="follow-up-rule">
            <label className="radio-row">
              <input
                type="checkbox"
                checked={draft.followUpRuleEnabled}
                onChange={(e) => update({ followUpRuleEnabled: e.target.checked })}
              />
              Remind me to follow up after applying when nothing has changed
            </label>
            {draft.followUpRuleEnabled && (
              <FollowUpDays
                days={draft.followUpRuleDays}
                error={errorAt('followUps.afterApplying.days')}
                onChange={(followUpRuleDays) => update({ followUpRuleDays })}
              />
            )}
            <p className="hint small">
              Follow-up reminders come at the time of day below. The rule counts from the day an application moved to a
              stage of the Applied phase; any later stage change cancels it, and a follow-up date you set replaces it.
            </p>
          </div>
        )}
      </fieldset>

      <fieldset>
        <legend>Time of day</legend>
        <Field
          label="Remind about dates at"
          hint={`For start dates, deadlines without a time, and follow-ups.${quietNote(conversion)}`}
          error={errorAt('remindAt')}
          className="time-field"
        >
          <input type="time" value={draft.remindAt} onChange={(e) => update({ remindAt: e.target.value })} />
        </Field>
      </fieldset>

      <fieldset>
        <legend>Quiet hours</legend>
        <label className="radio-row">
          <input
            type="checkbox"
            checked={draft.quietEnabled}
            onChange={(e) => update({ quietEnabled: e.target.checked })}
          />
          No reminders during quiet hours
        </label>
        {draft.quietEnabled && (
          <>
            <div className="time-range">
              <Field label="From" error={errorAt('quietHours.start')} className="time-field">
                <input type="time" value={draft.quietStart} onChange={(e) => update({ quietStart: e.target.value })} />
              </Field>
              <Field label="To" error={errorAt('quietHours.end')} className="time-field">
                <input type="time" value={draft.quietEnd} onChange={(e) => update({ quietEnd: e.target.value })} />
              </Field>
            </div>
            <p className="hint small">
              A reminder that falls in quiet hours comes when they end, or just before they begin if that would be too
              late for what it is about.
            </p>
          </>
        )}
      </fieldset>

      <div className="button-row">
        <button type="submit" className="primary">
          Save reminder settings
        </button>
        <button type="button" onClick={restoreDefaults}>
          Restore defaults
        </button>
        {issues.length > 0 ? (
          <FieldsToFix count={issues.length} />
        ) : (
          unsaved && <p className="muted small">Unsaved changes</p>
        )}
      </div>
    </form>
  );
}

interface LeadListProps {
  addLabel: string;
  error: string | undefined;
  hint: string;
  count: number;
  onAdd: () => void;
  children: ReactNode;
}

function LeadList({ addLabel, error, hint, count, onAdd, children }: LeadListProps) {
  return (
    <div className="lead-list">
      {children}
      {error && <p className="field-error">{error}</p>}
      <button
        type="button"
        // The new row is the list's last; the list's message may stand between it and this button.
        onClick={(event) => addRowAndFocus(event.currentTarget, onAdd, lastLeadRow)}
        disabled={count >= MAX_REMINDERS}
      >
        {addLabel}
      </button>
      <p className="hint small">
        {hint}
        {count >= MAX_REMINDERS && ` At most ${MAX_REMINDERS} reminders.`}
      </p>
    </div>
  );
}

const lastLeadRow = (addButton: HTMLElement) =>
  [...(addButton.closest('.lead-list')?.querySelectorAll('.lead-row') ?? [])].at(-1) ?? null;

interface LeadRowProps {
  label: string;
  error: string | undefined;
  amount: string;
  amountLabel: string;
  onAmount: (amount: string) => void;
  onRemove: () => void;
  /** The unit and "before" after the number. */
  children: ReactNode;
}

function LeadRow({ label, error, amount, amountLabel, onAmount, onRemove, children }: LeadRowProps) {
  const errorId = useId();
  return (
    <div className={error ? 'lead-row invalid' : 'lead-row'} role="group" aria-label={label}>
      <input
        className="lead-amount"
        inputMode="numeric"
        aria-label={amountLabel}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        value={amount}
        onChange={(e) => onAmount(e.target.value)}
      />
      {children}
      <button
        type="button"
        className="link-button"
        aria-label={`Remove ${label.toLowerCase()}`}
        onClick={(event) => {
          focusNeighbour(event.currentTarget.closest('.lead-row'));
          onRemove();
        }}
      >
        Remove
      </button>
      {error && (
        <span id={errorId} className="field-error">
          {error}
        </span>
      )}
    </div>
  );
}

/**
 * A row added starts in days, whatever the row above is in: a number typed as days but meant as
 * hours reminds early, one typed as hours but meant as days reminds too late to act on.
 */
const newLeadRow = (): LeadTimeDraft => ({ key: newRowKey(), amount: '', unit: 'days' });

interface LeadTimeRowsProps {
  rows: LeadTimeDraft[];
  /** Each row is this, numbered: "Deadline reminder 2". */
  label: string;
  errorAt: (index: number) => string | undefined;
  onChange: (rows: LeadTimeDraft[]) => void;
}

/** Lead times in days or hours: deadlines' and events'. */
function LeadTimeRows({ rows, label, errorAt, onChange }: LeadTimeRowsProps) {
  return rows.map((row, index) => {
    const change = (patch: { amount?: string; unit?: LeadUnit }) =>
      onChange(rows.map((r) => (r.key === row.key ? { ...r, ...patch } : r)));
    return (
      <LeadRow
        key={row.key}
        label={`${label} ${index + 1}`}
        error={errorAt(index)}
        amount={row.amount}
        amountLabel="How long before"
        onAmount={(amount) => change({ amount })}
        onRemove={() => onChange(rows.filter((r) => r.key !== row.key))}
      >
        <select aria-label="Unit" value={row.unit} onChange={(e) => change({ unit: e.target.value as LeadUnit })}>
          <option value="days">days</option>
          <option value="hours">hours</option>
        </select>
        <span>before</span>
      </LeadRow>
    );
  });
}

/** N of "follow up N days after applying", with its message beside it. */
function FollowUpDays({
  days,
  error,
  onChange,
}: {
  days: string;
  error: string | undefined;
  onChange: (days: string) => void;
}) {
  const errorId = useId();
  return (
    <div className={error ? 'lead-row follow-up-days invalid' : 'lead-row follow-up-days'}>
      <input
        className="lead-amount"
        inputMode="numeric"
        aria-label="Days after applying"
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        value={days}
        onChange={(e) => onChange(e.target.value)}
      />
      <span>days after applying (1 to {MAX_FOLLOW_UP_DAYS})</span>
      {error && (
        <span id={errorId} className="field-error">
          {error}
        </span>
      )}
    </div>
  );
}

/** " 7:00 AM is in your quiet hours (10:00 PM–8:00 AM): those reminders come at 8:00 AM." when it is. */
function quietNote(conversion: ReturnType<typeof settingsFromDraft>): string {
  if (!conversion.ok) return '';
  const { remindAt, quietHours } = conversion.value;
  if (!isQuietMinute(quietHours, minutesOfDay(remindAt))) return '';
  const [at, start, end] = [remindAt, quietHours.start, quietHours.end].map((time) => timeOfDayWords(time, dates));
  return ` ${at} is in your quiet hours (${start}–${end}): those reminders come at ${end}.`;
}
