import { defineConfig } from '@playwright/test';
import { existsSync } from 'node:fs';

/** Browser tests drive Debian's Chromium (a test tool's own browser download does not work here). */
const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromePath)) {
  throw new Error(
    `No Chromium at ${chromePath}. The browser tests need one: run "sudo apt-get update && sudo apt-get install -y chromium", ` +
      'or point CHROME_PATH at a Chromium or Chrome binary.',
  );
}

const port = 4174;

export default defineConfig({
  testDir: 'test/e2e',
  timeout: 30_000,
  // Pages are lazily loaded chunks: on a loaded CI machine a first visit has taken over 5 s to appear.
  expect: { timeout: 15_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  webServer: {
    command: `npm run build && npx vite preview --host 127.0.0.1 --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: 'ignore',
  },
  projects: [
    { name: 'flows', testIgnore: /hostile\.spec\.ts$/ },
    // Measures how long the main thread is held, so it runs after the rest, one test at a time.
    { name: 'hostile files', testMatch: /hostile\.spec\.ts$/, dependencies: ['flows'], workers: 1 },
  ],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: 'chromium',
    locale: 'en-GB',
    viewport: { width: 1600, height: 1000 },
    acceptDownloads: true,
    // Each new context would download the whole app into the service worker's cache; offline.spec allows it.
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: chromePath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
});
