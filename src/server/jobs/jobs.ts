import { type Clock as BossClock, fromPglite, PgBoss } from 'pg-boss';
import type { z } from 'zod';
import type { Ctx } from '../context.ts';
import type { Database } from '../db/database.ts';
import { deliverMailJob } from '../features/mail/deliver-mail-job.ts';
import { noMeetingCheckJob, reminderJob } from '../features/notifications/reminder-jobs.ts';

/** A job: name, payload schema, idempotent handler, its queue's retry policy, and a cron if it ticks. */
export interface JobDefinition<Schema extends z.ZodType> {
  name: string;
  payload: Schema;
  retryLimit: number;
  /** Daily and the like, in UTC; a tick missed while no server ran is sent once on the next start. */
  cron?: string;
  handler(ctx: Ctx, payload: z.output<Schema>): Promise<void>;
}

export interface Jobs {
  boss: PgBoss;
  stop(): Promise<void>;
}

/** Real seams of the job system: its clock (pg-boss's own, which also sets the database's job time). */
export interface JobOptions {
  clock?: BossClock;
  /** pg-boss job spies (`boss.getSpy(name)`), for tests that wait on a job's outcome. */
  spies?: boolean;
}

const definitions: JobDefinition<z.ZodType>[] = [deliverMailJob, reminderJob, noMeetingCheckJob];

/** pg-boss on the same database: the PGlite connection itself, or its own pool on PostgreSQL. */
export function createJobs(database: Database, options: JobOptions = {}): Jobs {
  const seams = {
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.spies ? { __test__enableSpies: true } : {}),
  };
  const boss = database.pglite
    ? new PgBoss({ db: fromPglite(database.pglite), ...seams })
    : new PgBoss({ connectionString: database.url, max: 4, ...seams });
  return {
    boss,
    stop: () => boss.stop({ graceful: true, timeout: 10_000 }),
  };
}

export async function startJobs(ctx: Ctx, { work = true }: { work?: boolean } = {}): Promise<void> {
  const { boss } = ctx.jobs;
  boss.on('error', (error) => ctx.log.error({ err: error }, 'job system error'));
  await boss.start();
  for (const job of definitions) {
    await boss.createQueue(job.name, { retryLimit: job.retryLimit, retryDelay: 10, retryBackoff: true });
    // One schedule row per job under a fixed key: every process may write it, the tick fires once.
    if (job.cron) await boss.schedule(job.name, job.cron, {}, { key: 'daily', tz: 'UTC', missed: 'once' });
    if (!work) continue;
    await boss.work(job.name, async (batch) => {
      for (const item of batch) await job.handler(ctx, job.payload.parse(item.data));
    });
  }
}
