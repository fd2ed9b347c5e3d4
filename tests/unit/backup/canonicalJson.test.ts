import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '@shared/backup/canonicalJson';

describe('canonicalJson', () => {
  it('sorts keys at every level and writes no spaces', () => {
    expect(canonicalJson({ b: 1, a: [{ d: null, c: 'x' }], ä: true })).toBe(
      '{"a":[{"c":"x","d":null}],"b":1,"ä":true}',
    );
  });

  it('gives the same text whatever order the keys were in', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (record) => {
        const reversed = Object.fromEntries(Object.entries(record).reverse());
        expect(canonicalJson(reversed)).toBe(canonicalJson(record));
      }),
    );
  });

  it('is JSON that parses back to the same value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(JSON.parse(canonicalJson(value))).toEqual(JSON.parse(JSON.stringify(value)));
      }),
    );
  });

  it('refuses data nested deeper than a backup can be instead of running out of stack', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i += 1) deep = [deep];
    expect(() => canonicalJson(deep)).toThrow('The data is nested more than 100 levels deep.');
    let deepest: unknown = 1;
    for (let i = 0; i < 100; i += 1) deepest = { a: deepest };
    expect(JSON.parse(canonicalJson(deepest))).toEqual(deepest);
    expect(() => canonicalJson({ a: deepest })).toThrow('The data is nested more than 100 levels deep.');
  });
});
