import { sql } from 'drizzle-orm';
import { type DrizzleTransactionLike, fromDrizzle } from 'pg-boss';
import type { Ctx } from '../../context.ts';
import type { Tx } from '../../db/database.ts';
import { REMINDER_JOB, type ReminderPayload } from './reminder-payload.ts';

export interface PlannedReminder {
  payload: ReminderPayload;
  sendAt: Date;
}

/**
 * Enqueues reminders through the caller's transaction, in one insert: they exist if and only if
 * the change that caused them commits.
 */
export async function enqueueReminders(tx: Tx, ctx: Pick<Ctx, 'jobs'>, planned: PlannedReminder[]): Promise<void> {
  if (planned.length === 0) return;
  await ctx.jobs.boss.insert(
    REMINDER_JOB,
    planned.map((p) => ({ data: p.payload, startAfter: p.sendAt })),
    { db: fromDrizzle(tx as unknown as DrizzleTransactionLike, sql) },
  );
}
