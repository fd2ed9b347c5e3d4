import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

const alias = { '@shared': fileURLToPath(new URL('./shared', import.meta.url)) };

// Tests wait for what they expect, never for time; these only stop a hang, and must allow a
// loaded two-core CI machine, where a database round trip can take a second.
const timeouts = { testTimeout: 60_000, hookTimeout: 60_000 };

// Two environments: plain Node for shared/ and electron/ code, jsdom (+ fake-indexeddb) for
// renderer components.
export default defineConfig({
  resolve: { alias },
  test: {
    reporters: ['default', ['json', { outputFile: 'tests/.results/unit.json' }]],
    projects: [
      {
        resolve: { alias },
        test: {
          ...timeouts,
          name: 'node',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts', 'tests/main/**/*.test.ts'],
        },
      },
      {
        plugins: [react()],
        resolve: { alias },
        test: {
          ...timeouts,
          name: 'component',
          environment: 'jsdom',
          include: ['tests/component/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/component/setup.ts'],
        },
      },
    ],
  },
});
