import { inArray } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { commitments } from './tables.ts';

export interface CommitmentDates {
  matchId: string;
  owner: 'mentor' | 'mentee';
  dueAt: Date;
  completedAt: Date | null;
}

/** Who owed what by when and when it was done, never the words: for figures staff may see. */
export async function listCommitmentDates(db: Db, matchIds: string[]): Promise<CommitmentDates[]> {
  if (matchIds.length === 0) return [];
  return db
    .select({
      matchId: commitments.matchId,
      owner: commitments.owner,
      dueAt: commitments.dueAt,
      completedAt: commitments.completedAt,
    })
    .from(commitments)
    .where(inArray(commitments.matchId, matchIds));
}
