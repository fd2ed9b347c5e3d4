// The bytes of a CSV file as text: UTF-8 (with or without a byte order mark), UTF-16 LE/BE
// (with a byte order mark, or recognised by its zero bytes), and Windows-1252 (which covers
// Latin-1) when the bytes are not valid UTF-8, as older Excel versions save them. Workbooks
// saved as .xlsx/.xls and other binary files are refused with a message.

// The platform's TextDecoder (browsers and Node have it; ES2023 types do not): only what we use.
declare const TextDecoder: new (label: string, options?: { fatal?: boolean }) => { decode(bytes: Uint8Array): string };

export type CsvEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export type DecodedCsv = { ok: true; text: string; encoding: CsvEncoding } | { ok: false; error: string };

const WORKBOOK =
  'This is a spreadsheet workbook (like .xlsx), not a CSV file. In your spreadsheet app, save or download the sheet as CSV and import that file.';

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}

/** UTF-16 without a byte order mark: text in Latin script has a zero in every other byte. */
function utf16ByZeros(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const sample = bytes.subarray(0, Math.min(bytes.length, 2_000) & ~1);
  if (sample.length < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample.length; i += 2) {
    if (sample[i] === 0) evenZeros += 1;
    if (sample[i + 1] === 0) oddZeros += 1;
  }
  const pairs = sample.length / 2;
  if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) return 'utf-16be';
  return null;
}

// Windows-1252 differs from Latin-1 only in 0x80–0x9F (€, curly quotes, dashes ...). Decoded
// here because Node's TextDecoder reads those bytes as Latin-1 control characters.
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const CHUNK = 0x8000;
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const codes = Array.from(bytes.subarray(start, start + CHUNK), (b) =>
      b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80]! : b,
    );
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
}

function decode(bytes: Uint8Array, encoding: Exclude<CsvEncoding, 'windows-1252'>, skip: number): string {
  return new TextDecoder(encoding).decode(bytes.subarray(skip));
}

function checked(text: string, encoding: CsvEncoding): DecodedCsv {
  if (text.includes('\u0000')) return { ok: false, error: 'This file is not text, so it cannot be a CSV file.' };
  return { ok: true, text, encoding };
}

export function decodeCsvBytes(bytes: Uint8Array): DecodedCsv {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    return { ok: false, error: WORKBOOK };
  }
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return checked(decode(bytes, 'utf-8', 3), 'utf-8');
  if (startsWith(bytes, [0xff, 0xfe])) return checked(decode(bytes, 'utf-16le', 2), 'utf-16le');
  if (startsWith(bytes, [0xfe, 0xff])) return checked(decode(bytes, 'utf-16be', 2), 'utf-16be');
  const utf16 = utf16ByZeros(bytes);
  if (utf16) return checked(decode(bytes, utf16, 0), utf16);
  try {
    return checked(new TextDecoder('utf-8', { fatal: true }).decode(bytes), 'utf-8');
  } catch {
    return checked(decodeWindows1252(bytes), 'windows-1252');
  }
}
