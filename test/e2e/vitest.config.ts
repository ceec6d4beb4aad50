import { defineConfig } from 'vitest/config';

// Browser journeys: each file starts its own `trellis serve` (a real OS process on a temporary
// data folder) and drives Debian's Chromium through playwright-core.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.test.ts'],
    pool: 'forks',
    maxWorkers: 1,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
