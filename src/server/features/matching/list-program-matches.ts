import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import type { Actor } from '../identity/actor.ts';
import { getProgramById } from '../organizations/get-program-by-id.ts';
import { assertProgramStaff } from '../participants/policy.ts';
import { type MatchRow, type MatchStatus, matches } from './tables.ts';

/** A program's matches, newest first, optionally of one status (staff). */
export async function listProgramMatches(
  db: Db,
  actor: Actor,
  programId: string,
  status: MatchStatus | undefined,
): Promise<MatchRow[]> {
  const program = await getProgramById(db, actor, programId);
  assertProgramStaff(actor, program);
  return db
    .select()
    .from(matches)
    .where(and(eq(matches.programId, programId), status ? eq(matches.status, status) : undefined))
    .orderBy(desc(matches.proposedAt), desc(matches.id));
}
