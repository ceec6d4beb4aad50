import { defineConfig } from 'vitest/config';

// Browser journeys: each file starts its own `trellis serve` (a real OS process on a temporary
// data folder) and drives Debian's Chromium through playwright-core. Two files at a time: the
// journeys spend much of their time waiting on the browser and the server, and the longest one
// waits for a meeting to start; CI runs this lane alone, after the others.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.test.ts'],
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
