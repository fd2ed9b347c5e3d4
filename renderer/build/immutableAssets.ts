// The web build's server (`vite preview`) answers every file with "no-cache", so each load of the
// page asks again for every script and style sheet it has already. The files under assets/ are
// named by their content's hash: a file of that name never changes, so the browser may keep it
// (as any site serving hashed files does, and as the desktop app reads them from its own disk).
// index.html still names the current ones, and is asked for on every load.
import type { Plugin } from 'vite';

export const IMMUTABLE = 'public, max-age=31536000, immutable';

export function immutableAssets(): Plugin {
  return {
    name: 'immutable-assets',
    configurePreviewServer(server) {
      server.middlewares.use((request, response, next) => {
        if (request.url?.startsWith('/assets/')) response.setHeader('Cache-Control', IMMUTABLE);
        next();
      });
    },
  };
}
