import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { PGlite } from '@electric-sql/pglite';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { type PgBoss, TestClock } from 'pg-boss';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { buildApp } from '../../src/server/app.ts';
import { openContext } from '../../src/server/boot.ts';
import { loadConfig } from '../../src/server/config.ts';
import type { Ctx } from '../../src/server/context.ts';
import { type Database, fromPglite, openPostgres } from '../../src/server/db/database.ts';
import { migrateDatabase } from '../../src/server/db/migrate.ts';
import { SmtpSink } from '../processes/support/smtp-sink.ts';
import { BASE_URL, MovableClock, type TestApp } from './test-app.ts';
import { resetDatabase } from './test-database.ts';

/** Every queue whose jobs tests wait on: a spy records a job only if it existed when the job ran. */
const SPIED_QUEUES = ['reminder', 'send-email', 'no-meeting-check'];
/** pg-boss's default worker polling interval: one tick of this lets every worker poll once. */
const POLL_MS = 2_000;

export interface JobsApp {
  app: FastifyInstance;
  ctx: Ctx;
  database: Database;
  /** pg-boss's own test clock: the app (ctx.clock), the workers and the database's job time read it. */
  clock: TestClock;
  boss: PgBoss;
  /** Receives the app's email over SMTP. */
  smtp: SmtpSink;
  now(): Date;
  /** Moves time forward to `at` and lets every job that came due run to its end. */
  advanceTo(at: Date): Promise<void>;
  /** Runs the jobs already due (and those they enqueue) until none is left. */
  runDueJobs(): Promise<void>;
  /** The shape the world factories take (they use the app and ctx only). */
  asTestApp(): TestApp;
}

/**
 * An app whose job workers run, on a database of its own, with pg-boss's TestClock as the one
 * clock: `ctx.clock` reads it, the workers' polls fire only when the test moves it, and the clock
 * is attached to the database so pg-boss's `job_now()` (which decides when a job is due) is the
 * same fake time. Started once per file, emptied before each test; time only moves forward.
 */
export function jobsAppPerFile(): () => JobsApp {
  let current: JobsApp | null = null;
  let stop: (() => Promise<void>) | null = null;
  beforeAll(async () => {
    ({ jobsApp: current, stop } = await startJobsApp());
  });
  beforeEach(async () => {
    if (!current) throw new Error('jobsAppPerFile(): the app did not start');
    await resetDatabase(current.database);
    await current.database.query('delete from pgboss.job');
    current.boss.clearSpies();
    for (const name of SPIED_QUEUES) current.boss.getSpy(name);
    current.smtp.messages.length = 0;
  });
  afterAll(async () => {
    await stop?.();
  });
  return () => {
    if (!current) throw new Error('jobsAppPerFile() is only available inside a test');
    return current;
  };
}

async function startJobsApp(): Promise<{ jobsApp: JobsApp; stop(): Promise<void> }> {
  const smtp = await new SmtpSink().start();
  const clock = new TestClock(Date.now());
  const { database, drop } = await openJobsDatabase();
  const config = loadConfig(
    {},
    {
      TRELLIS_BASE_URL: BASE_URL,
      LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
      TRELLIS_MASTER_KEY: randomBytes(32).toString('base64'),
      TRELLIS_AUTH_SECRET: randomBytes(32).toString('base64url'),
      TRELLIS_DATA_DIR: '/nonexistent/not-used-in-tests',
      SMTP_URL: smtp.url,
    },
  );
  const { ctx, close } = await openContext(config, {
    database,
    clock: { now: () => new Date(clock.now()) },
    work: true,
    jobs: { clock, spies: true },
  });
  const app = await buildApp(ctx);
  await app.ready();
  const boss = ctx.jobs.boss;

  async function runDueJobs(): Promise<void> {
    // Timers a jump passed fire on the next tick: the cron pass, the workers' next poll.
    await clock.tick(0);
    for (let round = 0; round < 500; round++) {
      const { rows } = await database.query<{ due: number; active: number; failed: string | null }>(
        `select count(*) filter (where state in ('created', 'retry') and start_after <= $1)::int as due,
                count(*) filter (where state = 'active')::int as active,
                (array_agg(name || ': ' || coalesce(output::text, '')) filter (where state = 'failed'))[1] as failed
           from pgboss.job`,
        [new Date(clock.now()).toISOString()],
      );
      const { due, active, failed } = rows[0] ?? { due: 0, active: 0, failed: null };
      if (failed) throw new Error(`a job failed: ${failed}`);
      if (due === 0 && active === 0) return;
      // A handler does real work (database, SMTP): give it real time; a due job needs a poll.
      if (active > 0) await sleep(10);
      else await clock.tick(POLL_MS);
    }
    throw new Error('jobs kept coming due: more than 500 rounds');
  }

  const jobsApp: JobsApp = {
    app,
    ctx,
    database,
    clock,
    boss,
    smtp,
    now: () => new Date(clock.now()),
    async advanceTo(at) {
      if (at.getTime() < clock.now()) throw new Error('time only moves forward in these tests');
      await clock.setTime(at);
      await runDueJobs();
    },
    runDueJobs,
    asTestApp: () => ({ app, ctx, database, clock: new MovableClock() }),
  };
  return {
    jobsApp,
    async stop() {
      await app.close();
      await boss.stop({ graceful: false, close: true });
      await close();
      await drop();
      await smtp.stop();
    },
  };
}

/**
 * In-memory PGlite, or on the PostgreSQL lane a database of this file's own (the shared test app
 * keeps its own). There the app's sessions opt into the test clock as pg-boss's do, so a job the
 * app enqueues in its transaction is stamped with the same time.
 */
let opened = 0;

async function openJobsDatabase(): Promise<{ database: Database; drop(): Promise<void> }> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    const database = fromPglite(await PGlite.create());
    await migrateDatabase(database);
    return { database, drop: () => database.close() };
  }
  const name = `trellis_jobs_${process.pid}_${process.env.VITEST_POOL_ID ?? '0'}_${++opened}`;
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query(statement);
    await client.end();
  };
  await admin(`drop database if exists ${name} with (force)`);
  await admin(`create database ${name}`);
  const workerUrl = new URL(url);
  workerUrl.pathname = `/${name}`;
  const database = openPostgres(workerUrl.toString(), 5);
  database.pool?.on('connect', (client) => {
    void client.query("set pgboss.test_clock = 'on'");
  });
  await migrateDatabase(database);
  return {
    database,
    async drop() {
      await database.close();
      await admin(`drop database if exists ${name} with (force)`);
    },
  };
}
