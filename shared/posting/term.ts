// The term of the internship, as the page names it: "Summer 2026", "Winter '27", "Work Term:
// 2027 - Winter" anywhere in the posting, else what the title says ("Summer Field Engineering
// Intern", "New Grad 2026"). A season in prose ("last summer our interns…") is not a term. A
// season the title names alone takes the year of the work's dates ("May 26th through August
// 7th, 2026"), never another year the page happens to name (an age cut-off, a graduation).
// Failing those, a season the page names the work by ("our Summer Internship Program"), when the
// page names no other season; without its year, it takes the year its sentence starts the work
// in ("our summer internship starting in June 2027").
import { SEASON_LABELS, type Season, type Term } from '../application';
import { MONTH_NAMES } from '../calendarDate';
import { parseTerm, SEASON_NAMES, termLabel } from '../term';
import type { Finding } from './finding';
import type { TextRange } from './postingDraft';
import { matchesAtWordStart, sentenceAround } from './textSpans';

const SEASON_WORD = '(?:spring|summer|fall|autumn|winter)';
/** Seasons and seasons together ("Summer", "Summer/Fall", "Spring or Fall") of `word`. */
const seasons = (word: string) => String.raw`(${word}(?:\s*(?:\/|&|\bor\b|\band\b)\s*${word})*)`;
const SEASONS = seasons(SEASON_WORD);
/** Beside a year, a season abroad is as clear as in English: "Sommer 2027", "été 2027", "verano 2027". */
const SEASONS_ABROAD_TOO = seasons(`(?:${SEASON_NAMES.join('|')})`);
const YEAR = String.raw`(20\d{2}|[’‘']\d{2})`;
// On one line: "2023\n- Summer Internship" is a date's year above a heading, not "Summer 2023".
// The space after the mark is a run of its own only after a mark, so a long run of space after a
// year is not tried split at every point.
const SEPARATOR = String.raw`[^\S\n]*(?:[,–-][^\S\n]*)?`;
/** Seasons and a year side by side, in either order (at a word's start: matchesAtWordStart). */
const SEASON_AND_YEAR = new RegExp(
  String.raw`(?:${SEASONS_ABROAD_TOO}(?:${SEPARATOR}|[^\S\n]+of[^\S\n]+)${YEAR}|(20\d{2})${SEPARATOR}${SEASONS_ABROAD_TOO})(?![\p{L}\d_’'])`,
  'giu',
);
/**
 * A season opening a German, Dutch or Swedish compound that names the internship:
 * "Sommerpraktikum", "Winterpraktika", "Frühjahrspraktikant", "zomerstage", "najaarsstage",
 * "Sommarpraktik". Not "Sommersemester" (a term of study) or "Sommerschule" (courses), as "Summer
 * School" is no term in English.
 */
const COMPOUND_WORD = String.raw`(sommer|sommar|winter|vinter|herbst|höst|frühjahrs?|frühlings?|vår|zomer|voorjaars?|najaars?)-?(?:praktik(?:um|ums|a|ant(?:en|in|innen)?|en)?|stages?)(?![\p{L}\d_])`;
const COMPOUND_SEASON = String.raw`(?<![\p{L}\d_])${COMPOUND_WORD}`;
const COMPOUND_SEASONS: Record<string, Season> = {
  sommer: 'summer',
  sommar: 'summer',
  zomer: 'summer',
  winter: 'winter',
  vinter: 'winter',
  herbst: 'fall',
  höst: 'fall',
  vår: 'spring',
  najaar: 'fall',
  frühjahr: 'spring',
  frühling: 'spring',
  voorjaar: 'spring',
};
/** The season a compound's opening names: "Frühjahrs" of "Frühjahrspraktikum" is spring. */
const compoundSeason = (opening: string): Season =>
  COMPOUND_SEASONS[opening.toLowerCase().replace(/s$/, '')] ?? COMPOUND_SEASONS[opening.toLowerCase()]!;
/** "Sommerpraktikum 2026", "2026 Sommerpraktikum": the compound and a year side by side (at a word's start). */
const COMPOUND_AND_YEAR = new RegExp(
  String.raw`${COMPOUND_WORD}${SEPARATOR}${YEAR}(?![\p{L}\d_’'])|(20\d{2})${SEPARATOR}${COMPOUND_SEASON}`,
  'giu',
);
/** The compound alone (at a word's start). */
const COMPOUND_OF_WORK = new RegExp(COMPOUND_WORD, 'giu');
/** What every such compound ends in: a page without it is not searched for one (a pass over the whole page each). */
const COMPOUND_ENDING = /praktik|stage/iu;
/** The stored page's own date line, " date 2019-12-20 ", opening the text. */
const PAGE_DATE = /^\s*date (20\d{2})-\d{2}(?:-\d{2})?\b/;
const PAST_BEFORE =
  /\b(?:interned|worked|served|participated|spent|joined|completed)\b[^.\n]{0,24}$|\b(?:was|were)[^\S\n]+an?[^\S\n]+(?:[^.\n]{0,60}?[^\S\n])?interns?\b[^.\n]{0,80}$/i;
/**
 * "Following the success of our bursaries in Summer 2020", "since launching in summer 2019": a
 * season the page looks back on. "© Summer 2023", "Posted: Fall 2024": the page's own date.
 * "May extend into Summer 2026": a possible extension, not the term.
 */
const LOOKING_BACK_BEFORE =
  /\b(?:since|following|success\s+of|previous(?:ly)?|past|prior|last|former)\b[^.\n]{0,40}$|(?:©|\bcopyright\b|\b(?:date\s+)?(?:posted|published|updated|listed)\b)[^.\n]{0,20}$|\b(?:extend(?:s|ed|ing)?|continu(?:e|es|ed|ing))[^\S\n]+(?:in)?to[^\S\n]+$/i;
const STUDIES_BEFORE =
  /\b(?:graduat\w*|complet\w*|finish\w*|degree|diploma|returning[^\S\n]+to[^\S\n]+(?:school|university|college|studies)|(?:freshman|sophomore|junior|senior)(?:[^\S\n]+and[^\S\n]+\w+)?[^\S\n]+years?)\b[^.\n]*$/i;
const TITLE_SEASONS = new RegExp(String.raw`\b${SEASONS}\b`, 'i');
const TITLE_YEAR = /\b20\d{2}\b/;

/**
 * "The application form will be available for download Winter 2018", "Interviews will take place
 * in Winter 2025": when to apply or be chosen, not when to work.
 */
const APPLYING =
  /\b(?:applications?|apply|applying|deadline|forms?|interviews?|offers?[^\S\n]+(?:will|are|is)|selection|decisions?)\b/i;
const WORK_WORDS =
  /\b(?:intern(?:s|ships?)?|program(?:me)?s?|placements?|positions?|research|work|fellowships?|co-?ops?|cohorts?|sessions?|start(?:s|ing)?|begin(?:s|ning)?|runs?)\b/i;
/** The word before the season that makes it the term applied for: "applications for Summer 2026". */
const TERM_APPLIED_FOR = /\b(?:for|the)[^\S\n]+$/i;

function whenApplying(scan: string, at: number): boolean {
  const sentence = sentenceAround(scan, at);
  const words = scan.slice(sentence.start, sentence.end);
  return (
    APPLYING.test(words) &&
    !WORK_WORDS.test(words) &&
    !TERM_APPLIED_FOR.test(scan.slice(Math.max(sentence.start, at - 12), at))
  );
}

interface Mention extends TextRange {
  term: Term;
}

/** "Summer 2026" of "Sommerpraktikum 2026" or "2026 Sommerpraktikum". */
function compoundTermOf(match: RegExpMatchArray): Term {
  const [, opening1, year1, year2, opening2] = match;
  const year = (year1 ?? year2)!;
  return parseTerm(`${compoundSeason((opening1 ?? opening2)!)} ${/^\d{4}$/.test(year) ? year : `20${year.slice(-2)}`}`);
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
  const pageYear = Number(PAGE_DATE.exec(scan)?.[1] ?? NaN) || null;
  const compounds = (COMPOUND_ENDING.test(scan) ? matchesAtWordStart(COMPOUND_AND_YEAR, scan) : []).map((m) =>
    Object.assign(m, { compound: true }),
  );
  const mentions: Mention[] = [
    ...matchesAtWordStart(SEASON_AND_YEAR, scan).map((m) => Object.assign(m, { compound: false })),
    ...compounds,
  ]
    .sort((a, b) => a.index - b.index)
    // "graduate in the European summer 2015", "completed, by the European Summer 2023": the
    // applicant's studies, not the work.
    // "have completed a Bachelor’s degree from a recognized university by spring 2018" too.
    .filter((m) => !STUDIES_BEFORE.test(scan.slice(Math.max(0, m.index - 90), m.index)))
    // "Marissa interned during summer 2025": someone's past internship, not this one's term.
    .filter((m) => !PAST_BEFORE.test(scan.slice(Math.max(0, m.index - 160), m.index)))
    .filter((m) => !LOOKING_BACK_BEFORE.test(scan.slice(Math.max(0, m.index - 60), m.index)))
    .filter((m) => !whenApplying(scan, m.index))
    .map((m) => ({
      start: m.index,
      end: m.index + m[0].length,
      term: m.compound ? compoundTermOf(m) : termOf(m),
    }))
    // "date 2019-12-20 ... a crew leader in spring 2018": before the year the page is dated, gone by.
    .filter((m) => pageYear === null || m.term.year === null || m.term.year >= pageYear);
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
  const titled = title ? fromTitle(scan, title, workYear) : null;
  if (titled?.term) return titled;
  const season = seasonOfWork(scan);
  return season ? withStartingYear(scan, season) : { term: null, notes: [] };
}

/** "starting in June 2027", "to start from January 2027", "commencing July 2027": the month and year the work starts. */
const STARTING_MONTH = new RegExp(
  String.raw`\b(?:start(?:s|ing)?|begin(?:s|ning)?|commenc(?:e|es|ing))(?:[^\S\n]+(?:in|from))?[^\S\n]+(?:${MONTH_NAMES})\.?,?[^\S\n]+(20\d{2})(?![\p{L}\d])`,
  'iu',
);

/**
 * "Summer internship starting in June 2027": a season named without its year, in a sentence that
 * says the month and year the work starts, takes that year. (The months alone are no term: the
 * term is a season, and a month with no day is no cohort.)
 */
function withStartingYear(scan: string, season: Finding<Term>): { term: Finding<Term>; notes: string[] } {
  const first = season.ranges[0]!;
  const named = season.value.year === null ? season.value.season : null;
  const start = named ? STARTING_MONTH.exec(scan.slice(first.end, sentenceAround(scan, first.start).end)) : null;
  if (!named || !start) return { term: season, notes: [] };
  const at = first.end + start.index;
  const label = SEASON_LABELS[named];
  return {
    term: {
      value: parseTerm(`${label} ${start[1]}`),
      ranges: [...season.ranges, { start: at, end: at + start[0].length }],
    },
    notes: [
      `The term's year is not written next to "${label}"; ${start[1]} is the year the work starts ("${start[0]}").`,
    ],
  };
}

const WORK_NOUN = String.raw`(?:intern(?:s|ships?)?|program(?:me)?s?|research|students?|scholars?|placements?|positions?|jobs?|employment|fellowships?|co-?ops?|sessions?)`;
/** Words that make "fall" a verb, not a season: "fall under the program", "fall for those students". */
const NOT_A_NAME = String.raw`(?:for|the|a|an|of|to|in|into|under|within|on|at|by|with|and|or|those|these|our|their|all|are|is|will)\b`;
/**
 * A season naming the work: "Summer Internship", "summer research students", "Summer High School
 * Internship", "this summer", "during the university summer holidays". Not "Summer School", which
 * is a programme of courses, nor "last summer interns", a season gone by.
 */
const SEASON_OF_WORK = new RegExp(
  String.raw`\bthis[^\S\n]+(${SEASON_WORD})\b|(?<!\b(?:last|previous|past)[^\S\n]+)\b(${SEASON_WORD})(?![^\S\n]+school\b)(?:[^\S\n]+(?!${NOT_A_NAME})[A-Za-z-]+){0,2}?[^\S\n]+${WORK_NOUN}\b|\bduring[^\S\n]+the[^\S\n]+(?:[A-Za-z-]+[^\S\n]+)?(${SEASON_WORD})[^\S\n]+(?:vacations?|holidays?|break|months)\b`,
  'gi',
);
const ANY_SEASON = new RegExp(String.raw`\b${SEASON_WORD}\b`, 'gi');
/** A lower-case "fall" is a season after "the" or "this", or beside a word of the calendar or another season. */
const FALL_VERB = /^fall(?!\s+(?:semester|term|quarter|intern|(?:and|or)\s+(?:spring|summer|winter)))/;
const FALL_SEASON_BEFORE = /\b(?:the|this|next|last)\s+$/i;
/**
 * A year written with the season's programme, a few words before it: "the 2021 Plano Mayor’s
 * Summer Internship", "the 2019 paid summer internship".
 */
const YEAR_BEFORE_PROGRAMME = new RegExp(
  String.raw`\b(20\d{2})[^\S\n]+(?:(?!${NOT_A_NAME})[A-Za-z][\w’'.&-]*[^\S\n]+){0,3}$`,
);

/**
 * A season with no year, when the page names the work by one season and no other season at all:
 * "our Summer Internship Program" is summer. A page that also names another season ("posted early
 * in the spring semester") leaves the term empty, since it is no longer clear which is the work's.
 */
function seasonOfWork(scan: string): Finding<Term> | null {
  const seasonOf = (word: string) => parseTerm(word).season;
  // The first few mentions say it all: a page that names the work by its season does so early.
  const mentions: RegExpExecArray[] = [];
  SEASON_OF_WORK.lastIndex = 0;
  for (let m = SEASON_OF_WORK.exec(scan); m && mentions.length < MAX_MENTIONS; m = SEASON_OF_WORK.exec(scan))
    mentions.push(m);
  if (mentions.length === 0) return compoundOfWork(scan);
  const season = seasonOf((mentions[0]![1] ?? mentions[0]![2] ?? mentions[0]![3])!);
  if (season === null || namesAnotherSeason(scan, season)) return null;
  const shown = mentions.slice(0, 3).map((m) => ({ mention: m, range: shownOf(m) }));
  const ranges = shown.map((s) => s.range);
  // A year before the programme ("the 2021 ... Summer Internship") or right after it ("Summer
  // Internship 2025"), read with each mention of the work.
  const years = mentions.flatMap((m) => {
    const before = YEAR_BEFORE_PROGRAMME.exec(scan.slice(Math.max(0, m.index - 50), m.index));
    if (before) return [{ year: before[1]!, start: m.index - before[0].length, end: m.index - before[0].length + 4 }];
    const end = m.index + m[0].length;
    const after = YEAR_AFTER_PROGRAMME.exec(scan.slice(end, end + 60));
    return after ? [{ year: after[1]!, start: m.index, end: end + after[0].length, after: true }] : [];
  });
  const year = years.length > 0 && years.every((y) => y.year === years[0]!.year) ? years[0]! : null;
  if (year === null) return { value: parseTerm(season), ranges };
  const value = parseTerm(`${season} ${year.year}`);
  if (!('after' in year)) return { value, ranges: [{ start: year.start, end: year.end }, ...ranges] };
  // A year after the programme's name is shown with it: "Summer Internship 2025"; after a role's
  // words, on its own ("Summer" and "2027" of "Summer Mapping Internship 2027").
  return {
    value,
    ranges: shown.flatMap(({ mention, range }) => {
      const after = years.find((y) => y.start === mention.index);
      if (!after) return [range];
      return range.end === mention.index + mention[0].length
        ? [{ start: range.start, end: after.end }]
        : [range, { start: after.end - 4, end: after.end }];
    }),
  };
}

/**
 * "Wir bieten ein Sommerpraktikum an", "Zomerstage bij ...": a season the page's compounds name the
 * internship by, when they name one season only and the page names no season in English; the
 * season's part of the word is shown.
 */
function compoundOfWork(scan: string): Finding<Term> | null {
  if (!COMPOUND_ENDING.test(scan)) return null;
  const found = matchesAtWordStart(COMPOUND_OF_WORK, scan, MAX_MENTIONS);
  if (found.length === 0) return null;
  const season = compoundSeason(found[0]![1]!);
  if (found.some((m) => compoundSeason(m[1]!) !== season) || namesAnotherSeason(scan, null)) return null;
  return {
    value: parseTerm(season),
    ranges: found.slice(0, 3).map((m) => ({ start: m.index, end: m.index + m[1]!.length })),
  };
}

/**
 * What a mention of the season's work shows as the term: the phrase ("summer internship", "this
 * summer"), but the season alone where words of a role's name come between it and the work
 * ("Summer" of "Summer Planning Intern"), so the term does not take the role's words.
 */
function shownOf(m: RegExpExecArray): TextRange {
  const season = m[2];
  if (season === undefined || m[0].trim().split(/\s+/).length <= 2)
    return { start: m.index, end: m.index + m[0].length };
  return { start: m.index, end: m.index + season.length };
}

/**
 * A year written right after the season's programme, at the end of its name: "Summer Internship
 * 2025", "Summer Internship Program - 2024", "Summer Undergraduate Research Fellowship (SURF)
 * 2027". Not a year running on into a range or a number ("2025-26", "20251"), nor one after the
 * name has ended ("Summer Research Fellowship pays well; since 2015").
 */
const YEAR_AFTER_PROGRAMME =
  /^(?:[^\S\n]+(?:\p{Lu}[\p{L}’'-]*|program(?:me)?|scheme)){0,3}(?:[^\S\n]+\(\p{Lu}{2,8}\))?[^\S\n]*(?:[–-][^\S\n]*)?(20\d{2})(?![\d/–-])/u;

const MAX_MENTIONS = 20;

/** Whether the page names a season other than `season` (any season, for null) anywhere, stopping at the first. */
function namesAnotherSeason(scan: string, season: Season | null): boolean {
  ANY_SEASON.lastIndex = 0;
  for (let m = ANY_SEASON.exec(scan); m; m = ANY_SEASON.exec(scan)) {
    const verb =
      FALL_VERB.test(scan.slice(m.index, m.index + 40)) &&
      !FALL_SEASON_BEFORE.test(scan.slice(Math.max(0, m.index - 6), m.index));
    if (!verb && parseTerm(m[0]).season !== season) return true;
  }
  return false;
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
  // A year alone in the title ("Machine Learning Internship 2026") takes the one season the page
  // names the work by ("our summer internships"), as a season alone takes the work's year.
  const work = year && !season ? seasonOfWork(scan) : null;
  if (year && work?.value.season && work.value.year === null)
    return {
      term: { value: parseTerm(`${work.value.season} ${year[0]}`), ranges: [...ranges, ...work.ranges] },
      notes: [],
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
