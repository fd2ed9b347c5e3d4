// The follow-up as a CSV cell: its day, whether it is done and its note,
// "2026-02-15 (done): Thank-you email to Ana". Other trackers' follow-up dates, in any form
// dateCell.ts reads, are a follow-up to do with no note.
import type { FollowUp } from '../application';
import { isCalendarDate } from '../calendarDate';
import { parseDateCell } from './dateCell';

export function writeFollowUp(followUp: FollowUp | null): string {
  if (followUp === null) return '';
  return `${followUp.on}${followUp.done ? ' (done)' : ''}${followUp.note === '' ? '' : `: ${followUp.note}`}`;
}

const OWN = /^(\d{4}-\d{2}-\d{2})( \(done\))?(?:: ([^]*))?$/;

/** Reads a follow-up cell; null when it is neither form. */
export function readFollowUp(text: string, dayFirst: boolean): FollowUp | null {
  const own = OWN.exec(text);
  if (own && isCalendarDate(own[1]!)) return { on: own[1]!, done: own[2] !== undefined, note: own[3] ?? '' };
  const date = parseDateCell(text, dayFirst);
  return date === null ? null : { on: date.date, note: '', done: false };
}
