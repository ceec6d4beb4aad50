import { eq } from 'drizzle-orm';
import type { Ctx } from '../../context.ts';
import type { Tx } from '../../db/database.ts';
import type { DataKey } from '../../lib/crypto.ts';
import { createDataKey } from '../keys/create-data-key.ts';
import { loadDataKey } from '../keys/load-data-key.ts';
import { matches } from './tables.ts';

/**
 * The match's data key, which seals what the pair write (commitments now, notes and messages
 * later). It is made on first use under the match row lock, so two first writers at once still
 * end up with one key.
 */
export async function getMatchDataKey(tx: Tx, ctx: Ctx, matchId: string): Promise<DataKey> {
  const [match] = await tx
    .select({ dataKeyId: matches.dataKeyId })
    .from(matches)
    .where(eq(matches.id, matchId))
    .for('update');
  if (!match) throw new Error(`match ${matchId} does not exist`);
  if (match.dataKeyId) return loadDataKey(tx, ctx, match.dataKeyId);
  const key = await createDataKey(tx, ctx, { ownerType: 'match', ownerId: matchId });
  await tx.update(matches).set({ dataKeyId: key.id }).where(eq(matches.id, matchId));
  return key;
}
