import { eq, inArray } from 'drizzle-orm';
import type { Db, Tx } from '../../db/database.ts';
import { AppError } from '../../errors.ts';
import type { Actor } from '../identity/actor.ts';
import { user } from '../identity/tables.ts';
import { findMatchForActor, type MatchSide } from '../matching/find-match-for-actor.ts';
import type { MatchRow } from '../matching/tables.ts';
import { programs } from '../organizations/tables.ts';
import { participants } from '../participants/tables.ts';

export interface SchedulePerson {
  participantId: string;
  userId: string;
  name: string;
  email: string;
  locale: string;
  timeZone: string;
}

/** A match with what scheduling needs: both people, the program's dates, and who is asking. */
export interface ScheduleMatch {
  match: MatchRow;
  side: MatchSide | null;
  mentor: SchedulePerson;
  mentee: SchedulePerson;
  program: { id: string; name: string; endsOn: string; cadenceFrequency: string; cadenceMinutes: number };
}

/**
 * The match for a schedule read or change. `party` changes need one of the pair and an active
 * match (`lock` serialises changes to one match); staff may read.
 */
export async function findScheduleMatch(
  db: Db | Tx,
  actor: Actor,
  matchId: string,
  access: 'party' | 'staff' | 'party-or-staff',
  lock = false,
): Promise<ScheduleMatch> {
  const { match, side } = await findMatchForActor(db, actor, matchId, access, lock);
  const people = await db
    .select({
      participantId: participants.id,
      userId: participants.userId,
      timeZone: participants.timeZone,
      name: user.name,
      email: user.email,
      locale: user.locale,
    })
    .from(participants)
    .innerJoin(user, eq(user.id, participants.userId))
    .where(inArray(participants.id, [match.mentorParticipantId, match.menteeParticipantId]));
  const [program] = await db
    .select({
      id: programs.id,
      name: programs.name,
      endsOn: programs.endsOn,
      cadenceFrequency: programs.cadenceFrequency,
      cadenceMinutes: programs.cadenceMinutes,
    })
    .from(programs)
    .where(eq(programs.id, match.programId));
  const mentor = people.find((p) => p.participantId === match.mentorParticipantId);
  const mentee = people.find((p) => p.participantId === match.menteeParticipantId);
  if (!mentor || !mentee || !program) throw new Error(`match ${matchId} lacks its people or program`);
  return { match, side, mentor, mentee, program };
}

/** Changes to the schedule need an active match: a proposed one has not started, a closed one is over. */
export function assertActive(found: ScheduleMatch): void {
  if (found.match.status !== 'active') {
    throw new AppError('MATCH_NOT_ACTIVE', 'Meetings can only be planned while the match is active.');
  }
}

export function otherSide(side: MatchSide): MatchSide {
  return side === 'mentor' ? 'mentee' : 'mentor';
}

export function personOf(found: ScheduleMatch, side: MatchSide): SchedulePerson {
  return side === 'mentor' ? found.mentor : found.mentee;
}
