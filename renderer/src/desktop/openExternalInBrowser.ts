import type { Result } from '@shared/desktopApi';
import { externalUrl } from '@shared/externalUrl';

/**
 * Opens a link in a new tab, with no access back to this page, under the desktop app's rule
 * (externalUrl): web and plain email links only, nothing hidden in its text, nothing on this machine.
 */
export function openExternalInBrowser(
  value: unknown,
  open: typeof window.open = window.open.bind(window),
): Result<null> {
  const url = externalUrl(value);
  if (!url.ok) return url;
  open(url.value, '_blank', 'noopener,noreferrer');
  return { ok: true, value: null };
}
