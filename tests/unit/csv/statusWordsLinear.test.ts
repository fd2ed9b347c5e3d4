// Reading a status by the word it opens or ends with costs time in proportion to its length: a
// Japanese status is a word a character, and trying every opening and ending of a long one was
// quadratic (16,000 characters took 13 s).
import { describe, expect, it } from 'vitest';
import { stageWordWithin } from '@shared/csv/vocabularyWords';
import { growth } from '../linearTime';

describe('a status read by the word it opens or ends with', () => {
  it.each(['面', 'applied ', '未'])('grows linearly on a status of repeated %j', (unit) => {
    const read = (text: string) => () => stageWordWithin(text);
    const small = unit.repeat(Math.ceil(2_000 / unit.length));
    const large = unit.repeat(Math.ceil(20_000 / unit.length));
    expect(growth(read(small), read(large))).toBeLessThan(60);
  });

  it('still reads a long status by its last words', () => {
    expect(stageWordWithin(`${'あ'.repeat(5_000)}一次面接`)?.name).toBe(stageWordWithin('一次面接')?.name);
  });
});
