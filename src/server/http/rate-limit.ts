import { sql } from 'drizzle-orm';
import type { Ctx } from '../context.ts';
import { AppError } from '../errors.ts';
import { requestLimits } from './tables.ts';

/**
 * Fixed-window limit shared by every process (the counter lives in the database). Throws
 * RATE_LIMITED once `max` requests for `key` were made in the current window.
 */
export async function consumeRateLimit(ctx: Ctx, key: string, max: number, windowSeconds: number): Promise<void> {
  const now = ctx.clock.now();
  const windowStart = new Date(Math.floor(now.getTime() / (windowSeconds * 1000)) * windowSeconds * 1000);
  const [row] = await ctx.database.db
    .insert(requestLimits)
    .values({ key, windowStart, count: 1 })
    .onConflictDoUpdate({
      target: requestLimits.key,
      set: {
        count: sql`case when ${requestLimits.windowStart} = excluded.window_start then ${requestLimits.count} + 1 else 1 end`,
        windowStart: sql`excluded.window_start`,
      },
    })
    .returning({ count: requestLimits.count });
  if ((row?.count ?? 0) > max) {
    throw new AppError('RATE_LIMITED', 'Too many requests. Please wait a minute and try again.');
  }
}
