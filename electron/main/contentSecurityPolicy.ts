// The Content-Security-Policy the main process sends with the app's pages: only the app's own
// scripts, styles, images and fonts; no network, no plugins, no frames, no inline script. The
// same directives as the <meta> tag of the production renderer build
// (renderer/build/contentSecurityPolicy.ts; a test keeps them equal), plus frame-ancestors,
// which only works as a header.

export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * The dev server needs what Vite's hot reload uses: its inline React Refresh preamble, eval in
 * source maps and its websocket. Only ever applied to the local dev server.
 */
export function devContentSecurityPolicy(devServerOrigin: string): string {
  const socket = devServerOrigin.replace(/^http/, 'ws');
  return [
    "default-src 'none'",
    `script-src 'self' 'unsafe-inline' 'unsafe-eval' ${devServerOrigin}`,
    `style-src 'self' 'unsafe-inline' ${devServerOrigin}`,
    `img-src 'self' data: blob: ${devServerOrigin}`,
    `font-src 'self' ${devServerOrigin}`,
    `connect-src 'self' ${devServerOrigin} ${socket}`,
    "base-uri 'none'",
    "form-action 'none'",
    "object-src 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** Response headers with the policy set, replacing any policy the response carried. */
export function withContentSecurityPolicy(
  headers: Record<string, string[]> | undefined,
  policy: string,
): Record<string, string[]> {
  const kept = Object.entries(headers ?? {}).filter(([name]) => name.toLowerCase() !== 'content-security-policy');
  return { ...Object.fromEntries(kept), 'Content-Security-Policy': [policy] };
}
