// End-to-end tests: Debian's Chromium (never a downloaded browser) against
// the release build in dist/, served on 127.0.0.1, at phone size.
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './tests/e2e/chromium.js';

const port = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 30_000,
  expect: { timeout: 7_000 },
  fullyParallel: false,
  workers: process.env.CI ? 1 : 2,
  // A test that fails runs once more, and the list reporter names it as
  // "flaky" with its first error; one that fails twice fails the suite.
  // (The WebDriver flows and the WebKit wasm run do the same.)
  retries: 1,
  reporter: [['list']],
  outputDir: 'test-results',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    viewport: { width: 360, height: 740 },
    hasTouch: true,
    isMobile: true,
    deviceScaleFactor: 2,
    acceptDownloads: true,
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_ARGS,
    },
  },
  webServer: [
    {
      command: `node tests/e2e/serve.mjs dist ${port}`,
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: false,
      stdout: 'ignore',
    },
    {
      // The same app built with `--public-url /unlost/` (scripts/test.sh).
      command: `node tests/e2e/serve.mjs target/e2e-subpath ${port + 1}`,
      url: `http://127.0.0.1:${port + 1}/unlost/`,
      reuseExistingServer: false,
      stdout: 'ignore',
    },
  ],
});
