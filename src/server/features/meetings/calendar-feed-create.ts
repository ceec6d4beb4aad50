import { and, eq, isNull } from 'drizzle-orm';
import type { Ctx } from '../../context.ts';
import type { Tx } from '../../db/database.ts';
import { newId } from '../../lib/ids.ts';
import { hashToken, newToken } from '../../lib/tokens.ts';
import { appendAuditEvent } from '../audit/append-audit-event.ts';
import type { Actor } from '../identity/actor.ts';
import { calendarFeeds } from '../notifications/tables.ts';

/** The address calendar apps subscribe to; the token in it is the only credential. */
export function calendarFeedUrl(ctx: Ctx, token: string): string {
  return `${ctx.config.baseUrl}/calendar/${token}.ics`;
}

/**
 * A new private feed address for the actor. Earlier addresses stop working at once (a person who
 * shared theirs by mistake makes a new one). Only the token's hash is kept, so the address is
 * shown this once.
 */
export async function createCalendarFeed(tx: Tx, ctx: Ctx, actor: Actor): Promise<{ url: string; createdAt: Date }> {
  const now = ctx.clock.now();
  const revoked = await tx
    .update(calendarFeeds)
    .set({ revokedAt: now })
    .where(and(eq(calendarFeeds.userId, actor.userId), isNull(calendarFeeds.revokedAt)))
    .returning({ id: calendarFeeds.id });
  const token = newToken();
  const id = newId();
  await tx.insert(calendarFeeds).values({ id, userId: actor.userId, tokenHash: hashToken(token), createdAt: now });
  await appendAuditEvent(tx, ctx, {
    organizationId: null,
    actor: { userId: actor.userId },
    action: 'calendar_feed.created',
    target: { type: 'calendar_feed', id },
    details: { replaced: revoked.length },
  });
  return { url: calendarFeedUrl(ctx, token), createdAt: now };
}
