// The words that make one amount a bound rather than the pay itself: "at least $20/hr" is a
// floor (no maximum), "up to $50/hr" a cap (no minimum). Read alike in a pasted posting and in a
// CSV pay cell.

/** "at least", "a minimum of", "starting at", "from", and the same in Italian, German, French and Spanish. */
const FLOOR_BEFORE =
  /\b(?:at least|a minimum of|minimum of|min(?:imum)?\.?:?|minimum (?:[\w-]+ ){0,2}(?:stipend|salary|wage|allowance|pay) of|starting (?:at|from)|start(?:s)? at|no less than|from|almeno|mindestens|au moins|al menos|como m[ií]nimo)\s*$/i;
/** "R4 611.07 per month (minimum)", "$20 per hour or more": a floor written after the amount. */
const FLOOR_AFTER =
  /^[^\S\n]*(?:\([^\S\n]*(?:minimum|min\.?|at least)[^\S\n]*\)|(?:or more|or higher|and above|at (?:a )?minimum)\b)/i;
const CAP_BEFORE = /\b(?:up to|a maximum of|maximum of|max(?:imum)?\.?:?|no more than|not (?:to )?exceed(?:ing)?)\s*$/i;

/** Whether the words before an amount, or the few after it (and its period), make it a floor. */
export function isFloor(before: string, after: string): boolean {
  return FLOOR_BEFORE.test(before) || FLOOR_AFTER.test(after.slice(0, 24));
}

/** Whether the words before an amount make it a cap. */
export function isCap(before: string): boolean {
  return CAP_BEFORE.test(before);
}

/**
 * Where in `before` the words that make the amount after it a floor or a cap start ("a minimum
 * of " in "Each internship pays a minimum of "), so the pay as written keeps them; null for none.
 */
export function boundWordsStart(before: string): number | null {
  const words = FLOOR_BEFORE.exec(before) ?? CAP_BEFORE.exec(before);
  return words ? words.index : null;
}
