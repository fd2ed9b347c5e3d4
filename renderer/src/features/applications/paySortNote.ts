// What the table says when sorted by pay with two currencies or more: pay is sorted within each
// one, there being no exchange rates offline, and which comes first (tableRows.ts, payGroups).

/** The id of the note, which the pay column's header is described by while it shows. */
export const PAY_SORT_NOTE_ID = 'pay-sort-note';

/**
 * "Pay is sorted within each currency (no exchange rates offline): INR, your region's, first, then
 * USD." for the currencies in the order the table shows them; null for one currency or none.
 */
export function paySortNote(currencies: readonly string[], region: string | null): string | null {
  const [first, ...rest] = currencies;
  if (first === undefined || rest.length === 0) return null;
  const firstNamed = first === region ? `${first}, your region’s,` : first;
  return `Pay is sorted within each currency (no exchange rates offline): ${firstNamed} first, then ${rest.join(', then ')}.`;
}
