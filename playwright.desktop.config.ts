import { defineConfig } from '@playwright/test';

/**
 * `npm run test:desktop` only (scripts/test-desktop.ts): the real Electron app, one at a time
 * (it holds a single-instance lock). Not part of `npm test`: the build machines have no
 * Electron binary.
 */
export default defineConfig({
  testDir: 'test/desktop',
  timeout: 120_000,
  expect: { timeout: 10_000 },
  workers: 1,
  retries: 0,
  reporter: [['list']],
});
