import { defineConfig } from '@playwright/test';

// WEB_PORT lets two checkouts run their browser suites side by side.
export const WEB_URL = `http://127.0.0.1:${process.env.WEB_PORT ?? 4173}`;

// The browser runs in this zone, and so do the test workers, so that data a test computes in
// Node (dates, index keys) means what the page computes from it.
process.env.TZ = 'America/Los_Angeles';

// End-to-end tests drive the production web build in the system's Chromium, each test with its
// own persistent profile (see tests/e2e/fixtures.ts) so IndexedDB lives on disk as in the app.
export default defineConfig({
  projects: [
    // Waits for what the user would see, never for time; generous enough for a loaded two-core
    // CI machine, where a step that takes milliseconds here can take seconds.
    { name: 'e2e', testDir: 'tests/e2e', timeout: 120_000, expect: { timeout: 20_000 } },
    // `npm run screenshots`: the README's pictures, written to assets/ (not a test).
    { name: 'screenshots', testDir: 'tests/screenshots', expect: { timeout: 20_000 } },
    // `npm run bench`: timings in real Chromium, checked against their targets (see
    // tests/bench/benchReporter.ts). Its waits only guard against a hang: with 10,000
    // applications on a busy machine, one step can take many seconds. No trace: recording one
    // snapshots the page at every action, inside the page, and that would be timed too.
    {
      name: 'bench',
      testDir: 'tests/bench',
      timeout: 20 * 60_000,
      expect: { timeout: 120_000 },
      // An action on something that never comes (a row scrolled out of the page) fails, saying so.
      use: { trace: 'off', actionTimeout: 120_000 },
    },
  ],
  outputDir: 'test-results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  reporter: [['list'], ['json', { outputFile: 'tests/.results/e2e.json' }]],
  use: { baseURL: WEB_URL, trace: 'retain-on-failure' },
  webServer: {
    command: 'npx vite preview --config vite.config.mts --configLoader runner',
    url: WEB_URL,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
  },
});
