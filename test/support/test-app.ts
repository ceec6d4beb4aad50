import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeEach } from 'vitest';
import { buildApp } from '../../src/server/app.ts';
import { openContext } from '../../src/server/boot.ts';
import { loadConfig } from '../../src/server/config.ts';
import type { Ctx } from '../../src/server/context.ts';
import type { Database } from '../../src/server/db/database.ts';
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
