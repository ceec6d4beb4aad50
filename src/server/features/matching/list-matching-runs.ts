import { desc, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../db/database.ts';
import type { Actor } from '../identity/actor.ts';
import { user } from '../identity/tables.ts';
import { getProgramById } from '../organizations/get-program-by-id.ts';
import { assertProgramStaff } from '../participants/policy.ts';
import { iso, type runSummaryOut } from './presenters.ts';
import { matchingRuns } from './tables.ts';

/** A program's runs, newest first, with their figures (staff). */
export async function listMatchingRuns(
  db: Db,
  actor: Actor,
  programId: string,
): Promise<z.input<typeof runSummaryOut>[]> {
  const program = await getProgramById(db, actor, programId);
  assertProgramStaff(actor, program);
  const rows = await db
    .select({
      id: matchingRuns.id,
      startedAt: matchingRuns.startedAt,
      starter: user.name,
      approvedAt: matchingRuns.approvedAt,
      menteeIds: matchingRuns.menteeIds,
      figures: matchingRuns.figures,
    })
    .from(matchingRuns)
    .innerJoin(user, eq(user.id, matchingRuns.startedBy))
    .where(eq(matchingRuns.programId, programId))
    .orderBy(desc(matchingRuns.startedAt))
    .limit(50);
  return rows.map((r) => ({
    id: r.id,
    startedAt: iso(r.startedAt),
    startedBy: { name: r.starter },
    approvedAt: iso(r.approvedAt),
    limitedToMentees: r.menteeIds !== null,
    figures: r.figures,
  }));
}
