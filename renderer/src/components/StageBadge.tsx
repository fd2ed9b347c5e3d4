// A stage as a coloured pill: its name in the pipeline's colour for it. A stage the pipeline no
// longer offers keeps its name (history can name removed stages).
import type { Phase } from '@shared/application';
import { stageLabel, type Pipeline } from '@shared/pipeline';
import { usePipeline } from '../model/queries';

export function StageBadge({ stageId, phase }: { stageId: string; phase: Phase }) {
  const pipeline: Pipeline = usePipeline();
  const stage = pipeline.stages.find((s) => s.id === stageId);
  const label = stageLabel(pipeline, { stageId, phase });
  // The title keeps the whole name where a narrow column cuts it short.
  return (
    <span className={`status-badge stage-color-${stage?.color ?? 'gray'}`} title={label}>
      {label}
    </span>
  );
}
