// Moves an application to another stage of the pipeline, optionally back-dated and with a note.
// What is picked and typed and not yet recorded stays with the application (stageDrafts).
import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { Application } from '@shared/application';
import { deadlinesChangedSentence } from '@shared/deadlinesTicked';
import { stageById, stageLabel, stageRank } from '@shared/pipeline';
import { isFiledBeforeLatest } from '@shared/stageHistory';
import { StageOptions } from '../../components/StageOptions';
import { DateInput, NO_SUCH_DATE, NO_SUCH_DATE_TIME_MESSAGE } from '../../components/DateInput';
import {
  dateTimeInputValue,
  instantFromDateTimeInput,
  isLaterThan,
  LATER_THAN_NOW,
} from '../../components/dateTimeInput';
import { useData } from '../../db/DataContext';
import { usePipeline } from '../../model/queries';
import { showError, useToastStore } from '../../state/toastStore';
import { keepStageDraft, stageDraftOf } from './stageDrafts';

/** What the form held when Record was pressed. */
interface Submission {
  stageId: string;
  when: string;
  note: string;
}

const atOf = (when: string) => (when ? instantFromDateTimeInput(when) : null);

function changesSomething(submission: Submission, app: Application): boolean {
  return submission.stageId !== app.stageId || atOf(submission.when) !== null || submission.note.trim() !== '';
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
  const [when, setWhen] = useState(draft?.when ?? '');
  const [note, setNote] = useState(draft?.note ?? '');
  useEffect(() => keepStageDraft(app.id, { picked, when, note }), [app.id, picked, when, note]);
  // When as it was when Record refused it (a time after now, no such date), and why: the
  // message shows while When still holds it.
  const [refusal, setRefusal] = useState<{ when: string; message: string } | null>(null);
  const whenError = refusal?.when === when ? refusal.message : null;
  const whenRef = useRef<HTMLInputElement>(null);
  const [saving, setSaving] = useState(false);
  // Record pressed while a change is saving: the latest such submission, recorded right after it
  // (one write at a time, so two clicks never record the same change twice).
  const savingNow = useRef(false);
  const queued = useRef<Submission | null>(null);
  const latest = app.stageHistory.at(-1)!;
  const at = atOf(when);
  const backdatedBeforeLatest =
    at !== null && isFiledBeforeLatest(app, { stageId, at }, (id) => stageRank(pipeline, id));
  // A date that does not exist is something to refuse, not "now".
  const nothingToRecord = stageId === app.stageId && !at && when !== NO_SUCH_DATE && !note.trim();

  /** Clears what was recorded, and only that: whatever the student changed meanwhile stays. */
  function recorded(submission: Submission) {
    setPicked((current) => (current === submission.stageId ? null : current));
    setWhen((current) => (current === submission.when ? '' : current));
    setNote((current) => (current === submission.note ? '' : current));
  }

  /** Escape first drops a change not yet recorded (a second one closes the details). */
  function cancelOnEscape(event: KeyboardEvent) {
    if (event.key !== 'Escape' || nothingToRecord) return;
    event.preventDefault();
    setPicked(null);
    setWhen('');
    setNote('');
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (nothingToRecord && !savingNow.current) return;
    const refuse = (message: string) => {
      setRefusal({ when, message });
      whenRef.current?.focus();
    };
    if (when === NO_SUCH_DATE) return refuse(NO_SUCH_DATE_TIME_MESSAGE);
    if (at !== null && isLaterThan(at, new Date())) return refuse(LATER_THAN_NOW);
    const submission: Submission = { stageId, when, note };
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
          const nextAt = atOf(next.when);
          const request = { stageId: next.stageId, ...(nextAt ? { at: nextAt } : {}), note: next.note.trim() };
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
          type="datetime-local"
          value={when}
          // Keeps the picker to times up to now; Record checks against the time it is pressed.
          max={dateTimeInputValue(new Date())}
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
