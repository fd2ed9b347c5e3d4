// The comparison as a CSV file: facts as rows, applications as columns, the best named in a last
// column; UTF-8 with a byte order mark, CRLF, formula cells escaped as in the CSV summary.
process.env.TZ = 'America/Los_Angeles';

import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { compareOffers } from '@shared/compare/compareOffers';
import { cellText, comparisonToCsv } from '@shared/compare/comparisonCsv';
import { dateWords } from '@shared/dateWords';
import { DEFAULT_PIPELINE } from '@shared/pipeline';
import { globex, initech, northwind, NOW } from '../../support/threeOffers';

function fileOf(apps = [northwind(), globex(), initech()]) {
  return comparisonToCsv(
    apps,
    compareOffers(apps, { pipeline: DEFAULT_PIPELINE, now: NOW, dates: dateWords('en-US') }),
  );
}

/** The file's rows, keyed by their first cell. */
function rowsOf(text: string): Map<string, string[]> {
  const parsed = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data;
  return new Map(parsed.map((row) => [row[0]!, row.slice(1)]));
}

describe('the comparison CSV', () => {
  it('starts with a byte order mark and ends every line with CRLF', () => {
    const text = fileOf();
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.endsWith('\r\n')).toBe(true);
    // Lines inside quoted cells (a list of places) are the only bare newlines.
    expect(text.replaceAll('\r\n', '').includes('\r')).toBe(false);
  });

  it('has the applications as columns and a Best column', () => {
    expect(rowsOf(fileOf()).get('Fact')).toEqual([
      'Northwind — Backend Intern',
      'Globex — Data Science Intern',
      'Initech — Platform Intern',
      'Best',
    ]);
  });

  it('writes each fact with its detail, and names the best of each row', () => {
    const rows = rowsOf(fileOf());
    expect(rows.get('Response deadline')).toEqual([
      'Sat, Mar 7, 2026 (in 3 days)',
      'Sat, Mar 14, 2026, 5:00 PM (in 10 days)',
      'Mon, Mar 2, 2026 (overdue by 2 days)',
      'Globex — Data Science Intern (most time to decide)',
    ]);
    expect(rows.get('Hourly')).toEqual([
      '$50.00',
      '$51.92',
      '$75.00',
      'Initech — Platform Intern (highest hourly pay)',
    ]);
    expect(rows.get('Total value')).toEqual([
      '$40,692.31 (over 16 weeks)',
      '$31,523.08 (over 12 weeks)',
      '$40,500 (over 10 weeks)',
      'Northwind — Backend Intern (highest total value)',
    ]);
    expect(rows.get('Sign-on bonus')).toEqual([
      '$5,000',
      'None',
      '$5,000',
      'Northwind — Backend Intern; Initech — Platform Intern (highest sign-on bonus)',
    ]);
    expect(rows.get('Locations and work mode')).toEqual([
      'Remote\nAnywhere in the US',
      'Hybrid\nChicago, IL\nAustin, TX',
      'On-site\nAustin, TX',
      '',
    ]);
    expect(rows.get('Cohort dates')![0]).toBe('16 weeks, no dates yet');
    expect(rows.get('Figures assume')).toEqual([
      '40 h/week unless the pay states its hours, 52 weeks/year, 12 months/year; a range counts by its lowest figure',
    ]);
  });

  it('says why a row has no best', () => {
    const toronto = { ...globex(), id: 'toronto', company: 'Toronto Co', pay: { ...globex().pay!, currency: 'CAD' } };
    const rows = rowsOf(fileOf([northwind(), toronto]));
    expect(rows.get('Monthly')).toEqual(['$8,667', 'CA$9,000', 'Not compared: the amounts are in USD and CAD.']);
    // tester29: these were empty, where the README promised why there is none.
    const noBonus = {
      ...northwind(),
      offer: { ...northwind().offer!, signOnBonus: null },
      sponsorship: 'unknown' as const,
    };
    const unsure = { ...globex(), excitement: null, sponsorship: 'unknown' as const };
    const plain = rowsOf(fileOf([noBonus, unsure]));
    expect(plain.get('Sign-on bonus')).toEqual(['None', 'None', 'No best: none of them has one.']);
    expect(plain.get('Excitement')!.at(-1)).toBe('Not compared: known for fewer than two.');
    expect(plain.get('Visa sponsorship')!.at(-1)).toBe('No best: none of them has one.');
    // Rows that are never ranked (places, dates, notes) have nothing to explain.
    expect(plain.get('Cohort dates')!.at(-1)).toBe('');
  });

  it('escapes cells a spreadsheet would run as formulas, as the CSV summary does', () => {
    const hostile = {
      ...northwind(),
      company: '=HYPERLINK("http://evil.example")',
      notes: '+1 more round\nthen decide',
    };
    const text = fileOf([hostile, globex()]);
    const rows = rowsOf(text);
    expect(rows.get('Fact')![0]).toBe('\'=HYPERLINK("http://evil.example") — Backend Intern');
    expect(rows.get('Notes')![0]).toBe("'+1 more round\nthen decide");
  });

  it('puts the detail alone in a cell with no value', () => {
    expect(cellText({ lines: [], detail: 'Choose a cohort to work it out' })).toBe('Choose a cohort to work it out');
    expect(cellText({ lines: ['a', 'b'], detail: '' })).toBe('a\nb');
    expect(cellText({ lines: [], detail: '' })).toBe('');
  });
});
