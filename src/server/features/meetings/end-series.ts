import { eq } from 'drizzle-orm';
import type { Ctx } from '../../context.ts';
import type { Tx } from '../../db/database.ts';
import { AppError } from '../../errors.ts';
import type { Actor } from '../identity/actor.ts';
import type { MatchSide } from '../matching/find-match-for-actor.ts';
import { endCurrentSeries } from './create-series.ts';
import { findScheduleMatch } from './schedule-match.ts';
import { meetingSeries } from './tables.ts';

/** One of the pair stops their rhythm: its later meetings are cancelled, with the reason. */
export async function endSeries(tx: Tx, ctx: Ctx, actor: Actor, seriesId: string, reason: string): Promise<void> {
  const [series] = await tx.select().from(meetingSeries).where(eq(meetingSeries.id, seriesId));
  if (!series) throw new AppError('SERIES_NOT_FOUND', 'There is no such rhythm.');
  const found = await findScheduleMatch(tx, actor, series.matchId, 'party', true).catch((error) => {
    throw error instanceof AppError && error.code === 'MATCH_NOT_FOUND'
      ? new AppError('SERIES_NOT_FOUND', 'There is no such rhythm.')
      : error;
  });
  if (series.endedAt) throw new AppError('SERIES_ENDED', 'This rhythm has already ended.');
  await endCurrentSeries(tx, ctx, found, { side: found.side as MatchSide, userId: actor.userId }, reason);
}
