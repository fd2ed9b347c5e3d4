// Events (online assessments, interviews, info sessions) in one cell, one per line:
//
//   2026-02-10T17:00:00-08:00 Technical interview (60 min, Passed): Round 2 | where: Zoom | with: Ana
//   2026-01-20 Online assessment (Pending): HackerRank | notes: 90 minutes, 3 questions
//
// The start, the kind and the outcome as the app names them, the duration when there is one, and
// the title; then where, with whom and notes when they are not empty. Bars, backslashes and line
// breaks in the text are escaped (cellCodecs.ts). Kinds and outcomes written as codes
// ("technical", "not-passed"), as exports did before, are read too.
import {
  EVENT_KIND_LABELS,
  EVENT_KINDS,
  EVENT_OUTCOME_LABELS,
  EVENT_OUTCOMES,
  type ApplicationEvent,
} from '../application';
import {
  escapePart,
  joined,
  kindReader,
  lines,
  readLabelledLine,
  writeLabelledLine,
  type CellRead,
} from './cellCodecs';

export type WrittenEvent = Omit<ApplicationEvent, 'id'>;

const PART_LABELS = ['where', 'with', 'notes'] as const;

function writeEvent(e: WrittenEvent): string {
  const duration = e.durationMinutes === null ? '' : `${e.durationMinutes} min, `;
  const title = e.title === '' ? '' : `: ${escapePart(e.title)}`;
  return writeLabelledLine(
    `${e.start} ${EVENT_KIND_LABELS[e.kind]} (${duration}${EVENT_OUTCOME_LABELS[e.outcome]})${title}`,
    [
      ['where', e.location],
      ['with', e.people],
      ['notes', e.notes],
    ],
  );
}

export function writeEvents(events: readonly WrittenEvent[]): string {
  return joined(events, writeEvent, '\n');
}

const eventKind = kindReader(EVENT_KINDS, EVENT_KIND_LABELS);
const eventOutcome = kindReader(EVENT_OUTCOMES, EVENT_OUTCOME_LABELS);
const HEAD = new RegExp(
  `^(\\S+) (${eventKind.pattern}) \\((?:(\\d+) min, )?(${eventOutcome.pattern})\\)(?:: ([^]*))?$`,
  'i',
);

/** Reads writeEvents' lines; the start is returned as written, for the caller to check. */
export function readEvents(cell: string): CellRead<WrittenEvent[]> {
  const events: WrittenEvent[] = [];
  for (const line of lines(cell)) {
    const read = readLabelledLine(line.trimStart(), PART_LABELS);
    const head = read ? HEAD.exec(read.head) : null;
    if (!read || !head) return { ok: false, bad: line };
    events.push({
      start: head[1]!,
      kind: eventKind.read(head[2]!),
      durationMinutes: head[3] === undefined ? null : Number(head[3]),
      outcome: eventOutcome.read(head[4]!),
      title: head[5] ?? '',
      location: read.parts.where ?? '',
      people: read.parts.with ?? '',
      notes: read.parts.notes ?? '',
    });
  }
  return { ok: true, value: events };
}
