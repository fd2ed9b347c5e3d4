import { describe, expect, it } from 'vitest';
import { readCsvText, rowOfLine, type CsvRead } from '@shared/csv/readCsvText';
import { csvFixture } from './csvFixtures';

function table(read: CsvRead) {
  if (!read.ok) throw new Error(read.error);
  return read.table;
}

describe('readCsvText', () => {
  it('refuses an empty file', () => {
    expect(readCsvText('')).toEqual({ ok: false, error: 'The file is empty.' });
    expect(readCsvText('\uFEFF \r\n\r\n')).toEqual({ ok: false, error: 'The file is empty.' });
  });

  it('refuses a file with a header and nothing under it', () => {
    expect(readCsvText('Company,Role\r\n\r\n')).toEqual({
      ok: false,
      error: 'The file has column names but no applications under them.',
    });
  });

  it('refuses a JSON file with a message that says so', () => {
    expect(readCsvText('[{"company":"Stripe"}]')).toEqual({
      ok: false,
      error: 'This looks like a JSON file, not CSV. Export a CSV file from the other app, or save the sheet as CSV.',
    });
    expect(readCsvText('{ "company": "Stri')).toMatchObject({ ok: false, error: expect.stringContaining('JSON') });
  });

  it('points a backup given as CSV to the restore screen', () => {
    expect(readCsvText('{"format":"internship-tracker-backup","schemaVersion":1}')).toEqual({
      ok: false,
      error: 'This is an Internship Tracker backup, not a CSV file. Restore it from Settings → Backups instead.',
    });
  });

  it('reads a semicolon-separated file', () => {
    const read = table(readCsvText(csvFixture('semicolon-separated.csv')));
    expect(read.delimiter).toBe(';');
    expect(read.header).toEqual(['Company', 'Role', 'Status', 'Applied', 'Pay']);
    expect(read.rows[0]!.cells).toEqual([
      'Zalando',
      'Praktikum Data Engineering',
      'Applied',
      '2026-01-15',
      '2100 EUR monatlich',
    ]);
  });

  it('reads tab-separated text pasted from a spreadsheet', () => {
    expect(table(readCsvText('Company\tRole\nStripe\tSWE Intern\n')).rows[0]!.cells).toEqual(['Stripe', 'SWE Intern']);
  });

  it('says so when a file seems to use a separator it does not recognise', () => {
    const read = readCsvText('Company:Role:Status\nStripe:Intern:Applied\n');
    expect(read).toMatchObject({ ok: false, error: expect.stringContaining('Only one column was found') });
  });

  it('numbers rows as a spreadsheet does: a record whose quoted values hold line breaks is one row', () => {
    const read = table(readCsvText(csvFixture('quoted-newlines.csv')));
    expect(read.rows.map((r) => r.rowNumber)).toEqual([2, 3]);
    expect(read.rows[0]!.cells[2]).toBe('Line one\nline two\nline three');
  });

  it('counts blank rows and CRLF, LF and CR line endings alike', () => {
    expect(table(readCsvText('a,b\r\n1,"x\r\ny"\r\n\r\n3,4\r\n')).rows.map((r) => r.rowNumber)).toEqual([2, 4]);
    expect(table(readCsvText('a,b\n\n1,2\n3,4')).rows.map((r) => r.rowNumber)).toEqual([3, 4]);
    expect(table(readCsvText('a,b\r1,2\r3,4')).rows.map((r) => r.rowNumber)).toEqual([2, 3]);
  });

  it('ends a row at CRLF, LF and a lone CR in one file, keeping line breaks inside quotes', () => {
    const read = readCsvText(
      'Company,Role,Notes\r\nA,Intern,x\nB,Intern,"one\r\ntwo"\rC,Intern,"three\rfour"\r\nD,Intern,z\n',
    );
    if (!read.ok) throw new Error(read.error);
    expect(read.table.rows.map((r) => [r.cells, r.problem])).toEqual([
      [['A', 'Intern', 'x'], null],
      [['B', 'Intern', 'one\r\ntwo'], null],
      [['C', 'Intern', 'three\rfour'], null],
      [['D', 'Intern', 'z'], null],
    ]);
    expect(read.table.rows.map((r) => r.rowNumber)).toEqual([2, 3, 4, 5]);
  });

  it("counts a sheet's title rows above the header, as Excel numbers them, after notes of several lines", () => {
    const read = table(
      readCsvText(
        'Tracker 2026/27,,\r\nUpdated 06/12/2026,,\r\nCompany,Role,Notes\r\nA,Intern,"one\ntwo"\r\nB,Intern,"x\ny\nz"\r\nC,Intern,\r\n',
      ),
    );
    expect(read.rows.map((r) => [r.cells[0], r.rowNumber])).toEqual([
      ['A', 4],
      ['B', 5],
      ['C', 6],
    ]);
  });

  it('names the row that holds a line of the text, for what decoding the bytes found on it', () => {
    const text = 'sep=,\nTitle,\nCompany,Role,Notes\nA,Intern,"one\ntwo"\nB,Intern,"x\ny\nz"\nC,Intern,\n\nD,Intern,\n';
    const { textLines } = table(readCsvText(text));
    // Lines 4 and 5 are A's row, 6 to 8 B's, 10 a blank row; Excel leaves the sep line (1) out of the sheet.
    expect([2, 3, 4, 5, 6, 8, 9, 11].map((line) => rowOfLine(textLines, line))).toEqual([1, 2, 3, 3, 4, 4, 5, 7]);
  });

  it('strips the byte order mark from the first column name', () => {
    expect(table(readCsvText('\uFEFFCompany,Role\nStripe,Intern')).header).toEqual(['Company', 'Role']);
  });

  it('fills missing trailing values and flags a row with too many', () => {
    const read = table(readCsvText('a,b,c\n1\n1,2,3,4\n1,2,3,,\n'));
    expect(read.rows[0]).toEqual({ rowNumber: 2, cells: ['1', '', ''], problem: null });
    expect(read.rows[1]!.problem).toBe('has 4 values but the header has 3 columns');
    expect(read.rows[2]!.problem).toBeNull();
  });

  it("takes Excel's sep= line as the separator, not as the header, and numbers rows without it, as Excel does", () => {
    const read = table(readCsvText('\uFEFFsep=;\r\nCompany;Role;Pay\r\nSiemens;Werkstudent;"1.850,00 €"\r\n'));
    expect(read).toMatchObject({ header: ['Company', 'Role', 'Pay'], delimiter: ';' });
    expect(read.rows).toEqual([{ rowNumber: 2, cells: ['Siemens', 'Werkstudent', '1.850,00 €'], problem: null }]);
    expect(table(readCsvText('sep=|\nCompany|Role\nA, Inc.|Intern\n')).rows[0]!.cells).toEqual(['A, Inc.', 'Intern']);
  });

  it("skips a sheet's title lines above its column names", () => {
    const read = table(
      readCsvText(
        'Summer 2026 Tracker,,,\n"Last updated: Feb 20, 2026",,,\n,,,\nCompany,Role,Status,Notes\nStripe,Intern,Applied,\n',
      ),
    );
    expect(read.header).toEqual(['Company', 'Role', 'Status', 'Notes']);
    expect(read.rows).toEqual([{ rowNumber: 5, cells: ['Stripe', 'Intern', 'Applied', ''], problem: null }]);
    // A file of one column still has its first line as the header.
    expect(table(readCsvText('Company\nStripe\nFigma\n')).rows.map((r) => r.cells)).toEqual([['Stripe'], ['Figma']]);
  });

  it('leaves out a summary under the table, saying why, and only at its end', () => {
    const read = table(
      readCsvText(
        'Company,Role,Status,Notes\nInterviews,2,,\nStripe,Intern,Applied,\n,,,\nTotal applications,5,,\nResponse rate,40%,,\n',
      ),
    );
    expect(read.rows.map((r) => [r.rowNumber, r.problem])).toEqual([
      [2, null],
      [3, null],
      [5, 'looks like a total under the table (a label and only numbers or amounts), not an application'],
      [6, 'looks like a total under the table (a label and only numbers or amounts), not an application'],
    ]);
  });

  it('leaves out a sum, count or average row under the table whose figure is an amount in a far column, in the languages column names are read in', () => {
    // tester27's German Excel sheet: the sum row has its amount in the pay column, the count row
    // right under it was caught, the sum row was imported as "Summe — Internship".
    const total = 'looks like a total under the table (a label and only numbers or amounts), not an application';
    const german = table(
      readCsvText(
        'Firma;Position;Status;Beworben am;Gehalt;Ort\nSiemens AG;Praktikum;Beworben;20.11.2026;1.800 €;München\n;;;;;\n' +
          'Summe;;;;53.600,50 €;\nAnzahl;31;;;;\n',
      ),
    );
    expect(german.rows.map((r) => [r.rowNumber, r.problem])).toEqual([
      [2, null],
      [4, total],
      [5, total],
    ]);
    const others = table(
      readCsvText(
        'Company,Role,Status,Applied,Pay,Place\nStripe,Intern,Applied,2026-01-10,$9000,NYC\n' +
          'Total,,,,"$12,500",3\n,,,,Average,$4.166\n' +
          // The label where the sum is, in a far column.
          ',,,Insgesamt,"53.600,50 €",\nMoyenne,,,,"1 800 €",\nTotaal,,,,4,\nGesamtsumme,,,,"53.600,50 €",\n' +
          'Promedio,,,,"1.800,00 €",\nØ Gehalt,,,,"1.800 €",12%\n',
      ),
    );
    expect(others.rows.map((r) => r.problem)).toEqual([null, ...Array<string>(8).fill(total)]);
  });

  it('keeps a last row of a company and a date, as a date is no figure of a summary', () => {
    // A last application with only its company and its applied date filled was left out as a total.
    const semicolons = table(
      readCsvText('Firma;Position;Status;Beworben am\nSiemens AG;Praktikum;Beworben;20.11.2026\nAcme;;;12.05.2026\n'),
    );
    expect(semicolons.rows.map((r) => [r.rowNumber, r.problem])).toEqual([
      [2, null],
      [3, null],
    ]);
    const commas = table(
      readCsvText('Company,Applied,Role,Status\nStripe,2026-01-10,Intern,Applied\nAcme,12.05.2026,,\n'),
    );
    expect(commas.rows.map((r) => [r.rowNumber, r.problem])).toEqual([
      [2, null],
      [3, null],
    ]);
    // Nor beside a summary word: "Total Energies" and its date is an application.
    const labelled = table(
      readCsvText('Company,Role,Status,Applied\nStripe,Intern,Applied,10/01/2026\nTotal Energies,,,12/05/2026\n'),
    );
    expect(labelled.rows.map((r) => r.problem)).toEqual([null, null]);
  });

  it('keeps a last row of a company and a spreadsheet date serial in a date column, and only there', () => {
    // A date cell formatted as a number: Excel and Sheets write its serial (46154 is 2026-05-12).
    const serial = table(readCsvText('Company,Date Applied,Role,Status\nStripe,46100,Intern,Applied\nAcme,46154,,\n'));
    expect(serial.rows.map((r) => [r.rowNumber, r.problem])).toEqual([
      [2, null],
      [3, null],
    ]);
    // Beside a summary word, and with a time of day (46154.5 is noon): still a date.
    const labelled = table(
      readCsvText('Company,Role,Status,Applied\nStripe,Intern,Applied,46100\nTotal Energies,,,46154.5\n'),
    );
    expect(labelled.rows.map((r) => r.problem)).toEqual([null, null]);
    // The same numbers in a column that holds no dates are figures of a summary.
    const total = 'looks like a total under the table (a label and only numbers or amounts), not an application';
    const figures = table(
      readCsvText('Company,Role,Status,Salary\nStripe,Intern,Applied,46100\nTotal,46154,,\nAverage salary,,,46154.5\n'),
    );
    expect(figures.rows.map((r) => r.problem)).toEqual([null, total, total]);
  });

  it('keeps a row at a company whose name opens with a summary word, as it has more than figures beside it', () => {
    const read = table(
      readCsvText(
        'Company,Role,Status,Applied,Pay\nStripe,Intern,Applied,2026-01-10,$9000\n' +
          'Total Energies,Data Intern,,,"1.800 €"\nTotal Energies,,Applied,,"1.800 €"\nTotal Energies,,,15.12.2026,"1.800 €"\n' +
          'Summit Partners,,,,"2.000 €"\n',
      ),
    );
    expect(read.rows.map((r) => r.problem)).toEqual([null, null, null, null, null]);
    // A sum row above the last application is one of its rows: only a summary under the table is left out.
    const above = table(readCsvText('Company,Role,Status,Pay\nSumme,,,"53.600,50 €"\nStripe,Intern,Applied,$9000\n'));
    expect(above.rows.map((r) => r.problem)).toEqual([null, null]);
  });

  it('leaves out the column names repeated under the table, and a title line right above them, saying why', () => {
    // A board exported group by group (monday.com's Excel export saved as CSV): each group's name,
    // then the column names again.
    const read = table(
      readCsvText(
        'Applications 2027,,,\nApplied,,,\nName,Status,Date Applied,Link\nStripe – SWE Intern,Applied,2026-10-03,https://stripe.com/jobs/1\n,,,\n' +
          'Rejected,,,\n name ,STATUS,Date Applied,Link\nRamp – SWE Intern,Rejected,2026-11-19,\nNotion,,,\n',
      ),
    );
    expect(read.header).toEqual(['Name', 'Status', 'Date Applied', 'Link']);
    expect(read.rows.map((r) => [r.rowNumber, r.problem])).toEqual([
      [4, null],
      [6, 'is the title of the table under it, not an application'],
      [7, 'repeats the column names (a table of its own under the first), not an application'],
      [8, null],
      // A lone name elsewhere is a row (a card named by its company), not a title.
      [9, null],
    ]);
  });

  it('flags a quote that is never closed', () => {
    const read = table(readCsvText('a,b\n1,"open\n2,3\n'));
    expect(read.rows[0]!.problem).toMatch(/quoted value opened in this row is never closed/);
  });

  it.each([
    ['with', '\n'],
    ['without', ''],
  ])(
    'says which row a quote never closed opens in, and how many lines of text it took, %s a last line break',
    (_, end) => {
      const read = table(
        readCsvText(`Company,Role,Notes\nA,Intern,He said "great\n"B,Intern,\nC,Intern,ok\nD,Intern,${end}`),
      );
      expect(read.rows.map((r) => r.rowNumber)).toEqual([2, 3]);
      expect(read.unclosedQuote).toEqual({ rowNumber: 3, lines: 3 });
      expect(read.rows[1]!.problem).toBe(
        'a quoted value opened in this row is never closed (a " is missing), so the rest of the file (3 lines of text) was read as one value',
      );
      expect(table(readCsvText('a,b\n1,2\n')).unclosedQuote).toBeNull();
    },
  );

  it.each([
    ['with', '\n'],
    ['without', ''],
  ])('names the row a quote never closed opens in, %s a last line break', (_, end) => {
    const read = table(readCsvText(`Company,Role\nA,Intern\nB,Intern\n"D,Intern\nE,Intern${end}`));
    expect(read.rows.map((r) => [r.rowNumber, r.problem !== null])).toEqual([
      [2, false],
      [3, false],
      [4, true],
    ]);
    expect(table(readCsvText(`Company,Role\n"A,Intern\nB,Intern${end}`)).rows[0]!.rowNumber).toBe(2);
  });
});
