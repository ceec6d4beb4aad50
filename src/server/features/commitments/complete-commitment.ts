import { eq } from 'drizzle-orm';
import type { Ctx } from '../../context.ts';
import type { Tx } from '../../db/database.ts';
import { AppError } from '../../errors.ts';
import type { Actor } from '../identity/actor.ts';
import { publishMatchChange } from '../live/publish-match-change.ts';
import { getMatchDataKey } from '../matching/get-match-data-key.ts';
import { assertActive, otherSide, personOf } from '../meetings/schedule-match.ts';
import { createNotices } from '../notifications/create-notices.ts';
import { findCommitmentForActor } from './find-commitment-for-actor.ts';
import { type PairCommitment, presentForPair } from './present-commitment.ts';
import { commitments } from './tables.ts';

/** Only the person a commitment belongs to marks it done; the other is told. */
export async function completeCommitment(
  tx: Tx,
  ctx: Ctx,
  actor: Actor,
  commitmentId: string,
): Promise<PairCommitment> {
  const { commitment, found } = await findCommitmentForActor(tx, actor, commitmentId);
  if (found.side !== commitment.owner) {
    throw new AppError('FORBIDDEN', `Only the ${commitment.owner} can mark this commitment done.`);
  }
  assertActive(found);
  if (commitment.completedAt) throw new AppError('COMMITMENT_DONE', 'This commitment is already done.');
  const now = ctx.clock.now();
  const [done] = await tx
    .update(commitments)
    .set({ completedAt: now })
    .where(eq(commitments.id, commitmentId))
    .returning();
  if (!done) throw new Error('update returned nothing');
  await createNotices(tx, ctx, [
    {
      userId: personOf(found, otherSide(found.side)).userId,
      organizationId: found.match.organizationId,
      kind: 'commitmentDone',
      data: { matchId: found.match.id, commitmentId, owner: commitment.owner, other: personOf(found, found.side).name },
      link: `/matches/${found.match.id}/schedule`,
    },
  ]);
  await publishMatchChange(tx, found.match.id, 'commitments');
  return presentForPair(found, done, await getMatchDataKey(tx, ctx, found.match.id), now);
}
