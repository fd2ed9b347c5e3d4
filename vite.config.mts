// The web build: the same renderer served on 127.0.0.1 with the browser implementation of the
// desktop API (`npm run web`), also what the end-to-end tests and the benchmark drive.
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { contentSecurityPolicy } from './renderer/build/contentSecurityPolicy';
import { immutableAssets } from './renderer/build/immutableAssets';
import { STARTUP_ENTRY, startupScript } from './renderer/build/startupScript';
import { WEB_HOST, webPort } from './renderer/build/webPort.mjs';

export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), contentSecurityPolicy(), startupScript(), immutableAssets()],
  resolve: { alias: { '@shared': fileURLToPath(new URL('./shared', import.meta.url)) } },
  build: {
    outDir: '../out/web',
    emptyOutDir: true,
    target: 'chrome130',
    rolldownOptions: {
      input: { index: fileURLToPath(new URL('./renderer/index.html', import.meta.url)), ...STARTUP_ENTRY },
    },
  },
  // Module workers (`new Worker(url, { type: 'module' })`), each bundled as a file of its own.
  worker: { format: 'es' },
  server: { host: '127.0.0.1', port: 5173, strictPort: true },
  preview: { host: WEB_HOST, port: webPort(), strictPort: true },
});
