import { describe, expect, it } from 'vitest';
import { matchesAtWordStart, matchesOnLinesWith } from '../../../shared/posting/textSpans';

const found = (pattern: RegExp, text: string, limit?: number) =>
  matchesAtWordStart(pattern, text, limit).map((m) => [m.index, m[0]]);

describe('matchesAtWordStart', () => {
  it('finds what a leading (?<![\\p{L}\\d_]) would, and only that', () => {
    const lookbehind = /(?<![\p{L}\d_])(?:summer|été)[^\S\n]+20\d{2}/giu;
    const checked = /(?:summer|été)[^\S\n]+20\d{2}/giu;
    for (const text of [
      'Summer 2027, Indiansummer 2027, 2summer 2027, _summer 2027 and (été 2026)',
      'Ünicode: Xété 2027 then été 2027',
      '𝒜summer 2027 but 😀summer 2027', // a letter outside the BMP is inside a word; an emoji is not
      'summer 2027',
    ])
      expect(found(checked, text)).toEqual([...text.matchAll(lookbehind)].map((m) => [m.index, m[0]]));
  });

  it('tries again one character on when a match starts inside a word', () => {
    // Each later start inside the same word is refused too; the next word's match counts.
    expect(found(/s?ummer 20\d{2}/gu, 'xsummer 2027')).toEqual([]);
    expect(found(/\d{4}/gu, 'a12345 6789')).toEqual([[7, '6789']]);
  });

  it('stops at the limit', () => {
    expect(found(/\d/gu, '1 2 3 4', 2)).toEqual([
      [0, '1'],
      [2, '2'],
    ]);
  });
});

describe('matchesOnLinesWith', () => {
  it('finds, at their places in the whole text, what searching the whole text finds', () => {
    // Each line's first and last characters see a line break as the text's start or end.
    const dateLike = /(?<![\d.])\b(?:May|June)[^\S\n]+\d{1,2}(?!\d)|(?<!\d)\d{1,2}\/\d{1,2}(?![\d/])/gi;
    const text = 'Starts May 18\nno digit on this line, May\n3/4 then 10/11\n\n12/12\nJune 1.5 and June 30';
    const whole = [...text.matchAll(dateLike)].map((m) => [m.index, m[0]]);
    expect(whole).toHaveLength(6);
    expect(matchesOnLinesWith(/\d/g, dateLike, text).map((m) => [m.index, m[0]])).toEqual(whole);
  });

  it('finds nothing on a page without what is needed', () => {
    expect(matchesOnLinesWith(/\d/g, /\w+/g, 'May\nJune')).toEqual([]);
  });
});
