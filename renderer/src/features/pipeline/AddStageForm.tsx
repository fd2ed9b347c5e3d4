// Adds a stage to the pipeline: its name, the phase it belongs to for good, and its colour. It
// goes at the end of its phase's stages.
import { useId, useRef, useState, type FormEvent } from 'react';
import { PHASE_LABELS, PHASES, type Phase } from '@shared/application';
import type { Pipeline, StageColor } from '@shared/pipeline';
import { Field } from '../../components/Field';
import { ColorSelect } from './ColorSelect';
import { stageNameProblem } from './stageEdits';
import type { NewStage } from './usePipelineChanges';

interface AddStageFormProps {
  pipeline: Pipeline;
  onAdd: (stage: NewStage) => Promise<boolean>;
}

export function AddStageForm({ pipeline, onAdd }: AddStageFormProps) {
  const id = useId();
  const nameRef = useRef<HTMLInputElement>(null);
  const [name, setName] = useState('');
  const [phase, setPhase] = useState<Phase>('in-process');
  const [color, setColor] = useState<StageColor>('teal');
  const [attempted, setAttempted] = useState(false);
  const [adding, setAdding] = useState(false);
  const problem = stageNameProblem(pipeline, name);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (adding) return;
    setAttempted(true);
    if (problem !== null) {
      nameRef.current?.focus();
      return;
    }
    setAdding(true);
    if (await onAdd({ name: name.trim(), phase, color })) {
      setName('');
      setAttempted(false);
      nameRef.current?.focus();
    }
    setAdding(false);
  }

  return (
    <form className="add-stage" aria-labelledby={`${id}-title`} onSubmit={submit} noValidate>
      <h4 id={`${id}-title`}>Add a stage</h4>
      <div className="add-stage-fields">
        <Field label="Name" error={attempted ? (problem ?? undefined) : undefined} className="add-stage-name">
          <input ref={nameRef} value={name} onChange={(e) => setName(e.target.value)} />
        </Field>
        <Field label="Phase" hint="Kept for good once the stage exists.">
          <select value={phase} onChange={(e) => setPhase(e.target.value as Phase)}>
            {PHASES.map((value) => (
              <option key={value} value={value}>
                {PHASE_LABELS[value]}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Colour">
          <ColorSelect value={color} onChange={setColor} />
        </Field>
        <button type="submit" disabled={adding}>
          Add stage
        </button>
      </div>
    </form>
  );
}
