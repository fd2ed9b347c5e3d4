// The stage history in one cell, one entry per line, oldest first: its time (its date alone for
// an entry known only by its day, nothing for one whose date was not recorded), its stage and its note.
//
//   2026-01-05 Applied: Applied through the careers site
//   2026-02-01T16:00:00-08:00 Coffee chat (In process)
//   Rejected
//
// The stage's text escapes ':' (the note follows the first one that is not escaped). A v1
// export's "applied 2026-01-05 → interviewing 2026-02-01" is read too, each entry at its date.
import type { Phase, StageChange } from '../application';
import { isCalendarDate, isInstant } from '../calendarDate';
import { entryDay } from '../entryTime';
import { escaper, joined, lines, splitEscaped, unescapeLine, type CellRead } from './cellCodecs';
import { splitPhaseSuffix } from './stageNames';

/**
 * One entry as written: `at` is an instant, or a date for the v1 form and hand-written lines; null
 * for a line with no date (an entry whose date was not recorded).
 */
export interface HistoryLine {
  at: string | null;
  stage: string;
  phase: Phase | null;
  note: string;
}

const escapeStage = escaper(':');
const escapeNote = escaper('');

/** `stageText` writes an entry's stage (stageNames.ts: historyStageWriter). */
export function writeStageHistory(
  history: readonly Pick<StageChange, 'stageId' | 'phase' | 'at' | 'dayOnly' | 'dateUnknown' | 'note'>[],
  stageText: (entry: Pick<StageChange, 'stageId' | 'phase'>) => string,
): string {
  const written = (h: (typeof history)[number]) =>
    `${escapeStage(stageText(h))}${h.note === '' ? '' : `: ${escapeNote(h.note)}`}`;
  return joined(history, (h) => (h.dateUnknown ? written(h) : `${h.dayOnly ? entryDay(h) : h.at} ${written(h)}`), '\n');
}

function firstUnescaped(text: string, ch: string): number {
  for (let i = 0; i < text.length; i += 1) {
    if (text[i] === '\\') i += 1;
    else if (text[i] === ch) return i;
  }
  return -1;
}

/** A first word that starts as a date does ("2026-13-05"): one that is not a date is a mistake, not a stage. */
const DATE_LIKE = /^\d{4}-\d/;

function readLine(line: string): HistoryLine | null {
  const trimmed = line.trimStart();
  const match = /^(\S+) ([^]*)$/.exec(trimmed);
  const dated = match !== null && (isInstant(match[1]!) || isCalendarDate(match[1]!));
  if (!dated && DATE_LIKE.test(trimmed)) return null;
  const rest = dated ? match[2]! : trimmed;
  const colon = firstUnescaped(rest, ':');
  const written = splitPhaseSuffix(colon < 0 ? rest : rest.slice(0, colon));
  const stage = splitEscaped(written.name, ':', false)[0]!;
  if (stage.trim() === '') return null;
  const note = colon < 0 ? '' : unescapeLine(rest.slice(colon + 1).replace(/^ /, ''));
  return { at: dated ? match[1]! : null, stage, phase: written.phase, note };
}

/** The v1 form's first step: "applied 2026-01-05 →". */
const V1_FIRST_STEP = /^[^\n]*?\s\d{4}-\d{2}-\d{2}\s*(?:→|->)/;

/** v1: "applied 2026-01-05 → interviewing 2026-02-01" (also with "->"). */
function readV1(cell: string): CellRead<HistoryLine[]> {
  const entries: HistoryLine[] = [];
  for (const part of cell.split(/→|->/)) {
    const match = /^(.+?)\s+(\d{4}-\d{2}-\d{2})$/.exec(part.trim());
    if (!match || !isCalendarDate(match[2]!)) return { ok: false, bad: part.trim() };
    entries.push({ at: match[2]!, stage: match[1]!, phase: null, note: '' });
  }
  return { ok: true, value: entries };
}

/** Reads writeStageHistory's lines (or the v1 form); `bad` is the first line that does not fit. */
export function readStageHistory(cell: string): CellRead<HistoryLine[]> {
  if (cell.trim() === '') return { ok: true, value: [] };
  // Not starting with a date, it is the v1 form where that reads it or its first step ends in a
  // date before an arrow; else lines, the first with no date.
  if (!/^\s*\d/.test(cell)) {
    const v1 = readV1(cell);
    if (v1.ok || V1_FIRST_STEP.test(cell)) return v1;
  }
  const entries: HistoryLine[] = [];
  for (const line of lines(cell)) {
    const entry = readLine(line);
    if (entry === null) return { ok: false, bad: line };
    entries.push(entry);
  }
  return { ok: true, value: entries };
}
