import { eq, or } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import type { Actor } from '../identity/actor.ts';
import { matches } from '../matching/tables.ts';
import { isProgramStaff } from '../participants/policy.ts';
import { participants } from '../participants/tables.ts';

/** Who may hear that a match changed: the pair's accounts, and staff of its program. */
export interface MatchAudience {
  program: { id: string; organizationId: string };
  pairUserIds: string[];
}

/** The match's program and the pair's accounts in one query; null for an id that names no match. */
export async function findMatchAudience(db: Db, matchId: string): Promise<MatchAudience | null> {
  const rows = await db
    .select({ programId: matches.programId, organizationId: matches.organizationId, userId: participants.userId })
    .from(matches)
    .innerJoin(
      participants,
      or(eq(participants.id, matches.mentorParticipantId), eq(participants.id, matches.menteeParticipantId)),
    )
    .where(eq(matches.id, matchId));
  const [first] = rows;
  if (!first) return null;
  return {
    program: { id: first.programId, organizationId: first.organizationId },
    pairUserIds: rows.map((r) => r.userId),
  };
}

/** The same rule as reading the match (findMatchForActor's "party-or-staff"). */
export function isInAudience(actor: Actor, audience: MatchAudience): boolean {
  return audience.pairUserIds.includes(actor.userId) || isProgramStaff(actor, audience.program);
}
