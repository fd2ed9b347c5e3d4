// The Content-Security-Policy of the app's pages, declared once: only the app's own scripts,
// workers, styles, images and fonts; no network, no plugins, no frames, no inline script or eval.
const PAGE_DIRECTIVES = [
  "default-src 'none'",
  "script-src 'self'",
  // The app's own worker chunks (backups, CSV import, posting parser); never blob: or data:.
  "worker-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
  // Script sinks (a worker's URL, innerHTML, eval) take only what the page's one policy lets
  // through (renderer/src/trustedTypes.ts): the app's own script URLs.
  "require-trusted-types-for 'script'",
  'trusted-types default',
];

/** For the production build's <meta> tag (browsers ignore frame-ancestors there). */
export const META_CONTENT_SECURITY_POLICY = PAGE_DIRECTIVES.join('; ');

/** For the response header the Electron main process sends: frame-ancestors works only here. */
export const HEADER_CONTENT_SECURITY_POLICY = [...PAGE_DIRECTIVES, "frame-ancestors 'none'"].join('; ');
