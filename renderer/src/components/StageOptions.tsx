// The options of a stage picker: the pipeline's active stages grouped by phase. `keep` adds a
// stage the pipeline no longer offers (a history entry's removed stage) so a picker can show it.
import { PHASE_LABELS, PHASES, type StageChange } from '@shared/application';
import { activeStages, stageLabel, type Pipeline } from '@shared/pipeline';

export function StageOptions({
  pipeline,
  keep,
}: {
  pipeline: Pipeline;
  keep?: Pick<StageChange, 'stageId' | 'phase'>;
}) {
  const stages = activeStages(pipeline);
  const kept = keep && !stages.some((s) => s.id === keep.stageId) ? keep : null;
  return PHASES.map((phase) => (
    <optgroup key={phase} label={PHASE_LABELS[phase]}>
      {kept?.phase === phase && (
        <option value={kept.stageId}>{stageLabel(pipeline, kept)} (no longer in your pipeline)</option>
      )}
      {stages
        .filter((stage) => stage.phase === phase)
        .map((stage) => (
          <option key={stage.id} value={stage.id}>
            {stage.name}
          </option>
        ))}
    </optgroup>
  ));
}
