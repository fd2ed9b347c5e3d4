// Bytes of a text file as text, whatever encoding it was saved in: UTF-8 (with or without a
// byte order mark), UTF-16 LE/BE (with a byte order mark, or recognised by its zero bytes), and
// Windows-1252 (which covers Latin-1) when the bytes are not valid UTF-8, as older Windows apps
// save them. Bytes with zeros in them that are not UTF-16 are no text at all.

// The platform's TextDecoder (browsers and Node have it; ES2023 types do not): only what we use.
declare const TextDecoder: new (label: string, options?: { fatal?: boolean }) => { decode(bytes: Uint8Array): string };

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
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

function decode(bytes: Uint8Array, encoding: Exclude<TextEncoding, 'windows-1252'>, skip: number): string {
  return new TextDecoder(encoding).decode(bytes.subarray(skip));
}

/** The text and the encoding it was read in; null for bytes that are not text. */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncoding } | null {
  const read = (text: string, encoding: TextEncoding) => (text.includes('\u0000') ? null : { text, encoding });
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return read(decode(bytes, 'utf-8', 3), 'utf-8');
  if (startsWith(bytes, [0xff, 0xfe])) return read(decode(bytes, 'utf-16le', 2), 'utf-16le');
  if (startsWith(bytes, [0xfe, 0xff])) return read(decode(bytes, 'utf-16be', 2), 'utf-16be');
  const utf16 = utf16ByZeros(bytes);
  if (utf16) return read(decode(bytes, utf16, 0), utf16);
  try {
    return read(new TextDecoder('utf-8', { fatal: true }).decode(bytes), 'utf-8');
  } catch {
    return read(decodeWindows1252(bytes), 'windows-1252');
  }
}

/** Whether the bytes open with a byte order mark, which says their encoding outright. */
export function hasByteOrderMark(bytes: Uint8Array): boolean {
  return [
    [0xef, 0xbb, 0xbf],
    [0xff, 0xfe],
    [0xfe, 0xff],
  ].some((mark) => startsWith(bytes, mark));
}
