// Every stage the application has been in, newest first. Each entry can be corrected (its stage,
// time or note) or removed, the only one excepted; either can be undone from the message it shows.
import { useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { flushSync } from 'react-dom';
import type { Application, StageChange } from '@shared/application';
import { deadlinesChangedSentence } from '@shared/deadlinesTicked';
import { stageLabel, type Pipeline } from '@shared/pipeline';
import type { AppliedChange } from '@shared/undoChange';
import { StageBadge } from '../../components/StageBadge';
import { StageOptions } from '../../components/StageOptions';
import { DATE_NOT_RECORDED, entryDay } from '@shared/entryTime';
import { DateInput } from '../../components/DateInput';
import {
  ENTRY_TIME_HINT,
  entryInputProblem,
  entryInputValues,
  entryTimeFromInputs,
} from '../../components/dateTimeInput';
import { focusNeighbour } from '../../components/focusNeighbour';
import { formatEntryTime } from '../../components/formatDates';
import { useData } from '../../db/DataContext';
import { ValidationFailedError } from '../../db/errors';
import { usePipeline } from '../../model/queries';
import { showError, useToastStore } from '../../state/toastStore';

/** An entry as buttons and messages name it: "Applied, Mar 3, 2026, 2:02 PM" ("Applied, Oct 14, 2026" known only by its day). */
function entryName(pipeline: Pipeline, entry: StageChange): string {
  return `${stageLabel(pipeline, entry)}, ${formatEntryTime(entry)}`;
}

export function StageTimeline({ app }: { app: Application }) {
  const { repository } = useData();
  const pipeline = usePipeline();
  const toastShown = useToastStore((s) => s.toastShown);
  const [editing, setEditing] = useState<string | null>(null);
  const listRef = useRef<HTMLOListElement>(null);
  const onlyEntry = app.stageHistory.length === 1;

  /** Back from the entry's form to its Change button (rendered at once, so it can take focus). */
  function closeEditor(entryId: string) {
    flushSync(() => setEditing(null));
    const items = [...(listRef.current?.children ?? [])] as HTMLElement[];
    items
      .find((item) => item.dataset.entryId === entryId)
      ?.querySelector('button')
      ?.focus();
  }

  async function remove(entry: StageChange, item: HTMLElement | null) {
    const name = entryName(pipeline, entry);
    // The entry's buttons go with it: focus moves on to the next entry first.
    focusNeighbour(item);
    try {
      const change = await repository.removeHistoryEntry(app.id, entry.id);
      toastShown({
        message: `Removed ${name} from the history of ${app.company}.${deadlinesChangedSentence(change.before, change.after)}`,
        tone: 'info',
        action: { label: 'Undo', run: () => repository.revert([change]) },
      });
    } catch (error) {
      // A refusal in words, without the field paths the editor's form places its messages by.
      showError(error instanceof ValidationFailedError ? error.issues.map((issue) => issue.message).join(' ') : error);
    }
  }

  return (
    <ol className="timeline" aria-label="Stage history" ref={listRef}>
      {[...app.stageHistory].reverse().map((entry) => (
        <li key={entry.id} data-entry-id={entry.id}>
          {editing === entry.id ? (
            <EntryEditor
              app={app}
              entry={entry}
              pipeline={pipeline}
              onDone={(saved) => {
                closeEditor(entry.id);
                if (saved)
                  toastShown({
                    message: `Corrected ${entryName(pipeline, entry)} in the history of ${app.company}.${deadlinesChangedSentence(saved.before, saved.after)}`,
                    tone: 'info',
                    action: { label: 'Undo', run: () => repository.revert([saved]) },
                  });
              }}
            />
          ) : (
            <div className="timeline-entry">
              <div>
                <StageBadge stageId={entry.stageId} phase={entry.phase} />
                {entry.dateUnknown ? (
                  <span className="timeline-when">{DATE_NOT_RECORDED}</span>
                ) : (
                  <time className="timeline-when" dateTime={entry.dayOnly ? entryDay(entry) : entry.at}>
                    {formatEntryTime(entry)}
                  </time>
                )}
                {entry.note && <p className="timeline-note">{entry.note}</p>}
              </div>
              <div className="timeline-actions">
                {/* "Change", not "Edit": the details' own Edit is then the only button of that name. */}
                <button
                  type="button"
                  className="link-button"
                  aria-label={`Change entry ${entryName(pipeline, entry)}`}
                  onClick={() => setEditing(entry.id)}
                >
                  Change
                </button>
                {!onlyEntry && (
                  <button
                    type="button"
                    className="link-button"
                    aria-label={`Remove entry ${entryName(pipeline, entry)}`}
                    onClick={(event) => void remove(entry, event.currentTarget.closest('li'))}
                  >
                    Remove
                  </button>
                )}
              </div>
            </div>
          )}
        </li>
      ))}
    </ol>
  );
}

/** What the date field of an entry whose date was not recorded says under it. */
const UNRECORDED_DATE_HINT = 'The date was not recorded: enter it if you know it';

type EntryField = 'stage' | 'when' | 'time' | 'note';

/** A message about a field and the value it was about: it is shown while the field still holds that value. */
interface Refusal {
  message: string;
  value: string;
}

type EntryErrors = Partial<Record<EntryField, Refusal>> & { other?: string };

/** Where the repository's messages go: the field whose path they name, or under the form. */
function errorsFrom(error: ValidationFailedError, sent: Record<EntryField, string>): EntryErrors {
  const errors: EntryErrors = {};
  for (const { path, message } of error.issues) {
    const key = /(^|\.)stageId$/.test(path)
      ? 'stage'
      : path.endsWith('.at')
        ? 'when'
        : path.endsWith('.note')
          ? 'note'
          : 'other';
    if (key === 'other') errors.other ??= message;
    else errors[key] ??= { message, value: sent[key] };
  }
  return errors;
}

function EntryEditor({
  app,
  entry,
  pipeline,
  onDone,
}: {
  app: Application;
  entry: StageChange;
  pipeline: Pipeline;
  /** Called with the change once saved (for Undo), or with null when nothing changed or cancelled. */
  onDone: (saved: AppliedChange | null) => void;
}) {
  const { repository } = useData();
  const id = useId();
  // An entry known only by its day is shown as its date, with an empty Time to give one; a timed
  // one with its time, to clear where only the day is known.
  const shown = entryInputValues(entry);
  const [stageId, setStageId] = useState(entry.stageId);
  const [when, setWhen] = useState(shown.date);
  const [time, setTime] = useState(shown.time);
  const [note, setNote] = useState(entry.note);
  const [errors, setErrors] = useState<EntryErrors>({});
  const [saving, setSaving] = useState(false);
  const whenRef = useRef<HTMLInputElement>(null);
  const timeRef = useRef<HTMLInputElement>(null);
  const values: Record<EntryField, string> = { stage: stageId, when, time, note };

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (saving) return;
    const refuse = (field: 'when' | 'time', message: string) => {
      setErrors({ [field]: { message, value: values[field] } });
      (field === 'when' ? whenRef : timeRef).current?.focus();
    };
    // An entry whose date was not recorded may keep it so, its stage or note corrected.
    if (when === '' && !entry.dateUnknown) return refuse('when', 'Enter the date of this change');
    const timeChanged = when !== shown.date || time !== shown.time;
    // Only a changed time is held to now: one left as shown is kept as it is.
    const problem = timeChanged ? entryInputProblem(when, time, new Date()) : null;
    if (problem) return refuse(problem.field, problem.message);
    // Only what changed is sent: a time left as shown keeps its seconds, its place in the history
    // and its being known only by its day or not; a time given makes it a timed entry, and a time
    // cleared one known only by its day.
    const change = {
      ...(stageId !== entry.stageId ? { stageId } : {}),
      ...(timeChanged ? entryTimeFromInputs(when, time) : {}),
      ...(note.trim() !== entry.note ? { note: note.trim() } : {}),
    };
    if (Object.keys(change).length === 0) return onDone(null);
    setSaving(true);
    try {
      onDone(await repository.editHistoryEntry(app.id, entry.id, change));
    } catch (error) {
      if (!(error instanceof ValidationFailedError)) {
        showError(error);
        setSaving(false);
        return;
      }
      setErrors(errorsFrom(error, values));
      setSaving(false);
    }
  }

  function cancelOnEscape(event: KeyboardEvent) {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    onDone(null);
  }

  // A field fixed since the refusal loses its message at once, not at the next save.
  const errorOf = (key: EntryField) => {
    const refusal = errors[key];
    return refusal?.value === values[key] ? refusal.message : undefined;
  };
  const describedBy = (key: EntryField) => (errorOf(key) ? `${id}-${key}-error` : undefined);
  const message = (key: EntryField) =>
    errorOf(key) && (
      <span id={`${id}-${key}-error`} className="field-error">
        {errorOf(key)}
      </span>
    );

  return (
    <form
      className="timeline-editor"
      aria-label={`Change entry ${entryName(pipeline, entry)}`}
      onSubmit={submit}
      onKeyDown={cancelOnEscape}
      noValidate
    >
      <div className={errorOf('stage') ? 'field invalid' : 'field'}>
        <label htmlFor={`${id}-stage`}>Stage</label>
        <select
          id={`${id}-stage`}
          // The form replaces the Change button that had focus: focus goes on into it.
          autoFocus
          value={stageId}
          aria-invalid={errorOf('stage') ? true : undefined}
          aria-describedby={describedBy('stage')}
          onChange={(e) => setStageId(e.target.value)}
        >
          <StageOptions pipeline={pipeline} keep={entry} />
        </select>
        {message('stage')}
      </div>
      <div className={errorOf('when') ? 'field invalid' : 'field'}>
        <label htmlFor={`${id}-when`}>When</label>
        <DateInput
          id={`${id}-when`}
          ref={whenRef}
          type="date"
          value={when}
          aria-invalid={errorOf('when') ? true : undefined}
          aria-describedby={describedBy('when') ?? (entry.dateUnknown ? `${id}-when-hint` : undefined)}
          onValue={setWhen}
        />
        {message('when') ??
          (entry.dateUnknown && (
            <span id={`${id}-when-hint`} className="hint small">
              {UNRECORDED_DATE_HINT}
            </span>
          ))}
      </div>
      <div className={errorOf('time') ? 'field invalid' : 'field'}>
        <label htmlFor={`${id}-time`}>Time</label>
        <DateInput
          id={`${id}-time`}
          ref={timeRef}
          type="time"
          value={time}
          aria-invalid={errorOf('time') ? true : undefined}
          aria-describedby={describedBy('time') ?? `${id}-time-hint`}
          onValue={setTime}
        />
        {message('time') ?? (
          <span id={`${id}-time-hint`} className="hint small">
            {ENTRY_TIME_HINT}
          </span>
        )}
      </div>
      <div className={errorOf('note') ? 'field invalid grow' : 'field grow'}>
        <label htmlFor={`${id}-note`}>Note</label>
        <input
          id={`${id}-note`}
          value={note}
          maxLength={2000}
          aria-invalid={errorOf('note') ? true : undefined}
          aria-describedby={describedBy('note')}
          onChange={(e) => setNote(e.target.value)}
        />
        {message('note')}
      </div>
      {errors.other && (
        <p className="field-error" role="alert">
          {errors.other}
        </p>
      )}
      <div className="button-row">
        <button type="submit" className="primary" disabled={saving}>
          Save
        </button>
        <button type="button" onClick={() => onDone(null)}>
          Cancel
        </button>
      </div>
    </form>
  );
}
