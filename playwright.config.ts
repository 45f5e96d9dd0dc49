import fs from 'node:fs';
import { defineConfig } from '@playwright/test';

/**
 * Debian's Chromium by default (never `npx playwright install` here); PRIORITES_CHROMIUM
 * overrides it; without either, Playwright's own browser where one is installed.
 */
const chromium = process.env.PRIORITES_CHROMIUM ?? '/usr/bin/chromium';
const executablePath = fs.existsSync(chromium) ? chromium : undefined;

export default defineConfig({
  testDir: 'test/e2e',
  // Generous: the CI machine has 2 cores and is noisy; assertions keep their own time limits.
  timeout: 180_000,
  expect: { timeout: 5_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    locale: 'fr-FR',
    launchOptions: {
      executablePath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-quic',
        '--no-first-run',
      ],
    },
  },
});
