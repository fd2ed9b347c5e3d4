// Opening links outside the app: only http(s) and mailto, only after the URL parser has read
// them, and never anything whose text hides what it is.
import { EXTERNAL_LINK_PROTOCOLS, type Result } from '@shared/desktopApi';

/** The normalised URL to open, or why it is refused. */
export function externalUrl(raw: unknown): Result<string> {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > 2_000) {
    return { ok: false, error: 'Not a link that can be opened.' };
  }
  // The URL parser silently drops surrounding spaces and inner tabs or newlines
  // ("java\tscript:"), so text carrying any is refused rather than reinterpreted.
  // eslint-disable-next-line no-control-regex -- control characters are what this refuses
  if (/[\s\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u2064\ufeff]/.test(raw)) {
    return { ok: false, error: 'The link contains spaces or invisible characters, so it was not opened.' };
  }
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { ok: false, error: 'Not a valid link.' };
  }
  if (!EXTERNAL_LINK_PROTOCOLS.has(url.protocol)) {
    return { ok: false, error: `Only web and email links can be opened (got ${url.protocol.slice(0, 20)}).` };
  }
  if (url.username !== '' || url.password !== '') {
    return { ok: false, error: 'Links with a user name or password in them are not opened.' };
  }
  if (url.protocol !== 'mailto:' && url.hostname === '') {
    return { ok: false, error: 'Not a valid link.' };
  }
  return { ok: true, value: url.href };
}

/** Opens the link with `open` (shell.openExternal) when it is allowed. */
export async function openExternalUrl(raw: unknown, open: (url: string) => Promise<void>): Promise<Result<null>> {
  const parsed = externalUrl(raw);
  if (!parsed.ok) return parsed;
  await open(parsed.value);
  return { ok: true, value: null };
}
