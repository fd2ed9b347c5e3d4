// The changes Settings → Pipeline makes, each saved through the repository and said in a message
// with Undo. They run one at a time and each starts from the pipeline as stored, not as last
// shown: the view hears of a save a moment after it, and two quick changes must not undo each
// other. Undo takes back that one change, leaving later ones alone.
import { PHASE_LABELS, type Phase } from '@shared/application';
import { countOf } from '@shared/countOf';
import { deadlinesChangedSentenceOfMany } from '@shared/deadlinesTicked';
import {
  activeStages,
  addStage,
  recolourStage,
  renameStage,
  stageById,
  stageInPlaceOf,
  type Pipeline,
  type PipelineEdit,
  type Stage,
  type StageColor,
} from '@shared/pipeline';
import { useRef } from 'react';
import { useData } from '../../db/DataContext';
import { ChangedSinceError, ValidationFailedError } from '../../db/errors';
import { pipelineSetting } from '../../db/pipelineSetting';
import { readSetting } from '../../db/settings';
import { showError, useToastStore } from '../../state/toastStore';
import { STAGE_COLOR_LABELS } from './ColorSelect';
import { moveWithinPhase, newStageId } from './stageEdits';

/** Where a moved stage is now, among the stages of its phase (1-based). */
export interface StagePlace {
  name: string;
  phase: Phase;
  position: number;
  of: number;
}

export interface NewStage {
  name: string;
  phase: Phase;
  color: StageColor;
}

/** A message for the user from a failed write: the repository's field issues without their paths. */
function messageOf(error: unknown): string {
  if (error instanceof ValidationFailedError) return error.issues.map((issue) => issue.message).join(' ');
  return error instanceof Error ? error.message : String(error);
}

/** The active stage of the same phase next to a stage, before it (-1) or after it (+1). */
function neighbourInPhase(pipeline: Pipeline, stageId: string, by: -1 | 1): Stage | undefined {
  const stage = stageById(pipeline, stageId);
  const phase = activeStages(pipeline).filter((s) => s.phase === stage?.phase);
  const at = phase.findIndex((s) => s.id === stageId);
  return at < 0 ? undefined : phase[at + by];
}

export function usePipelineChanges() {
  const { db, repository } = useData();
  const toastShown = useToastStore((s) => s.toastShown);
  const queue = useRef<Promise<unknown>>(Promise.resolve());

  function inTurn<T>(work: () => Promise<T>): Promise<T> {
    const result = queue.current.then(work);
    queue.current = result.catch(() => undefined);
    return result;
  }

  /** Applies a pure edit to the stored pipeline and saves the result; returns it. */
  function edit(change: (stored: Pipeline) => PipelineEdit): Promise<Pipeline> {
    return inTurn(async () => {
      const edited = change(await readSetting(db, pipelineSetting));
      if (!edited.ok) throw new Error(edited.error);
      await repository.savePipeline(edited.pipeline);
      return edited.pipeline;
    });
  }

  /**
   * The Undo of one change: refused while a later change stands in its way (`later` says which),
   * so it takes back its own change alone; its message comes back, to be used once that is undone.
   */
  function undoEdit(later: (stored: Pipeline) => string | null, change: (stored: Pipeline) => PipelineEdit) {
    return edit((stored) => {
      const reason = later(stored);
      if (reason !== null) throw new ChangedSinceError(reason);
      return change(stored);
    });
  }

  /** Runs a change, then shows what it did with Undo. Rejects with a message for the user. */
  async function announced<T>(
    change: () => Promise<T>,
    said: (result: T) => { message: string; undo: () => Promise<unknown> },
  ): Promise<T> {
    let result: T;
    try {
      result = await change();
    } catch (error) {
      throw new Error(messageOf(error), { cause: error });
    }
    const { message, undo } = said(result);
    toastShown({
      message,
      tone: 'info',
      action: {
        label: 'Undo',
        run: async () => {
          try {
            await undo();
          } catch (error) {
            if (error instanceof ChangedSinceError) throw error;
            throw new Error(`Could not undo: ${messageOf(error)}`, { cause: error });
          }
        },
      },
    });
    return result;
  }

  /** Runs a change that reports its own failure in a message; null when it failed. */
  async function done<T>(
    change: () => Promise<T>,
    said: (result: T) => { message: string; undo: () => Promise<unknown> },
  ): Promise<T | null> {
    try {
      return await announced(change, said);
    } catch (error) {
      showError(error);
      return null;
    }
  }

  return {
    async rename(stage: Stage, name: string): Promise<boolean> {
      const set = name.trim();
      const renamed = await done(
        () => edit((p) => renameStage(p, stage.id, set)),
        () => ({
          message: `Renamed “${stage.name}” to “${set}”.`,
          undo: () =>
            undoEdit(
              (p) => {
                const now = stageById(p, stage.id)!.name;
                return now === set
                  ? null
                  : `“${set}” has been renamed since (it is “${now}” now), so undo the later change first, then this one.`;
              },
              (p) => renameStage(p, stage.id, stage.name),
            ),
        }),
      );
      return renamed !== null;
    },

    async recolour(stage: Stage, color: StageColor): Promise<boolean> {
      const recoloured = await done(
        () => edit((p) => recolourStage(p, stage.id, color)),
        () => ({
          message: `“${stage.name}” is now ${STAGE_COLOR_LABELS[color].toLowerCase()}.`,
          undo: () =>
            undoEdit(
              (p) => {
                const now = stageById(p, stage.id)!;
                return now.color === color
                  ? null
                  : `“${now.name}” has been recoloured since (it is ${STAGE_COLOR_LABELS[now.color].toLowerCase()} now), so undo the later change first, then this one.`;
              },
              (p) => recolourStage(p, stage.id, stage.color),
            ),
        }),
      );
      return recoloured !== null;
    },

    /** Moves a stage among those of its phase; returns where it is now, or null if it failed. */
    async move(stage: Stage, by: -1 | 1): Promise<StagePlace | null> {
      /** The stage of the same phase this one passed, the two swapping places; none at the end of the phase. */
      let passed: Stage | undefined;
      const moved = await done(
        () =>
          edit((p) => {
            passed = neighbourInPhase(p, stage.id, by);
            return moveWithinPhase(p, stage.id, by);
          }),
        () => ({
          message: `Moved “${stage.name}” ${by < 0 ? 'up' : 'down'}.`,
          undo: () =>
            undoEdit(
              (p) =>
                !passed || neighbourInPhase(p, stage.id, -by as -1 | 1)?.id === passed.id
                  ? null
                  : `“${stageById(p, stage.id)!.name}” is no longer just ${by < 0 ? 'above' : 'below'} “${stageById(p, passed.id)!.name}”, so undo the later move first, then this one.`,
              (p) => (passed ? moveWithinPhase(p, stage.id, by < 0 ? 1 : -1) : { ok: true, pipeline: p }),
            ),
        }),
      );
      if (moved === null) return null;
      const ofPhase = moved.stages.filter((s) => s.phase === stage.phase && !s.removed);
      return {
        name: stage.name,
        phase: stage.phase,
        position: ofPhase.findIndex((s) => s.id === stage.id) + 1,
        of: ofPhase.length,
      };
    },

    /** Adds a stage at the end of its phase. Undo removes it again (moving anything put in it since). */
    async add(added: NewStage): Promise<boolean> {
      const result = await done(
        () =>
          inTurn(async () => {
            const stored = await readSetting(db, pipelineSetting);
            const id = newStageId(stored, added.name);
            const edited = addStage(stored, { ...added, id });
            if (!edited.ok) throw new Error(edited.error);
            await repository.savePipeline(edited.pipeline);
            return id;
          }),
        (id) => ({
          message: `Added “${added.name.trim()}” to ${PHASE_LABELS[added.phase]}.`,
          // Anything put in it since goes where its removal would send it, as the pipeline is then.
          undo: () =>
            inTurn(async () => {
              const stored = await readSetting(db, pipelineSetting);
              const stage = stageById(stored, id)!;
              if (stage.removed) throw new Error(`“${stage.name}” has been removed since.`);
              const to = stageInPlaceOf(stored, id);
              if (!to) throw new Error(`“${stage.name}” is now the only stage of its phase, so it stays.`);
              return repository.removeStage(id, to.id);
            }),
        }),
      );
      return result !== null;
    },

    /**
     * Removes a stage, its applications moving to `moveTo` (each move noted in its history).
     * Rejects with the message to show where the question was asked.
     */
    async remove(stage: Stage, moveTo: Stage): Promise<void> {
      await announced(
        () => inTurn(() => repository.removeStage(stage.id, moveTo.id)),
        (undo) => ({
          message:
            undo.moved.length === 0
              ? `Removed “${stage.name}”.`
              : `Removed “${stage.name}”: ${countOf(undo.moved.length, 'application')} moved to “${moveTo.name}”.${deadlinesChangedSentenceOfMany(undo.moved)}`,
          undo: () => inTurn(() => repository.undoStageRemoval(undo)),
        }),
      );
    },
  };
}
