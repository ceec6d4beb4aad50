import { eq } from 'drizzle-orm';
import type { Db, Tx } from '../../db/database.ts';
import { AppError } from '../../errors.ts';
import type { Actor } from '../identity/actor.ts';
import { listParticipantsForMatching } from '../participants/list-participants-for-matching.ts';
import { isProgramStaff } from '../participants/policy.ts';
import { type MatchRow, matches } from './tables.ts';

export type MatchSide = 'mentor' | 'mentee';
export type MatchAccess = 'party' | 'staff' | 'party-or-staff';

/**
 * A match the actor may reach: as one of the pair (`side` says which) or as program staff
 * (`side` null). Anyone else gets the same 404 as for a missing id. `lock` takes the row for
 * update, so two answers to the same match are judged one after the other.
 */
export async function findMatchForActor(
  db: Db | Tx,
  actor: Actor,
  matchId: string,
  access: MatchAccess,
  lock = false,
): Promise<{ match: MatchRow; side: MatchSide | null }> {
  const query = db.select().from(matches).where(eq(matches.id, matchId));
  const [match] = lock ? await query.for('update') : await query;
  if (match) {
    const people = await listParticipantsForMatching(db, match.programId, {
      ids: [match.mentorParticipantId, match.menteeParticipantId],
    });
    const mine = people.find((p) => p.userId === actor.userId);
    const side: MatchSide | null = mine ? (mine.id === match.mentorParticipantId ? 'mentor' : 'mentee') : null;
    const isStaff = isProgramStaff(actor, { id: match.programId, organizationId: match.organizationId });
    const allowed = access === 'party' ? side !== null : access === 'staff' ? isStaff : side !== null || isStaff;
    if (allowed) return { match, side: access === 'staff' ? null : side };
  }
  throw new AppError('MATCH_NOT_FOUND', 'There is no such match.');
}
