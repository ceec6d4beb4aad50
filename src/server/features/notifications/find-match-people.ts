import { eq, inArray } from 'drizzle-orm';
import type { Db, Tx } from '../../db/database.ts';
import { user } from '../identity/tables.ts';
import { type MatchRow, matches } from '../matching/tables.ts';
import type { MatchSideName } from '../meetings/tables.ts';
import { programs } from '../organizations/tables.ts';
import { participants } from '../participants/tables.ts';

export interface MatchPerson {
  side: MatchSideName;
  participantId: string;
  userId: string;
  name: string;
  email: string;
  locale: string;
  timeZone: string;
}

export interface MatchPeople {
  match: MatchRow;
  programName: string;
  mentor: MatchPerson;
  mentee: MatchPerson;
}

/** Matches with both of their people (zone, language, address) and the program's name: two queries. */
export async function findMatchPeople(db: Db | Tx, matchIds: string[]): Promise<Map<string, MatchPeople>> {
  const unique = [...new Set(matchIds)];
  const found = new Map<string, MatchPeople>();
  if (unique.length === 0) return found;
  const rows = await db
    .select({ match: matches, programName: programs.name })
    .from(matches)
    .innerJoin(programs, eq(programs.id, matches.programId))
    .where(inArray(matches.id, unique));
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
    .where(
      inArray(
        participants.id,
        rows.flatMap((r) => [r.match.mentorParticipantId, r.match.menteeParticipantId]),
      ),
    );
  const byId = new Map(people.map((p) => [p.participantId, p]));
  for (const { match, programName } of rows) {
    const mentor = byId.get(match.mentorParticipantId);
    const mentee = byId.get(match.menteeParticipantId);
    if (!mentor || !mentee) continue;
    found.set(match.id, {
      match,
      programName,
      mentor: { side: 'mentor', ...mentor },
      mentee: { side: 'mentee', ...mentee },
    });
  }
  return found;
}

export function sideOf(people: MatchPeople, userId: string): MatchPerson | null {
  if (people.mentor.userId === userId) return people.mentor;
  if (people.mentee.userId === userId) return people.mentee;
  return null;
}

export function otherOf(people: MatchPeople, person: MatchPerson): MatchPerson {
  return person.side === 'mentor' ? people.mentee : people.mentor;
}
