// Asks where the applications of a stage being removed go: any other stage, the next one of the
// same phase first (the one before it for the last), and says how many move before anything does.
import { useId, useState } from 'react';
import { PHASE_LABELS } from '@shared/application';
import { countOf } from '@shared/countOf';
import { stageInPlaceOf, type Pipeline, type Stage } from '@shared/pipeline';
import { Dialog } from '../../components/Dialog';
import { stagesByPhase } from './stageEdits';

interface RemoveStageDialogProps {
  stage: Stage;
  pipeline: Pipeline;
  /** Applications in the stage; null while they are still loading. */
  count: number | null;
  onCancel: () => void;
  /** Resolves when removed; rejects with the message to show when it could not be. */
  onRemove: (moveTo: Stage) => Promise<void>;
}

/** What happens to the applications, in words: "12 applications move to Phone screen; …". */
function moveSummary(count: number | null, to: Stage): string {
  if (count === null) return `Its applications move to ${to.name}; each keeps a note in its history.`;
  if (count === 1) return `1 application moves to ${to.name}; it keeps a note in its history.`;
  return `${countOf(count, 'application')} move to ${to.name}; each keeps a note in its history.`;
}

export function RemoveStageDialog({ stage, pipeline, count, onCancel, onRemove }: RemoveStageDialogProps) {
  const id = useId();
  const groups = stagesByPhase(pipeline)
    .map(({ phase, stages }) => ({ phase, stages: stages.filter((s) => s.id !== stage.id) }))
    .filter(({ stages }) => stages.length > 0);
  const others = groups.flatMap(({ stages }) => stages);
  const [moveTo, setMoveTo] = useState(() => (stageInPlaceOf(pipeline, stage.id) ?? others[0]!).id);
  const [removing, setRemoving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const target = others.find((s) => s.id === moveTo) ?? others[0]!;

  async function remove() {
    setRemoving(true);
    setError(null);
    // Done, the dialog closes. Not done, it says why here: the page behind a modal dialog is
    // out of reach, a message down there included.
    try {
      await onRemove(target);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
      setRemoving(false);
    }
  }

  return (
    <Dialog
      title={`Remove “${stage.name}”?`}
      onClose={onCancel}
      footer={
        <>
          {error && (
            <p className="field-error" role="alert">
              {error}
            </p>
          )}
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
          <button type="button" className="primary" onClick={() => void remove()} disabled={removing}>
            Remove stage
          </button>
        </>
      }
    >
      <div className="remove-stage">
        <p>
          {count === null
            ? `Applications in “${stage.name}” need another stage.`
            : `${countOf(count, 'application')} ${count === 1 ? 'is' : 'are'} in “${stage.name}”.`}
        </p>
        <div className="field">
          <label htmlFor={`${id}-to`}>Move to</label>
          <select
            id={`${id}-to`}
            data-autofocus
            value={target.id}
            aria-describedby={`${id}-summary`}
            onChange={(e) => setMoveTo(e.target.value)}
          >
            {groups.map(({ phase, stages }) => (
              <optgroup key={phase} label={PHASE_LABELS[phase]}>
                {stages.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </div>
        <p id={`${id}-summary`} className="remove-summary">
          {moveSummary(count, target)}
        </p>
        <p className="hint small">
          Earlier entries in their histories still name “{stage.name}”. Undo puts the stage and its applications back.
        </p>
      </div>
    </Dialog>
  );
}
