import { desc, inArray, or } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import type { Actor } from '../identity/actor.ts';
import { participantIdsOfUser } from '../participants/participant-ids-of-user.ts';
import type { MatchSide } from './find-match-for-actor.ts';
import { type MatchRow, matches } from './tables.ts';

/** The signed-in person's matches as mentor or mentee, in every program, newest first. */
export async function listMyMatches(db: Db, actor: Actor): Promise<{ match: MatchRow; side: MatchSide }[]> {
  const ids = new Set(await participantIdsOfUser(db, actor.userId));
  if (ids.size === 0) return [];
  const rows = await db
    .select()
    .from(matches)
    .where(or(inArray(matches.mentorParticipantId, [...ids]), inArray(matches.menteeParticipantId, [...ids])))
    .orderBy(desc(matches.proposedAt), desc(matches.id));
  return rows.map((match) => ({ match, side: ids.has(match.mentorParticipantId) ? 'mentor' : 'mentee' }));
}
