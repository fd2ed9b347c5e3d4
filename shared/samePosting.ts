// "Is this page pasted before?": the posting text an application keeps (postingText), compared
// with a new paste. The rule is whole-text equality after white space, case and Unicode form are
// evened out, so the same page copied twice, or once from a saved .html page and once as text where
// their visible text is the same, is caught while the fields typed in the review differ. Nothing
// looser (a shared beginning, one text inside the other, most lines alike): postings of one
// company share their boilerplate and differ only in a few lines, and a page of several postings
// holds each of them, so a looser rule would call two postings one.
// Asked by the paste dialog beside sameApplication.ts's company-and-role match.

/**
 * Below this many characters a text is a line typed by hand ("Data intern at Acme"), which two
 * applications can share, not a page that names one posting.
 */
export const MIN_POSTING_CHARS = 200;

/** A posting text as texts compare: composed Unicode, lower case, single spaces, trimmed. */
export function comparablePostingText(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * A 53-bit hash of a comparable text (cyrb53), null for one too short to name a posting: one
 * number per application to compare, instead of its whole text. Equal hashes are confirmed by
 * comparing the texts, so a collision never calls two postings one.
 */
export function postingFingerprint(comparable: string): number | null {
  if (comparable.length < MIN_POSTING_CHARS) return null;
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < comparable.length; i += 1) {
    const code = comparable.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}
