// Which field each of the parser's notes is about, so it can be shown next to that field. The
// parser writes its notes from a few fixed sentences; a note matching none is about the page.
import type { DraftField } from '@shared/posting/postingDraft';

const OPENINGS: ReadonlyArray<[RegExp, DraftField]> = [
  [/^Company chosen among /, 'company'],
  [/^Title chosen among /, 'title'],
  [/^The page also says '/, 'workMode'],
  [/^Page says both '/, 'workMode'],
  [/^The page also mentions pay /, 'pay'],
  [/^Pay: /, 'pay'],
  // What the form could not hold, left out: "Pay "…" is above …", "A length of 200 weeks is
  // outside …", "The deadline 2300-03-01 is outside …", "Cohorts outside the years …".
  [/^Pay "/, 'pay'],
  [/^The year of "/, 'cohorts'],
  [/^Cohorts outside /, 'cohorts'],
  // A span read as the window the work falls in, cohorts whose ends are worked out, and a start
  // with a length but no written end.
  [/^"[^"\n]*" is (?:longer than the \d+ weeks|the window the work|the start and )/, 'cohorts'],
  [/^The cohorts' ends are not written/, 'cohorts'],
  [/^The deadline /, 'deadline'],
  [/^The length is given as a range /, 'durationWeeks'],
  [/^A length of /, 'durationWeeks'],
  [/^The page gives (?:a length of|several lengths) /, 'durationWeeks'],
  [/^The length "[^"\n]*" is a (?:floor|cap)/, 'durationWeeks'],
  [/^The term is left empty: /, 'term'],
  [/^The term's year is not written /, 'term'],
  [/^On visa sponsorship, /, 'sponsorship'],
  [/^Sponsorship read from /, 'sponsorship'],
];

export function noteField(note: string): DraftField | null {
  return OPENINGS.find(([opening]) => opening.test(note))?.[1] ?? null;
}

/** The deadline a page writes without a year ("the deadline is April 1"), from the parser's note on it. */
export function deadlineWithoutYear(notes: readonly string[]): string | null {
  for (const note of notes) {
    const written = /^The deadline "(.+)" has no year\.$/.exec(note)?.[1];
    if (written) return written;
  }
  return null;
}

// A quote of the page may run over lines ("Start date:\n2027-06-07").
const QUOTED_OR_DATE = /"[^"]*"|\b(\d{4}-\d{2}-\d{2})\b/g;

/**
 * A note as the student reads it: the dates the parser writes in its own words (ISO, "from
 * 2027-04-01") in the student's format (`day`), the page's words quoted in it left as written.
 */
export function noteInWords(note: string, day: (date: string) => string): string {
  return note.replace(QUOTED_OR_DATE, (match, date: string | undefined) => (date ? day(date) : match));
}
