// The start-up script (renderer/src/boot.ts) as a script of its own, placed before the app's in
// index.html: Vite would join every script of the page into one entry, which runs only once all
// of the app's code has loaded, and the script is there to start before that.
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const SOURCE = '/src/boot.ts';

/** The build's entry for it, beside index.html's. */
export const STARTUP_ENTRY = { boot: fileURLToPath(new URL('../src/boot.ts', import.meta.url)) };

export function startupScript(): Plugin {
  return {
    name: 'startup-script',
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        // The dev server serves the source; a build, the entry's chunk.
        const chunk = bundle && Object.values(bundle).find((c) => c.type === 'chunk' && c.isEntry && c.name === 'boot');
        const src = bundle ? `./${chunk!.fileName}` : SOURCE;
        // Before the app's script, and after the Content-Security-Policy, which governs only what
        // follows it. Async: it runs as soon as it has loaded, not once the page's style sheet has
        // (as the app's script must). Should it come after the app's, the app reads for itself.
        return html.replace(
          /<script type="module"/,
          `<script type="module" async crossorigin src="${src}"></script>\n    $&`,
        );
      },
    },
  };
}
