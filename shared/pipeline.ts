// The student's pipeline: named, ordered, coloured stages, each mapped to one fixed phase. The
// app reasons with phases (reminders, next dates, filters, CSV, the funnel); people see stages.
//
// A stage's phase is chosen when it is added and never changes, and a removed stage is kept
// (marked removed, hidden from pickers and the board) so that history entries naming it keep
// their name and phase. So a stage id always means the same phase, and records may carry it.
import { z } from './zod';
import { PHASE_LABELS, PHASES, type Phase, type StageChange } from './application';

/** Colour tokens, not CSS: each theme gives every token a shade with enough contrast. */
export const STAGE_COLORS = ['gray', 'blue', 'teal', 'green', 'amber', 'orange', 'red', 'purple', 'pink'] as const;
export type StageColor = (typeof STAGE_COLORS)[number];

export const stageSchema = z.object({
  id: z.string().min(1, 'Missing id').max(100, 'Id is too long'),
  name: z.string().trim().min(1, 'Give the stage a name').max(60, 'Keep the name under 60 characters'),
  phase: z.enum(PHASES),
  color: z.enum(STAGE_COLORS),
  removed: z.boolean(),
});
export type Stage = z.infer<typeof stageSchema>;

export const pipelineSchema = z
  .object({ stages: z.array(stageSchema).min(1).max(100, 'Keep it to 100 stages or fewer') })
  .superRefine((pipeline, ctx) => {
    const ids = new Set<string>();
    const names = new Set<string>();
    pipeline.stages.forEach((stage, index) => {
      if (ids.has(stage.id))
        ctx.addIssue({ code: 'custom', message: 'Two stages share one id', path: ['stages', index, 'id'] });
      ids.add(stage.id);
      if (stage.removed) return;
      const name = stageNameKey(stage.name);
      if (names.has(name))
        ctx.addIssue({ code: 'custom', message: 'Another stage has this name', path: ['stages', index, 'name'] });
      names.add(name);
    });
    for (const phase of PHASES) {
      if (!pipeline.stages.some((stage) => stage.phase === phase && !stage.removed))
        ctx.addIssue({
          code: 'custom',
          message: `The pipeline needs a stage for the phase ${phase}`,
          path: ['stages'],
        });
    }
  });
export type Pipeline = z.infer<typeof pipelineSchema>;

const stage = (id: string, name: string, phase: Phase, color: StageColor): Stage => ({
  id,
  name,
  phase,
  color,
  removed: false,
});

export const DEFAULT_PIPELINE: Pipeline = {
  stages: [
    stage('wishlist', 'Wishlist', 'saved', 'gray'),
    stage('applied', 'Applied', 'applied', 'blue'),
    stage('online-assessment', 'Online assessment', 'in-process', 'teal'),
    stage('phone-screen', 'Phone screen', 'in-process', 'teal'),
    stage('technical-interview', 'Technical interview', 'in-process', 'purple'),
    stage('final-round', 'Final round', 'in-process', 'purple'),
    stage('offer', 'Offer', 'offer', 'amber'),
    stage('accepted', 'Accepted', 'accepted', 'green'),
    stage('rejected', 'Rejected', 'closed', 'red'),
    stage('withdrawn', 'Withdrawn', 'closed', 'gray'),
    stage('declined', 'Declined', 'closed', 'orange'),
    stage('ghosted', 'Ghosted', 'closed', 'gray'),
  ],
};

/** The stage a new application starts in: the first stage of the phase `saved`. */
export const FIRST_PHASE: Phase = 'saved';

/** Stages the user works with: not removed, in pipeline order. */
export function activeStages(pipeline: Pipeline): Stage[] {
  return pipeline.stages.filter((s) => !s.removed);
}

/** A stage by id, removed ones included (history can name them); undefined when unknown. */
export function stageById(pipeline: Pipeline, stageId: string): Stage | undefined {
  return pipeline.stages.find((s) => s.id === stageId);
}

/** The first active stage of a phase; every valid pipeline has one. */
export function firstStageOf(pipeline: Pipeline, phase: Phase): Stage {
  const found = pipeline.stages.find((s) => s.phase === phase && !s.removed);
  if (!found) throw new Error(`The pipeline has no stage for the phase ${phase}`);
  return found;
}

/**
 * Where the applications of a stage go when it is removed, unless the student says otherwise: the
 * next active stage of its phase, else the one before it. Also where one still in it after its
 * removal goes (a deleted one brought back, a backup): every valid pipeline has such a stage.
 */
export function stageInPlaceOf(pipeline: Pipeline, stageId: string): Stage | undefined {
  const at = pipeline.stages.findIndex((s) => s.id === stageId);
  const phase = pipeline.stages[at]?.phase;
  const other = (s: Stage) => s.phase === phase && !s.removed && s.id !== stageId;
  return pipeline.stages.slice(at + 1).find(other) ?? pipeline.stages.slice(0, at).findLast(other);
}

/** A stage name as names compare: active stages may not share one, and imports look one up. */
export function stageNameKey(name: string): string {
  return name.replace(/\s+/g, ' ').trim().toLowerCase();
}

/** An active stage whose name matches, ignoring case and spacing. */
export function stageNamed(pipeline: Pipeline, name: string): Stage | undefined {
  const wanted = stageNameKey(name);
  return activeStages(pipeline).find((s) => stageNameKey(s.name) === wanted);
}

/**
 * The name to show for a history entry or an application's stage: its stage's name, removed
 * stages included; the phase's label for a stage the pipeline does not know (a record restored
 * from elsewhere), since the entry carries its phase.
 */
export function stageLabel(pipeline: Pipeline, entry: Pick<StageChange, 'stageId' | 'phase'>): string {
  return stageById(pipeline, entry.stageId)?.name ?? PHASE_LABELS[entry.phase];
}

/** Phase order for sorting and the funnel; `closed` comes last. */
export function phaseRank(phase: Phase): number {
  return PHASES.indexOf(phase);
}

/** Sort rank of a stage: its place in the pipeline; unknown stages after every known one. */
export function stageRank(pipeline: Pipeline, stageId: string): number {
  const index = pipeline.stages.findIndex((s) => s.id === stageId);
  return index >= 0 ? index : pipeline.stages.length;
}

// Edits. Each returns a new pipeline, or a message saying why it cannot be done; the caller
// validates the result with pipelineSchema before storing it.
export type PipelineEdit = { ok: true; pipeline: Pipeline } | { ok: false; error: string };

function edited(pipeline: Pipeline, stages: Stage[]): PipelineEdit {
  const parsed = pipelineSchema.safeParse({ ...pipeline, stages });
  if (parsed.success) return { ok: true, pipeline: parsed.data };
  return { ok: false, error: parsed.error.issues[0]?.message ?? 'This change would break the pipeline' };
}

export function renameStage(pipeline: Pipeline, stageId: string, name: string): PipelineEdit {
  return edited(
    pipeline,
    pipeline.stages.map((s) => (s.id === stageId ? { ...s, name: name.trim() } : s)),
  );
}

export function recolourStage(pipeline: Pipeline, stageId: string, color: StageColor): PipelineEdit {
  return edited(
    pipeline,
    pipeline.stages.map((s) => (s.id === stageId ? { ...s, color } : s)),
  );
}

/** Moves an active stage up (-1) or down (+1) among the active stages. */
export function moveStage(pipeline: Pipeline, stageId: string, by: -1 | 1): PipelineEdit {
  const active = activeStages(pipeline);
  const from = active.findIndex((s) => s.id === stageId);
  const to = from + by;
  if (from < 0) return { ok: false, error: 'This stage is not in the pipeline' };
  if (to < 0 || to >= active.length) return { ok: true, pipeline };
  const reordered = [...active];
  [reordered[from], reordered[to]] = [reordered[to]!, reordered[from]!];
  // Removed stages keep their places relative to the end; only the active order matters.
  return edited(pipeline, [...reordered, ...pipeline.stages.filter((s) => s.removed)]);
}

/** Adds a stage at the end of the active stages of its phase. */
export function addStage(pipeline: Pipeline, added: Omit<Stage, 'removed'>): PipelineEdit {
  if (pipeline.stages.some((s) => s.id === added.id)) return { ok: false, error: 'Two stages share one id' };
  const stages = [...pipeline.stages];
  let at = -1;
  stages.forEach((s, index) => {
    if (!s.removed && s.phase === added.phase) at = index;
  });
  if (at < 0) at = stages.length - 1;
  stages.splice(at + 1, 0, { ...added, name: added.name.trim(), removed: false });
  return edited(pipeline, stages);
}

/**
 * Marks a stage removed. Applications in it must be moved first (the repository does both in
 * one transaction); the last active stage of a phase cannot go.
 */
export function removeStage(pipeline: Pipeline, stageId: string): PipelineEdit {
  const target = stageById(pipeline, stageId);
  if (!target || target.removed) return { ok: false, error: 'This stage is not in the pipeline' };
  if (activeStages(pipeline).filter((s) => s.phase === target.phase).length === 1)
    return { ok: false, error: `“${target.name}” is the only stage of its phase, so it cannot be removed` };
  return edited(
    pipeline,
    pipeline.stages.map((s) => (s.id === stageId ? { ...s, removed: true } : s)),
  );
}
