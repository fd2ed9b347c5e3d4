// Adds a stage to the pipeline: its name, the phase it belongs to for good, and its colour. It
// goes at the end of its phase's stages. A name typed and not added yet is unsaved work: kept, with
// the phase and colour chosen, when Settings is left, and there again on its return.
import { useId, useRef, useState, type FormEvent } from 'react';
import { PHASE_LABELS, PHASES, type Phase } from '@shared/application';
import type { Pipeline, StageColor } from '@shared/pipeline';
import { Field } from '../../components/Field';
import { useKeptDraft } from '../../components/keptDraft';
import { ColorSelect } from './ColorSelect';
import { stageNameProblem } from './stageEdits';
import type { NewStage } from './usePipelineChanges';

interface AddStageFormProps {
  pipeline: Pipeline;
  onAdd: (stage: NewStage) => Promise<boolean>;
}

interface NewStageDraft {
  name: string;
  phase: Phase;
  color: StageColor;
  /** Whether Add stage was pressed since the name was last emptied: the name's message shows. */
  attempted: boolean;
}

const freshStage = (): NewStageDraft => ({ name: '', phase: 'in-process', color: 'teal', attempted: false });

export function AddStageForm({ pipeline, onAdd }: AddStageFormProps) {
  const id = useId();
  const nameRef = useRef<HTMLInputElement>(null);
  // Made from nothing stored: a stage added meanwhile (another window) is checked for its name on return.
  const [draft, setDraft] = useKeptDraft('add-stage', '', freshStage, (d) => d.name.trim() !== '');
  const { name, phase, color, attempted } = draft;
  const change = (changed: Partial<NewStageDraft>) => setDraft((d) => ({ ...d, ...changed }));
  const [adding, setAdding] = useState(false);
  const problem = stageNameProblem(pipeline, name);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (adding) return;
    change({ attempted: true });
    if (problem !== null) {
      nameRef.current?.focus();
      return;
    }
    setAdding(true);
    if (await onAdd({ name: name.trim(), phase, color })) {
      change({ name: '', attempted: false });
      nameRef.current?.focus();
    }
    setAdding(false);
  }

  return (
    <form className="add-stage" aria-labelledby={`${id}-title`} onSubmit={submit} noValidate>
      <h4 id={`${id}-title`}>Add a stage</h4>
      <div className="add-stage-fields">
        <Field label="Name" error={attempted ? (problem ?? undefined) : undefined} className="add-stage-name">
          <input ref={nameRef} value={name} onChange={(e) => change({ name: e.target.value })} />
        </Field>
        <Field label="Phase" hint="Kept for good once the stage exists.">
          <select value={phase} onChange={(e) => change({ phase: e.target.value as Phase })}>
            {PHASES.map((value) => (
              <option key={value} value={value}>
                {PHASE_LABELS[value]}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Colour">
          <ColorSelect value={color} onChange={(next) => change({ color: next })} />
        </Field>
        <button type="submit" disabled={adding}>
          Add stage
        </button>
      </div>
    </form>
  );
}
