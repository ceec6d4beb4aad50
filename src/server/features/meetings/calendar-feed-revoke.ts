import { and, eq, isNull } from 'drizzle-orm';
import type { Ctx } from '../../context.ts';
import type { Tx } from '../../db/database.ts';
import { appendAuditEvent } from '../audit/append-audit-event.ts';
import type { Actor } from '../identity/actor.ts';
import { calendarFeeds } from '../notifications/tables.ts';

/** Turns the actor's feed address off; calendar apps subscribed to it get 404 from then on. */
export async function revokeCalendarFeed(tx: Tx, ctx: Ctx, actor: Actor): Promise<void> {
  const revoked = await tx
    .update(calendarFeeds)
    .set({ revokedAt: ctx.clock.now() })
    .where(and(eq(calendarFeeds.userId, actor.userId), isNull(calendarFeeds.revokedAt)))
    .returning({ id: calendarFeeds.id });
  for (const feed of revoked) {
    await appendAuditEvent(tx, ctx, {
      organizationId: null,
      actor: { userId: actor.userId },
      action: 'calendar_feed.revoked',
      target: { type: 'calendar_feed', id: feed.id },
    });
  }
}
