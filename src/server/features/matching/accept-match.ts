import { eq } from 'drizzle-orm';
import type { Ctx } from '../../context.ts';
import type { Tx } from '../../db/database.ts';
import { appendAuditEvent } from '../audit/append-audit-event.ts';
import type { Actor } from '../identity/actor.ts';
import { publishMatchChange } from '../live/publish-match-change.ts';
import { setStatusForMatch } from '../participants/set-status-for-match.ts';
import { assertCurrentAgreement } from './assert-current-agreement.ts';
import type { MatchSide } from './find-match-for-actor.ts';
import { findProposedMatchForParty } from './find-proposed-match-for-party.ts';
import { notifyMatch } from './notify-match.ts';
import { type MatchRow, matches } from './tables.ts';

/**
 * One of the pair accepts a proposed match and acknowledges the program's confidentiality
 * agreement for it (both times kept: the Trust Index reads them). When both have, the match is
 * active, both people become active, and both are told.
 */
export async function acceptMatch(
  tx: Tx,
  ctx: Ctx,
  actor: Actor,
  matchId: string,
  agreementVersionId: string,
): Promise<{ match: MatchRow; side: MatchSide }> {
  const { match, side } = await findProposedMatchForParty(tx, actor, matchId, 'there is nothing to accept');
  if ((side === 'mentor' ? match.mentorAcceptedAt : match.menteeAcceptedAt) !== null) return { match, side };
  await assertCurrentAgreement(tx, match.programId, agreementVersionId);
  const now = ctx.clock.now();
  const accepted =
    side === 'mentor'
      ? { mentorAcceptedAt: now, mentorAgreementId: agreementVersionId, mentorAgreementAcknowledgedAt: now }
      : { menteeAcceptedAt: now, menteeAgreementId: agreementVersionId, menteeAgreementAcknowledgedAt: now };
  const isStarting = (side === 'mentor' ? match.menteeAcceptedAt : match.mentorAcceptedAt) !== null;
  const [updated] = await tx
    .update(matches)
    .set({ ...accepted, ...(isStarting ? { status: 'active' as const, startedAt: now } : {}) })
    .where(eq(matches.id, matchId))
    .returning();
  if (!updated) throw new Error('update returned nothing');
  await appendAuditEvent(tx, ctx, {
    organizationId: match.organizationId,
    actor: { userId: actor.userId },
    action: isStarting ? 'match.started' : 'match.accepted',
    target: { type: 'match', id: matchId },
    details: { side },
  });
  if (isStarting) {
    const why = 'Match started';
    await setStatusForMatch(tx, ctx, actor.userId, match.menteeParticipantId, 'active', why);
    await setStatusForMatch(tx, ctx, actor.userId, match.mentorParticipantId, 'active', why);
    await notifyMatch(tx, ctx, updated, 'matchActive', ['mentor', 'mentee']);
  }
  await publishMatchChange(tx, matchId, isStarting ? 'started' : 'accepted');
  return { match: updated, side };
}
