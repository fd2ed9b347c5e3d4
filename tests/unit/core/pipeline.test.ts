// The student's pipeline: stages mapped to fixed phases, and the edits the settings screen makes.
import { describe, expect, it } from 'vitest';
import { PHASES } from '@shared/application';
import {
  activeStages,
  addStage,
  DEFAULT_PIPELINE,
  firstStageOf,
  moveStage,
  phaseRank,
  pipelineSchema,
  recolourStage,
  removeStage,
  renameStage,
  stageById,
  stageLabel,
  stageNamed,
  stageRank,
  type Pipeline,
  type PipelineEdit,
} from '@shared/pipeline';

function pipelineOf(edit: PipelineEdit): Pipeline {
  if (!edit.ok) throw new Error(`expected the edit to succeed: ${edit.error}`);
  return edit.pipeline;
}
const names = (pipeline: Pipeline) => activeStages(pipeline).map((s) => s.name);

describe('the default pipeline', () => {
  it('is valid, and names its stages in the order an application moves through them', () => {
    expect(pipelineSchema.parse(DEFAULT_PIPELINE)).toEqual(DEFAULT_PIPELINE);
    expect(names(DEFAULT_PIPELINE)).toEqual([
      'Wishlist',
      'Applied',
      'Online assessment',
      'Phone screen',
      'Technical interview',
      'Final round',
      'Offer',
      'Accepted',
      'Rejected',
      'Withdrawn',
      'Declined',
      'Ghosted',
    ]);
  });

  it('maps each stage to its phase, the four endings to closed', () => {
    const phaseOf = (id: string) => stageById(DEFAULT_PIPELINE, id)?.phase;
    expect(['wishlist', 'applied', 'online-assessment', 'final-round', 'offer', 'accepted'].map(phaseOf)).toEqual([
      'saved',
      'applied',
      'in-process',
      'in-process',
      'offer',
      'accepted',
    ]);
    expect(['rejected', 'withdrawn', 'declined', 'ghosted'].map(phaseOf)).toEqual([
      'closed',
      'closed',
      'closed',
      'closed',
    ]);
  });
});

describe('looking stages up', () => {
  it('finds the first active stage of each phase', () => {
    expect(PHASES.map((phase) => firstStageOf(DEFAULT_PIPELINE, phase).id)).toEqual([
      'wishlist',
      'applied',
      'online-assessment',
      'offer',
      'accepted',
      'rejected',
    ]);
  });

  it('skips a removed stage when finding the first of its phase', () => {
    const pipeline = pipelineOf(removeStage(DEFAULT_PIPELINE, 'online-assessment'));
    expect(firstStageOf(pipeline, 'in-process').id).toBe('phone-screen');
  });

  it('finds an active stage by name ignoring case and spacing, never a removed one', () => {
    expect(stageNamed(DEFAULT_PIPELINE, '  phone   SCREEN ')?.id).toBe('phone-screen');
    expect(stageNamed(DEFAULT_PIPELINE, 'Interviewing')).toBeUndefined();
    const pipeline = pipelineOf(removeStage(DEFAULT_PIPELINE, 'phone-screen'));
    expect(stageNamed(pipeline, 'Phone screen')).toBeUndefined();
  });

  it('still knows a removed stage by id, so history can name it', () => {
    const pipeline = pipelineOf(removeStage(DEFAULT_PIPELINE, 'phone-screen'));
    expect(stageById(pipeline, 'phone-screen')).toMatchObject({ name: 'Phone screen', removed: true });
    expect(stageLabel(pipeline, { stageId: 'phone-screen', phase: 'in-process' })).toBe('Phone screen');
  });

  it('labels a stage the pipeline does not know by the phase its entry carries', () => {
    expect(stageLabel(DEFAULT_PIPELINE, { stageId: 'superday', phase: 'in-process' })).toBe('In process');
    expect(stageLabel(DEFAULT_PIPELINE, { stageId: 'offer', phase: 'offer' })).toBe('Offer');
  });

  it('ranks stages by their place in the pipeline, unknown ones last', () => {
    expect(stageRank(DEFAULT_PIPELINE, 'wishlist')).toBe(0);
    expect(stageRank(DEFAULT_PIPELINE, 'offer')).toBe(6);
    expect(stageRank(DEFAULT_PIPELINE, 'superday')).toBe(12);
  });

  it('ranks phases saved → applied → in process → offer → accepted → closed', () => {
    const shuffled = ['closed', 'offer', 'saved', 'accepted', 'in-process', 'applied'] as const;
    expect([...shuffled].sort((a, b) => phaseRank(a) - phaseRank(b))).toEqual([...PHASES]);
  });
});

describe('renaming and recolouring', () => {
  it('renames a stage, trimming the name, keeping its id and phase', () => {
    const pipeline = pipelineOf(renameStage(DEFAULT_PIPELINE, 'final-round', '  Superday '));
    expect(stageById(pipeline, 'final-round')).toEqual({
      id: 'final-round',
      name: 'Superday',
      phase: 'in-process',
      color: 'purple',
      removed: false,
    });
  });

  it('refuses a name another active stage has, ignoring case and spacing', () => {
    expect(renameStage(DEFAULT_PIPELINE, 'final-round', 'phone  screen')).toEqual({
      ok: false,
      error: 'Another stage has this name',
    });
  });

  it('allows the name of a removed stage', () => {
    const pipeline = pipelineOf(removeStage(DEFAULT_PIPELINE, 'phone-screen'));
    expect(stageById(pipelineOf(renameStage(pipeline, 'final-round', 'Phone screen')), 'final-round')?.name).toBe(
      'Phone screen',
    );
  });

  it('refuses an empty name', () => {
    expect(renameStage(DEFAULT_PIPELINE, 'final-round', '   ')).toEqual({ ok: false, error: 'Give the stage a name' });
  });

  it('recolours a stage', () => {
    expect(stageById(pipelineOf(recolourStage(DEFAULT_PIPELINE, 'offer', 'pink')), 'offer')?.color).toBe('pink');
  });

  it('leaves the pipeline it was given untouched', () => {
    const before = structuredClone(DEFAULT_PIPELINE);
    renameStage(DEFAULT_PIPELINE, 'offer', 'Offer!');
    removeStage(DEFAULT_PIPELINE, 'phone-screen');
    moveStage(DEFAULT_PIPELINE, 'offer', -1);
    expect(DEFAULT_PIPELINE).toEqual(before);
  });
});

describe('moving', () => {
  it('moves a stage up or down among the active stages', () => {
    const up = pipelineOf(moveStage(DEFAULT_PIPELINE, 'final-round', -1));
    expect(names(up).slice(2, 6)).toEqual(['Online assessment', 'Phone screen', 'Final round', 'Technical interview']);
    const down = pipelineOf(moveStage(DEFAULT_PIPELINE, 'wishlist', 1));
    expect(names(down).slice(0, 2)).toEqual(['Applied', 'Wishlist']);
  });

  it('does nothing past either end', () => {
    expect(pipelineOf(moveStage(DEFAULT_PIPELINE, 'wishlist', -1))).toEqual(DEFAULT_PIPELINE);
    expect(pipelineOf(moveStage(DEFAULT_PIPELINE, 'ghosted', 1))).toEqual(DEFAULT_PIPELINE);
  });

  it('moves over a removed stage as if it were not there, and keeps it', () => {
    const pipeline = pipelineOf(removeStage(DEFAULT_PIPELINE, 'phone-screen'));
    const moved = pipelineOf(moveStage(pipeline, 'technical-interview', -1));
    expect(names(moved).slice(2, 4)).toEqual(['Technical interview', 'Online assessment']);
    expect(stageById(moved, 'phone-screen')?.removed).toBe(true);
    expect(moved.stages).toHaveLength(12);
  });

  it('refuses a stage that is not there', () => {
    expect(moveStage(DEFAULT_PIPELINE, 'superday', 1)).toEqual({
      ok: false,
      error: 'This stage is not in the pipeline',
    });
  });
});

describe('adding', () => {
  it('adds a stage at the end of its phase', () => {
    const pipeline = pipelineOf(
      addStage(DEFAULT_PIPELINE, { id: 'superday', name: ' Superday ', phase: 'in-process', color: 'blue' }),
    );
    expect(names(pipeline).slice(5, 8)).toEqual(['Final round', 'Superday', 'Offer']);
    expect(stageById(pipeline, 'superday')).toEqual({
      id: 'superday',
      name: 'Superday',
      phase: 'in-process',
      color: 'blue',
      removed: false,
    });
  });

  it('adds a closed stage after the other endings', () => {
    const pipeline = pipelineOf(
      addStage(DEFAULT_PIPELINE, { id: 'on-hold', name: 'Position filled', phase: 'closed', color: 'gray' }),
    );
    expect(names(pipeline).at(-1)).toBe('Position filled');
  });

  it('refuses a name another active stage has, and an id already taken, removed stages included', () => {
    expect(addStage(DEFAULT_PIPELINE, { id: 'x', name: 'OFFER', phase: 'offer', color: 'amber' })).toEqual({
      ok: false,
      error: 'Another stage has this name',
    });
    const pipeline = pipelineOf(removeStage(DEFAULT_PIPELINE, 'phone-screen'));
    expect(
      addStage(pipeline, { id: 'phone-screen', name: 'Recruiter call', phase: 'in-process', color: 'teal' }),
    ).toEqual({ ok: false, error: 'Two stages share one id' });
  });
});

describe('removing', () => {
  it('marks the stage removed and keeps it, so its history entries keep their name', () => {
    const pipeline = pipelineOf(removeStage(DEFAULT_PIPELINE, 'ghosted'));
    expect(names(pipeline)).not.toContain('Ghosted');
    expect(stageById(pipeline, 'ghosted')).toMatchObject({ name: 'Ghosted', phase: 'closed', removed: true });
  });

  it('refuses to remove the last active stage of a phase', () => {
    expect(removeStage(DEFAULT_PIPELINE, 'wishlist')).toEqual({
      ok: false,
      error: '“Wishlist” is the only stage of its phase, so it cannot be removed',
    });
    let pipeline = DEFAULT_PIPELINE;
    for (const id of ['online-assessment', 'phone-screen', 'technical-interview'])
      pipeline = pipelineOf(removeStage(pipeline, id));
    expect(removeStage(pipeline, 'final-round')).toEqual({
      ok: false,
      error: '“Final round” is the only stage of its phase, so it cannot be removed',
    });
  });

  it('refuses a stage already removed or unknown', () => {
    const pipeline = pipelineOf(removeStage(DEFAULT_PIPELINE, 'ghosted'));
    expect(removeStage(pipeline, 'ghosted')).toEqual({ ok: false, error: 'This stage is not in the pipeline' });
    expect(removeStage(pipeline, 'superday')).toEqual({ ok: false, error: 'This stage is not in the pipeline' });
  });
});

describe('pipelineSchema', () => {
  it('refuses a pipeline without an active stage for some phase', () => {
    const stages = DEFAULT_PIPELINE.stages.map((s) => (s.phase === 'accepted' ? { ...s, removed: true } : s));
    expect(pipelineSchema.safeParse({ stages }).error?.issues.map((i) => i.message)).toEqual([
      'The pipeline needs a stage for the phase accepted',
    ]);
  });

  it('refuses two stages with one id, and two active stages with one name', () => {
    const [first, second] = DEFAULT_PIPELINE.stages;
    const twice = { stages: [...DEFAULT_PIPELINE.stages, { ...first!, name: 'Saved for later' }] };
    expect(pipelineSchema.safeParse(twice).error?.issues.map((i) => i.message)).toEqual(['Two stages share one id']);
    const sameName = { stages: [...DEFAULT_PIPELINE.stages, { ...second!, id: 'applied-2', name: 'applied ' }] };
    expect(pipelineSchema.safeParse(sameName).error?.issues.map((i) => i.message)).toEqual([
      'Another stage has this name',
    ]);
  });

  it('refuses a phase that is not one of the six', () => {
    const stages = [...DEFAULT_PIPELINE.stages, { ...DEFAULT_PIPELINE.stages[0]!, id: 'x', name: 'X', phase: 'done' }];
    expect(pipelineSchema.safeParse({ stages }).success).toBe(false);
  });
});
