// A job page saved as a file (.txt, or .html as the browser saves it) read as text: in the
// encoding an HTML page declares, else as decodeText reads any text file. Anything else is
// refused with a message that says what to do instead.
import { decodeText, hasByteOrderMark } from '@shared/decodeText';
import { megabytes } from '@shared/megabytes';

/** Saved job pages, inline scripts and styles included, stay well under this. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

const TEXT_FILE = /\.(txt|text|html?)$/i;
const TEXT_TYPES = new Set(['text/plain', 'text/html']);

export type ReadFile = { ok: true; text: string } | { ok: false; error: string };

/** The encoding an HTML page declares in its first bytes (<meta charset>), unless it is Unicode. */
function declaredEncoding(bytes: Uint8Array): string | null {
  if (hasByteOrderMark(bytes)) return null;
  const head = String.fromCharCode(...bytes.subarray(0, 2048));
  const label = /<meta[^>]*charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)?.[1] ?? null;
  // UTF-8 is what decodeText tries first; a page cannot be UTF-16 and say so in ASCII.
  return label === null || /^utf-?(8|16)/i.test(label) ? null : label;
}

function decodePage(bytes: Uint8Array): string | null {
  const declared = declaredEncoding(bytes);
  if (declared !== null) {
    try {
      const text = new TextDecoder(declared).decode(bytes);
      return text.includes('\u0000') ? null : text;
    } catch {
      // A label this platform does not know: read the page as any text file.
    }
  }
  return decodeText(bytes)?.text ?? null;
}

export async function readPostingFile(file: File): Promise<ReadFile> {
  const name = file.name || 'This file';
  if (!TEXT_FILE.test(file.name) && !TEXT_TYPES.has(file.type)) {
    return {
      ok: false,
      error: `'${name}' is not a text or HTML file. Save the job page as .txt or .html, or copy the page and paste it here.`,
    };
  }
  if (file.size > MAX_FILE_BYTES) {
    return {
      ok: false,
      error: `'${name}' is ${megabytes(file.size)}; a saved job page can be up to ${megabytes(MAX_FILE_BYTES)}. Copy the page's text and paste it here instead.`,
    };
  }
  let bytes: ArrayBuffer;
  try {
    bytes = await file.arrayBuffer();
  } catch (error) {
    // Moved, deleted or locked since it was chosen: not a problem with what it holds.
    return {
      ok: false,
      error: `'${name}' could not be read: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
  const text = decodePage(new Uint8Array(bytes));
  if (text === null) {
    return { ok: false, error: `'${name}' is not text, even though its name says so.` };
  }
  if (text.trim() === '') return { ok: false, error: `'${name}' is empty.` };
  return { ok: true, text };
}
