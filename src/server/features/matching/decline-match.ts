import { eq } from 'drizzle-orm';
import type { Ctx } from '../../context.ts';
import type { Tx } from '../../db/database.ts';
import { appendAuditEvent } from '../audit/append-audit-event.ts';
import type { Actor } from '../identity/actor.ts';
import { publishMatchChange } from '../live/publish-match-change.ts';
import type { MatchSide } from './find-match-for-actor.ts';
import { findProposedMatchForParty } from './find-proposed-match-for-party.ts';
import { notifyMatch } from './notify-match.ts';
import { type MatchRow, matches } from './tables.ts';

/**
 * One of the pair declines a proposed match, with a reason the other person is told. The two are
 * not proposed to each other again; the mentee stays ready for another match.
 */
export async function declineMatch(
  tx: Tx,
  ctx: Ctx,
  actor: Actor,
  matchId: string,
  reason: string,
): Promise<{ match: MatchRow; side: MatchSide }> {
  const { match, side } = await findProposedMatchForParty(tx, actor, matchId, 'it can no longer be declined');
  const [updated] = await tx
    .update(matches)
    .set({ status: 'declined', declinedAt: ctx.clock.now(), declinedBy: actor.userId, declineReason: reason })
    .where(eq(matches.id, matchId))
    .returning();
  if (!updated) throw new Error('update returned nothing');
  await appendAuditEvent(tx, ctx, {
    organizationId: match.organizationId,
    actor: { userId: actor.userId },
    action: 'match.declined',
    target: { type: 'match', id: matchId },
    details: { side },
  });
  await notifyMatch(tx, ctx, updated, 'matchDeclined', [side === 'mentor' ? 'mentee' : 'mentor'], { reason });
  await publishMatchChange(tx, matchId, 'declined');
  return { match: updated, side };
}
