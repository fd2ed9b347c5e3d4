// Bytes of a text file as text, whatever encoding it was saved in: UTF-8 (with or without a
// byte order mark), UTF-16 LE/BE (with a byte order mark, or recognised by its zero bytes), and
// Windows-1252 (which covers Latin-1) when the bytes are not UTF-8, as older Windows apps save
// them, or Mac Roman, as Excel for Mac saves "CSV (Macintosh)", or Windows-1250, as Excel in
// Central Europe saves CSV, or Shift_JIS or EUC-KR, as Excel in Japan or Korea saves CSV, when
// that reads better; when none reads well, the text says so (`unrecognised`). A file
// that is UTF-8 but for a few stray bytes (more valid UTF-8 characters than bad bytes) stays
// UTF-8, its bad bytes replaced with U+FFFD and their lines reported: reading the whole file as
// Windows-1252 would garble every accent in it ("Zürich" as "ZÃ¼rich") unsaid.
// Bytes with zeros in them that are not UTF-16 are no text at all, unless the caller tolerates a
// few stray zero bytes (a NUL in a spreadsheet cell), which are then left out and reported.

// The platform's TextDecoder (browsers and Node have it; ES2023 types do not): only what we use.
declare const TextDecoder: new (label: string, options?: { fatal?: boolean }) => { decode(bytes: Uint8Array): string };

export type TextEncoding =
  'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252' | 'windows-1250' | 'macintosh' | 'shift_jis' | 'euc-kr';

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
  /** Lines (from 1) where bytes that were not UTF-8 were replaced with U+FFFD. */
  replacedOnLines: number[];
  /** Lines where zero bytes (NUL) were left out, when the caller tolerates them. */
  nulsRemovedOnLines: number[];
  /** Bytes that are not UTF-8 which no encoding read here fits: the text is likely garbled. */
  unrecognised?: boolean;
}

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

/**
 * Where UTF-8 breaks: the offset of each bad sequence (as TextDecoder replaces them, one U+FFFD
 * each) and how many valid characters of more than one byte there are.
 */
function utf8Breaks(bytes: Uint8Array): { multibyte: number; bad: number[] } {
  let multibyte = 0;
  const bad: number[] = [];
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i]!;
    if (lead < 0x80) {
      i += 1;
      continue;
    }
    const follow =
      lead >= 0xc2 && lead <= 0xdf ? 1 : lead >= 0xe0 && lead <= 0xef ? 2 : lead >= 0xf0 && lead <= 0xf4 ? 3 : 0;
    if (follow === 0) {
      bad.push(i);
      i += 1;
      continue;
    }
    let k = 1;
    for (; k <= follow; k += 1) {
      const byte = bytes[i + k];
      // The second byte's range is narrower after these leads (no overlong forms, no surrogates).
      const low = k === 1 && lead === 0xe0 ? 0xa0 : k === 1 && lead === 0xf0 ? 0x90 : 0x80;
      const high = k === 1 && lead === 0xed ? 0x9f : k === 1 && lead === 0xf4 ? 0x8f : 0xbf;
      if (byte === undefined || byte < low || byte > high) break;
    }
    if (k > follow) multibyte += 1;
    else bad.push(i);
    i += k;
  }
  return { multibyte, bad };
}

/** The line (from 1) of each offset, in order; a line ends at CRLF, LF or a lone CR. */
function linesOf(unitAt: (index: number) => number | undefined, offsets: readonly number[]): number[] {
  const lines: number[] = [];
  let line = 1;
  let at = 0;
  for (const offset of offsets) {
    for (; at < offset; at += 1) {
      const unit = unitAt(at);
      if (unit === 0x0a || (unit === 0x0d && unitAt(at + 1) !== 0x0a)) line += 1;
    }
    if (lines.at(-1) !== line) lines.push(line);
  }
  return lines;
}

function utf8OrWindows1252(bytes: Uint8Array): Omit<DecodedText, 'nulsRemovedOnLines'> {
  const skip = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? 3 : 0;
  try {
    return {
      text: new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(skip)),
      encoding: 'utf-8',
      replacedOnLines: [],
    };
  } catch {
    const body = bytes.subarray(skip);
    const { multibyte, bad } = utf8Breaks(body);
    // A byte order mark says UTF-8 outright; otherwise the valid characters must outnumber the bad bytes.
    if (skip === 3 || (multibyte > 0 && multibyte >= bad.length)) {
      return { text: decode(body, 'utf-8', 0), encoding: 'utf-8', replacedOnLines: linesOf((i) => body[i], bad) };
    }
    return legacyDecoding(bytes);
  }
}

/** A small letter or a mark of punctuation: a part of a word beside an ASCII letter. */
const PART_OF_WORD = /[\p{Ll}\p{Pd}\p{Pi}\p{Pf}]/u;
/** Characters no text is made of: C1 controls, private use characters, U+FFFD. */
const NO_TEXT = /[\u0080-\u009f\p{Co}\uFFFD]/u;
const LETTER = /\p{L}/u;

const isAsciiLetter = (code: number) => (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);

interface Reading {
  text: string;
  encoding: TextEncoding;
  /** How many characters that are not ASCII read as its language writes them. */
  fitting: number;
  /** How many read as no text is written. */
  odd: number;
}

/**
 * How the characters that are not ASCII fit a reading. Without a script (Windows-1252 and the
 * like), a part of a word beside an ASCII letter fits: "ü" in "Zürich", "é" in "Nestlé", the
 * apostrophe of "it’s", the dash of "January–April". With one, a character of that script with no
 * ASCII letter beside it. Odd are the characters no text is made of, and a letter that is not
 * ASCII and not of the script, with no ASCII letter beside it: "Š”Ž®‰ïŽÐ" is 株式会社 read as
 * Windows-1252. Punctuation, symbols and spaces elsewhere are neither.
 */
function measure(text: string, encoding: TextEncoding, script?: RegExp): Reading {
  let fitting = 0;
  let odd = 0;
  for (let i = 0; i < text.length; i += 1) {
    if (text.charCodeAt(i) < 0x80) continue;
    const c = String.fromCodePoint(text.codePointAt(i)!);
    const letterBefore = isAsciiLetter(text.charCodeAt(i - 1));
    const next = text.charCodeAt(i + c.length);
    const inWord = letterBefore || isAsciiLetter(next);
    const fits = script
      ? !inWord && script.test(c)
      : (letterBefore || (next >= 0x61 && next <= 0x7a)) && PART_OF_WORD.test(c);
    if (fits) fitting += 1;
    else if (NO_TEXT.test(c) || (!inWord && LETTER.test(c))) odd += 1;
    i += c.length - 1;
  }
  return { text, encoding, fitting, odd };
}

/**
 * The legacy East Asian encodings Excel saves "CSV (Comma delimited)" in on a Japanese or Korean
 * Windows, with the script of the language each is for: kana and kanji (not the half-width
 * katakana, which is also what Western accents read as), and Hangul. Counted only where no ASCII
 * letter is beside them: Western accents and marks inside words read as them ("Museum’s" as
 * Shift_JIS is "Museum痴"), where Japanese or Korean seldom stand. The Chinese encodings (GBK,
 * Big5) are not here: Japanese and Korean bytes read as Han characters in them too, and telling
 * those from Chinese text would need how common each character is. `backslashBeforeAmount` is the
 * currency sign those countries' Windows shows the byte 0x5C (a backslash) as.
 */
const EAST_ASIAN = [
  { encoding: 'shift_jis', script: /[\u3041-\u30ff\p{sc=Han}]/u, backslashBeforeAmount: '¥' },
  { encoding: 'euc-kr', script: /\p{sc=Hangul}/u, backslashBeforeAmount: '₩' },
] as const;

/** The bytes in a multibyte encoding, or null where they break it (or the platform lacks it). */
function decodeStrictly(bytes: Uint8Array, encoding: string): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Bytes that are not UTF-8, read in the encoding whose text fits its language best: the most
 * characters that fit, less those that are odd (measure). Windows-1252, Windows-1250 (Central
 * European Excel) and Mac Roman (Excel for Mac's "CSV (Macintosh)") fit by small letters and
 * punctuation inside words: Mac Roman's "Zürich" reads "ZŸrich" as Windows-1252, and the other way
 * round "Zürich" reads "Z¸rich"; Windows-1250's "Wrocław" reads "Wroc³aw"; Mac Roman's “Paid” –
 * reads "ÒPaidÓ Ð", a letter standing alone. Windows-1252 on a tie ("it’s" reads "itís" as Mac
 * Roman), as the accents of Western languages are mostly letters in Windows-1250 too. Shift_JIS
 * and EUC-KR (EAST_ASIAN) fit by kana, kanji or Hangul, and are a choice only where all their bytes
 * are valid and more characters fit than are odd. A file that reads well as the others keeps that
 * reading: where its accents are valid East Asian bytes, they read as characters inside Latin
 * words, which fit no East Asian script.
 */
function legacyDecoding(bytes: Uint8Array): Omit<DecodedText, 'nulsRemovedOnLines'> {
  const readings = [
    measure(decodeWindows1252(bytes), 'windows-1252'),
    measure(decode(bytes, 'windows-1250', 0), 'windows-1250'),
    measure(decode(bytes, 'macintosh', 0), 'macintosh'),
  ];
  for (const { encoding, script, backslashBeforeAmount } of EAST_ASIAN) {
    const decoded = decodeStrictly(bytes, encoding);
    if (decoded === null) continue;
    // What the file means: Windows there shows this byte as the currency sign ("¥350,000").
    const text = decoded.replace(/\\(?=\d)/g, backslashBeforeAmount);
    const reading = measure(text, encoding, script);
    // Only a reading mostly in the encoding's script: garbled text is left to the others and the warning.
    if (reading.fitting > reading.odd) readings.push(reading);
  }
  // The first of the best, so Windows-1252 on a tie.
  const best = readings.reduce((a, b) => (b.fitting - b.odd > a.fitting - a.odd ? b : a));
  // Still more odd letters than fitting ones (a stray "à" or "1º" is no sign): an encoding not read here.
  const unrecognised = best.odd > Math.max(best.fitting, 2);
  return { text: best.text, encoding: best.encoding, replacedOnLines: [], unrecognised };
}

// Control characters other than tab and line ends: binary files are full of them, text has a stray one.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f]/g;

/** Where the NULs are, when the text has few control characters (three, or one in a hundred). */
function fewNuls(text: string): number[] | null {
  const allowed = Math.max(3, text.length / 100);
  let controls = 0;
  const offsets: number[] = [];
  for (const match of text.matchAll(CONTROL)) {
    controls += 1;
    if (controls > allowed) return null;
    if (match[0] === '\u0000') offsets.push(match.index);
  }
  return offsets;
}

/**
 * The text and the encoding it was read in; null for bytes that are not text. With
 * `tolerateNuls`, a few zero bytes in otherwise plain text are left out (and their lines said).
 */
export function decodeText(bytes: Uint8Array, { tolerateNuls = false } = {}): DecodedText | null {
  const decoded = pickDecoding(bytes);
  if (!decoded.text.includes('\u0000')) return { ...decoded, nulsRemovedOnLines: [] };
  const nuls = tolerateNuls ? fewNuls(decoded.text) : null;
  if (nuls === null) return null;
  const { text } = decoded;
  return {
    ...decoded,
    text: text.replaceAll('\u0000', ''),
    nulsRemovedOnLines: linesOf((i) => text.charCodeAt(i), nuls),
  };
}

function pickDecoding(bytes: Uint8Array): Omit<DecodedText, 'nulsRemovedOnLines'> {
  if (startsWith(bytes, [0xff, 0xfe]))
    return { text: decode(bytes, 'utf-16le', 2), encoding: 'utf-16le', replacedOnLines: [] };
  if (startsWith(bytes, [0xfe, 0xff]))
    return { text: decode(bytes, 'utf-16be', 2), encoding: 'utf-16be', replacedOnLines: [] };
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return utf8OrWindows1252(bytes);
  const utf16 = utf16ByZeros(bytes);
  if (utf16) return { text: decode(bytes, utf16, 0), encoding: utf16, replacedOnLines: [] };
  return utf8OrWindows1252(bytes);
}

/** Whether the bytes open with a byte order mark, which says their encoding outright. */
export function hasByteOrderMark(bytes: Uint8Array): boolean {
  return [
    [0xef, 0xbb, 0xbf],
    [0xff, 0xfe],
    [0xfe, 0xff],
  ].some((mark) => startsWith(bytes, mark));
}
