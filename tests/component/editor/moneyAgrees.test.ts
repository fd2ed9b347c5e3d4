// The same money text gives the same money wherever it is entered: the editor's pay fields, a
// CSV's Pay cell, a CSV's pay columns (Pay min, Pay currency, Pay period) and a pasted posting.
import { describe, expect, it } from 'vitest';
import { parsePosting } from '@shared/posting/parsePosting';
import { applicationFromDraft, draftFromApplication } from '../../../renderer/src/features/editor/editorDraft';
import { importText } from '../../unit/csv/importHelpers';
import { anApplication } from '../applicationFixture';

const CASES = [
  // amount as written, currency, its sign, the amount meant
  ['2.500', 'EUR', '€', 2500],
  ['1.234,56', 'EUR', '€', 1234.56],
  ['2,5k', 'EUR', '€', 2500],
  ["3'500", 'CHF', 'CHF ', 3500],
  ['250,000', 'JPY', '¥', 250000],
  ['11,000', 'USD', '$', 11000],
  ['50,000', 'INR', '₹', 50000],
  ['2.600', 'GBP', '£', 2600],
] as const;

/** The pay of the one row of a CSV, imported as the import screen does (columns proposed from the values). */
async function inCsv(header: string, row: string) {
  const preview = await importText(`Company,Role,${header}\nAcme,Intern,${row}\n`);
  expect(preview.errors).toEqual([]);
  return preview.rows[0]!.application.pay;
}

describe.each(CASES)('"%s" %s', (written, currency, sign, amount) => {
  const expected = { min: amount, max: amount, currency, period: 'month' };

  it('is the same money in a CSV Pay cell', async () => {
    expect(await inCsv('Pay', `"${sign}${written}/month"`)).toMatchObject(expected);
  });

  it('is the same money in CSV pay columns', async () => {
    expect(await inCsv('Pay min,Pay currency,Pay period', `"${written}",${currency},month`)).toMatchObject({
      ...expected,
      max: null,
    });
  });

  it('is the same money in a pasted posting', () => {
    const posting = parsePosting(`Software Engineering Intern\nAcme\n\nCompensation: ${sign}${written} per month\n`);
    expect(posting.pay).toMatchObject(expected);
  });

  it("is the same money in the editor's pay fields, or the editor asks which is meant", () => {
    const base = anApplication('base');
    const draft = { ...draftFromApplication(base), payMin: written, payMax: '', payCurrency: currency };
    const { candidate, issues } = applicationFromDraft({ ...draft, payPeriod: 'month' }, base);
    if (issues.length > 0) {
      // Only where the currency does not settle the separator ("2.600" in pounds).
      expect(issues).toEqual([
        { path: 'pay.min', message: expect.stringMatching(/^Pay from: '.+' could be .+; write /) },
      ]);
      return;
    }
    expect(candidate.pay).toMatchObject(expected);
  });
});
