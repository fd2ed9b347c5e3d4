import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { applicationsToCsv } from '@shared/csv/csvExport';
import { EXPORT_COLUMNS } from '@shared/csv/exportColumns';
import { aPinterestApplication } from './pinterestApplication';

const NOW = new Date(2026, 1, 5, 12, 0); // 5 Feb 2026, local noon

/** The file as rows of cells keyed by header, the way a spreadsheet shows it. */
function sheet(csv: string): Record<string, string>[] {
  const { data } = Papa.parse<string[]>(csv.slice(1), { delimiter: ',', newline: '\r\n', skipEmptyLines: true });
  const [header, ...rows] = data;
  return rows.map((row) => Object.fromEntries(header!.map((name, i) => [name, row[i]!])));
}

describe('applicationsToCsv', () => {
  it('starts with a UTF-8 byte order mark and ends every record with CRLF', () => {
    const csv = applicationsToCsv([aPinterestApplication()], NOW);
    expect(csv.startsWith('\uFEFFCompany,Role,Status,')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    const outsideQuotes = csv.replace(/"(?:[^"]|"")*"/g, '');
    expect(outsideQuotes.match(/\r\n/g)).toHaveLength(2);
    expect(outsideQuotes).not.toMatch(/[^\r]\n/);
  });

  it('writes the header alone when there is nothing to export', () => {
    expect(applicationsToCsv([], NOW)).toBe(`\uFEFF${EXPORT_COLUMNS.map((c) => c.header).join(',')}\r\n`);
  });

  it('writes the Pinterest application the way a career office reads it', () => {
    const [row] = sheet(applicationsToCsv([aPinterestApplication()], NOW));
    expect(row).toEqual({
      Company: 'Pinterest',
      Role: "Master's Machine Learning Internship 2026 (USA)",
      Status: 'Interviewing',
      Applied: '2026-01-05',
      'Next date': '2026-02-10T17:00:00-08:00',
      'Next date is': 'Assessment due: HackerRank',
      'Cohort start': '2026-05-18',
      'Cohort end': '2026-08-07',
      Cohorts: '2026-05-18 to 2026-08-07 (May cohort)\n2026-06-15 to 2026-09-04 (June cohort)',
      'Duration (weeks)': '12',
      Pay: '$11,000 monthly',
      'Monthly pay': '11000',
      'Monthly pay up to': '',
      'Total pay': '30461.54',
      'Total pay up to': '',
      'Pay currency': 'USD',
      'Pay min': '11000',
      'Pay max': '11000',
      'Pay period': 'month',
      Locations: 'San Francisco, CA; Palo Alto, CA; New York, NY; Seattle, WA',
      'Work mode': 'hybrid',
      'Employment type': 'internship',
      Term: 'Summer 2026',
      Deadlines:
        '2026-02-10T17:00:00-08:00 assessment: HackerRank\n2026-03-15 offer-response\n2026-01-04 application (done)',
      Priority: 'high',
      Source: 'Talent.com',
      Tags: 'ml, big tech',
      'Posting URL': 'https://www.pinterestcareers.com/jobs/123',
      Notes: 'Apply once within the USA or Canada; considered for multiple ML teams.',
      'Status history': 'applied 2026-01-05 → interviewing 2026-02-01',
    });
  });

  it('shows a pay range as from and up to', () => {
    const app = aPinterestApplication({ pay: { min: 40, max: 50, currency: 'USD', period: 'hour', raw: '$40–50/hr' } });
    const [row] = sheet(applicationsToCsv([app], NOW));
    expect(row).toMatchObject({
      'Monthly pay': '6933.33',
      'Monthly pay up to': '8666.67',
      'Total pay': '19200',
      'Total pay up to': '24000',
    });
  });

  it('names the cohort start as the next date once deadlines are past', () => {
    const [row] = sheet(applicationsToCsv([aPinterestApplication()], new Date(2026, 3, 1)));
    expect(row).toMatchObject({ 'Next date': '2026-05-18', 'Next date is': 'May cohort starts' });
  });

  it('has no next date for an ended application', () => {
    const app = aPinterestApplication({
      status: 'rejected',
      statusHistory: [{ status: 'rejected', at: '2026-02-02T10:00:00Z', note: '' }],
    });
    expect(sheet(applicationsToCsv([app], NOW))[0]).toMatchObject({ 'Next date': '', 'Next date is': '' });
  });

  it('quotes commas, quotes and line breaks as RFC 4180 says', () => {
    const app = aPinterestApplication({ company: 'Acme, "The" Company', notes: 'two\r\nlines' });
    const csv = applicationsToCsv([app], NOW);
    expect(csv).toContain('"Acme, ""The"" Company"');
    expect(sheet(csv)[0]).toMatchObject({ Company: 'Acme, "The" Company', Notes: 'two\r\nlines' });
  });

  it('escapes text a spreadsheet would run as a formula', () => {
    const app = aPinterestApplication({
      company: '=HYPERLINK("https://evil.example")',
      notes: '@SUM(A1:A9)',
      tags: ['-1'],
    });
    const [row] = sheet(applicationsToCsv([app], NOW));
    expect(row).toMatchObject({ Company: `'=HYPERLINK("https://evil.example")`, Notes: "'@SUM(A1:A9)", Tags: "'-1" });
  });
});
