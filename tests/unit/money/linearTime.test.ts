// Reading money takes time in proportion to the text: a scan never restarts inside a number
// ("1'1'1'…" once took 800 ms for 20 KB). Ten times the text may take at most ~10 times as long
// (generous slack for a shared machine; the minimum of several runs).
import { describe, expect, it } from 'vitest';
import { findMoney } from '@shared/money/moneyMentions';
import { readMoney } from '@shared/money/readMoney';

function fastest(run: () => void): number {
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const start = performance.now();
    run();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

describe('reading money', () => {
  it.each(["1'", '1\u202f', '1\u00a0', '111 ', '1.', '2.500–', '$1 ', '1 € ', 'kr 1 '])(
    'grows linearly on text of repeated %j',
    (unit) => {
      const read = (text: string) => () => {
        findMoney(text);
        findMoney(text, { bare: true });
        readMoney(text);
      };
      const small = unit.repeat(Math.ceil(20_000 / unit.length));
      const large = unit.repeat(Math.ceil(200_000 / unit.length));
      // Fixed costs dominate tiny inputs; 5 ms keeps the ratio about the scan itself.
      expect(fastest(read(large))).toBeLessThan(30 * Math.max(fastest(read(small)), 5));
    },
  );
});
