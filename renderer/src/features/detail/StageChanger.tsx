// Moves an application to another stage of the pipeline, optionally back-dated and with a note.
import { format, parse } from 'date-fns';
import { useId, useState, type FormEvent } from 'react';
import { PHASE_LABELS, PHASES, type Application } from '@shared/application';
import { toInstant } from '@shared/calendarDate';
import { activeStages, stageLabel } from '@shared/pipeline';
import { useData } from '../../db/DataContext';
import { usePipeline } from '../../model/queries';
import { showError } from '../../state/toastStore';

const LOCAL_INPUT = "yyyy-MM-dd'T'HH:mm";

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
  const at = when ? toInstant(parse(when, LOCAL_INPUT, new Date())) : null;
  const backdatedBeforeLatest = at !== null && Date.parse(at) < Date.parse(latest.at);
  const stages = activeStages(pipeline);

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
          {PHASES.map((phase) => (
            <optgroup key={phase} label={PHASE_LABELS[phase]}>
              {stages
                .filter((stage) => stage.phase === phase)
                .map((stage) => (
                  <option key={stage.id} value={stage.id}>
                    {stage.name}
                  </option>
                ))}
            </optgroup>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-when`}>When (leave empty for now)</label>
        <input
          id={`${id}-when`}
          type="datetime-local"
          value={when}
          max={format(new Date(), LOCAL_INPUT)}
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
