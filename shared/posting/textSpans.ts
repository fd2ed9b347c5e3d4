// Lines and sentences of a page as offset ranges, so every extractor reports positions in the
// same text the user sees.
import type { TextRange } from './postingDraft';

/** `text` as a regular expression that matches it literally ("Inc." or "AT&T (US)" as written). */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A letter, digit or underscore ending the text (one whole character, outside the BMP too). */
const WORD_CHARACTER_AT_END = /[\p{L}\d_]$/u;

/**
 * Up to `limit` matches of the global `pattern` in `text` that do not start inside a word: what a
 * leading `(?<![\p{L}\d_])` says, checked only where the rest matches. Such a lookbehind is tried
 * at every character of the page when the pattern's first letters are too many to skip ahead by,
 * which made a pattern of many words the slowest part of parsing a long page.
 */
export function matchesAtWordStart(pattern: RegExp, text: string, limit = Infinity): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m && found.length < limit; m = pattern.exec(text)) {
    if (WORD_CHARACTER_AT_END.test(text.slice(Math.max(0, m.index - 2), m.index))) pattern.lastIndex = m.index + 1;
    else found.push(m);
  }
  return found;
}

/**
 * Every match of the global `pattern` in `text`, searched for only on the lines where the global
 * `needed` finds what every match has, for a pattern that stays on its line, where a line break is
 * to it what the text's start or end is. A page's lines mostly lack it, and such a pattern, its
 * first characters too many to skip ahead by, is otherwise tried at every position of them.
 */
export function matchesOnLinesWith(needed: RegExp, pattern: RegExp, text: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  needed.lastIndex = 0;
  for (let hit = needed.exec(text); hit; hit = needed.exec(text)) {
    const start = text.lastIndexOf('\n', hit.index) + 1;
    const next = text.indexOf('\n', hit.index);
    const end = next === -1 ? text.length : next;
    const line = text.slice(start, end);
    pattern.lastIndex = 0;
    for (let m = pattern.exec(line); m; m = pattern.exec(line)) {
      m.index += start;
      found.push(m);
    }
    needed.lastIndex = end;
  }
  return found;
}

/** What a date needs, for `matchesOnLinesWith`. */
export const DIGIT = /\d/g;

/** Lines this long are prose: a page's header (title, company, place) is over. */
export const PARAGRAPH_LENGTH = 120;

export interface TextLine extends TextRange {
  /** The line without surrounding space or a leading bullet. */
  content: string;
  /** Offset of `content` in the text. */
  contentStart: number;
}

/**
 * Bullets, dashes and emoji that open a line ("📍 Location: ...") are not part of its content.
 * Emoji are listed by block rather than as \p{Extended_Pictographic}, which includes © and ®.
 */
const LEADING =
  /^(?:[\s•·▪◦●○■□➢➤►▶*–—\-\u{2300}-\u{23FF}\u{2600}-\u{27BF}\u{2B00}-\u{2BFF}\u{1F000}-\u{1FAFF}]|\u{FE0F}|\u{200D})*/u;

export function splitLines(text: string): TextLine[] {
  const lines: TextLine[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    lines.push(lineAt(text, start, end));
    start = end + 1;
  }
  return lines;
}

/** The line of `text` from `start` to `end` (its line break excluded). */
export function lineAt(text: string, start: number, end: number): TextLine {
  const raw = text.slice(start, end);
  // Most lines open with a letter or digit; only the others need the bullet pattern.
  const first = raw.charCodeAt(0);
  const plain = (first >= 48 && first <= 57) || (first >= 65 && first <= 90) || (first >= 97 && first <= 122);
  const lead = plain ? 0 : LEADING.exec(raw)![0].length;
  return { start, end, content: raw.slice(lead).trimEnd(), contentStart: start + lead };
}

// A full stop ends a sentence only before white space and after a word that is not a lone
// initial or a common abbreviation, so "e.g. Hadoop" or "St. Louis" stay in one sentence.
const SENTENCE_END = /[.!?](?=\s)|\n/g;
const ABBREVIATION =
  /(?:\b[A-Za-z]|\be\.g|\bi\.e|\betc|\bInc|\bLtd|\bCo|\bSt|\bMr|\bMs|\bDr|\bvs|\bapprox|\bNo|\bSept?|\bJan|\bFeb|\bMar|\bApr|\bJun|\bJul|\bAug|\bOct|\bNov|\bDec)$/;

/** Sentences longer than this are cut at this distance from the position asked about. */
const MAX_REACH = 400;

/** The sentence (bounded by sentence punctuation or line breaks) around `index`. */
export function sentenceAround(text: string, index: number): TextRange {
  const range = around(breaks(text).sentenceEnds, index, text.length);
  return { start: Math.max(range.start, index - MAX_REACH), end: Math.min(range.end, index + MAX_REACH) };
}

/** The line around `index` (without its line break). */
export function lineAround(text: string, index: number): TextRange {
  return around(breaks(text).lineEnds, index, text.length);
}

/** The span between the break before `index` and the first break at or after it. */
function around(ends: number[], index: number, length: number): TextRange {
  let lo = 0;
  let hi = ends.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ends[mid]! < index) lo = mid + 1;
    else hi = mid;
  }
  return { start: lo > 0 ? ends[lo - 1]! + 1 : 0, end: lo < ends.length ? ends[lo]! : length };
}

// Every extractor asks about lines and sentences of the same page, so their ends are found once
// per page rather than by searching back and forth each time.
let cached: { text: string; sentenceEnds: number[]; lineEnds: number[] } | null = null;

function breaks(text: string) {
  if (cached?.text === text) return cached;
  const sentenceEnds: number[] = [];
  const lineEnds: number[] = [];
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(text); m; m = SENTENCE_END.exec(text)) {
    if (text[m.index] === '\n') lineEnds.push(m.index);
    if (isSentenceEnd(text, m.index)) sentenceEnds.push(m.index);
  }
  cached = { text, sentenceEnds, lineEnds };
  return cached;
}

function isSentenceEnd(text: string, at: number): boolean {
  if (text[at] !== '.') return true;
  return !ABBREVIATION.test(text.slice(Math.max(0, at - 8), at));
}
