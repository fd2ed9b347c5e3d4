// The stage history in one cell, one entry per line, oldest first: its time (its date alone for
// an entry known only by its day), its stage and its note.
//
//   2026-01-05 Applied: Applied through the careers site
//   2026-02-01T16:00:00-08:00 Coffee chat (In process)
//
// The stage's text escapes ':' (the note follows the first one that is not escaped). A v1
// export's "applied 2026-01-05 → interviewing 2026-02-01" is read too, each entry at its date.
import type { Phase, StageChange } from '../application';
import { isCalendarDate, isInstant } from '../calendarDate';
import { entryDay } from '../entryTime';
import { escaper, joined, lines, splitEscaped, unescapeLine, type CellRead } from './cellCodecs';
import { splitPhaseSuffix } from './stageNames';

/** One entry as written: `at` is an instant, or a date for the v1 form and hand-written lines. */
export interface HistoryLine {
  at: string;
  stage: string;
  phase: Phase | null;
  note: string;
}

const escapeStage = escaper(':');
const escapeNote = escaper('');

/** `stageText` writes an entry's stage (stageNames.ts: historyStageWriter). */
export function writeStageHistory(
  history: readonly Pick<StageChange, 'stageId' | 'phase' | 'at' | 'dayOnly' | 'note'>[],
  stageText: (entry: Pick<StageChange, 'stageId' | 'phase'>) => string,
): string {
  return joined(
    history,
    (h) =>
      `${h.dayOnly ? entryDay(h) : h.at} ${escapeStage(stageText(h))}${h.note === '' ? '' : `: ${escapeNote(h.note)}`}`,
    '\n',
  );
}

function firstUnescaped(text: string, ch: string): number {
  for (let i = 0; i < text.length; i += 1) {
    if (text[i] === '\\') i += 1;
    else if (text[i] === ch) return i;
  }
  return -1;
}

function readLine(line: string): HistoryLine | null {
  const match = /^(\S+) ([^]*)$/.exec(line.trimStart());
  if (!match || !(isInstant(match[1]!) || isCalendarDate(match[1]!))) return null;
  const rest = match[2]!;
  const colon = firstUnescaped(rest, ':');
  const written = splitPhaseSuffix(colon < 0 ? rest : rest.slice(0, colon));
  const stage = splitEscaped(written.name, ':', false)[0]!;
  if (stage.trim() === '') return null;
  const note = colon < 0 ? '' : unescapeLine(rest.slice(colon + 1).replace(/^ /, ''));
  return { at: match[1]!, stage, phase: written.phase, note };
}

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
  if (!/^\s*\d/.test(cell)) return readV1(cell);
  const entries: HistoryLine[] = [];
  for (const line of lines(cell)) {
    const entry = readLine(line);
    if (entry === null) return { ok: false, bad: line };
    entries.push(entry);
  }
  return { ok: true, value: entries };
}
