import { and, eq, inArray, or } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { matches } from './tables.ts';

export interface ActiveMatchOf {
  participantId: string;
  matchId: string;
  startedAt: Date;
}

/**
 * The active matches of these participants, on either side, each with when it started: the fact
 * of a match, for views that may show no more than that (a guardian's).
 */
export async function activeMatchesOf(db: Db, participantIds: readonly string[]): Promise<ActiveMatchOf[]> {
  if (participantIds.length === 0) return [];
  const ids = [...participantIds];
  const rows = await db
    .select({
      id: matches.id,
      mentorParticipantId: matches.mentorParticipantId,
      menteeParticipantId: matches.menteeParticipantId,
      startedAt: matches.startedAt,
    })
    .from(matches)
    .where(
      and(
        eq(matches.status, 'active'),
        or(inArray(matches.mentorParticipantId, ids), inArray(matches.menteeParticipantId, ids)),
      ),
    );
  return rows.flatMap(({ id: matchId, mentorParticipantId, menteeParticipantId, startedAt }) =>
    // Acceptance sets the status and the start together, so an active match always has a start.
    startedAt === null
      ? []
      : [mentorParticipantId, menteeParticipantId]
          .filter((participantId) => participantIds.includes(participantId))
          .map((participantId) => ({ participantId, matchId, startedAt })),
  );
}
