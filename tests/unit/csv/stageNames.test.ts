import { describe, expect, it } from 'vitest';
import { historyStageWriter, readStageName } from '@shared/csv/stageNames';
import { addStage, DEFAULT_PIPELINE, removeStage, renameStage, type Pipeline } from '@shared/pipeline';

function edited(edit: { ok: true; pipeline: Pipeline } | { ok: false; error: string }): Pipeline {
  if (!edit.ok) throw new Error(edit.error);
  return edit.pipeline;
}

const reading = (pipeline: Pipeline, name: string, query = {}) => {
  const read = readStageName(pipeline, name, query);
  return read && { id: read.stage.id, how: read.how };
};

describe('readStageName', () => {
  it("finds the pipeline's own stage by name, whatever the case and spacing", () => {
    expect(reading(DEFAULT_PIPELINE, '  phone   SCREEN ')).toEqual({ id: 'phone-screen', how: 'name' });
  });

  it('reads status words of other trackers as the stage they name', () => {
    expect(reading(DEFAULT_PIPELINE, 'OA')).toEqual({ id: 'online-assessment', how: 'word' });
    expect(reading(DEFAULT_PIPELINE, 'Offer received!')).toEqual({ id: 'offer', how: 'word' });
    expect(reading(DEFAULT_PIPELINE, 'No response')).toEqual({ id: 'ghosted', how: 'word' });
  });

  it("reads 'Selected' and 'Aprovado' as an offer only as the whole status: in a longer one they say a step", () => {
    expect(reading(DEFAULT_PIPELINE, 'Selected')).toEqual({ id: 'offer', how: 'word' });
    expect(reading(DEFAULT_PIPELINE, 'Aprovado')).toEqual({ id: 'offer', how: 'word' });
    expect(reading(DEFAULT_PIPELINE, 'Selected for interview')).toEqual({ id: 'technical-interview', how: 'phase' });
    expect(reading(DEFAULT_PIPELINE, 'Selected for OA')).toEqual({ id: 'online-assessment', how: 'phase' });
    expect(reading(DEFAULT_PIPELINE, 'Aprovado para entrevista')).toEqual({ id: 'technical-interview', how: 'phase' });
  });

  it("puts a word whose stage the pipeline lacks in its phase's stage named with its word, else the phase's first", () => {
    // Not the online assessment that opens the phase: an interview stage.
    expect(reading(DEFAULT_PIPELINE, 'Interview')).toEqual({ id: 'technical-interview', how: 'phase' });
    expect(reading(DEFAULT_PIPELINE, '🗣️ Interviewing')).toEqual({ id: 'technical-interview', how: 'phase' });
    expect(reading(DEFAULT_PIPELINE, 'In progress')).toEqual({ id: 'online-assessment', how: 'phase' });
    expect(reading(DEFAULT_PIPELINE, 'Closed')).toEqual({ id: 'rejected', how: 'phase' });
  });

  it('puts an interview in another language where its English word would go, not in the online assessment', () => {
    // "Entretien" shares no word with "Technical interview"; the status word it is ("Interviewing") does.
    for (const status of ['Entretien', 'Entretien technique', 'Entretien RH', 'Entrevista', 'Entrevista técnica'])
      expect(reading(DEFAULT_PIPELINE, status)).toEqual({ id: 'technical-interview', how: 'phase' });
    expect(reading(DEFAULT_PIPELINE, 'Vorstellungsgespräch')).toEqual({ id: 'technical-interview', how: 'word' });
    expect(reading(DEFAULT_PIPELINE, 'Telefoninterview')).toEqual({ id: 'phone-screen', how: 'word' });
  });

  it("prefers the user's stage of a word's name when there is one", () => {
    const pipeline = edited(
      addStage(DEFAULT_PIPELINE, { id: 'interviewing', name: 'Interviewing', phase: 'in-process', color: 'teal' }),
    );
    expect(reading(pipeline, 'Interview scheduled')).toEqual({ id: 'interviewing', how: 'word' });
  });

  it('prefers the name exactly as written, so a removed stage keeps its own name in history', () => {
    // A stage renamed after another with its name was removed: names compare alike, spelled apart.
    const withOld: Pipeline = {
      stages: [
        ...DEFAULT_PIPELINE.stages,
        { id: 'old-oa', name: 'online ASSESSMENT', phase: 'in-process', color: 'gray', removed: true },
      ],
    };
    expect(reading(withOld, 'online ASSESSMENT', { removed: true })).toEqual({ id: 'old-oa', how: 'name' });
    expect(reading(withOld, 'Online assessment', { removed: true })).toEqual({ id: 'online-assessment', how: 'name' });
    expect(reading(withOld, 'ONLINE assessment', { removed: true })).toEqual({ id: 'online-assessment', how: 'name' });
    expect(reading(withOld, 'online ASSESSMENT')).toEqual({ id: 'online-assessment', how: 'name' });
  });

  it('does not guess a word it does not know', () => {
    expect(readStageName(DEFAULT_PIPELINE, 'Coffee chat with an alum')).toBeNull();
  });

  it('reads a longer status by the status word it opens or ends with, furthest along, and says so', () => {
    expect(reading(DEFAULT_PIPELINE, 'Rejected after interview')).toEqual({ id: 'rejected', how: 'phase' });
    expect(reading(DEFAULT_PIPELINE, 'Interview - rejected')).toEqual({ id: 'rejected', how: 'phase' });
    expect(reading(DEFAULT_PIPELINE, 'Applied - no response')).toEqual({ id: 'ghosted', how: 'phase' });
    expect(reading(DEFAULT_PIPELINE, 'Offer - negotiating')).toEqual({ id: 'offer', how: 'phase' });
    expect(reading(DEFAULT_PIPELINE, 'Offer rescinded')).toEqual({ id: 'rejected', how: 'phase' });
    expect(reading(DEFAULT_PIPELINE, 'Take-home assignment')).toEqual({ id: 'online-assessment', how: 'phase' });
    // A round past the first is a late one (tester34).
    expect(reading(DEFAULT_PIPELINE, 'Interview (Round 2)')).toEqual({ id: 'final-round', how: 'word' });
    expect(reading(DEFAULT_PIPELINE, 'Interview (Round 1)')).toEqual({ id: 'technical-interview', how: 'phase' });
    expect(reading(DEFAULT_PIPELINE, 'Phone interview scheduled')).toEqual({ id: 'phone-screen', how: 'phase' });
    // An applied word negated at the end is not applied; the rest of the status is read as it is.
    expect(reading(DEFAULT_PIPELINE, 'Noch nicht beworben (Frist Januar)')).toEqual({ id: 'wishlist', how: 'phase' });
    expect(reading(DEFAULT_PIPELINE, 'Referral asked, not applied')).toEqual({ id: 'wishlist', how: 'phase' });
    expect(reading(DEFAULT_PIPELINE, 'Rejected - never applied')).toEqual({ id: 'rejected', how: 'phase' });
    // A status word inside, not at either end, is not read.
    expect(readStageName(DEFAULT_PIPELINE, 'Call with the interview panel next week')).toBeNull();
  });

  it("reads a board's Done as ended, as Closed is, but only as the whole status", () => {
    for (const status of ['Done', 'Complete', 'Completed', 'Finished', 'Closed'])
      expect(reading(DEFAULT_PIPELINE, status)).toEqual({ id: 'rejected', how: 'phase' });
    // A step done is no end: the status word beside it says where the application is.
    expect(reading(DEFAULT_PIPELINE, 'OA completed')).toEqual({ id: 'online-assessment', how: 'phase' });
    expect(reading(DEFAULT_PIPELINE, 'Interview done')).toEqual({ id: 'technical-interview', how: 'phase' });
    expect(readStageName(DEFAULT_PIPELINE, 'Tech screen done')).toBeNull();
    expect(reading(DEFAULT_PIPELINE, 'To Do')).toEqual({ id: 'wishlist', how: 'word' });
  });

  it('reads a written phase when the name is not a stage, and prefers the stage of that name and phase', () => {
    expect(reading(DEFAULT_PIPELINE, 'Coffee chat', { phase: 'in-process' })).toEqual({
      id: 'online-assessment',
      how: 'phase',
    });
    const pipeline = edited(
      removeStage(
        edited(addStage(DEFAULT_PIPELINE, { id: 'old-screen', name: 'Screen', phase: 'applied', color: 'gray' })),
        'old-screen',
      ),
    );
    const withActive = edited(addStage(pipeline, { id: 'screen', name: 'Screen', phase: 'in-process', color: 'teal' }));
    expect(reading(withActive, 'Screen', { phase: 'applied', removed: true })).toEqual({
      id: 'old-screen',
      how: 'name',
    });
    expect(reading(withActive, 'Screen', { removed: true })).toEqual({ id: 'screen', how: 'name' });
    // A current stage is never a removed one.
    expect(reading(withActive, 'Screen', { phase: 'applied' })).toEqual({ id: 'applied', how: 'phase' });
  });
});

describe('historyStageWriter', () => {
  it('writes a name that says its phase as it is, and the phase after any other', () => {
    const pipeline = edited(renameStage(DEFAULT_PIPELINE, 'offer', 'Got it (Offer)'));
    const write = historyStageWriter(edited(renameStage(pipeline, 'applied', 'Sent it')));
    expect(write({ stageId: 'phone-screen', phase: 'in-process' })).toBe('Phone screen');
    expect(write({ stageId: 'applied', phase: 'applied' })).toBe('Sent it (Applied)');
    // A name that ends like a written phase gets its own, so the name reads back whole.
    expect(write({ stageId: 'offer', phase: 'offer' })).toBe('Got it (Offer) (Offer)');
    // A stage the pipeline does not know is written as its phase.
    expect(write({ stageId: 'gone', phase: 'closed' })).toBe('Closed');
  });
});
