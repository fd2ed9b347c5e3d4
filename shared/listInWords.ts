// A list for user-facing text: "NOK and DKK", "PKR, LKR and NPR", "SEK, NOK or DKK".

export function listInWords(items: readonly string[], conjunction: 'and' | 'or' = 'and'): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} ${conjunction} ${items.at(-1)}`;
}
