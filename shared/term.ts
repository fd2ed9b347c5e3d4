// The term of an internship, read from and written as people write it: "Summer 2026".
import { SEASON_LABELS, type Season, type Term } from './application';
import { MONTH_NAMES } from './calendarDate';

export const EMPTY_TERM: Term = { season: null, year: null, text: '' };

/** How a term reads: "Summer 2026", "2027", or the text it was given. */
export function termLabel(term: Term): string {
  if (term.text !== '') return term.text;
  return [term.season ? SEASON_LABELS[term.season] : '', term.year ?? ''].join(' ').trim();
}

/**
 * Season words in English and in the languages the app reads ("Frühjahr 2027", "été 2027",
 * "sommar 2027").
 */
const SEASON_WORDS: Record<string, Season> = {
  spring: 'spring',
  summer: 'summer',
  fall: 'fall',
  autumn: 'fall',
  winter: 'winter',
  frühjahr: 'spring',
  frühling: 'spring',
  sommer: 'summer',
  herbst: 'fall',
  printemps: 'spring',
  été: 'summer',
  automne: 'fall',
  hiver: 'winter',
  primavera: 'spring',
  verano: 'summer',
  otoño: 'fall',
  invierno: 'winter',
  voorjaar: 'spring',
  zomer: 'summer',
  najaar: 'fall',
  // Swedish; not "vår" (spring), which is also "our" ("vår praktik").
  sommar: 'summer',
  höst: 'fall',
  vinter: 'winter',
};
/** Every season word the app reads, in English and abroad. */
export const SEASON_NAMES: readonly string[] = Object.keys(SEASON_WORDS);
/** A season word standing alone: not inside another word ("Summerville", "Étés"). */
const SEASON_WORD = new RegExp(`(?<!\\p{L})(${Object.keys(SEASON_WORDS).join('|')})(?!\\p{L})`, 'giu');

/** A season and two digits, alone, as a term is typed in a hurry: "summer 27", "Summer27". */
const SEASON_THEN_TWO_DIGITS = new RegExp(`^(${Object.keys(SEASON_WORDS).join('|')}) ?(\\d{2})$`, 'iu');

/** A two-digit year after an apostrophe, as in "Summer '26" (straight or curly, either way round). */
const SHORT_YEAR = /[’‘'](\d{2})\b/;
const YEARS = new RegExp(`\\b(19\\d{2}|2[01]\\d{2})\\b|${SHORT_YEAR.source}`, 'g');

const PERIOD_WORD = String.raw`(?:${Object.keys(SEASON_WORDS).join('|')}|(?:${MONTH_NAMES})\.?)`;
/** The seasons or months before a term's year: "Summer", "Winter/Spring", "Summer & Fall", "Jan", "May–August". */
const PERIODS = String.raw`${PERIOD_WORD}(?:\s*(?:[/&–—-]|and|or)\s*${PERIOD_WORD})*`;
/** A term at the end of a title, as postings write it: "…, Summer 2027", "… (2026)", "… – Fall '26", "…, Winter/Spring 2027". */
const TRAILING_TERM = new RegExp(String.raw`[\s,(–—-]+((?:${PERIODS}\s+)?(?:20\d{2}|${SHORT_YEAR.source}))\)?$`, 'i');
/**
 * What is left before the cut still belongs to a term ("Fall 2025, Winter 2026", "Summer 2026 or
 * 2027", "Class of 2027"): cutting would leave half of it in the title.
 */
const TERM_GOES_ON = new RegExp(
  String.raw`(?:[/&]|\b20\d{2}|${SHORT_YEAR.source}|\b(?:and|or|of|in|from|to|until|through|${PERIOD_WORD}))\s*$`,
  'i',
);
/** The word that brings in a term at a title's end ("Data Intern for Fall 2026"): cut with it. */
const TERM_INTRO = /\s(?:for|during|starting|beginning)$/i;
/** A word the term would leave dangling, saying more than the term ("Data Intern after Fall 2026"): no cut. */
const LEFT_DANGLING = /\b(?:at|on|by|with|after|before|since|between|as)$/i;

/** The term written at a title's end, as parseTerm reads it, and the title before it; null for none. */
export function splitTrailingTerm(title: string): { before: string; term: Term } | null {
  const match = TRAILING_TERM.exec(title);
  if (!match) return null;
  const before = title.slice(0, match.index);
  if (TERM_GOES_ON.test(before) || LEFT_DANGLING.test(before)) return null;
  const intro = TERM_INTRO.exec(before);
  return { before: intro ? before.slice(0, intro.index).trimEnd() : before, term: parseTerm(match[1]!) };
}

/** A title without the term written at its end ("Software Engineering Intern, Summer 2027"). */
export function withoutTrailingTerm(title: string): string {
  return splitTrailingTerm(title)?.before ?? title;
}

/**
 * Reads a term from text. "Summer 2026", "summer '26", "summer 26", "2026 Summer", "Summer, 2026" and "Fall"
 * become season and year with no text; anything more ("Summer/Fall 2026", "Co-op term 2") keeps its text, with
 * the season and year it names when it names exactly one of each.
 */
export function parseTerm(text: string): Term {
  const trimmed = text.replace(/\s+/g, ' ').trim().replace(SEASON_THEN_TWO_DIGITS, "$1 '$2");
  if (trimmed === '') return EMPTY_TERM;
  const seasons = [...trimmed.toLowerCase().matchAll(SEASON_WORD)].map((m) => SEASON_WORDS[m[1]!]!);
  const years = [...trimmed.matchAll(YEARS)].map((m) => (m[1] ? Number(m[1]) : 2000 + Number(m[2])));
  const season = new Set(seasons).size === 1 ? seasons[0]! : null;
  const year = new Set(years).size === 1 ? years[0]! : null;
  const plain = { season, year, text: '' };
  // Only season and year (in either order, nothing else): the structured fields say it all.
  return termLabel(plain).toLowerCase() === normalizedPlain(trimmed) && (season || year)
    ? plain
    : { season, year, text: trimmed };
}

/** "summer '26", "2026 summer" and "summer, 2026" read as "summer 2026" for the comparison above. */
function normalizedPlain(text: string): string {
  const lower = text
    .toLowerCase()
    .replace(SEASON_WORD, (word) => SEASON_WORDS[word]!)
    .replace(SHORT_YEAR, '20$1');
  const match =
    /^(?:(spring|summer|fall|winter)(?:[\s,]+(\d{4}))?|(\d{4})(?:[\s,]+(spring|summer|fall|winter))?)$/.exec(lower);
  if (!match) return lower;
  const season = match[1] ?? match[4] ?? '';
  const year = match[2] ?? match[3] ?? '';
  return `${season} ${year}`.trim();
}
