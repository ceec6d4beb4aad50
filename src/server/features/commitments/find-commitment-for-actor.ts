import { eq } from 'drizzle-orm';
import type { Tx } from '../../db/database.ts';
import { AppError } from '../../errors.ts';
import type { Actor } from '../identity/actor.ts';
import { findScheduleMatch, type ScheduleMatch } from '../meetings/schedule-match.ts';
import { type CommitmentRow, commitments } from './tables.ts';

/**
 * A commitment one of the pair is about to change, with its match locked (every change to a
 * match's commitments takes that lock, so the row read after it is current). Anyone else, staff
 * included, gets the same 404 as for a missing id: staff never act on the pair's commitments.
 */
export async function findCommitmentForActor(
  tx: Tx,
  actor: Actor,
  commitmentId: string,
): Promise<{ commitment: CommitmentRow; found: ScheduleMatch }> {
  const notFound = new AppError('COMMITMENT_NOT_FOUND', 'There is no such commitment.');
  const byId = () => tx.select().from(commitments).where(eq(commitments.id, commitmentId));
  const [unlocked] = await byId();
  if (!unlocked) throw notFound;
  let found: ScheduleMatch;
  try {
    found = await findScheduleMatch(tx, actor, unlocked.matchId, 'party', true);
  } catch (error) {
    if (error instanceof AppError && error.code === 'MATCH_NOT_FOUND') throw notFound;
    throw error;
  }
  const [commitment] = await byId();
  if (!commitment) throw notFound;
  return { commitment, found };
}
