import pino from 'pino';
import type { Config } from './config.ts';
import type { Ctx } from './context.ts';
import { type Database, openPglite, openPostgres } from './db/database.ts';
import { migrateDatabase } from './db/migrate.ts';
import { createAuth } from './features/identity/auth.ts';
import { createJobs, type JobOptions, startJobs } from './jobs/jobs.ts';
import { type Clock, systemClock } from './lib/clock.ts';
import { createKeyring } from './lib/crypto.ts';
import { resolveSecrets } from './lib/secrets.ts';

export interface BootOptions {
  /** Run job workers in this process (the server does; one-shot CLI commands only enqueue). */
  work?: boolean;
  clock?: Clock;
  /** An already open database (tests hand in their per-worker one). */
  database?: Database;
  /** The job system's clock (pg-boss's, shared with the database's job time) and spies. */
  jobs?: JobOptions;
}

/**
 * config → database (migrated) → keys → jobs → identity. The caller holds the PGlite lock.
 * Returns the context every entry point passes to use-cases, and how to close it.
 */
export async function openContext(
  config: Config,
  options: BootOptions = {},
): Promise<{ ctx: Ctx; close(): Promise<void> }> {
  const log = pino({ level: config.logLevel, base: { service: 'trellis' } });
  const database =
    options.database ?? (config.databaseUrl ? openPostgres(config.databaseUrl) : await openPglite(config.dataDir));
  await migrateDatabase(database);
  const secrets = resolveSecrets(config);
  const jobs = createJobs(database, options.jobs);
  const base = {
    config,
    database,
    keyring: createKeyring(secrets.masterKey),
    clock: options.clock ?? systemClock,
    jobs,
    log,
  };
  const ctx: Ctx = { ...base, auth: createAuth(base, secrets.authSecret) };
  await startJobs(ctx, { work: options.work ?? true });
  return {
    ctx,
    async close() {
      await jobs.stop();
      if (!options.database) await database.close();
    },
  };
}
