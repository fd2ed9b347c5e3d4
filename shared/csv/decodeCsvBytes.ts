// The bytes of a CSV file as text, in any encoding decodeText reads, with a warning for each
// thing it had to change: bytes that were not UTF-8 in a UTF-8 file, NUL characters left out.
// Workbooks saved as .xlsx/.xls and other binary files are refused with a message.
import { decodeText, startsWith, type TextEncoding } from '../decodeText';

export type DecodedCsv =
  { ok: true; text: string; encoding: TextEncoding; warnings: string[] } | { ok: false; error: string };

const WORKBOOK =
  'This is a spreadsheet workbook (like .xlsx), not a CSV file. In your spreadsheet app, save or download the sheet as CSV and import that file.';

/** "Line 4", "Lines 4 and 9", "Lines 4, 9, 12 and 3 more". */
function linesLabel(lines: readonly number[]): string {
  if (lines.length === 1) return `Line ${lines[0]}`;
  const shown = lines.slice(0, lines.length > 6 ? 5 : lines.length - 1).join(', ');
  const rest = lines.length > 6 ? `${lines.length - 5} more` : String(lines.at(-1));
  return `Lines ${shown} and ${rest}`;
}

export function decodeCsvBytes(bytes: Uint8Array): DecodedCsv {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    return { ok: false, error: WORKBOOK };
  }
  const decoded = decodeText(bytes, { tolerateNuls: true });
  if (decoded === null) return { ok: false, error: 'This file is not text, so it cannot be a CSV file.' };
  const warnings: string[] = [];
  if (decoded.replacedOnLines.length > 0) {
    warnings.push(
      `${linesLabel(decoded.replacedOnLines)}: bytes that are not UTF-8 text were replaced with '\uFFFD' (the rest of the file is UTF-8). Check those values after the import.`,
    );
  }
  if (decoded.nulsRemovedOnLines.length > 0) {
    warnings.push(`${linesLabel(decoded.nulsRemovedOnLines)}: NUL characters (invisible, not text) were left out.`);
  }
  return { ok: true, text: decoded.text, encoding: decoded.encoding, warnings };
}
