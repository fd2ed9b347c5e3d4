// The pipeline as Settings → Pipeline edits it: stages shown by phase, moved within their phase,
// named under the same rules the pipeline's schema keeps, and given readable ids.
import { PHASES, type Phase } from '@shared/application';
import { activeStages, moveStage, stageNamed, type Pipeline, type PipelineEdit, type Stage } from '@shared/pipeline';

/** The same limit as the pipeline's schema, said in the form's words. */
export const MAX_STAGE_NAME = 60;

/** Active stages by phase, each phase's in pipeline order; every phase is listed. */
export function stagesByPhase(pipeline: Pipeline): { phase: Phase; stages: Stage[] }[] {
  const active = activeStages(pipeline);
  return PHASES.map((phase) => ({ phase, stages: active.filter((s) => s.phase === phase) }));
}

/**
 * Moves a stage up (-1) or down (+1) past the neighbouring stage of its own phase. Phases keep
 * their order (the app reasons with it), so a stage never leaves its phase's place; stages of
 * other phases in between (a pipeline stored that way) keep their order too.
 */
export function moveWithinPhase(pipeline: Pipeline, stageId: string, by: -1 | 1): PipelineEdit {
  const active = activeStages(pipeline);
  const from = active.findIndex((s) => s.id === stageId);
  if (from < 0) return { ok: false, error: 'This stage is not in the pipeline' };
  const phase = active[from]!.phase;
  let to = from + by;
  while (to >= 0 && to < active.length && active[to]!.phase !== phase) to += by;
  if (to < 0 || to >= active.length) return { ok: true, pipeline };
  let moved = pipeline;
  for (let step = 0; step < Math.abs(to - from); step += 1) {
    const edit = moveStage(moved, stageId, by);
    if (!edit.ok) return edit;
    moved = edit.pipeline;
  }
  return { ok: true, pipeline: moved };
}

/** What is wrong with a stage name, or null: `exceptId` is the stage being renamed. */
export function stageNameProblem(pipeline: Pipeline, name: string, exceptId?: string): string | null {
  const trimmed = name.trim();
  if (trimmed === '') return 'Give the stage a name';
  if (trimmed.length > MAX_STAGE_NAME)
    return `Keep the name to ${MAX_STAGE_NAME} characters or fewer (this one has ${trimmed.length})`;
  const same = stageNamed(pipeline, trimmed);
  if (same && same.id !== exceptId) return `There is already a stage called “${same.name}”`;
  return null;
}

/**
 * An id for a new stage, readable in a backup: its name in lowercase ASCII words ("Coffee chat"
 * → `coffee-chat`), numbered when a stage (removed ones included) already has it.
 */
export function newStageId(pipeline: Pipeline, name: string): string {
  const slug =
    name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40)
      .replace(/-+$/, '') || 'stage';
  const taken = new Set(pipeline.stages.map((s) => s.id));
  if (!taken.has(slug)) return slug;
  let n = 2;
  while (taken.has(`${slug}-${n}`)) n += 1;
  return `${slug}-${n}`;
}
