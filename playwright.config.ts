import { defineConfig } from '@playwright/test';

export const WEB_URL = 'http://127.0.0.1:4173';

// End-to-end tests drive the production web build in the system's Chromium, each test with its
// own persistent profile (see tests/e2e/fixtures.ts) so IndexedDB lives on disk as in the app.
export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  reporter: [['list'], ['json', { outputFile: 'tests/.results/e2e.json' }]],
  use: { baseURL: WEB_URL, trace: 'retain-on-failure' },
  webServer: {
    command: 'npx vite preview --config vite.config.mts',
    url: WEB_URL,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
