import { fromPglite, PgBoss } from 'pg-boss';
import type { z } from 'zod';
import type { Ctx } from '../context.ts';
import type { Database } from '../db/database.ts';
import { deliverMailJob } from '../features/mail/deliver-mail-job.ts';

/** A job: name, payload schema, idempotent handler, and its queue's retry policy. */
export interface JobDefinition<Schema extends z.ZodType> {
  name: string;
  payload: Schema;
  retryLimit: number;
  handler(ctx: Ctx, payload: z.output<Schema>): Promise<void>;
}

export interface Jobs {
  boss: PgBoss;
  stop(): Promise<void>;
}

const definitions = [deliverMailJob];

/** pg-boss on the same database: the PGlite connection itself, or its own pool on PostgreSQL. */
export function createJobs(database: Database): Jobs {
  const boss = database.pglite
    ? new PgBoss({ db: fromPglite(database.pglite) })
    : new PgBoss({ connectionString: database.url, max: 4 });
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
    if (!work) continue;
    await boss.work(job.name, async (batch) => {
      for (const item of batch) await job.handler(ctx, job.payload.parse(item.data));
    });
  }
}
