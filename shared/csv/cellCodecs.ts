// How list-like fields are written into one CSV cell, readable for people and exact for our
// importer: tags "ml, summer", one location ("San Francisco, CA"), cohort or deadline per line; and the pieces the other list cells are made of (events, contacts, the
// stage history …: one item per line, "head | label: value | label: value").
//
// Escaping inside a cell: a backslash before a separator or a backslash keeps it literal, and
// line breaks inside one item are written as \n and \r. Anything else after a backslash is kept
// as it is, so foreign text like "C:\Users" survives.
import { DEADLINE_KINDS, type Cohort, type Deadline } from '../application';
import { isCalendarDate } from '../calendarDate';
import { DEADLINE_KIND_LABELS, labelBesideKind } from '../nextDate';

const LINE_BREAK = /\r\n|\r|\n/;

/** Escapes backslashes, the given separators and line breaks; most items need nothing. */
export function escaper(separators: string): (item: string) => string {
  const special = new RegExp(`[\\\\\\n\\r${separators}]`);
  const specials = new RegExp(special.source, 'g');
  const escape = (ch: string) => (ch === '\n' ? '\\n' : ch === '\r' ? '\\r' : `\\${ch}`);
  return (item) => (special.test(item) ? item.replace(specials, escape) : item);
}

/** items.map(write).join(separator) without the intermediate array: the export calls it per cell. */
export function joined<T>(items: readonly T[], write: (item: T) => string, separator: string): string {
  let text = '';
  for (let i = 0; i < items.length; i += 1) text += (i === 0 ? '' : separator) + write(items[i]!);
  return text;
}

/** Splits on unescaped separators (and line breaks when `splitLines`), undoing escaper. */
export function splitEscaped(text: string, separators: string, splitLines: boolean): string[] {
  const items: string[] = [];
  let current = '';
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i]!;
    const next = text[i + 1];
    if (ch === '\\' && next !== undefined) {
      if (next === 'n') current += '\n';
      else if (next === 'r') current += '\r';
      else if (next === '\\' || separators.includes(next)) current += next;
      else current += ch + next;
      i += 1;
    } else if (separators.includes(ch) || (splitLines && (ch === '\n' || ch === '\r'))) {
      items.push(current);
      current = '';
    } else {
      current += ch;
    }
  }
  items.push(current);
  return items;
}

const LOCATION_SEPARATORS = ';';
const TAG_SEPARATORS = ',;';
const escapeLocation = escaper(LOCATION_SEPARATORS);
const escapeTag = escaper(TAG_SEPARATORS);
const escapeLabel = escaper('');

/**
 * One location per line ("San Francisco, CA", "New York, NY"), as the other list cells: commas
 * stay readable inside a location. A ";" in one is escaped, as the importer splits on it too.
 */
export function writeLocations(locations: readonly string[]): string {
  return joined(locations, escapeLocation, '\n');
}

/** Locations split on ";" (as exports before one per line wrote them) or line breaks, trimmed, empty ones dropped. */
export function readLocations(cell: string): string[] {
  return splitEscaped(cell, LOCATION_SEPARATORS, true)
    .map((l) => l.trim())
    .filter((l) => l !== '');
}

export function writeTags(tags: readonly string[]): string {
  return joined(tags, escapeTag, ', ');
}

/** Tags split on ",", ";" or line breaks, trimmed, empty ones dropped. */
export function readTags(cell: string): string[] {
  return splitEscaped(cell, TAG_SEPARATORS, true)
    .map((t) => t.trim())
    .filter((t) => t !== '');
}

export function unescapeLine(text: string): string {
  return splitEscaped(text, '', false)[0]!;
}

/** The lines of a list cell that hold something. */
export function lines(cell: string): string[] {
  return cell.split(LINE_BREAK).filter((line) => line.trim() !== '');
}

/** One cohort per line: "2026-05-18 to 2026-08-07 (Early cohort)". */
export function writeCohorts(cohorts: readonly Pick<Cohort, 'start' | 'end' | 'label'>[]): string {
  return joined(cohorts, (c) => `${c.start} to ${c.end}${c.label === '' ? '' : ` (${escapeLabel(c.label)})`}`, '\n');
}

// [^] rather than . so labels may hold U+2028 and U+2029, which . does not match.
const COHORT_LINE = /^(\d{4}-\d{2}-\d{2}) to (\d{4}-\d{2}-\d{2})(?: \(([^]*)\))?$/;

export type CellRead<T> = { ok: true; value: T } | { ok: false; bad: string };

/** Reads writeCohorts' lines; `bad` is the first line that does not fit. */
export function readCohorts(cell: string): CellRead<Pick<Cohort, 'start' | 'end' | 'label'>[]> {
  const cohorts: Pick<Cohort, 'start' | 'end' | 'label'>[] = [];
  for (const line of lines(cell)) {
    const match = COHORT_LINE.exec(line.trimStart());
    if (!match || !isCalendarDate(match[1]!) || !isCalendarDate(match[2]!)) return { ok: false, bad: line };
    cohorts.push({ start: match[1]!, end: match[2]!, label: unescapeLine(match[3] ?? '') });
  }
  return { ok: true, value: cohorts };
}

/**
 * A kind (or an event's outcome) written in a cell: by the words the app shows ("Offer response
 * due", "Did not pass"), which is what the export writes, or by its code ("offer-response",
 * "not-passed"), which exports wrote before; any case.
 */
export function kindReader<K extends string>(
  kinds: readonly K[],
  labels: Record<K, string>,
): { pattern: string; read: (written: string) => K } {
  const byWord = new Map<string, K>();
  for (const kind of kinds) {
    byWord.set(kind.toLowerCase(), kind);
    byWord.set(labels[kind].toLowerCase(), kind);
  }
  const words = [...byWord.keys()].sort((a, b) => b.length - a.length);
  return {
    pattern: words.map((word) => word.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|'),
    read: (written) => byWord.get(written.toLowerCase())!,
  };
}

/** One deadline per line: "2026-05-01 Application deadline: Online form", "... Assessment due (done): OA". */
export function writeDeadlines(deadlines: readonly Pick<Deadline, 'at' | 'kind' | 'label' | 'done'>[]): string {
  return joined(
    deadlines,
    (d) => {
      const label = labelBesideKind(d);
      return `${d.at} ${DEADLINE_KIND_LABELS[d.kind]}${d.done ? ' (done)' : ''}${label === '' ? '' : `: ${escapeLabel(label)}`}`;
    },
    '\n',
  );
}

const deadlineKind = kindReader(DEADLINE_KINDS, DEADLINE_KIND_LABELS);
const DEADLINE_LINE = new RegExp(`^(\\S+) (${deadlineKind.pattern})( \\(done\\))?(?:: ([^]*))?$`, 'i');

/** Reads writeDeadlines' lines; the date is returned as written, for the caller to check. */
export function readDeadlines(cell: string): CellRead<Pick<Deadline, 'at' | 'kind' | 'label' | 'done'>[]> {
  const deadlines: Pick<Deadline, 'at' | 'kind' | 'label' | 'done'>[] = [];
  for (const line of lines(cell)) {
    const match = DEADLINE_LINE.exec(line.trimStart());
    if (!match) return { ok: false, bad: line };
    deadlines.push({
      at: match[1]!,
      kind: deadlineKind.read(match[2]!),
      done: match[3] !== undefined,
      label: unescapeLine(match[4] ?? ''),
    });
  }
  return { ok: true, value: deadlines };
}

/** Escapes what a labelled line's head or parts hold. */
export const escapePart = escaper('|');

/**
 * One item of a list cell: its head (written by the caller, who escapes what it holds with
 * `escapePart`), then each part that is not empty as " | label: value".
 */
export function writeLabelledLine(head: string, parts: readonly (readonly [string, string])[]): string {
  let line = head;
  for (const [label, value] of parts) if (value !== '') line += ` | ${label}: ${escapePart(value)}`;
  return line;
}

/**
 * Reads writeLabelledLine's line: the head (unescaped) and the parts by label; null when a
 * part has no label of `labels` or one comes twice.
 */
export function readLabelledLine<L extends string>(
  line: string,
  labels: readonly L[],
): { head: string; parts: Partial<Record<L, string>> } | null {
  const pieces = splitEscaped(line, '|', false);
  // The writer puts one space either side of each bar; values keep their own spaces.
  const head = pieces.length > 1 && pieces[0]!.endsWith(' ') ? pieces[0]!.slice(0, -1) : pieces[0]!;
  const parts: Partial<Record<L, string>> = {};
  for (let i = 1; i < pieces.length; i += 1) {
    let piece = pieces[i]!.startsWith(' ') ? pieces[i]!.slice(1) : pieces[i]!;
    if (i < pieces.length - 1 && piece.endsWith(' ')) piece = piece.slice(0, -1);
    const label = labels.find((l) => piece.startsWith(`${l}: `) || piece === `${l}:`);
    if (label === undefined || parts[label] !== undefined) return null;
    parts[label] = piece.slice(label.length + 2);
  }
  return { head, parts };
}
