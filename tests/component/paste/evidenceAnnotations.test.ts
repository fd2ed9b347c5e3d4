// The "Found in" line under a proposed field: the page's words for each place it was read from.
import { describe, expect, it } from 'vitest';
import { foundIn } from '../../../renderer/src/features/paste/evidenceAnnotations';

/** The range of each of `words`, found in `text` from where the last one ended. */
function rangesOf(text: string, words: string[]) {
  let from = 0;
  return words.map((w) => {
    const start = text.indexOf(w, from);
    from = start + w.length;
    return { start, end: start + w.length };
  });
}

describe('foundIn', () => {
  it('quotes each place a value was read from', () => {
    const text = 'We are unable to sponsor visas. Hired without sponsorship.';
    expect(foundIn(text, rangesOf(text, ['unable to sponsor', 'without sponsorship']))).toBe(
      'Found in “unable to sponsor”, “without sponsorship”',
    );
  });

  it('quotes words the page repeats once, whatever their case or spacing', () => {
    const text =
      'Applications for the Summer Internship 2025 are open. For Summer Internship 2025, apply now. ' +
      'It offers a two-month Summer  internship during the vacation and a Summer Internship in town.';
    const ranges = rangesOf(text, [
      'Summer Internship 2025',
      'Summer Internship 2025',
      'Summer  internship',
      'Summer Internship',
    ]);
    expect(foundIn(text, ranges)).toBe('Found in “Summer Internship 2025”, “Summer internship”');
  });
});
