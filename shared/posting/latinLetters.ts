// Character classes for names written in Latin script ("Montréal", "Kraków", "Zürich"), for
// patterns that scan whole pages. Unicode property escapes (\p{Lu}) would say the same but make
// such a scan over a 20 KB page about fifteen times slower in V8.

/** Letters of Latin-1 and Latin Extended-A, for use inside a character class. */
export const LETTER = 'A-Za-zÀ-ÖØ-öø-ÿĀ-ſ';
/** Capital letters (Extended-A counted whole: its lower-case letters rarely open a word). */
export const CAPITAL = 'A-ZÀ-ÖØ-ÞĀ-ſ';
