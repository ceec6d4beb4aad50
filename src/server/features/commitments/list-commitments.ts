import { asc, eq } from 'drizzle-orm';
import type { Ctx } from '../../context.ts';
import type { Db } from '../../db/database.ts';
import { keyIdOf } from '../../lib/crypto.ts';
import type { Actor } from '../identity/actor.ts';
import { loadDataKeysNotErased } from '../keys/load-data-key.ts';
import { findScheduleMatch } from '../meetings/schedule-match.ts';
import { type PairCommitment, presentForPair, presentForStaff, type StaffCommitment } from './present-commitment.ts';
import { commitments } from './tables.ts';

/**
 * A match's commitments, soonest due first. The pair read the words; program staff see only
 * owner, due date and whether each was kept, so their read touches no confidential content.
 */
export async function listCommitments(
  db: Db,
  ctx: Ctx,
  actor: Actor,
  matchId: string,
): Promise<PairCommitment[] | StaffCommitment[]> {
  const found = await findScheduleMatch(db, actor, matchId, 'party-or-staff');
  const rows = await db
    .select()
    .from(commitments)
    .where(eq(commitments.matchId, matchId))
    .orderBy(asc(commitments.dueAt), asc(commitments.id));
  const now = ctx.clock.now();
  if (!found.side) return rows.map((row) => presentForStaff(found, row, now));
  const keys = await loadDataKeysNotErased(db, ctx, [...new Set(rows.map((row) => keyIdOf(row.text)))]);
  return rows.map((row) => presentForPair(found, row, keys.get(keyIdOf(row.text)), now));
}
