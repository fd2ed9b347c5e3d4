import { afterEach, describe, expect, it, vi } from 'vitest';
import { decodeCsvBytes, decodeWarningText } from '@shared/csv/decodeCsvBytes';

const TEXT = 'Company,Role,Pay\r\nCafé Zürich,Praktikant “Data”,€2,000/month\r\n';

function utf16le(text: string): Uint8Array {
  return new Uint8Array(Buffer.from(text, 'utf16le'));
}

function utf16be(text: string): Uint8Array {
  const bytes = utf16le(text);
  for (let i = 0; i < bytes.length; i += 2) [bytes[i], bytes[i + 1]] = [bytes[i + 1]!, bytes[i]!];
  return bytes;
}

function concat(...parts: (Uint8Array | number[])[]): Uint8Array {
  return new Uint8Array(parts.flatMap((p) => [...p]));
}

const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

// 株式会社メルカリ,"時給1,500円" and ソニー (its ソ ends in the byte of a backslash, 0x5C) as Excel
// for Japan saves them; 삼성전자,인턴 as Excel for Korea does. TextEncoder cannot write these.
const SHIFT_JIS_MERCARI = [
  0x8a, 0x94, 0x8e, 0xae, 0x89, 0xef, 0x8e, 0xd0, 0x83, 0x81, 0x83, 0x8b, 0x83, 0x4a, 0x83, 0x8a, 0x2c, 0x22, 0x8e,
  0x9e, 0x8b, 0x8b, 0x31, 0x2c, 0x35, 0x30, 0x30, 0x89, 0x7e, 0x22,
];
const SHIFT_JIS_SONY = [0x83, 0x5c, 0x83, 0x6a, 0x81, 0x5b];
const EUC_KR_SAMSUNG = [0xbb, 0xef, 0xbc, 0xba, 0xc0, 0xfc, 0xc0, 0xda, 0x2c, 0xc0, 0xce, 0xc5, 0xcf];
// 腾讯,软件工程实习生 in GBK, as Excel for China saves it: an encoding not read here.
const GBK_TENCENT = [
  0xcc, 0xda, 0xd1, 0xb6, 0x2c, 0xc8, 0xed, 0xbc, 0xfe, 0xb9, 0xa4, 0xb3, 0xcc, 0xca, 0xb5, 0xcf, 0xb0, 0xc9, 0xfa,
];
const UNRECOGNISED = {
  lines: [],
  says: 'The file\'s text encoding could not be recognised: it is not UTF-8, and its letters read garbled in each encoding tried (Windows-1252, Windows-1250, Mac Roman, Shift_JIS, EUC-KR). In your spreadsheet app, save the sheet as "CSV UTF-8" and import that file.',
};

describe('decodeCsvBytes', () => {
  it('reads UTF-8 without a byte order mark', () => {
    expect(decodeCsvBytes(new TextEncoder().encode(TEXT))).toEqual({
      ok: true,
      text: TEXT,
      encoding: 'utf-8',
      warnings: [],
    });
  });

  it('reads UTF-8 with a byte order mark and drops the mark', () => {
    expect(decodeCsvBytes(concat([0xef, 0xbb, 0xbf], new TextEncoder().encode(TEXT)))).toEqual({
      ok: true,
      text: TEXT,
      encoding: 'utf-8',
      warnings: [],
    });
  });

  it('reads UTF-16 little-endian with a byte order mark', () => {
    expect(decodeCsvBytes(concat([0xff, 0xfe], utf16le(TEXT)))).toEqual({
      ok: true,
      text: TEXT,
      encoding: 'utf-16le',
      warnings: [],
    });
  });

  it('reads UTF-16 big-endian with a byte order mark', () => {
    expect(decodeCsvBytes(concat([0xfe, 0xff], utf16be(TEXT)))).toEqual({
      ok: true,
      text: TEXT,
      encoding: 'utf-16be',
      warnings: [],
    });
  });

  it('recognises UTF-16 without a byte order mark by its zero bytes', () => {
    expect(decodeCsvBytes(utf16le(TEXT))).toMatchObject({ text: TEXT, encoding: 'utf-16le' });
    expect(decodeCsvBytes(utf16be(TEXT))).toMatchObject({ text: TEXT, encoding: 'utf-16be' });
  });

  it('falls back to Windows-1252 when the bytes are not UTF-8, euro sign and curly quotes included', () => {
    // "Café Zürich,Praktikant “Data”,€2,000" as Excel on Windows saves it.
    const bytes = concat(
      [...'Caf'].map((c) => c.charCodeAt(0)),
      [0xe9],
      [...' Z'].map((c) => c.charCodeAt(0)),
      [0xfc],
      [...'rich,'].map((c) => c.charCodeAt(0)),
      [0x93, 0x44, 0x94, 0x2c, 0x80, 0x32],
    );
    expect(decodeCsvBytes(bytes)).toEqual({
      ok: true,
      text: 'Café Zürich,“D”,€2',
      encoding: 'windows-1252',
      warnings: [],
    });
  });

  it('reads plain Latin-1 files the same way', () => {
    expect(decodeCsvBytes(new Uint8Array(Buffer.from('Société Générale,Stagiaire', 'latin1')))).toEqual({
      ok: true,
      text: 'Société Générale,Stagiaire',
      encoding: 'windows-1252',
      warnings: [],
    });
  });

  it('reads Mac Roman, as Excel for Mac saves "CSV (Macintosh)", when its words read better so', () => {
    // "Nestlé,Zürich\r" in Mac Roman: as Windows-1252 it would read "NestlŽ,ZŸrich".
    const bytes = concat(
      [...'Nestl'].map((c) => c.charCodeAt(0)),
      [0x8e, 0x2c, 0x5a, 0x9f],
      [...'rich\r'].map((c) => c.charCodeAt(0)),
    );
    expect(decodeCsvBytes(bytes)).toEqual({ ok: true, text: 'Nestlé,Zürich\r', encoding: 'macintosh', warnings: [] });
  });

  it('reads Windows-1250, as Excel in Polish saves CSV, when its words read better so', () => {
    // As Windows-1252 these bytes would read "Wroc³aw;Stażysta;6 000,00 z³" with "Łódź" as "£ódŸ".
    const text = 'Firma;Miasto;Wynagrodzenie\r\nAllegro;Łódź;6\u00a0000,00 zł\r\nComarch;Wrocław;Stażysta\r\n';
    const bytes = new Uint8Array(
      [...text].map((c) => ({ Ł: 0xa3, ó: 0xf3, ź: 0x9f, ł: 0xb3, ż: 0xbf })[c] ?? c.charCodeAt(0)),
    );
    expect(decodeCsvBytes(bytes)).toEqual({ ok: true, text, encoding: 'windows-1250', warnings: [] });
  });

  it('keeps Windows-1252 where Windows-1250 reads as many letters (accents shared by both)', () => {
    // "é", "ü" and "ñ" of Windows-1252 are letters in Windows-1250 too ("ń" for "ñ"): no reason to switch.
    const bytes = new Uint8Array(Buffer.from('Société;Zürich;España', 'latin1'));
    expect(decodeCsvBytes(bytes)).toMatchObject({ text: 'Société;Zürich;España', encoding: 'windows-1252' });
  });

  it('keeps Windows-1252 for English apostrophes and dashes, which Mac Roman reads as letters', () => {
    // ’ – as Excel on Windows saves them: Mac Roman reads "Museumís Office ñ June 3ñFriday".
    const bytes = concat(
      ascii('Museum'),
      [0x92],
      ascii('s Office '),
      [0x96],
      ascii(' June 3'),
      [0x96],
      ascii('Friday'),
    );
    expect(decodeCsvBytes(bytes)).toEqual({
      ok: true,
      text: 'Museum’s Office – June 3–Friday',
      encoding: 'windows-1252',
      warnings: [],
    });
  });

  it('reads Mac Roman punctuation without accents as Mac Roman, not as the capitals Windows-1252 reads', () => {
    // “Paid” – Zurich in Mac Roman reads "ÒPaidÓ Ð Zurich" as Windows-1252.
    const bytes = concat([0xd2], ascii('Paid'), [0xd3, 0x20, 0xd0], ascii(' Zurich'));
    expect(decodeCsvBytes(bytes)).toEqual({ ok: true, text: '“Paid” – Zurich', encoding: 'macintosh', warnings: [] });
  });

  it('reads Shift_JIS, as Excel for Japan saves "CSV (comma delimited)", a backslash before an amount as ¥', () => {
    const bytes = concat(
      ascii('Company,Pay\r\n'),
      SHIFT_JIS_MERCARI,
      ascii('\r\n'),
      SHIFT_JIS_SONY,
      ascii(',\\350,000/month,C:\\Users\r\n'),
    );
    expect(decodeCsvBytes(bytes)).toEqual({
      ok: true,
      text: 'Company,Pay\r\n株式会社メルカリ,"時給1,500円"\r\nソニー,¥350,000/month,C:\\Users\r\n',
      encoding: 'shift_jis',
      warnings: [],
    });
  });

  it('reads EUC-KR, as Excel for Korea saves CSV, a backslash before an amount as ₩', () => {
    const bytes = concat(ascii('Company,Role,Pay\r\n'), EUC_KR_SAMSUNG, ascii(',\\2,500,000\r\n'));
    expect(decodeCsvBytes(bytes)).toEqual({
      ok: true,
      text: 'Company,Role,Pay\r\n삼성전자,인턴,₩2,500,000\r\n',
      encoding: 'euc-kr',
      warnings: [],
    });
  });

  it('keeps Windows-1252 where its accents and marks are valid Shift_JIS bytes too, read inside Latin words', () => {
    // Each of é, è, ’ and – followed by a letter is also a kanji's two bytes: "Museum痴", "3芳riday".
    const accents = new Uint8Array(Buffer.from('Sébastien,Genève,Crédit Agricole\r\n', 'latin1'));
    const marks = concat(
      ascii('Museum'),
      [0x92],
      ascii('s Office,June 3'),
      [0x96],
      ascii('Friday,don'),
      [0x92],
      ascii('t'),
    );
    for (const bytes of [accents, marks]) {
      expect(() => new TextDecoder('shift_jis', { fatal: true }).decode(bytes)).not.toThrow();
    }
    expect(decodeCsvBytes(accents)).toEqual({
      ok: true,
      text: 'Sébastien,Genève,Crédit Agricole\r\n',
      encoding: 'windows-1252',
      warnings: [],
    });
    expect(decodeCsvBytes(marks)).toEqual({
      ok: true,
      text: 'Museum’s Office,June 3–Friday,don’t',
      encoding: 'windows-1252',
      warnings: [],
    });
  });

  it('says once when no encoding read here fits the text, as GBK (Chinese Excel) would import garbled', () => {
    const bytes = concat(ascii('Company,Role\r\n'), GBK_TENCENT, ascii('\r\n'), GBK_TENCENT, ascii('\r\n'));
    expect(decodeCsvBytes(bytes)).toMatchObject({ ok: true, warnings: [UNRECOGNISED] });
  });

  describe('where the platform lacks an East Asian encoding', () => {
    afterEach(() => vi.unstubAllGlobals());

    it('reads the bytes as it can and says they could not be recognised', () => {
      const Platform = globalThis.TextDecoder;
      vi.stubGlobal(
        'TextDecoder',
        class extends Platform {
          constructor(label: string, options?: { fatal?: boolean }) {
            if (label === 'shift_jis') throw new RangeError(`The "${label}" encoding is not supported`);
            super(label, options);
          }
        },
      );
      expect(decodeCsvBytes(concat(ascii('Company,Pay\r\n'), SHIFT_JIS_MERCARI))).toMatchObject({
        ok: true,
        encoding: expect.not.stringMatching('shift_jis'),
        warnings: [UNRECOGNISED],
      });
    });
  });

  it("names the lines where Excel's CSV wrote '?' for a letter or sign its code page lacks", () => {
    // Excel's "CSV (Comma delimited)" on an English Windows: "Wrocław" and "₹1,00,000" cannot be
    // written in Windows-1252, so the file holds "Wroc?aw" and "?1,00,000".
    const text =
      'Company,City,Stipend,Link,Notes\r\n' +
      'Allegro,Wroc?aw,"?1,00,000",https://allegro.pl/praca?id=1,Anything else?\r\n' +
      'Flipkart,Bengaluru,"?50,000",https://flipkart.com/jobs?team=eng,Really? Yes\r\n' +
      'Stripe,Seattle,$55/hr,https://stripe.com/jobs,Why not?\r\n';
    expect(decodeCsvBytes(new TextEncoder().encode(text))).toEqual({
      ok: true,
      text,
      encoding: 'utf-8',
      warnings: [
        {
          lines: [2, 3],
          says: "'?' stands where a letter or a currency sign was ('Wroc?aw', '?1,00,000'): Excel's \"CSV (Comma delimited)\" writes '?' for characters it cannot save. Save the sheet as \"CSV UTF-8\" and import that file, or correct these values after the import.",
        },
      ],
    });
  });

  it('keeps a UTF-8 file with one stray byte UTF-8, replacing the byte and naming its line', () => {
    const utf8 = new TextEncoder().encode('Company,Role,City\nAcme,Intern,Zürich\r\nBeta,Intern,Genève\n');
    // A stray Windows-1252 "é" (0xE9) in the last row, followed by a comma.
    const bytes = concat(utf8, new TextEncoder().encode('Gamma,Caf'), [0xe9], new TextEncoder().encode(',Bern\n'));
    expect(decodeCsvBytes(bytes)).toEqual({
      ok: true,
      text: 'Company,Role,City\nAcme,Intern,Zürich\r\nBeta,Intern,Genève\nGamma,Caf\uFFFD,Bern\n',
      encoding: 'utf-8',
      warnings: [
        {
          lines: [4],
          says: "bytes that are not UTF-8 text were replaced with '\uFFFD' (the rest of the file is UTF-8). Check those values after the import.",
        },
      ],
    });
  });

  it('names every line with a stray byte, a lone CR ending a line too', () => {
    const bytes = concat(new TextEncoder().encode('a,b\rZürich,'), [0xff], new TextEncoder().encode('\nx,é'), [0xc3]);
    expect(decodeCsvBytes(bytes)).toMatchObject({
      encoding: 'utf-8',
      warnings: [{ lines: [2, 3], says: expect.stringMatching(/^bytes that are not UTF-8 text/) }],
    });
  });

  it('tolerates a NUL in a cell, leaving it out with a warning', () => {
    const bytes = new TextEncoder().encode('Company,Role,Notes\nAcme,Intern,"before\u0000after"\n');
    expect(decodeCsvBytes(bytes)).toEqual({
      ok: true,
      text: 'Company,Role,Notes\nAcme,Intern,"beforeafter"\n',
      encoding: 'utf-8',
      warnings: [{ lines: [2], says: 'NUL characters (invisible, not text) were left out.' }],
    });
  });

  it('names the rows that hold the lines a warning is about, each once, or none for the whole file', () => {
    const rowOfLine = (line: number) => [0, 1, 2, 2, 3][line]!;
    expect(decodeWarningText({ lines: [2, 3, 4], says: 'NUL characters were left out.' }, rowOfLine)).toBe(
      'Rows 2 and 3: NUL characters were left out.',
    );
    expect(decodeWarningText({ lines: [], says: 'The encoding is unknown.' }, rowOfLine)).toBe(
      'The encoding is unknown.',
    );
  });

  it('refuses a workbook saved as .xlsx', () => {
    const xlsx = concat([0x50, 0x4b, 0x03, 0x04], [20, 0, 6, 0]);
    expect(decodeCsvBytes(xlsx)).toMatchObject({
      ok: false,
      error: expect.stringContaining('save or download the sheet as CSV'),
    });
  });

  it('refuses a binary file', () => {
    expect(
      decodeCsvBytes(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49])),
    ).toEqual({
      ok: false,
      error: 'This file is not text, so it cannot be a CSV file.',
    });
  });

  it('gives empty text for an empty file, for the reader to refuse', () => {
    expect(decodeCsvBytes(new Uint8Array())).toEqual({ ok: true, text: '', encoding: 'utf-8', warnings: [] });
  });
});
