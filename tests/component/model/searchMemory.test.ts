// A search is filtered from the smallest remembered result it narrows, and never from one it
// does not: a row that matches it must be in what it is filtered from.
import { describe, expect, it } from 'vitest';
import { createSearchMemory } from '../../../renderer/src/model/searchMemory';

const EVERYTHING = ['stripe', 'strava', 'spotify', 'figma', 'stripe pe'];
const matching = (key: string) => (name: string) => key.split(' ').every((term) => name.includes(term));

/** Recalls `key`, and says what it was filtered from (`null` when it was remembered). */
function recallFrom(memory: ReturnType<typeof createSearchMemory<string[]>>, key: string) {
  let from: string[] | null = null;
  const result = memory.recall(key, EVERYTHING, (rows) => {
    from = rows;
    return rows.filter(matching(key));
  });
  return { result, from };
}

describe('the memory of recent searches', () => {
  it('filters a search from the smallest recent result it narrows', () => {
    const memory = createSearchMemory<string[]>((rows) => rows.length);
    const st = recallFrom(memory, 'st');
    expect(st).toEqual({ result: ['stripe', 'strava', 'stripe pe'], from: EVERYTHING });
    expect(recallFrom(memory, 'str').from).toEqual(st.result);
    // Typed on, and edited inside the word: both lie within "st".
    expect(recallFrom(memory, 'stripe').from).toEqual(st.result);
    expect(recallFrom(memory, 'strpe').from).toEqual(st.result);
    // Two words, each of "stripe"'s inside one of them: filtered from "stripe", the smallest.
    expect(recallFrom(memory, 'stripe pe').from).toEqual(['stripe', 'stripe pe']);
    // Already known: given back as it was.
    expect(recallFrom(memory, 'str')).toEqual({ result: st.result, from: null });
  });

  it('never filters a search from a narrower one', () => {
    // "st" and "ripe" are broader than "stripe"; "spotify" and "t" are not inside "spo"; only one
    // of "figma st"'s words is inside "st" or "t".
    for (const key of ['st', 'ripe', 't', 'strip e']) {
      const memory = createSearchMemory<string[]>((rows) => rows.length);
      recallFrom(memory, 'stripe');
      recallFrom(memory, 'spo');
      recallFrom(memory, 'figma st');
      expect(recallFrom(memory, key).from, key).toEqual(EVERYTHING);
    }
  });

  it('forgets the least recent beyond sixteen searches, and all but one on keepOnly', () => {
    const memory = createSearchMemory<string[]>((rows) => rows.length);
    recallFrom(memory, 'pin');
    for (let i = 0; i < 16; i += 1) recallFrom(memory, `x${i}`);
    expect(recallFrom(memory, 'pint').from).toEqual(EVERYTHING);
    memory.keepOnly('spo', ['spotify']);
    expect(recallFrom(memory, 'x1').from).toEqual(EVERYTHING);
    expect(recallFrom(memory, 'spot').from).toEqual(['spotify']);
    memory.clear();
    expect(recallFrom(memory, 'spo').from).toEqual(EVERYTHING);
  });
});
