import { and, count, eq, inArray, isNull } from 'drizzle-orm';
import type { Ctx } from '../../context.ts';
import type { Tx } from '../../db/database.ts';
import type { Actor } from '../identity/actor.ts';
import { notifications } from './tables.ts';

/** Marks the reader's own notices read (the named ones, or all); returns how many stay unread. */
export async function markNotificationsRead(
  tx: Tx,
  ctx: Pick<Ctx, 'clock'>,
  actor: Actor,
  ids: string[] | undefined,
): Promise<number> {
  const mine = and(eq(notifications.userId, actor.userId), isNull(notifications.readAt));
  if (ids === undefined || ids.length > 0) {
    await tx
      .update(notifications)
      .set({ readAt: ctx.clock.now() })
      .where(ids === undefined ? mine : and(mine, inArray(notifications.id, ids)));
  }
  const [unread] = await tx.select({ n: count() }).from(notifications).where(mine);
  return unread?.n ?? 0;
}
