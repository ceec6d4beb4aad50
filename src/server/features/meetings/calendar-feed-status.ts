import { and, desc, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import type { Actor } from '../identity/actor.ts';
import { calendarFeeds } from '../notifications/tables.ts';

/** Whether the actor has a working feed address, and when a calendar last read it (never the address). */
export async function getCalendarFeedStatus(
  db: Db,
  actor: Actor,
): Promise<{ createdAt: Date; lastFetchedAt: Date | null } | null> {
  const [feed] = await db
    .select({ createdAt: calendarFeeds.createdAt, lastFetchedAt: calendarFeeds.lastFetchedAt })
    .from(calendarFeeds)
    .where(and(eq(calendarFeeds.userId, actor.userId), isNull(calendarFeeds.revokedAt)))
    .orderBy(desc(calendarFeeds.createdAt))
    .limit(1);
  return feed ?? null;
}
