import { defineConfig } from 'vitest/config';

// One database per worker (migrated once, truncated between tests): workers keep module state
// across files (isolate: false), so the per-worker database is opened once.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    pool: 'forks',
    maxWorkers: 2,
    isolate: false,
    fileParallelism: true,
    setupFiles: ['test/support/setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
