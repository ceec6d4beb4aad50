import { and, eq, ne } from 'drizzle-orm';
import type { Ctx } from '../../context.ts';
import type { Tx } from '../../db/database.ts';
import { AppError } from '../../errors.ts';
import { appendAuditEvent } from '../audit/append-audit-event.ts';
import type { Actor } from '../identity/actor.ts';
import { publishMatchChange } from '../live/publish-match-change.ts';
import { cancelMeetingsOfClosedMatch } from '../meetings/cancel-meetings-of-closed-match.ts';
import { setStatusForMatch } from '../participants/set-status-for-match.ts';
import { findMatchForActor } from './find-match-for-actor.ts';
import { type MatchRow, matches } from './tables.ts';

/**
 * Staff close an active match (or withdraw a proposed one) with the closure review's answer to
 * "should the mentee be matched again?". Yes: the mentee is ready again, and the previous mentor
 * is never proposed to them again (a closed pair is excluded). No: the mentee's participation
 * closes. The mentor is ready for others once no active match is left.
 */
export async function closeMatch(
  tx: Tx,
  ctx: Ctx,
  actor: Actor,
  matchId: string,
  input: { reason: string; rematch: boolean },
): Promise<MatchRow> {
  const { match } = await findMatchForActor(tx, actor, matchId, 'staff', true);
  if (match.status !== 'active' && match.status !== 'proposed') {
    throw new AppError('MATCH_NOT_OPEN', `This match is already ${match.status}.`);
  }
  const [closed] = await tx
    .update(matches)
    .set({
      status: 'closed',
      closedAt: ctx.clock.now(),
      closedBy: actor.userId,
      closeReason: input.reason,
      rematch: input.rematch,
    })
    .where(eq(matches.id, matchId))
    .returning();
  if (!closed) throw new Error('update returned nothing');
  if (match.status === 'active') {
    const why = input.rematch ? 'Match closed; to be matched again' : 'Match closed';
    await setStatusForMatch(tx, ctx, actor.userId, match.menteeParticipantId, input.rematch ? 'ready' : 'closed', why);
    const others = await tx
      .select({ id: matches.id })
      .from(matches)
      .where(
        and(
          eq(matches.mentorParticipantId, match.mentorParticipantId),
          eq(matches.status, 'active'),
          ne(matches.id, matchId),
        ),
      );
    if (others.length === 0) await setStatusForMatch(tx, ctx, actor.userId, match.mentorParticipantId, 'ready', why);
  }
  await cancelMeetingsOfClosedMatch(tx, ctx, matchId, actor.userId);
  await appendAuditEvent(tx, ctx, {
    organizationId: match.organizationId,
    actor: { userId: actor.userId },
    action: 'match.closed',
    target: { type: 'match', id: matchId },
    details: { was: match.status, rematch: input.rematch },
  });
  await publishMatchChange(tx, matchId, 'closed');
  return closed;
}
