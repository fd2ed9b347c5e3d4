// How text is compared and read where the way it was typed should not count: case, accents,
// width, spacing and punctuation.

/** "Offer received!" -> "offer received". */
export function normalizeWord(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Letters that are not a base letter and an accent, as people type them without one. */
const PLAIN_LETTER: Record<string, string> = {
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  ħ: 'h',
  ı: 'i',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  þ: 'th',
};
const NOT_DECOMPOSED = new RegExp(`[${Object.keys(PLAIN_LETTER).join('')}]`, 'g');

/**
 * Lower case without accents, so "nestle" matches "Nestlé" and "orsted" "Ørsted"; and without a
 * character's width (compatibility decomposition), so "ｍｅｒｃａｒｉ" matches "Mercari", "ﾒﾙｶﾘ"
 * "メルカリ" and a full-width space a space, as a Japanese keyboard types them either way.
 */
export function withoutCaseOrAccents(text: string): string {
  // Most text is plain ASCII, which has no accents to take off (and normalizing is slow).
  if (!/[^\p{ASCII}]/u.test(text)) return text.toLowerCase();
  return text
    .normalize('NFKD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(NOT_DECOMPOSED, (letter) => PLAIN_LETTER[letter]!);
}

/** Umlauts as German writes them without the dots. */
const UMLAUT_SPELLED: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue' };
const UMLAUTS = /[äöü]/g;

const spelledOut = (lower: string) => lower.replace(UMLAUTS, (letter) => UMLAUT_SPELLED[letter]!);

/**
 * A text as search looks through it, word by word: withoutCaseOrAccents, and its words with
 * umlauts again on a second line as German spells them without ("Büro in Nürnberg" is kept as
 * "buro in nurnberg\nbuero nuernberg"), so "Nuernberg" finds "Nürnberg" as "Nurnberg" does. Only
 * those words: a long note with one umlaut is not kept twice. A query is folded with
 * withoutCaseOrAccents alone, and each of its words looked for.
 */
export function searchableText(text: string): string {
  const plain = withoutCaseOrAccents(text);
  // Plain ASCII has no umlauts (and normalizing is slow).
  if (!/[^\p{ASCII}]/u.test(text)) return plain;
  const spelled = text
    .normalize('NFC')
    .toLowerCase()
    .split(/\s+/)
    .filter((word) => /[äöü]/.test(word));
  return spelled.length === 0 ? plain : `${plain}\n${withoutCaseOrAccents(spelled.map(spelledOut).join(' '))}`;
}

/**
 * A name as search looks for it whole ("Mueller Holding intern" starts with a company's name): as
 * searchableText, the whole name again on its second line where it has umlauts.
 */
export function searchableName(text: string): string {
  const plain = withoutCaseOrAccents(text);
  if (!/[^\p{ASCII}]/u.test(text)) return plain;
  const lower = text.normalize('NFC').toLowerCase();
  const spelled = spelledOut(lower);
  return spelled === lower ? plain : `${plain}\n${withoutCaseOrAccents(spelled)}`;
}

/** A name as names compare: without case or accents, with single spaces, trimmed. */
export function comparableName(text: string): string {
  return withoutCaseOrAccents(text).replace(/\s+/g, ' ').trim();
}

/**
 * The text with full-width digits, marks and signs as plain ones (compatibility composition):
 * "２０２７／０１／１５", "時給１，５００円", "（金）", as a Japanese, Chinese or Korean keyboard types them,
 * read as "2027/01/15", "時給1,500円", "(金)".
 */
export function asTyped(text: string): string {
  return text.normalize('NFKC');
}
