import type { FastifyBaseLogger } from 'fastify';
import type { Config } from './config.ts';
import type { Database } from './db/database.ts';
import type { Auth } from './features/identity/auth.ts';
import type { Jobs } from './jobs/jobs.ts';
import type { Clock } from './lib/clock.ts';
import type { Keyring } from './lib/crypto.ts';

/** What every entry point hands to use-cases: real seams only, no container. */
export interface Ctx {
  config: Config;
  database: Database;
  keyring: Keyring;
  clock: Clock;
  jobs: Jobs;
  auth: Auth;
  log: FastifyBaseLogger;
}
