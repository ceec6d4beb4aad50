import type { Tx } from '../../db/database.ts';
import { AppError } from '../../errors.ts';
import type { Actor } from '../identity/actor.ts';
import { findMatchForActor, type MatchSide } from './find-match-for-actor.ts';
import type { MatchRow } from './tables.ts';

/**
 * A proposed match the actor is one of, locked for update so two answers to it are judged one
 * after the other. `answer` completes the refusal when the match is no longer proposed.
 */
export async function findProposedMatchForParty(
  tx: Tx,
  actor: Actor,
  matchId: string,
  answer: string,
): Promise<{ match: MatchRow; side: MatchSide }> {
  const { match, side } = await findMatchForActor(tx, actor, matchId, 'party', true);
  if (!side) throw new AppError('MATCH_NOT_FOUND', 'There is no such match.');
  if (match.status !== 'proposed') {
    throw new AppError('MATCH_NOT_PROPOSED', `This match is ${match.status}: ${answer}.`);
  }
  return { match, side };
}
