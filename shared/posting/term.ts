// The term of the internship, as the page names it: "Summer 2026", "Winter '27", "Work Term:
// 2027 - Winter" anywhere in the posting, else what the title says ("Summer Field Engineering
// Intern", "New Grad 2026"). A season in prose ("last summer our interns…") is not a term. A
// season the title names alone takes the year of the work's dates ("May 26th through August
// 7th, 2026"), never another year the page happens to name (an age cut-off, a graduation).
import type { Term } from '../application';
import { parseTerm, termLabel } from '../term';
import type { Finding } from './finding';
import type { TextRange } from './postingDraft';

const SEASON_WORD = '(?:spring|summer|fall|autumn|winter)';
/** A season, or seasons together: "Summer", "Summer/Fall", "Spring or Fall". */
const SEASONS = String.raw`(${SEASON_WORD}(?:\s*(?:\/|&|\bor\b|\band\b)\s*${SEASON_WORD})*)`;
const YEAR = String.raw`(20\d{2}|[’‘']\d{2})`;
// On one line: "2023\n- Summer Internship" is a date's year above a heading, not "Summer 2023".
const SEPARATOR = String.raw`[^\S\n]*[,–-]?[^\S\n]*`;
/** Seasons and a year side by side, in either order. */
const SEASON_AND_YEAR = new RegExp(
  String.raw`\b(?:${SEASONS}${SEPARATOR}${YEAR}|(20\d{2})${SEPARATOR}${SEASONS})(?![\w’'])`,
  'gi',
);
const PAST_BEFORE = /\b(?:interned|worked|served|participated|spent|joined|completed)\b[^.\n]{0,24}$/i;
const STUDIES_BEFORE = /\b(?:graduat\w*|complet\w*|finish\w*)\b[^.\n]*$/i;
const TITLE_SEASONS = new RegExp(String.raw`\b${SEASONS}\b`, 'i');
const TITLE_YEAR = /\b20\d{2}\b/;

interface Mention extends TextRange {
  term: Term;
}

/** "Summer 2026" for the words matched, whichever way round and with whatever between them. */
function termOf(match: RegExpMatchArray): Term {
  const [, seasons1, year1, year2, seasons2] = match;
  const year = (year1 ?? year2)!;
  return parseTerm(`${seasons1 ?? seasons2} ${/^\d{4}$/.test(year) ? year : `20${year.slice(-2)}`}`);
}

export function findTerm(
  scan: string,
  title: TextRange | null,
  workYear: number | null,
  header: TextRange | null = null,
): { term: Finding<Term> | null; notes: string[] } {
  const mentions: Mention[] = [...scan.matchAll(SEASON_AND_YEAR)]
    // "graduate in the European summer 2015", "completed, by the European Summer 2023": the
    // applicant's studies, not the work.
    .filter((m) => !STUDIES_BEFORE.test(scan.slice(Math.max(0, m.index - 40), m.index)))
    // "Marissa interned during summer 2025": someone's past internship, not this one's term.
    .filter((m) => !PAST_BEFORE.test(scan.slice(Math.max(0, m.index - 40), m.index)))
    .map((m) => ({
      start: m.index,
      end: m.index + m[0].length,
      term: termOf(m),
    }));
  const within = (range: TextRange | null) =>
    range ? mentions.find((m) => m.start >= range.start && m.end <= range.end) : undefined;
  // The title's term, else the page's first line's (its heading), else the one term the page names.
  const inTitle = within(title) ?? within(header);
  const labels = [...new Set(mentions.map((m) => termLabel(m.term)))];
  const chosen = inTitle ?? (labels.length === 1 ? mentions[0] : undefined);
  if (chosen) {
    const same = mentions.filter((m) => termLabel(m.term) === termLabel(chosen.term));
    return {
      term: { value: chosen.term, ranges: same.slice(0, 3).map(({ start, end }) => ({ start, end })) },
      notes: [],
    };
  }
  if (labels.length > 1)
    return { term: null, notes: [`The term is left empty: the page names several (${labels.join(', ')}).`] };
  return title ? fromTitle(scan, title, workYear) : { term: null, notes: [] };
}

/** A season or a year the title names alone; a season takes the page's only year, saying so. */
function fromTitle(
  scan: string,
  title: TextRange,
  workYear: number | null,
): { term: Finding<Term> | null; notes: string[] } {
  const text = scan.slice(title.start, title.end);
  const season = TITLE_SEASONS.exec(text);
  const year = TITLE_YEAR.exec(text);
  if (!season && !year) return { term: null, notes: [] };
  const ranges = [season, year]
    .filter((m) => m !== null)
    .map((m) => ({ start: title.start + m.index, end: title.start + m.index + m[0].length }));
  const named = season && !year ? yearBeforeName(scan, title, text) : null;
  if (season && named)
    return { term: { value: parseTerm(`${season[1]} ${named.year}`), ranges: [...ranges, named.range] }, notes: [] };
  if (season && !year && workYear !== null)
    return {
      term: { value: parseTerm(`${season[1]} ${workYear}`), ranges },
      notes: [`The term's year is not written next to "${season[0]}"; ${workYear} is the year of the work's dates.`],
    };
  return { term: { value: parseTerm([season?.[1], year?.[0]].filter(Boolean).join(' ')), ranges }, notes: [] };
}

/** A year right before a name, with at most the organisation's initials between: "2022 CCAS ". */
const YEAR_BEFORE = /\b(20\d{2})[^\S\n]+(?:[A-Z]{2,6}[^\S\n]+)?$/;

/**
 * The year the page writes with the title's programme: "The 2022 CCAS STEM Summer Laboratory
 * Internship Program" for the title "STEM Summer Laboratory Internship Program", or "The 2024
 * SIP program" for "Summer Internship Program (SIP)". A year with the programme's name is the
 * year written with its season.
 */
function yearBeforeName(scan: string, title: TextRange, text: string): { year: string; range: TextRange } | null {
  const abbreviation = /\(([A-Z]{2,8})\)\s*$/.exec(text)?.[1];
  for (const name of [text, abbreviation]) {
    if (!name) continue;
    for (let at = scan.indexOf(name); at >= 0; at = scan.indexOf(name, at + name.length)) {
      if (at === title.start) continue;
      const before = YEAR_BEFORE.exec(scan.slice(Math.max(0, at - 14), at));
      if (before) {
        const start = at - before[0].length;
        return { year: before[1]!, range: { start, end: start + 4 } };
      }
    }
  }
  return null;
}
