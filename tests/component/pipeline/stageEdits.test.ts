// The pipeline edits of Settings → Pipeline: moves that keep a stage in its phase's place, the
// name rules, and readable ids for new stages.
import { describe, expect, it } from 'vitest';
import { DEFAULT_PIPELINE, type Pipeline, type Stage } from '@shared/pipeline';
import {
  moveWithinPhase,
  newStageId,
  stageNameProblem,
  stagesByPhase,
} from '../../../renderer/src/features/pipeline/stageEdits';

const ids = (pipeline: Pipeline) => pipeline.stages.map((s) => s.id);
const stage = (id: string, phase: Stage['phase'], removed = false): Stage => ({
  id,
  name: id,
  phase,
  color: 'gray',
  removed,
});

describe('stages by phase', () => {
  it('lists every phase in order with its active stages in pipeline order', () => {
    const groups = stagesByPhase({
      stages: [
        stage('saved', 'saved'),
        stage('gone', 'in-process', true),
        stage('applied', 'applied'),
        stage('oa', 'in-process'),
        stage('offer', 'offer'),
        stage('accepted', 'accepted'),
        stage('closed', 'closed'),
      ],
    });
    expect(groups.map((g) => [g.phase, g.stages.map((s) => s.id)])).toEqual([
      ['saved', ['saved']],
      ['applied', ['applied']],
      ['in-process', ['oa']],
      ['offer', ['offer']],
      ['accepted', ['accepted']],
      ['closed', ['closed']],
    ]);
  });
});

describe('moving a stage within its phase', () => {
  it('swaps it with its neighbour of the same phase', () => {
    const moved = moveWithinPhase(DEFAULT_PIPELINE, 'technical-interview', -1);
    expect(moved.ok && ids(moved.pipeline).slice(2, 6)).toEqual([
      'online-assessment',
      'technical-interview',
      'phone-screen',
      'final-round',
    ]);
  });

  it('leaves the first of a phase where it is rather than moving it into the phase before', () => {
    expect(moveWithinPhase(DEFAULT_PIPELINE, 'online-assessment', -1)).toEqual({
      ok: true,
      pipeline: DEFAULT_PIPELINE,
    });
    expect(moveWithinPhase(DEFAULT_PIPELINE, 'ghosted', 1)).toEqual({ ok: true, pipeline: DEFAULT_PIPELINE });
    expect(moveWithinPhase(DEFAULT_PIPELINE, 'applied', 1)).toEqual({ ok: true, pipeline: DEFAULT_PIPELINE });
  });

  it('passes stages of other phases in between, keeping their order', () => {
    const interleaved: Pipeline = {
      stages: [
        stage('saved', 'saved'),
        stage('oa', 'in-process'),
        stage('applied', 'applied'),
        stage('offer', 'offer'),
        stage('screen', 'in-process'),
        stage('accepted', 'accepted'),
        stage('closed', 'closed'),
      ],
    };
    const moved = moveWithinPhase(interleaved, 'screen', -1);
    expect(moved.ok && ids(moved.pipeline)).toEqual([
      'saved',
      'screen',
      'oa',
      'applied',
      'offer',
      'accepted',
      'closed',
    ]);
  });

  it('counts removed stages out', () => {
    const withRemoved = { stages: [...DEFAULT_PIPELINE.stages, stage('old-screen', 'in-process', true)] };
    const moved = moveWithinPhase(withRemoved, 'final-round', 1);
    expect(moved).toEqual({ ok: true, pipeline: withRemoved });
  });

  it('says so for a stage the pipeline does not have', () => {
    expect(moveWithinPhase(DEFAULT_PIPELINE, 'nope', 1)).toEqual({
      ok: false,
      error: 'This stage is not in the pipeline',
    });
  });
});

describe('stage names', () => {
  it('must be there, at most 60 characters, and not another active stage’s, ignoring case and spacing', () => {
    expect(stageNameProblem(DEFAULT_PIPELINE, '   ')).toBe('Give the stage a name');
    expect(stageNameProblem(DEFAULT_PIPELINE, ` ${'a'.repeat(60)} `)).toBeNull();
    expect(stageNameProblem(DEFAULT_PIPELINE, 'a'.repeat(61))).toBe(
      'Keep the name to 60 characters or fewer (this one has 61)',
    );
    expect(stageNameProblem(DEFAULT_PIPELINE, '  phone   SCREEN ')).toBe(
      'There is already a stage called “Phone screen”',
    );
  });

  it('may stay the stage’s own, or take the name of a removed stage', () => {
    expect(stageNameProblem(DEFAULT_PIPELINE, 'phone screen', 'phone-screen')).toBeNull();
    const removed = {
      stages: DEFAULT_PIPELINE.stages.map((s) => (s.id === 'ghosted' ? { ...s, removed: true } : s)),
    };
    expect(stageNameProblem(removed, 'Ghosted')).toBeNull();
  });
});

describe('ids of new stages', () => {
  it('are the name in lowercase ASCII words', () => {
    expect(newStageId(DEFAULT_PIPELINE, 'Coffee chat')).toBe('coffee-chat');
    expect(newStageId(DEFAULT_PIPELINE, '  Entretien téléphonique (RH) ')).toBe('entretien-telephonique-rh');
  });

  it('are numbered when a stage has the id already, removed stages included', () => {
    const removed = {
      stages: DEFAULT_PIPELINE.stages.map((s) => (s.id === 'offer' ? { ...s, removed: true } : s)),
    };
    expect(newStageId(removed, 'Offer!')).toBe('offer-2');
    const twice = { stages: [...DEFAULT_PIPELINE.stages, stage('offer-2', 'offer')] };
    expect(newStageId(twice, 'offer')).toBe('offer-3');
  });

  it('fall back to “stage” for a name with no letters or digits in ASCII', () => {
    expect(newStageId(DEFAULT_PIPELINE, '面试')).toBe('stage');
    expect(newStageId(DEFAULT_PIPELINE, 'x'.repeat(30) + ' ' + 'y'.repeat(30))).toBe(
      `${'x'.repeat(30)}-${'y'.repeat(9)}`,
    );
  });
});
