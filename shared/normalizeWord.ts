// How words are compared where case, spacing and punctuation should not count: a CSV's status
// words, a deadline's label against its kind's name.

/** "Offer received!" -> "offer received". */
export function normalizeWord(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
