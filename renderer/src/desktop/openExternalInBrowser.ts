import { EXTERNAL_LINK_PROTOCOLS, type Result } from '@shared/desktopApi';

/** Opens an http(s) or mailto link in a new tab, with no access back to this page. */
export function openExternalInBrowser(
  value: string,
  open: typeof window.open = window.open.bind(window),
): Result<null> {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return { ok: false, error: `'${value}' is not a web address.` };
  }
  if (!EXTERNAL_LINK_PROTOCOLS.has(url.protocol)) {
    return { ok: false, error: `Only web and e-mail links can be opened (got ${url.protocol.replace(':', '')}).` };
  }
  open(url.href, '_blank', 'noopener,noreferrer');
  return { ok: true, value: null };
}
