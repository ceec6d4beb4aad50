import { defineConfig } from 'vitest/config';

// One database per worker (migrated once, truncated between tests): workers keep module state
// across files (isolate: false), so the per-worker database is opened once.
// Process tests start their children on an embedded data folder (childEnv drops DATABASE_URL), so
// on the PostgreSQL lane they would only repeat the embedded lane, minutes of it; that lane keeps
// the ones whose children run on PostgreSQL.
const embeddedOnly = process.env.DATABASE_URL
  ? ['test/processes/!(scale-out|live-updates|reminders-two-workers).test.ts']
  : [];

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**', ...embeddedOnly],
    pool: 'forks',
    maxWorkers: 2,
    isolate: false,
    fileParallelism: true,
    setupFiles: ['test/support/setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
