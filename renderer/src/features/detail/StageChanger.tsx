// Moves an application to another stage of the pipeline, optionally back-dated (to a day, with
// its time where it is known) and with a note.
// What is picked and typed and not yet recorded stays with the application (stageDrafts).
import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { Application } from '@shared/application';
import { deadlinesChangedSentence } from '@shared/deadlinesTicked';
import { stageById, stageLabel, stageRank } from '@shared/pipeline';
import { isFiledBeforeLatest } from '@shared/stageHistory';
import { StageOptions } from '../../components/StageOptions';
import { toCalendarDate } from '@shared/calendarDate';
import type { EntryTime } from '@shared/entryTime';
import { DateInput, NO_SUCH_DATE } from '../../components/DateInput';
import { ENTRY_TIME_HINT, entryInputProblem, entryTimeFromInputs } from '../../components/dateTimeInput';
import { useData } from '../../db/DataContext';
import { usePipeline } from '../../model/queries';
import { showError, useToastStore } from '../../state/toastStore';
import { keepStageDraft, stageDraftOf } from './stageDrafts';

/** What the form held when Record was pressed. */
interface Submission {
  stageId: string;
  when: string;
  time: string;
  note: string;
}

/** The time the fields give the change: null for now (When left empty), else the day, at its time where given. */
const enteredTime = ({ when, time }: Pick<Submission, 'when' | 'time'>): EntryTime | null =>
  when === '' ? null : entryTimeFromInputs(when, time);

function changesSomething(submission: Submission, app: Application): boolean {
  return submission.stageId !== app.stageId || enteredTime(submission) !== null || submission.note.trim() !== '';
}

export function StageChanger({ app }: { app: Application }) {
  const { repository } = useData();
  const pipeline = usePipeline();
  const toastShown = useToastStore((s) => s.toastShown);
  const id = useId();
  // The stage the student chose and has not recorded yet; until then the form shows the current
  // one. Kept across saves, so a pick made while an earlier change saves is never thrown away.
  const [draft] = useState(() => stageDraftOf(app.id));
  const [picked, setPicked] = useState<string | null>(draft?.picked ?? null);
  // A stage removed since it was picked (in Settings, or in another window) is no longer there to move to.
  const pickedStage = picked === null ? undefined : stageById(pipeline, picked);
  const stageId = pickedStage && !pickedStage.removed ? pickedStage.id : app.stageId;
  // When empty is now; a day with its Time empty is a change known only by its day.
  const [when, setWhen] = useState(draft?.when ?? '');
  const [time, setTime] = useState(draft?.time ?? '');
  const [note, setNote] = useState(draft?.note ?? '');
  useEffect(() => keepStageDraft(app.id, { picked, when, time, note }), [app.id, picked, when, time, note]);
  // The field Record refused (a time after now, no such date) as it was then, and why: the
  // message shows while the field still holds it.
  const [refusal, setRefusal] = useState<{ field: 'when' | 'time'; value: string; message: string } | null>(null);
  const errorOf = (field: 'when' | 'time') =>
    refusal?.field === field && refusal.value === (field === 'when' ? when : time) ? refusal.message : null;
  const whenError = errorOf('when');
  const timeError = errorOf('time');
  const whenRef = useRef<HTMLInputElement>(null);
  const timeRef = useRef<HTMLInputElement>(null);
  const [saving, setSaving] = useState(false);
  // Record pressed while a change is saving: the latest such submission, recorded right after it
  // (one write at a time, so two clicks never record the same change twice).
  const savingNow = useRef(false);
  const queued = useRef<Submission | null>(null);
  const latest = app.stageHistory.at(-1)!;
  const entered = enteredTime({ when, time });
  const backdatedBeforeLatest =
    entered !== null && isFiledBeforeLatest(app, { stageId, at: entered.at }, (id) => stageRank(pipeline, id));
  // A date that does not exist, or a time with no day, is something to refuse, not "now".
  const nothingToRecord = stageId === app.stageId && !entered && when !== NO_SUCH_DATE && time === '' && !note.trim();

  /** Clears what was recorded, and only that: whatever the student changed meanwhile stays. */
  function recorded(submission: Submission) {
    setPicked((current) => (current === submission.stageId ? null : current));
    setWhen((current) => (current === submission.when ? '' : current));
    setTime((current) => (current === submission.time ? '' : current));
    setNote((current) => (current === submission.note ? '' : current));
  }

  /** Escape first drops a change not yet recorded (a second one closes the details). */
  function cancelOnEscape(event: KeyboardEvent) {
    if (event.key !== 'Escape' || nothingToRecord) return;
    event.preventDefault();
    setPicked(null);
    setWhen('');
    setTime('');
    setNote('');
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (nothingToRecord && !savingNow.current) return;
    const refuse = (field: 'when' | 'time', message: string) => {
      setRefusal({ field, value: field === 'when' ? when : time, message });
      (field === 'when' ? whenRef : timeRef).current?.focus();
    };
    const problem = entryInputProblem(when, time, new Date());
    if (problem) return refuse(problem.field, problem.message);
    const submission: Submission = { stageId, when, time, note };
    if (savingNow.current) {
      queued.current = submission;
      return;
    }
    savingNow.current = true;
    setSaving(true);
    let next: Submission | null = submission;
    let current = app;
    while (next) {
      try {
        if (changesSomething(next, current)) {
          const request = { stageId: next.stageId, ...enteredTime(next), note: next.note.trim() };
          const change = await repository.changeStage(app.id, request);
          const { before, after } = change;
          current = after;
          const stage = stageById(pipeline, next.stageId)?.name ?? next.stageId;
          const stays = stageLabel(pipeline, after);
          toastShown({
            message:
              after.stageId !== before.stageId
                ? `Moved ${app.company} to ${stage}.${deadlinesChangedSentence(before, after)}`
                : after.stageId === next.stageId
                  ? `Recorded ${stage} in the history of ${app.company}.`
                  : // Filed before the latest entry: say what stays, and how to change it.
                    `Recorded ${stage} in the history of ${app.company}, before ${stays}, which stays the current stage. To change that, edit the time of ${stays} in the history.`,
            tone: 'info',
            action: { label: 'Undo', run: () => repository.revert([change]) },
          });
        }
        recorded(next);
        next = queued.current;
      } catch (error) {
        showError(error);
        next = null;
      }
      queued.current = null;
    }
    savingNow.current = false;
    setSaving(false);
  }

  return (
    // noValidate: a time after now gets the app's message under When, not the browser's passing bubble.
    <form className="status-changer" onSubmit={submit} onKeyDown={cancelOnEscape} aria-label="Change stage" noValidate>
      <div className="field">
        <label htmlFor={`${id}-stage`}>New stage</label>
        <select id={`${id}-stage`} value={stageId} onChange={(e) => setPicked(e.target.value)}>
          <StageOptions pipeline={pipeline} />
        </select>
      </div>
      <div className={whenError ? 'field invalid' : 'field'}>
        <label htmlFor={`${id}-when`}>When (leave empty for now)</label>
        <DateInput
          id={`${id}-when`}
          ref={whenRef}
          type="date"
          value={when}
          // Keeps the picker to days up to today; Record checks against the time it is pressed.
          max={toCalendarDate(new Date())}
          aria-invalid={whenError ? true : undefined}
          aria-describedby={whenError ? `${id}-when-error` : undefined}
          onValue={setWhen}
        />
        {whenError && (
          <span id={`${id}-when-error`} className="field-error">
            {whenError}
          </span>
        )}
      </div>
      <div className={timeError ? 'field invalid' : 'field'}>
        <label htmlFor={`${id}-time`}>Time</label>
        <DateInput
          id={`${id}-time`}
          ref={timeRef}
          type="time"
          value={time}
          aria-invalid={timeError ? true : undefined}
          aria-describedby={timeError ? `${id}-time-error` : `${id}-time-hint`}
          onValue={setTime}
        />
        {timeError ? (
          <span id={`${id}-time-error`} className="field-error">
            {timeError}
          </span>
        ) : (
          <span id={`${id}-time-hint`} className="hint small">
            {ENTRY_TIME_HINT}
          </span>
        )}
      </div>
      <div className="field grow">
        <label htmlFor={`${id}-note`}>Note</label>
        <input id={`${id}-note`} value={note} maxLength={2000} onChange={(e) => setNote(e.target.value)} />
      </div>
      <button
        type="submit"
        className="primary"
        aria-busy={saving}
        // Not `disabled`: a disabled button loses focus, and Record becomes one the moment it
        // has recorded, which would drop the keyboard to the top of the page.
        aria-disabled={nothingToRecord}
      >
        Record
      </button>
      {backdatedBeforeLatest && (
        <p className="hint small">
          This is earlier than the latest entry ({stageLabel(pipeline, latest)}), so it goes into the history in its
          place and the current stage stays {stageLabel(pipeline, app)}.
        </p>
      )}
    </form>
  );
}
