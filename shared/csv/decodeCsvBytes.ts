// The bytes of a CSV file as text, in any encoding decodeText reads. Workbooks saved as
// .xlsx/.xls and other binary files are refused with a message.
import { decodeText, startsWith, type TextEncoding } from '../decodeText';

export type DecodedCsv = { ok: true; text: string; encoding: TextEncoding } | { ok: false; error: string };

const WORKBOOK =
  'This is a spreadsheet workbook (like .xlsx), not a CSV file. In your spreadsheet app, save or download the sheet as CSV and import that file.';

export function decodeCsvBytes(bytes: Uint8Array): DecodedCsv {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    return { ok: false, error: WORKBOOK };
  }
  const decoded = decodeText(bytes);
  return decoded === null
    ? { ok: false, error: 'This file is not text, so it cannot be a CSV file.' }
    : { ok: true, ...decoded };
}
