// The bytes of a CSV file as text, in any encoding decodeText reads, with a warning for each
// thing it had to change: bytes that were not UTF-8 in a UTF-8 file, NUL characters left out;
// for bytes no encoding it reads fits (they import garbled); and for what was lost before: the
// '?' Excel writes for a character its CSV cannot save.
// Workbooks saved as .xlsx/.xls and other binary files are refused with a message.
import { decodeText, startsWith, type TextEncoding } from '../decodeText';
import { rowsLabel } from './rowsLabel';

/**
 * What decoding changed, and the lines of text it changed (none where it speaks of the whole
 * file): the rows are named once the text is read as rows (decodeWarningText).
 */
export interface DecodeWarning {
  lines: number[];
  says: string;
}

export type DecodedCsv =
  { ok: true; text: string; encoding: TextEncoding; warnings: DecodeWarning[] } | { ok: false; error: string };

/** "Row 4: bytes that are not UTF-8 …", with the rows that hold the warning's lines. */
export function decodeWarningText({ lines, says }: DecodeWarning, rowOfLine: (line: number) => number): string {
  if (lines.length === 0) return says;
  const rows = [...new Set(lines.map(rowOfLine))];
  return `${rowsLabel(rows)}: ${says}`;
}

const WORKBOOK =
  'This is a spreadsheet workbook (like .xlsx), not a CSV file. In your spreadsheet app, save or download the sheet as CSV and import that file.';

/**
 * A '?' where a letter or a currency sign was: Excel's "CSV (Comma delimited)" saves in the
 * computer's code page and writes '?' for what it lacks ("Wrocław" as "Wroc?aw", "₹1,00,000" as
 * "?1,00,000"). Only inside a word of letters or before a number, as a value of its own; a
 * question ("Remote?") or a web address ("jobs?id=1") is no such word.
 */
const LOST_CHARACTER = /(?<=^|[\s,;"'(|-])(?:\p{L}+\?[\p{L}?]*\p{L}|\?\d[\d.,]*)(?=$|[\s,;"')|])/gmu;

const LOST_CURRENCY_SIGN = /(?:^|[\s("'])\?\d/;

/** A '?' before an amount ("?1,00,000"): its currency sign was lost, so the currency is unknown. */
export function hasLostCurrencySign(value: string): boolean {
  return LOST_CURRENCY_SIGN.test(value);
}

/** The lines (from 1) of the values with a lost character, and the first two of them. */
function lostCharacters(text: string): { lines: number[]; examples: string[] } {
  const lines: number[] = [];
  const examples: string[] = [];
  let line = 1;
  let at = 0;
  for (const match of text.matchAll(LOST_CHARACTER)) {
    for (; at < match.index; at += 1) {
      const c = text.charCodeAt(at);
      if (c === 0x0a || (c === 0x0d && text.charCodeAt(at + 1) !== 0x0a)) line += 1;
    }
    if (lines.at(-1) !== line) lines.push(line);
    if (examples.length < 2 && !examples.includes(match[0])) examples.push(match[0]);
  }
  return { lines, examples };
}

export function decodeCsvBytes(bytes: Uint8Array): DecodedCsv {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    return { ok: false, error: WORKBOOK };
  }
  const decoded = decodeText(bytes, { tolerateNuls: true });
  if (decoded === null) return { ok: false, error: 'This file is not text, so it cannot be a CSV file.' };
  const warnings: DecodeWarning[] = [];
  if (decoded.unrecognised) {
    warnings.push({
      lines: [],
      says: `The file's text encoding could not be recognised: it is not UTF-8, and its letters read garbled in each encoding tried (Windows-1252, Windows-1250, Mac Roman, Shift_JIS, EUC-KR). In your spreadsheet app, save the sheet as "CSV UTF-8" and import that file.`,
    });
  }
  if (decoded.replacedOnLines.length > 0) {
    warnings.push({
      lines: decoded.replacedOnLines,
      says: `bytes that are not UTF-8 text were replaced with '\uFFFD' (the rest of the file is UTF-8). Check those values after the import.`,
    });
  }
  if (decoded.nulsRemovedOnLines.length > 0) {
    warnings.push({ lines: decoded.nulsRemovedOnLines, says: 'NUL characters (invisible, not text) were left out.' });
  }
  const lost = lostCharacters(decoded.text);
  if (lost.lines.length > 0) {
    warnings.push({
      lines: lost.lines,
      says: `'?' stands where a letter or a currency sign was (${lost.examples.map((e) => `'${e}'`).join(', ')}): Excel's "CSV (Comma delimited)" writes '?' for characters it cannot save. Save the sheet as "CSV UTF-8" and import that file, or correct these values after the import.`,
    });
  }
  return { ok: true, text: decoded.text, encoding: decoded.encoding, warnings };
}
