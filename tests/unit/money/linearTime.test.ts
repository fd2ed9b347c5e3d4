// Reading money takes time in proportion to the text: a scan never restarts inside a number
// ("1'1'1'…" once took 800 ms for 20 KB). Ten times the text may take at most ~10 times as long
// (generous slack for a shared machine; the minimum of five runs, taken in turns).
import { describe, expect, it } from 'vitest';
import { findMoney } from '@shared/money/moneyMentions';
import { readMoney } from '@shared/money/readMoney';

/** The fastest of several runs of each, taken in turns so both meet the same load on the machine. */
function fastestOfEach(a: () => void, b: () => void): [number, number] {
  const best = [Infinity, Infinity];
  for (let i = 0; i < 5; i++) {
    [a, b].forEach((run, which) => {
      const start = performance.now();
      run();
      best[which] = Math.min(best[which]!, performance.now() - start);
    });
  }
  return [best[0]!, best[1]!];
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
      const small = unit.repeat(Math.ceil(10_000 / unit.length));
      const large = unit.repeat(Math.ceil(100_000 / unit.length));
      const [smallTime, largeTime] = fastestOfEach(read(small), read(large));
      // Fixed costs dominate tiny inputs; 5 ms keeps the ratio about the scan itself. A scan
      // restarting inside numbers grows ~100 times; linear grows ~10.
      expect(largeTime).toBeLessThan(40 * Math.max(smallTime, 5));
    },
  );
});
