// Reading money takes time in proportion to the text: a scan never restarts inside a number
// ("1'1'1'…" once took 800 ms for 20 KB). Ten times the text may take at most ~10 times as long
// (generous slack for a shared machine).
import { describe, expect, it } from 'vitest';
import { findMoney } from '@shared/money/moneyMentions';
import { readMoney } from '@shared/money/readMoney';
import { growth } from '../linearTime';

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
      // A scan restarting inside numbers grows ~100 times; linear grows ~10, measured 17 here with
      // the collections of thousands of amounts, and up to 45 with both cores kept busy.
      expect(growth(read(small), read(large))).toBeLessThan(60);
    },
  );
});
