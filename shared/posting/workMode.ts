// Remote, hybrid or on-site. Explicit markers (#LI-HYBRID, "Workplace type: Remote", "(Hybrid)"
// after a location, a header line that just says "Remote") decide; otherwise the prose does. A
// page that says two incompatible things gets no work mode and a note naming both.
import type { WorkMode } from '../application';
import type { Finding } from './finding';
import type { TextRange } from './postingDraft';
import { lineAround, sentenceAround, type TextLine } from './textSpans';

interface Mention extends TextRange {
  mode: WorkMode;
  /**
   * "On site, operations executes venue logistics", "the training is in-person": on-site said in
   * a sentence that names no job. It tells against remote work, but does not say the job is on-site.
   */
  passing?: boolean;
}

const MODE_WORD = String.raw`(fully remote|remote|hybrid|on-?site|in[- ]office|in[- ]person|office[- ]based)`;
/** "(vor Ort)", "(sur site)", "(híbrido)": the marker after a place, on pages abroad. */
const MODE_ABROAD: Record<string, WorkMode> = {
  'vor ort': 'onsite',
  präsenz: 'onsite',
  'sur site': 'onsite',
  présentiel: 'onsite',
  'en présentiel': 'onsite',
  presencial: 'onsite',
  hybride: 'hybrid',
  híbrido: 'hybrid',
  // Portuguese and Spanish: "Híbrido", "Remoto", "Presencial"; "híbrida" after "modalidade".
  hibrido: 'hybrid',
  híbrida: 'hybrid',
  hibrida: 'hybrid',
  remoto: 'remote',
  remota: 'remote',
};
/** One of MODE_ABROAD's words, captured. */
const ABROAD_WORD = `(${Object.keys(MODE_ABROAD).join('|')})`;
/** A field whose value is the work mode: "Workplace type", "Location Type", "Remote status". */
const MODE_LABEL = String.raw`(?:work(?:place)?\s*(?:type|mode|arrangement|model|location|setting|style|environment)|location\s*type|remote\s*(?:status|policy)|modality|workplace|(?:job\s+)?locations?)`;
const EXPLICIT: RegExp[] = [
  new RegExp(String.raw`\(${ABROAD_WORD}\)`, 'giu'),
  /#LI-(hybrid|remote|on-?site|office)\b/gi,
  new RegExp(String.raw`\b${MODE_LABEL}\s*[:–-]\s*${MODE_WORD}\b`, 'gi'),
  // "Location Type" over "On-site": a board prints the label alone on its line, the value alone on
  // the next, at most one blank line between.
  new RegExp(String.raw`^[^\S\n]*${MODE_LABEL}[^\S\n]*:?[^\S\n]*\n(?:[^\S\n]*\n)?[^\S\n]*${MODE_WORD}[^\S\n]*$`, 'gim'),
  new RegExp(String.raw`\(${MODE_WORD}\)`, 'gi'),
  abroadField(ABROAD_WORD),
];
/**
 * "Home office": working from home in Portuguese and Spanish, the UK's interior ministry in
 * English. Plainly the work model only as a Portuguese or Spanish field's value ("Modelo de
 * trabalho: Home office", "Regime: home office") or all of the work ("100% home office"), and only
 * on a page written in those languages.
 */
const HOME_OFFICE = '(home[- ]?office)';
const HOME_OFFICE_MARKERS: RegExp[] = [
  abroadField(HOME_OFFICE),
  new RegExp(String.raw`(?<!\p{L})100[^\S\n]*%[^\S\n]*${HOME_OFFICE}(?!\p{L})`, 'giu'),
];

/**
 * "Modelo de trabalho: Híbrido", "Modalidade: Remoto", "Modalidad: Presencial": a Portuguese or
 * Spanish page's field, its value captured by `value`. Its words end in letters no \b knows, so
 * letters are looked for instead.
 */
function abroadField(value: string): RegExp {
  return new RegExp(
    String.raw`(?<!\p{L})(?:modelo de trabalho|modalidade(?: de trabalho)?|formato(?: de trabalho)?|regime(?: de trabalho)?|modalidad(?: de trabajo)?|modelo de trabajo)[^\S\n]*[:–-][^\S\n]*${value}(?!\p{L})`,
    'giu',
  );
}

/** Common words of Portuguese and Spanish that English does not use, and English's commonest. */
const IBERIAN_WORDS =
  /(?<!\p{L})(?:de|da|das|dos|em|para|com|uma|não|você|que|el|la|los|las|del|con|una|por)(?!\p{L})/giu;
const ENGLISH_WORDS = /\b(?:the|and|of|to|with|for|is|are|you)\b/gi;

/** Whether the page uses more common words of Portuguese or Spanish than of English. */
function writtenInPortugueseOrSpanish(scan: string): boolean {
  const count = (words: RegExp) => scan.match(words)?.length ?? 0;
  return count(IBERIAN_WORDS) > count(ENGLISH_WORDS);
}
/** "Remote: No", "Remote work allowed: Yes": a field that answers whether the job is remote. */
const REMOTE_ANSWER =
  /^[^\S\n]*remote(?:[^\S\n]+(?:work|working|option|allowed|possible|available))*[^\S\n]*[:–-][^\S\n]*(yes|no|none|not[^\S\n]+(?:available|possible|offered)|unavailable)\b/gim;
/** "Remote — United States", "Híbrido": a header line that opens with the work mode, alone or before a separator. */
const HEADER_LINE = new RegExp(String.raw`^(?:${MODE_WORD}|${ABROAD_WORD})(?:\s*(?:[-–—(,/·•|]|$))`, 'iu');
/** "Stone Co. · São Paulo, SP · Híbrido": a header line's last field, after a separator, that is only a work mode. */
const HEADER_FIELD = new RegExp(String.raw`[·•|][^\S\n]*(?:${MODE_WORD}|${ABROAD_WORD})[^\S\n]*$`, 'iu');

const DAYS = '(?:[1-4]|one|two|three|four)(?:\\s*(?:-|to)\\s*(?:[1-4]|two|three|four))?\\s+days?';
// One run of space on each side of the word, never two runs that could share the same spaces: a
// long run of them after "2 days" would otherwise be tried split at every point.
const WEEK = '(?:\\s+(?:a|per|each|every)\\s+|\\s*/\\s*|\\s*)week';
/**
 * Part of the time, as a week's days are: "at least 50% of the time", "half of the week", "40
 * percent of their time", "50 per cent of time", "some days", "part of the week". Not all of it ("100% of the time").
 */
export const SHARE =
  '(?:(?:[1-9]\\d?\\s*%|[1-9]\\d?\\s+per\\s?cent|half)\\s+(?:of\\s+)?(?:(?:the|their|your|its|our)\\s+)?(?:time|week|work\\s*week)|(?:some|certain|several|a\\s+few)\\s+days|part\\s+of\\s+the\\s+(?:time|week))';
/** Working from home: "remote", "remotely", "from home", "WFH", "home office". */
export const HOME = String.raw`(?:remote(?:ly)?|(?:work(?:ing)?\s+)?from\s+home|WFH|home[- ]?office)`;
/** Words every office-days pattern's match has, and every home-days pattern's: each pattern runs only on a page with one. */
const AT_OFFICE = /office|site|person/i;
const AT_HOME = /remote|home|wfh/i;
/** Each reading of the prose: the mode it says, a word its every match has, and the pattern. */
const PROSE: Array<[WorkMode, RegExp, RegExp]> = [
  // "The program will be conducted virtually", "a virtual internship": the whole of the work online.
  [
    'remote',
    /remote|home|wfh|virtual|online/i,
    /\b(?:fully|100%|completely|entirely|totally)\s+remote\b|\bremote(?:ly)?\b|\bwork(?:ing)?\s+(?:from|at)\s+home\b|\bWFH\b|\b(?:program(?:me)?|internships?|placements?|fellowships?|traineeships?|position|role|work)\s+(?:will\s+be|is|are)\s+(?:conducted|held|run|delivered)\s+(?:entirely\s+|fully\s+|completely\s+)?(?:virtually|online)\b|\bvirtual\s+(?:internships?|program(?:me)?s?|placements?|fellowships?|traineeships?)\b/gi,
  ],
  ['hybrid', /hybrid|split/i, /\bhybrid\b|\bsplit\s+between\s+(?:home|remote)\b/gi],
  ['hybrid', AT_OFFICE, new RegExp(`\\b${DAYS}${WEEK}\\b[^.\\n]{0,30}?\\b(?:office|on-?site|in[- ]person)\\b`, 'gi')],
  ['hybrid', AT_OFFICE, new RegExp(`\\b(?:office|on-?site|in[- ]person)\\b[^.\\n]{0,30}?\\b${DAYS}${WEEK}\\b`, 'gi')],
  // "1 day remote per week", "two days a week working from home", "work remotely two days a week",
  // "one remote day per week": home for a few days of the week, as the office for a few is.
  [
    'hybrid',
    AT_HOME,
    new RegExp(
      `\\b${DAYS}(?:\\s+(?:a|per|each|every)\\s+week\\s+${HOME}|\\s+(?:of\\s+)?${HOME}(?:\\s+work(?:ing)?)?${WEEK})\\b|\\b${HOME}\\s+(?:(?:for|on|up\\s+to|about)\\s+)?${DAYS}${WEEK}\\b|\\b(?:[1-4]|one|two|three|four)\\s+(?:remote|home|WFH)[- ]days?${WEEK}\\b`,
      'gi',
    ),
  ],
  // "Up to 50% of time can be spent working from home", "work from home part of the week": home
  // for a share of the time, as the office for one is. A share spent "on" something is a task's.
  ['hybrid', AT_HOME, new RegExp(`\\b${SHARE}\\b(?:(?!\\bon\\b)[^.\\n]){0,30}?\\b${HOME}\\b`, 'gi')],
  ['hybrid', AT_HOME, new RegExp(`\\b${HOME}\\b[^.\\n]{0,20}?\\b${SHARE}\\b`, 'gi')],
  // "in-person at our Albany office at least 50% of the time", "50% of the time in the office".
  ['hybrid', AT_OFFICE, new RegExp(`\\b(?:office|on-?site|in[- ]person)\\b[^.\\n]{0,50}?\\b${SHARE}\\b`, 'gi')],
  ['hybrid', AT_OFFICE, new RegExp(`\\b${SHARE}\\b[^.\\n]{0,12}?\\b(?:office|on-?site|in[- ]person)\\b`, 'gi')],
  [
    'onsite',
    /site|office|person|remote/i,
    /\bon[- ]?site\b|\bin[- ]office\b|\bin[- ]person\b|\b(?:work(?:s|ing)?|based|days?|time|present)\b[^.\n]{0,30}?\bin the office\b|\bwork(?:ing)? from (?:the |our )?office\b|\boffice[- ]based\b|\b(?:not|no|non)[- ](?:a\s+|an\s+)?(?:fully\s+)?remote\b/gi,
  ],
];

/**
 * "remote" that is negated or means something else: "remote sensing", a machine worked from afar
 * ("remote-controlled drones", "remotely operated vehicles"), a far-off place ("remote communities").
 */
const NEGATED = /(?:\bnot|\bno|\bnon)[- ](?:a\s+|an\s+|be\s+)?(?:fully\s+)?$/i;
const OTHER_SENSE =
  /^(?:\s*|-)(?:sensing|control(?:led)?|operated|piloted|server|access|desktop|teams?|colleagues|monitoring|patients?|sites?|interview(?:s|ing)?|onboarding|orientation|areas?|communities|regions?|villages?|islands?|learn(?:ing|ers?)|education|teaching|classes|courses|workshops?|training)\b/i;
/**
 * "Perks: remote work allowance", "the option to work from home", "Benefits: hybrid working, a
 * pension": a benefit or a possibility offered, not the arrangement of the role.
 */
const BENEFIT_BEFORE =
  /\b(?:benefits?|perks?)\b(?:\s*[:–-]|\s+(?:include|includes|including|such\s+as)\b)|\boptions?\s+(?:to|of|for)\s+$/i;
const BENEFIT_AFTER = /^(?:[\s-]+work(?:ing)?)?[\s-]+(?:options?|flexibility|allowance|stipend|friendly)\b/i;
/** "Housing is provided on-site", "interns may live on-site": where one lives or eats, not where one works. */
const LIVING_BEFORE =
  /\b(?:housing|accommodations?|dorm(?:itor(?:y|ies)|s)?|hostels?|meals?|lunch|food|live|living|lodging|resides?|residing|parking|gym|cafeteria)\b(?![^.\n]*\bwork)[^.\n]*$/i;
/** "hybrid cloud", "hybrid vehicles", "hybrid events": hybrid describing a thing, not how the work is arranged. */
const HYBRID_OTHER_SENSE =
  /^[\s-]+(?:events?|cloud|vehicles?|cars?|energy|systems?|solutions?|apps?|infrastructure|workforce|learning|classes|courses|conferences?|meetings?|seeds?|crops?|plants?|species|engines?|power|materials?|architectures?|computing|networks?|genomes?|assembly|electric|fuel|methods?|approach(?:es)?|algorithms?|sequencing|quantum|simulations?|testing|storage)\b/i;
/** "interviews conducted remotely", "remote interviews": how the hiring is done, not the job. */
const INTERVIEW_BEFORE = /\binterview(?:s|ed|ing)?\b[^.\n]{0,20}$/i;
/** "remote work is not supported": the remote mention is a refusal, not the arrangement. */
const NEGATED_AFTER = /^\s*(?:work(?:ing)?\s+)?(?:is|are|will\s+be)\s+(?:not\b|unavailable\b)/i;
/** Sentences about other people's arrangement ("Most employees work a hybrid schedule"). */
const STAFF = String.raw`\b(?:most|many|some|all|our|other)\s+(?:employees|staff|team members|engineers|colleagues|workers)\b`;
/** A question ("Can I work remotely?") or a sentence about other people's arrangement. */
const ASIDE = new RegExp(`\\?(?=\\s|$)|${STAFF}`, 'gi');
const THIS_ROLE = /\bintern(?:s|ship)?\b|\byou\b|\bthis (?:role|position|job)\b/i;
/**
 * Sentences where being in person is the exception, not the arrangement, or is said of a step of
 * the hiring ("an assessment centre, which we hope to do in person") rather than of the work.
 */
const OCCASIONAL_G =
  /\b(?:occasional(?:ly)?|as needed|quarterly|annual(?:ly)?|off-?sites?|retreats?|onboarding|orientations?|kick-?off|meet-?ups?|meetings?|travel|events?|interviews?|assessment[^\S\n]+(?:cent(?:re|er)s?|days?)|selection[^\S\n]+days?)\b/gi;

/**
 * "remote and in-person positions will be available", "in the field, remotely or as a
 * combination of both", "most in REMOTE mode, and 5 FACE-TO-FACE projects", "may be in-person,
 * virtual, or hybrid", "on Zoom ... or, if possible, in person", "in virtual, hybrid, or on-campus
 * formats": a choice among arrangements, which names none of them for this role.
 */
const CHOICE_G =
  /\b(?:remote(?:ly)?|on-?site|on-?campus|in[- ]person|in[- ]office|face[- ]to[- ]face|in the field|virtual(?:ly)?|online|(?:on|by|via) zoom)\b[^.\n]{0,40}?\b(?:or|and(?:\/or)?)\b[^.\n]{0,30}?\b(?:remote(?:ly)?|on-?site|on-?campus|in[- ]person|in[- ]office|face[- ]to[- ]face|virtual(?:ly)?|online|hybrid|combination|both|either)\b/gi;
const CHOICE_WORD_G =
  /remote|virtual|online|zoom|hybrid|combination|both|either|on-?site|on-?campus|in[- ]person|in[- ]office|face[- ]to[- ]face|in the field/gi;
/** Which arrangement a word of a choice names; "both" and "either" stand for several. */
const choiceGroup = (word: string) =>
  /remote|virtual|online|zoom/i.test(word)
    ? 'remote'
    : /hybrid/i.test(word)
      ? 'hybrid'
      : /combination|both|either/i.test(word)
        ? 'several'
        : 'onsite';
/**
 * "on-site campaigns", "in-person visits to airport facilities", "office-based projects": on-site
 * describing something else. On-site names the job's place before a preposition, a number or the
 * end of the phrase ("work on-site at our lab", "on-site 5 days"), before a word of the job
 * itself, or before "here" or "there" ("fully in person here on campus").
 */
const ONSITE_DESCRIBES_OTHER =
  /^[^\S\n]+(?!(?:at|in|on|for|with|and|or|from|to|during|each|every|daily|only|full|five|four|three|is|are|will|as|position|role|job|work|working|internship|interns?|presence|attendance|schedule|basis|program(?:me)?|opportunity|employment|environment|setting|requirements?|here|there)\b)[a-z]+\b/;
/** "Hybrid work schedules may be possible", "operations may occur remotely": what may come, not the arrangement. */
const HEDGED =
  /\b(?:may|might|could)[^\S\n]+(?:be|occur|take[^\S\n]+place|happen|shift|move|switch|transition)\b|\bpossibl[ey]\b|\bpotentially\b|\bat the discretion\b|\bsubject to\b|\bif (?:necessary|needed|required)\b/i;
const HEDGED_G = new RegExp(HEDGED.source, 'gi');
/** Where a clause ends: "in person this summer, although it may be possible to shift" is not hedged. */
const CLAUSE_BREAK = /[,;:]|\b(?:although|though|but|however|while|whereas)\b/gi;

/** "responding to inquiries in person, by phone, or electronically": a channel, not a workplace. */
const CHANNEL_AFTER =
  /^[^.\n]{0,12}\b(?:by[^\S\n]+)?(?:phone|telephone|e-?mail|electronically|online|mail|virtually)\b/i;

/** "apply online, by mail ... or in person at Human Resources": one of the ways to apply, not where the work is. */
const APPLYING = /\b(?:apply|applications?|applying)\b/i;
const OTHER_WAYS_TO_APPLY = /\b(?:online|mail(?:ing)?|e-?mail)\b/i;

/** A word every marker and every reading of the prose has (MODE_WORD, MODE_ABROAD, PROSE): a page with none says no mode. */
const ANY_MODE_WORD =
  /remot|hybrid|h[íi]brid|site|office|person|home|wfh|virtual|online|vor ort|präsenz|présentiel|presencial/iu;

const LABELS: Record<WorkMode, string> = { remote: 'remote', hybrid: 'hybrid', onsite: 'on-site' };

/**
 * `titleAt`: where the posting's title starts. When it opens a header line, what the page prints
 * above that line is the site's (a job board's filter bar "Date posted / Remote / Salary
 * estimate", its menu), not a statement about this role. A title under its label ("Position:")
 * is one field among others, whose order says nothing.
 */
export function findWorkMode(
  scan: string,
  header: TextLine[],
  titleAt: number | null = null,
): { workMode: Finding<WorkMode> | null; notes: string[] } {
  if (!ANY_MODE_WORD.test(scan)) return { workMode: null, notes: [] };
  const titleLine = titleAt === null ? undefined : header.find((l) => l.contentStart === titleAt);
  const postingStart = titleLine?.start ?? 0;
  const own = <T extends TextRange>(ranges: T[]) => ranges.filter((r) => r.start >= postingStart);
  const { mentions, said } = explicitMentions(scan, header);
  const explicit = own(mentions);
  // "Remote Status: On-site" states on-site; the label's own "Remote" is no second mention.
  const prose = withinHybrid(scan, own(outside(proseMentions(scan, header), said)));
  const explicitModes = modesOf(explicit);
  if (explicitModes.length === 1) {
    const mode = explicitModes[0]!;
    const clashing = prose.find((p) => !compatible(mode, p.mode));
    const notes = clashing
      ? [
          `The page also says '${LABELS[clashing.mode]}' (${excerpt(scan, clashing)}); '${LABELS[mode]}' comes from ${excerpt(scan, explicit[0]!)}.`,
        ]
      : [];
    return { workMode: found(mode, explicit), notes };
  }
  if (explicitModes.length > 1) return { workMode: null, notes: [contradiction(scan, explicit)] };
  const modes = modesOf(prose);
  if (modes.length === 0) return { workMode: null, notes: [] };
  // Hybrid work includes office days, so "hybrid" and "in the office" agree.
  const mode = modes.length === 1 ? modes[0]! : modes.includes('remote') ? null : 'hybrid';
  if (mode === 'onsite' && prose.every((m) => m.passing)) return { workMode: null, notes: [] };
  return mode ? { workMode: found(mode, prose), notes: [] } : { workMode: null, notes: [contradiction(scan, prose)] };
}

function contradiction(scan: string, mentions: Mention[]): string {
  const modes = modesOf(mentions);
  const a = modes.includes('remote') ? 'remote' : modes[0]!;
  const b = modes.find((m) => m !== a)!;
  const first = (mode: WorkMode) => mentions.find((m) => m.mode === mode)!;
  return `Page says both '${LABELS[a]}' (${excerpt(scan, first(a))}) and '${LABELS[b]}' (${excerpt(scan, first(b))}).`;
}

/**
 * The explicit markers, each at its value ("On-site" of "Remote Status: On-site"), and `said`:
 * where each marker is written, label and value together, sorted by start.
 */
function explicitMentions(scan: string, header: TextLine[]): { mentions: Mention[]; said: TextRange[] } {
  const mentions: Mention[] = [];
  const said: TextRange[] = [];
  const add = (m: RegExpExecArray, mode: WorkMode) => {
    const start = m.index + m[0].toLowerCase().lastIndexOf(m[1]!.toLowerCase());
    mentions.push({ start, end: start + m[1]!.length, mode });
    said.push({ start: m.index, end: m.index + m[0].length });
  };
  for (const pattern of EXPLICIT) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(scan); m; m = pattern.exec(scan)) add(m, modeOf(m[1]!));
  }
  if (/home[- ]?office/i.test(scan) && writtenInPortugueseOrSpanish(scan)) {
    for (const pattern of HOME_OFFICE_MARKERS) {
      pattern.lastIndex = 0;
      for (let m = pattern.exec(scan); m; m = pattern.exec(scan)) add(m, 'remote');
    }
  }
  REMOTE_ANSWER.lastIndex = 0;
  for (let m = REMOTE_ANSWER.exec(scan); m; m = REMOTE_ANSWER.exec(scan))
    add(m, /^yes$/i.test(m[1]!) ? 'remote' : 'onsite');
  // A header's work mode is a marker of its own, written as its value.
  const addWord = (start: number, word: string) => {
    mentions.push({ start, end: start + word.length, mode: modeOf(word) });
    said.push({ start, end: start + word.length });
  };
  for (const line of header) {
    const field = HEADER_FIELD.exec(line.content);
    if (field) {
      const word = field[1] ?? field[2]!;
      addWord(line.contentStart + field.index + field[0].lastIndexOf(word), word);
    }
    const m = HEADER_LINE.exec(line.content);
    if (m) addWord(line.contentStart, m[1] ?? m[2]!);
  }
  return { mentions: dedupe(mentions), said: said.sort((a, b) => a.start - b.start) };
}

/** The sentences that say a mention in them is no arrangement of this role, each kind where it starts. */
function sentencesAside(scan: string) {
  return {
    // Other people's arrangement is an aside only when the sentence says nothing of this role.
    asides: sentencesWhere(scan, ASIDE, (m, sentence) => m === '?' || !THIS_ROLE.test(sentence)),
    occasional: sentencesWhere(scan, OCCASIONAL_G, () => true),
    hedges: sentencesWhere(scan, HEDGED_G, () => true),
    // A choice is one only where the sentence is not describing a hybrid week, unless hybrid is one
    // of three or more choices ("either remote or hybrid" is two things said, and a note names both).
    choices: sentencesWhere(scan, CHOICE_G, (m, sentence) => {
      const groups = new Set(m.match(CHOICE_WORD_G)!.map(choiceGroup));
      const hybridWeek = /\bhybrid\b/i.test(sentence) && !(/\bhybrid\b/i.test(m) && groups.size >= 3);
      return !/\bdays?\b/i.test(sentence) && !hybridWeek && groups.size > 1;
    }),
  };
}

function proseMentions(scan: string, header: TextLine[]): Mention[] {
  const mentions: Mention[] = [];
  // Four passes over the page, made only once a mention needs them.
  let aside: ReturnType<typeof sentencesAside> | undefined;

  for (const [mode, needed, pattern] of PROSE) {
    if (!needed.test(scan)) continue;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(scan); m; m = pattern.exec(scan)) {
      const end = m.index + m[0].length;
      if (
        mode === 'remote' &&
        (NEGATED.test(scan.slice(Math.max(0, m.index - 16), m.index)) ||
          INTERVIEW_BEFORE.test(scan.slice(Math.max(0, m.index - 30), m.index)) ||
          OTHER_SENSE.test(scan.slice(end, end + 20)) ||
          NEGATED_AFTER.test(scan.slice(end, end + 24)))
      ) {
        continue;
      }
      if (mode === 'hybrid' && /^hybrid$/i.test(m[0]) && HYBRID_OTHER_SENSE.test(scan.slice(end, end + 20))) continue;
      const around = sentenceAround(scan, m.index);
      const sentence = around.start;
      const before = scan.slice(Math.max(sentence, m.index - 60), m.index);
      if (BENEFIT_BEFORE.test(before) || BENEFIT_AFTER.test(scan.slice(end, end + 24))) continue;
      if (mode === 'onsite' && LIVING_BEFORE.test(before)) continue;
      const { asides, choices, hedges, occasional } = (aside ??= sentencesAside(scan));
      if (asides.has(sentence) || choices.has(sentence) || (hedges.has(sentence) && hedged(scan, m.index, end)))
        continue;
      if (mode === 'onsite' && (occasional.has(sentence) || describesOther(scan, m.index, end))) continue;
      const passing =
        mode === 'onsite' && !inHeader(header, m.index) && !THE_JOB.test(scan.slice(around.start, around.end));
      mentions.push({ start: m.index, end, mode, passing });
    }
  }
  return dedupe(mentions);
}

/** Whether the clause around a mention, in a sentence that hedges, is the hedged one. */
function hedged(scan: string, start: number, end: number): boolean {
  const sentence = sentenceAround(scan, start);
  const before = scan.slice(sentence.start, start);
  const after = scan.slice(end, sentence.end);
  const clauseStart = Math.max(0, ...[...before.matchAll(CLAUSE_BREAK)].map((m) => m.index + m[0].length));
  const clauseEnd = [...after.matchAll(CLAUSE_BREAK)][0]?.index ?? after.length;
  // "(remotely, if necessary)": an aside in brackets is one clause.
  const aside = /\(\s*$/.test(before) ? /^[^()]*\)/.exec(after)?.[0] : undefined;
  return HEDGED.test(before.slice(clauseStart)) || HEDGED.test(after.slice(0, clauseEnd)) || HEDGED.test(aside ?? '');
}

/** Words that make a sentence about the job or its work, wider than THIS_ROLE: "Work is in person", "The program is held in person". */
const THE_JOB =
  /\bintern(?:s|ships?)?\b|\byou\b|\bwe\b|\bwork\b|\b(?:role|position|positions|job|program|programme|placement|fellowship|traineeship)\b/i;

function inHeader(header: TextLine[], at: number): boolean {
  const last = header[header.length - 1];
  return last !== undefined && at < last.contentStart + last.content.length;
}

/** A mention in a list of ways to apply: words of applying before it, and none of the job in its own sentence. */
function waysToApply(scan: string, start: number): boolean {
  const sentence = sentenceAround(scan, start);
  const before = scan.slice(Math.max(0, start - 300), start);
  return (
    !THIS_ROLE.test(scan.slice(sentence.start, sentence.end)) &&
    APPLYING.test(before) &&
    OTHER_WAYS_TO_APPLY.test(before)
  );
}

/**
 * "split their time between in-office work and field work", "map species in the field and
 * develop reports in office": the office beside the field is where some tasks are done, not an
 * arrangement of the job.
 */
const FIELD_WORK = /\bfield[- ]?(?:work|data|season|sites?|surveys?)\b|\bin the field\b/i;

function officeBesideField(scan: string, start: number, end: number): boolean {
  if (!/^in[- ]office$/i.test(scan.slice(start, end))) return false;
  const sentence = sentenceAround(scan, start);
  return FIELD_WORK.test(scan.slice(sentence.start, sentence.end));
}

function describesOther(scan: string, start: number, end: number): boolean {
  const after = scan.slice(end, end + 40);
  return (
    CHANNEL_AFTER.test(after) ||
    officeBesideField(scan, start, end) ||
    (/^in[- ]person$/i.test(scan.slice(start, end)) && waysToApply(scan, start)) ||
    (/^(?:on[- ]?site|in[- ]person|in[- ]office|office[- ]based)$/i.test(scan.slice(start, end)) &&
      ONSITE_DESCRIBES_OTHER.test(after))
  );
}

/**
 * Where the sentences start that hold a match of `pattern`, found in one pass over the page, so
 * each mention is then looked up rather than its sentence read again.
 */
function sentencesWhere(
  scan: string,
  pattern: RegExp,
  counts: (match: string, sentence: string) => boolean,
): Set<number> {
  const starts = new Set<number>();
  pattern.lastIndex = 0;
  for (let m = pattern.exec(scan); m; m = pattern.exec(scan)) {
    const sentence = sentenceAround(scan, m.index);
    if (counts(m[0], scan.slice(sentence.start, sentence.end))) starts.add(sentence.start);
    pattern.lastIndex = Math.max(pattern.lastIndex, sentence.end);
  }
  return starts;
}

/** Home days in a sentence about hybrid work: "the other days you can work from home", "2 days remote". */
const HOME_DAYS =
  /home|wfh|\bdays?\s+(?:a\s+week\s+)?remote|remote(?:ly)?\s+(?:on\s+)?\w+days|remote(?:ly)?\s+\S+\s+days?/i;

/**
 * "Hybrid: three days in the office, the other days from home" is one arrangement; "remote or
 * hybrid" is two. Home days in a sentence about hybrid work are part of it.
 */
function withinHybrid(scan: string, mentions: Mention[]): Mention[] {
  const hybridSentences = new Set(
    mentions.filter((m) => m.mode === 'hybrid').map((m) => sentenceAround(scan, m.start).start),
  );
  // "one remote day per week": a remote word inside the hybrid week's own words is part of it.
  const apart = new Set(
    outside(
      mentions.filter((m) => m.mode === 'remote'),
      mentions.filter((m) => m.mode === 'hybrid'),
    ),
  );
  return mentions.filter((m) => {
    if (m.mode !== 'remote' || !hybridSentences.has(sentenceAround(scan, m.start).start)) return true;
    if (!apart.has(m)) return false;
    return !HOME_DAYS.test(scan.slice(Math.max(0, m.start - 12), m.end + 16));
  });
}

function modeOf(word: string): WorkMode {
  const w = word.toLowerCase();
  if (w in MODE_ABROAD) return MODE_ABROAD[w]!;
  if (w.includes('remote')) return w.startsWith('not') || w.startsWith('no') ? 'onsite' : 'remote';
  if (w === 'hybrid') return 'hybrid';
  return 'onsite';
}

/**
 * One mention per wording: "fully remote" is not also a separate "remote". Sorted by start, a
 * mention overlaps an earlier one of its mode exactly when it starts before the furthest end
 * kept for that mode, so one pass decides.
 */
function dedupe(mentions: Mention[]): Mention[] {
  const sorted = mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  const keptEnd: Partial<Record<WorkMode, number>> = {};
  const kept: Mention[] = [];
  for (const m of sorted) {
    if (m.start < (keptEnd[m.mode] ?? -1)) continue;
    kept.push(m);
    keptEnd[m.mode] = Math.max(keptEnd[m.mode] ?? -1, m.end);
  }
  return kept;
}

/** The mentions that overlap none of `others` (sorted by start). */
function outside(mentions: Mention[], others: TextRange[]): Mention[] {
  // The furthest end among others[0..i]: those starting before a mention ends are a prefix,
  // and one of them overlaps it exactly when that prefix reaches past its start.
  const reach: number[] = [];
  others.forEach((o, i) => reach.push(Math.max(o.end, reach[i - 1] ?? -1)));
  return mentions.filter((m) => {
    let lo = 0;
    let hi = others.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (others[mid]!.start < m.end) lo = mid + 1;
      else hi = mid;
    }
    return lo === 0 || reach[lo - 1]! <= m.start;
  });
}

function modesOf(mentions: Mention[]): WorkMode[] {
  return [...new Set(mentions.map((m) => m.mode))];
}

function compatible(mode: WorkMode, other: WorkMode): boolean {
  return mode === other || (mode === 'hybrid' && other === 'onsite');
}

function found(mode: WorkMode, mentions: Mention[]): Finding<WorkMode> {
  return {
    value: mode,
    ranges: mentions
      .filter((m) => m.mode === mode)
      .slice(0, 3)
      .map(({ start, end }) => ({ start, end })),
  };
}

/** A short quote around a mention, on one line, for notes. */
function excerpt(scan: string, mention: TextRange): string {
  const { start: lineStart } = lineAround(scan, mention.start);
  const { end: lineEnd } = lineAround(scan, mention.end);
  const from = Math.max(lineStart, mention.start - 30);
  const to = Math.min(lineEnd, mention.end + 30);
  const quote = scan.slice(from, to).replace(/\s+/g, ' ').trim();
  return `"${from > lineStart ? '…' : ''}${quote}${to < lineEnd ? '…' : ''}"`;
}
