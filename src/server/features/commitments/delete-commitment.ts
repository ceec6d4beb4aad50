import { eq } from 'drizzle-orm';
import type { Tx } from '../../db/database.ts';
import { AppError } from '../../errors.ts';
import type { Actor } from '../identity/actor.ts';
import { publishMatchChange } from '../live/publish-match-change.ts';
import { assertActive } from '../meetings/schedule-match.ts';
import { findCommitmentForActor } from './find-commitment-for-actor.ts';
import { commitments } from './tables.ts';

/** Whoever wrote a commitment down may take it back while it is still open (a slip, a change of plan). */
export async function deleteCommitment(tx: Tx, actor: Actor, commitmentId: string): Promise<void> {
  const { commitment, found } = await findCommitmentForActor(tx, actor, commitmentId);
  if (commitment.createdBy !== actor.userId) {
    throw new AppError('FORBIDDEN', 'Only the person who wrote this commitment down can remove it.');
  }
  assertActive(found);
  if (commitment.completedAt) throw new AppError('COMMITMENT_DONE', 'A commitment that is done stays on the record.');
  await tx.delete(commitments).where(eq(commitments.id, commitmentId));
  await publishMatchChange(tx, found.match.id, 'commitments');
}
