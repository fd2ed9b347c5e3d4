// The renderer's Content-Security-Policy, added to index.html in production builds (the dev
// server needs inline scripts for hot reload).
import type { Plugin } from 'vite';
import { META_CONTENT_SECURITY_POLICY } from '../../shared/contentSecurityPolicy';

export function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: META_CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}
