// Keystrokes in a search box, for the property tests of the views that filter by it: typing at
// the end, deleting from it, clearing it, and cutting or typing inside the query (its middle).
import fc from 'fast-check';

export const searchKeystroke = fc.constantFrom(
  'p',
  'i',
  'n',
  'e',
  ' ',
  's',
  'BACKSPACE',
  'CLEAR',
  'CUT_INSIDE',
  'TYPE_INSIDE',
);

/** The search after a key. */
export function typed(search: string, key: string): string {
  const middle = Math.floor(search.length / 2);
  if (key === 'BACKSPACE') return search.slice(0, -1);
  if (key === 'CLEAR') return '';
  if (key === 'CUT_INSIDE') return search.slice(0, middle) + search.slice(middle + 1);
  if (key === 'TYPE_INSIDE') return `${search.slice(0, middle)}i${search.slice(middle)}`;
  return search + key;
}
