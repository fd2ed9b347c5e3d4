// Visa sponsorship, as the posting states it: "we do not sponsor", "sponsorship is available",
// "must be a U.S. citizen". Only a statement counts; a page that says nothing leaves it unknown,
// and one that says two incompatible things proposes nothing and says so.
import type { Sponsorship } from '../application';
import type { Finding } from './finding';
import type { TextRange } from './postingDraft';
import { sentenceAround } from './textSpans';

type Stated = Exclude<Sponsorship, 'unknown'>;

interface Mention extends TextRange {
  stated: Stated;
}

const VISA = String.raw`(?:(?:employment|work|student|immigration|H-?1B|TN|employer|visa)\s+){0,2}`;
/** "U.S.", "British", and any demonym ending as most do: "Indian", "Kenyan", "Pakistani", "Japanese", "Irish". */
const NATIONALITY = String.raw`(?:(?:a|an)\s+)?(?:U\.?\s?S\.?|United States|American|Canadian|Australian|UK|British|EU|(?:South\s+|New\s+|Sri\s+)?[A-Za-z]{2,}(?:an|ese|ish|i))?\s*`;
/** A nationality written out: "South African", "U.S.", "Kenyan" (not "who are citizens of ..."). */
const NAMED_NATIONALITY = String.raw`(?:U\.?\s?S\.?|United States|American|Canadian|Australian|UK|British|EU|(?:South\s+|New\s+|Sri\s+)?[A-Z][a-z]+(?:an|ese|ish|i))`;
/** A character of the same sentence: a full stop only after an initial ("U.S."). */
const IN_SENTENCE = String.raw`(?:[^.\n]|(?<=\b[A-Z])\.)`;
/** "Citizens or permanent (or legal) residents" may apply: that is no sponsorship, not citizenship required. */
const RESIDENTS = String.raw`(?:(?:have|hold|be)\s+)?(?:a\s+)?(?:lawful\s+)?(?:${NATIONALITY})?(?:permanent\s+residen(?:ts?|cy|ce)|(?:legal|lawful)\s+residen(?:ts?|cy|ce)|green\s+card)`;
/** "Or legally authorized to work in the United States": anyone with the right to work may apply. */
const WORK_RIGHT = String.raw`(?:(?:be|are|is)\s+)?(?:legally\s+|otherwise\s+)*(?:authori[sz]ed|eligible|permitted|entitled)\s+to\s+work\b`;
/**
 * Not followed by "or permanent residents", even after other groups ("citizens, U.S. nationals,
 * or permanent residents"), nor by "or legally authorized to work", nor by "or non-South African
 * students with valid study permits": citizenship is then one way in.
 */
const NOT_RESIDENTS = String.raw`(?!${IN_SENTENCE}{0,80}?(?:\bor|\band|\/|,)\s*(?:${RESIDENTS}|${WORK_RIGHT}|non-|${IN_SENTENCE}{0,40}?\bwith\s+(?:a\s+)?valid\s+(?:\w+\s+)?(?:permits?|visas?)\b))`;
/**
 * A job board's field, its answer on the same line or the next: "Visa Sponsorship\nNo". Each run
 * of space after the first follows its own mark, so a long run is not tried split every way.
 */
const SPONSORSHIP_LABEL = String.raw`^[^\S\n]*(?:visa\s+)?sponsorship(?:\s+available)?[^\S\n]*(?:[:|][^\S\n]*)?(?:\n[^\S\n]*)?`;
/** "do not", "don't", "can't", "won't", "cannot", "unable to", "aren't able to", "will not be able to". */
const NEGATED = String.raw`(?:(?:do(?:es)?|will|can|are|is)\s*(?:not|n[’']t)|can[’']t|won[’']t|cannot|unable\s+to|not\s+able\s+to)\s+(?:(?:be\s+)?able\s+to\s+)?`;
/** "is not", "isn't", "cannot be", "won't be": said of the sponsorship itself. */
const NEGATED_PASSIVE = String.raw`(?:(?:is|will|can)\s*(?:not|n[’']t)|cannot|can[’']t|won[’']t)\s+(?:be\s+)?`;
/**
 * "Citizens of any country", "a citizen of one of the Bank's member countries", "citizen of the
 * following countries: Albania, Algeria, ...": many nationalities may apply, so no one citizenship is
 * required.
 */
const NOT_MANY_COUNTRIES = String.raw`(?!\s+of\s+(?:any|all|every)\b|\s+of\s+(?:one\s+of\s+)?the\s+(?:following|listed)\s+(?:countries|states|nations)\b|\s+of\s+${IN_SENTENCE}{0,40}?\b(?:member|participating|eligible|partner)\s+(?:countr|states?\b|nations?\b))`;
/** "We do not sponsor events": sponsoring something other than a visa or a person. */
const NOT_VISA_OBJECT = String.raw`(?![^\S\n]+(?:any\s+|our\s+|the\s+)?(?:events?|conferences?|travel|trips?|teams?|clubs?|part(?:y|ies)|meals?|housing|parking|relocation|tickets?|memberships?|courses?|projects?|research)\b)`;
/** "Corporate sponsorship", "event sponsorship": money for a cause, not a visa. */
const NOT_VISA_KIND = String.raw`(?<!\b(?:corporate|event|financial|industry|team|club|conference|title|media|commercial|fiscal|research|program(?:me)?|project|community|brand|partner|league)\s+)`;
/** "Sponsorship is provided by the Ford Foundation": a funder, not an offer of a visa. */
const NOT_FUNDER = String.raw`(?!\s+(?:by|through|from)\b)`;

/**
 * Each kind of statement: what it states, words one of which each of its wordings has (a page
 * without them is not searched for them, each wording a pass over the whole page), and its wordings.
 */
const STATEMENTS: Array<[Stated, RegExp, RegExp]> = [
  [
    'citizenship-required',
    /citizen/i,
    new RegExp(
      [
        // "candidates must be:\n • U.S. citizens at the time of application": the list's first item.
        String.raw`\b(?:must|required\s+to|need\s+to|have\s+to)\s+(?:be|hold)(?:[^\S\n]*:\s*(?:[•*·▪-][^\S\n]*)?|\s+)${NATIONALITY}citizen(?:s|ship)?\b${NOT_MANY_COUNTRIES}${NOT_RESIDENTS}`,
        // Not "required for some positions": which ones, the page does not say.
        String.raw`\b${NATIONALITY}citizenship\s+(?:is\s+)?(?:required|mandatory)\b(?!\s+(?:for|on|in)\s+(?:some|certain|a\s+few|many|most)\b)`,
        String.raw`\b(?:open|available|restricted)\s+(?:only\s+)?to\s+${NATIONALITY}citizens\b${NOT_MANY_COUNTRIES}${NOT_RESIDENTS}(?:\s+only\b)?`,
        String.raw`\bonly\s+${NATIONALITY}citizens\b${NOT_MANY_COUNTRIES}${NOT_RESIDENTS}`,
        // "graduates who are:\n- South African citizens residing in Johannesburg": a list of who may apply, led by a nationality.
        String.raw`\bwho\s+are(?:[^\S\n]*:)?\s*(?:[•*·▪-][^\S\n]*)?${NAMED_NATIONALITY}\s+citizens\b${NOT_RESIDENTS}`,
        // "offering U.S. citizen undergraduate and graduate students a chance": the nationality of those it is for.
        String.raw`\b(?:offering|offers|for)\s+${NAMED_NATIONALITY}\s+citizen\s+(?:[a-z-]+\s+){0,4}?(?:students|undergraduates|graduates|applicants|candidates|youths?)\b${NOT_RESIDENTS}`,
        // "Eligibility\n\nIndian citizens between 18 to 25 years of age": a line of who may apply, opening with them.
        String.raw`^[^\S\n]*(?:[•*·▪-][^\S\n]*)?${NAMED_NATIONALITY}\s+citizens\b(?!\s+(?:of\s+)?(?:and|or)\b)${NOT_RESIDENTS}`,
      ].join('|'),
      'gim',
    ),
  ],
  [
    'does-not-offer',
    // Each names sponsorship but "citizens or permanent residents" (or green card holders).
    /sponsor|residen|green\s+card/i,
    new RegExp(
      [
        String.raw`\b${NEGATED}(?:sponsor\b${NOT_VISA_OBJECT}|(?:offer|provide|support)\s+(?:or\s+take\s+over\s+)?${VISA}sponsorship\b)`,
        String.raw`\bno\s+${VISA}sponsorship\b${NOT_FUNDER}`,
        // "Visa sponsorship is not available", "Sponsorship cannot be provided".
        String.raw`\b${NOT_VISA_KIND}${VISA}sponsorship\s+${NEGATED_PASSIVE}(?:available|offered|provided|possible)\b`,
        String.raw`${SPONSORSHIP_LABEL}no\b`,
        String.raw`\bnot\s+(?:be\s+)?eligible\s+for\s+${VISA}sponsorship\b`,
        String.raw`\bwithout\s+(?:the\s+need\s+for\s+|requiring\s+|needing\s+)?(?:current\s+or\s+future\s+|any\s+|additional\s+|further\s+)?${VISA}sponsorship\b`,
        String.raw`\brequir(?:e|es|ing)\s+(?:\w+\s+){0,4}?${VISA}sponsorship\b[^.\n]{0,80}?\b(?:(?:are|is|will)\s+not\s+(?:be\s+)?(?:eligible|considered)|ineligible)\b`,
        // Not when the list goes on to a visa or permit: "a citizen, permanent resident or have the appropriate visa",
        // or to international students who may apply.
        String.raw`\b(?:citizens?|nationals?)(?:(?:,${IN_SENTENCE}{0,30}?,)?\s+(?:or|and)|,)\s+${RESIDENTS}\b(?!${IN_SENTENCE}{0,60}?\b(?:visas?|permits?|(?:international|foreign)\s+(?:students?|applicants?|candidates?|nationals?)\b(?!\s+(?:are|is)\s+(?:not|ineligible)\b)))`,
      ].join('|'),
      'gim',
    ),
  ],
  [
    'offers',
    /sponsor/i,
    new RegExp(
      [
        String.raw`\b${NOT_VISA_KIND}${VISA}sponsorship\s+(?:is\s+|will\s+be\s+)?(?:available|offered|provided|possible)\b${NOT_FUNDER}`,
        String.raw`\b(?:we|will|can|do|does)\s+(?:offer|provide|support)\s+${VISA}sponsorship\b`,
        // "will sponsor", "can sponsor" a visa, or with nothing after; not "will sponsor the clerk's practice card".
        String.raw`\b(?:will(?:ing\s+to)?|can)\s+sponsor\b(?=[^.\n]{0,40}\b(?:visas?|h-?1b|work\s+authori[sz]ation|work\s+permits?|immigration|international)\b|\s*[.;]|\s*$)`,
        String.raw`${SPONSORSHIP_LABEL}yes\b`,
        String.raw`\bopen\s+to\s+(?:candidates|applicants|students)\s+(?:who\s+(?:will\s+)?)?requir(?:e|ing)\s+${VISA}sponsorship\b`,
      ].join('|'),
      'gim',
    ),
  ],
];

/**
 * Words before an offer of sponsorship that turn it around: "no sponsorship is available"; not
 * across "but" ("We can't offer housing, but sponsorship is available").
 */
const NEGATION =
  /\b(?:not|no|never|unable|cannot|can[’']t|won[’']t)\b(?:(?!\b(?:but|however|although|though)\b)[^.;]){0,30}$/i;

const LABELS: Record<Stated, string> = {
  offers: 'sponsorship offered',
  'does-not-offer': 'no sponsorship',
  'citizenship-required': 'citizenship required',
};

export function findSponsorship(scan: string): { sponsorship: Finding<Stated> | null; notes: string[] } {
  const mentions = statements(scan);
  const stated = [...new Set(mentions.map((m) => m.stated))];
  if (stated.length === 0) return { sponsorship: null, notes: [] };
  // Citizenship required says there is no sponsorship, more precisely.
  const value: Stated | null =
    stated.length === 1 ? stated[0]! : !stated.includes('offers') ? 'citizenship-required' : null;
  if (value === null) {
    const quote = (s: Stated) =>
      excerpt(
        scan,
        mentions.find((m) => m.stated === s)!,
      );
    const [a, b] = stated as [Stated, Stated];
    return {
      sponsorship: null,
      notes: [`On visa sponsorship, the page says both '${LABELS[a]}' (${quote(a)}) and '${LABELS[b]}' (${quote(b)}).`],
    };
  }
  const ranges = mentions
    .filter((m) => m.stated === value)
    .slice(0, 3)
    .map(({ start, end }) => ({ start, end }));
  const residents = value === 'does-not-offer' && mentions.every((m) => /resident/i.test(scan.slice(m.start, m.end)));
  return {
    sponsorship: { value, ranges },
    notes: residents
      ? [
          `Sponsorship read from ${excerpt(scan, mentions[0]!)}: the role is open only to those who need no visa, so it sponsors none.`,
        ]
      : [],
  };
}

function statements(scan: string): Mention[] {
  const mentions: Mention[] = [];
  for (const [stated, word, pattern] of STATEMENTS) {
    if (!word.test(scan)) continue;
    for (const m of scan.matchAll(pattern)) {
      const start = m.index;
      const end = start + m[0].trimEnd().length;
      const sentenceStart = sentenceAround(scan, start).start;
      const negated = stated === 'offers' && NEGATION.test(scan.slice(Math.max(sentenceStart, start - 40), start));
      mentions.push({ start, end, stated: negated ? 'does-not-offer' : stated });
    }
  }
  // One statement per wording: "not eligible for sponsorship" is not also an offer of it.
  return mentions
    .sort((a, b) => a.start - b.start || b.end - a.end)
    .filter((m, i, all) => !all.slice(0, i).some((k) => m.start < k.end));
}

/** A short quote of a mention, on one line, for notes. */
function excerpt(scan: string, mention: TextRange): string {
  return `"${scan.slice(mention.start, mention.end).replace(/\s+/g, ' ').trim()}"`;
}
