// Settings → Pipeline: the student's stages by phase, each renamed, recoloured, moved within its
// phase or removed in place, and a form to add one. Every change has Undo in its message.
import { useEffect, useId, useRef, useState } from 'react';
import { PHASE_LABELS, type Phase } from '@shared/application';
import { stageInPlaceOf, type Stage } from '@shared/pipeline';
import { usePipeline, useStageCounts } from '../../model/queries';
import { showError } from '../../state/toastStore';
import { AddStageForm } from './AddStageForm';
import { RemoveStageDialog } from './RemoveStageDialog';
import { StageRow } from './StageRow';
import { stagesByPhase } from './stageEdits';
import { usePipelineChanges, type StagePlace } from './usePipelineChanges';

/** What the app does with a phase: why it matters which one a stage belongs to. */
const PHASE_HINTS: Record<Phase, string> = {
  saved: 'Not applied yet. New applications start in the first stage here.',
  applied: 'Waiting to hear back. Sets the applied date; the follow-up rule counts from here.',
  'in-process': 'Assessments and interviews under way.',
  offer: 'An offer to decide on.',
  accepted: 'The offer you said yes to.',
  closed: 'Over: no reminders and no next date, and left out of the calendar export.',
};

function placeWords({ name, phase, position, of }: StagePlace): string {
  return `${name} is now ${position} of ${of} in the phase ${PHASE_LABELS[phase]}.`;
}

export function PipelineSection() {
  const pipeline = usePipeline();
  const counts = useStageCounts();
  const changes = usePipelineChanges();
  const id = useId();
  const listRef = useRef<HTMLDivElement>(null);
  const [announcement, setAnnouncement] = useState('');
  const [removing, setRemoving] = useState<Stage | null>(null);
  /** The stage whose name takes focus once the removed one's row is about to go. */
  const focusAfterRemoval = useRef<string | null>(null);

  const countOfStage = (stageId: string) => (counts === null ? null : (counts.get(stageId) ?? 0));

  // After a removal, focus goes to the name of the stage in its place: it says where you are, and
  // Enter there does nothing unless you typed. Its Remove button, in the same spot, would take a
  // second Enter as removing that stage too.
  function focusStageName(stageId: string) {
    const rows = listRef.current?.querySelectorAll<HTMLElement>('[data-stage-id]') ?? [];
    [...rows]
      .find((row) => row.dataset.stageId === stageId)
      ?.querySelector<HTMLElement>('.stage-name input')
      ?.focus();
  }

  // After the dialog closed (and gave focus back to the button of the row that is going).
  useEffect(() => {
    const next = focusAfterRemoval.current;
    if (removing !== null || next === null) return;
    focusAfterRemoval.current = null;
    focusStageName(next);
  }, [removing]);

  async function move(stage: Stage, by: -1 | 1) {
    const place = await changes.move(stage, by);
    if (place) setAnnouncement(placeWords(place));
  }

  /** Removes at once when the stage is empty, else asks where its applications go. */
  async function remove(stage: Stage, neighbour: Stage) {
    if (countOfStage(stage.id) !== 0) {
      focusAfterRemoval.current = neighbour.id;
      setRemoving(stage);
      return;
    }
    try {
      await changes.remove(stage, neighbour);
      focusStageName(neighbour.id);
    } catch (error) {
      showError(error);
    }
  }

  return (
    <section aria-labelledby={`${id}-title`} className="settings-section pipeline-settings">
      <h3 id={`${id}-title`}>Pipeline</h3>
      <p className="muted">
        The stages an application goes through, in your words. Each belongs to a phase, which the app goes by for
        reminders, next dates and filters; a stage keeps its phase.
      </p>
      <div className="phase-groups" ref={listRef}>
        {stagesByPhase(pipeline).map(({ phase, stages }) => (
          <div key={phase} className="phase-group" role="group" aria-label={`${PHASE_LABELS[phase]} phase`}>
            <div className="phase-header">
              <h4>{PHASE_LABELS[phase]}</h4>
              <p className="hint small">{PHASE_HINTS[phase]}</p>
            </div>
            <ol className="stage-list">
              {stages.map((stage, index) => (
                <StageRow
                  key={stage.id}
                  stage={stage}
                  pipeline={pipeline}
                  count={countOfStage(stage.id)}
                  first={index === 0}
                  last={index === stages.length - 1}
                  keep={
                    stages.length === 1
                      ? `${stage.name} is the only stage in the phase ${PHASE_LABELS[phase]}, so it cannot be removed. Rename it instead.`
                      : null
                  }
                  onRename={(name) => changes.rename(stage, name)}
                  onRecolour={(color) => changes.recolour(stage, color)}
                  onMove={(by) => void move(stage, by)}
                  onRemove={() => void remove(stage, stageInPlaceOf(pipeline, stage.id)!)}
                />
              ))}
            </ol>
          </div>
        ))}
      </div>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
      <AddStageForm pipeline={pipeline} onAdd={changes.add} />
      {removing && (
        <RemoveStageDialog
          stage={removing}
          pipeline={pipeline}
          count={countOfStage(removing.id)}
          onCancel={() => {
            focusAfterRemoval.current = null;
            setRemoving(null);
          }}
          onRemove={async (moveTo) => {
            await changes.remove(removing, moveTo);
            setRemoving(null);
          }}
        />
      )}
    </section>
  );
}
