import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { buildApp } from '../../src/server/app.ts';
import { openContext } from '../../src/server/boot.ts';
import { loadConfig } from '../../src/server/config.ts';
import type { Ctx } from '../../src/server/context.ts';
import type { Database } from '../../src/server/db/database.ts';
import { rateLimit } from '../../src/server/features/identity/tables.ts';
import type { Clock } from '../../src/server/lib/clock.ts';
import { openWorkerDatabase, resetDatabase } from './test-database.ts';

/** A clock tests can move forward (invitation expiry and the like). */
export class MovableClock implements Clock {
  offsetMs = 0;
  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }
  advance(ms: number): void {
    this.offsetMs += ms;
  }
}

export const BASE_URL = 'http://localhost:3000';

export interface TestApp {
  app: FastifyInstance;
  ctx: Ctx;
  clock: MovableClock;
  database: Database;
}

let shared: Promise<TestApp> | null = null;

async function start(): Promise<TestApp> {
  const database = await openWorkerDatabase();
  const config = loadConfig(
    {},
    {
      TRELLIS_BASE_URL: BASE_URL,
      LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
      TRELLIS_MASTER_KEY: randomBytes(32).toString('base64'),
      TRELLIS_AUTH_SECRET: randomBytes(32).toString('base64url'),
      TRELLIS_DATA_DIR: '/nonexistent/not-used-in-tests',
    },
  );
  const clock = new MovableClock();
  const { ctx } = await openContext(config, { database, clock, work: false });
  const app = await buildApp(ctx);
  await app.ready();
  return { app, ctx, clock, database };
}

/** The worker's app on its own database, reset before every test of the calling file. */
export function testAppPerTest(): () => TestApp {
  let current: TestApp | null = null;
  beforeEach(async () => {
    shared ??= start();
    current = await shared;
    current.clock.offsetMs = 0;
    await resetDatabase(current.database);
  });
  afterAll(() => {});
  return () => {
    if (!current) throw new Error('testAppPerTest() is only available inside a test');
    return current;
  };
}

/**
 * The worker's app on its own database, reset once before the first test of the calling file (or
 * of the describe block it is called in), for tests that share costly read-only data (the demo)
 * instead of remaking it each time. Each test still starts with the clock back at now and the
 * sign-in rate limits cleared: every in-process request comes from one address, so a file's
 * sign-ins would otherwise add up across its tests, which a per-test reset never lets happen.
 */
export function testAppPerFile(): () => TestApp {
  let current: TestApp | null = null;
  beforeAll(async () => {
    shared ??= start();
    current = await shared;
    await resetDatabase(current.database);
  });
  beforeEach(async () => {
    if (!current) throw new Error('testAppPerFile(): the app did not start');
    current.clock.offsetMs = 0;
    await current.ctx.database.db.delete(rateLimit);
  });
  return () => {
    if (!current) throw new Error('testAppPerFile() is only available inside a test');
    return current;
  };
}
