import { and, eq, isNull } from 'drizzle-orm';
import type { Ctx } from '../../context.ts';
import type { Tx } from '../../db/database.ts';
import { AppError } from '../../errors.ts';
import { hashToken } from '../../lib/tokens.ts';
import { user } from '../identity/tables.ts';
import { calendarFeeds } from '../notifications/tables.ts';
import { findCalendarMatches } from './calendar-matches.ts';
import { renderCalendarFeed } from './calendar-render.ts';

/**
 * The iCalendar text behind a feed address. The token is looked up by its hash only, so an
 * unknown and a revoked token are the same one indexed read and the same 404.
 */
export async function readCalendarFeed(tx: Tx, ctx: Ctx, token: string): Promise<string> {
  const [feed] = await tx
    .select({ id: calendarFeeds.id, userId: calendarFeeds.userId, locale: user.locale })
    .from(calendarFeeds)
    .innerJoin(user, eq(user.id, calendarFeeds.userId))
    .where(and(eq(calendarFeeds.tokenHash, hashToken(token)), isNull(calendarFeeds.revokedAt)));
  if (!feed) throw new AppError('CALENDAR_FEED_NOT_FOUND', 'There is no such calendar.');
  const now = ctx.clock.now();
  await tx.update(calendarFeeds).set({ lastFetchedAt: now }).where(eq(calendarFeeds.id, feed.id));
  const matches = await findCalendarMatches(tx, feed.userId);
  return renderCalendarFeed(matches, { baseUrl: ctx.config.baseUrl, locale: feed.locale, now });
}
