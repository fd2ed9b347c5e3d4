// The Electron build: main process, sandboxed preload and renderer into out/.
// Main and preload bundle their dependencies: out/ then runs without node_modules, and the
// sandboxed preload can require nothing but electron anyway.
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { contentSecurityPolicy } from './renderer/build/contentSecurityPolicy';
import { STARTUP_ENTRY, startupScript } from './renderer/build/startupScript';

const alias = { '@shared': fileURLToPath(new URL('./shared', import.meta.url)) };

export default defineConfig({
  main: {
    resolve: { alias },
    build: {
      outDir: 'out/main',
      externalizeDeps: false,
      rolldownOptions: { input: { index: 'electron/main/index.ts' }, output: { format: 'cjs' } },
    },
  },
  preload: {
    resolve: { alias },
    build: {
      outDir: 'out/preload',
      externalizeDeps: false,
      rolldownOptions: { input: { index: 'electron/preload/index.ts' }, output: { format: 'cjs' } },
    },
  },
  renderer: {
    root: 'renderer',
    base: './',
    resolve: { alias },
    plugins: [react(), contentSecurityPolicy(), startupScript()],
    // Module workers (`new Worker(url, { type: 'module' })`), served by app:// like every chunk.
    worker: { format: 'es' },
    build: {
      outDir: 'out/renderer',
      target: 'chrome140',
      minify: true,
      rolldownOptions: {
        input: { index: fileURLToPath(new URL('./renderer/index.html', import.meta.url)), ...STARTUP_ENTRY },
      },
    },
  },
});
