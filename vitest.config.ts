import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'shared/**/*.test.ts',
      'src-main/**/*.test.ts',
      'src-renderer/**/*.test.{ts,tsx}',
      'test/unit/**/*.test.ts',
      'test/fault/**/*.test.ts',
      'test/network/**/*.test.ts',
      'test/usb/**/*.test.ts',
    ],
    testTimeout: 30_000,
    pool: 'forks',
  },
});
