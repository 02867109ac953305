import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests drive the built extension (.output/chrome-mv3, a development build made by
 * `npm run test:e2e` or `npm run build:dev`: support/check-build.ts refuses a production one)
 * in Debian's Chromium; each test launches its own browser profile (tests/e2e/support/test.ts),
 * so there is no `use.browserName` and Playwright never downloads a browser.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  globalSetup: './tests/e2e/support/check-build.ts',
  // Screenshots go to test-results/screenshots; Playwright's own artefacts stay apart from them.
  outputDir: 'test-results/artifacts',
  // Two shared cores: one browser at a time keeps timings (and the machine) sane.
  workers: 1,
  fullyParallel: false,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
});
