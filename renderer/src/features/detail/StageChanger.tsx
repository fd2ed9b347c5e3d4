// Moves an application to another stage of the pipeline, optionally back-dated and with a note.
import { useId, useState, type FormEvent } from 'react';
import type { Application } from '@shared/application';
import { stageLabel } from '@shared/pipeline';
import { StageOptions } from '../../components/StageOptions';
import { dateTimeInputValue, instantFromDateTimeInput } from '../../components/dateTimeInput';
import { useData } from '../../db/DataContext';
import { usePipeline } from '../../model/queries';
import { showError } from '../../state/toastStore';

export function StageChanger({ app }: { app: Application }) {
  const { repository } = useData();
  const pipeline = usePipeline();
  const id = useId();
  const [stageId, setStageId] = useState(app.stageId);
  const [when, setWhen] = useState('');
  const [note, setNote] = useState('');
  // A second click while the first is saving would record the same change twice.
  const [saving, setSaving] = useState(false);
  const latest = app.stageHistory.at(-1)!;
  const at = when ? instantFromDateTimeInput(when) : null;
  const backdatedBeforeLatest = at !== null && Date.parse(at) < Date.parse(latest.at);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (saving) return;
    setSaving(true);
    try {
      await repository.changeStage(app.id, { stageId, ...(at ? { at } : {}), note: note.trim() });
      setWhen('');
      setNote('');
    } catch (error) {
      showError(error);
    } finally {
      setSaving(false);
    }
  }

  return (
    <form className="status-changer" onSubmit={submit} aria-label="Change stage">
      <div className="field">
        <label htmlFor={`${id}-stage`}>New stage</label>
        <select id={`${id}-stage`} value={stageId} onChange={(e) => setStageId(e.target.value)}>
          <StageOptions pipeline={pipeline} />
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-when`}>When (leave empty for now)</label>
        <input
          id={`${id}-when`}
          type="datetime-local"
          value={when}
          max={dateTimeInputValue(new Date())}
          onChange={(e) => setWhen(e.target.value)}
        />
      </div>
      <div className="field grow">
        <label htmlFor={`${id}-note`}>Note</label>
        <input id={`${id}-note`} value={note} maxLength={2000} onChange={(e) => setNote(e.target.value)} />
      </div>
      <button type="submit" className="primary" disabled={saving || (stageId === app.stageId && !at && !note.trim())}>
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
