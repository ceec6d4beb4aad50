import { and, asc, eq, inArray, or } from 'drizzle-orm';
import type { Db, Tx } from '../../db/database.ts';
import { user } from '../identity/tables.ts';
import { matches } from '../matching/tables.ts';
import { participantIdsOfUser } from '../participants/participant-ids-of-user.ts';
import { participants } from '../participants/tables.ts';
import type { CalendarMatch } from './calendar-render.ts';
import { meetingSeries, meetings } from './tables.ts';

/**
 * What a person's calendar holds: every series and meeting of each match they are the mentor or
 * mentee in, running or closed (a closed match's past meetings stay in their calendar). Proposed
 * and declined matches never had meetings.
 */
export async function findCalendarMatches(db: Db | Tx, userId: string): Promise<CalendarMatch[]> {
  const mine = await participantIdsOfUser(db, userId);
  if (mine.length === 0) return [];
  const theirMatches = await db
    .select()
    .from(matches)
    .where(
      and(
        inArray(matches.status, ['active', 'closed']),
        or(inArray(matches.mentorParticipantId, mine), inArray(matches.menteeParticipantId, mine)),
      ),
    )
    .orderBy(asc(matches.id));
  if (theirMatches.length === 0) return [];
  const matchIds = theirMatches.map((m) => m.id);
  const otherOf = new Map(
    theirMatches.map((m) => [
      m.id,
      mine.includes(m.mentorParticipantId) ? m.menteeParticipantId : m.mentorParticipantId,
    ]),
  );
  const names = await db
    .select({ participantId: participants.id, name: user.name })
    .from(participants)
    .innerJoin(user, eq(user.id, participants.userId))
    .where(inArray(participants.id, [...otherOf.values()]));
  const series = await db
    .select()
    .from(meetingSeries)
    .where(inArray(meetingSeries.matchId, matchIds))
    .orderBy(asc(meetingSeries.createdAt), asc(meetingSeries.id));
  const rows = await db
    .select()
    .from(meetings)
    .where(inArray(meetings.matchId, matchIds))
    .orderBy(asc(meetings.startsAt), asc(meetings.id));
  const nameOf = new Map(names.map((n) => [n.participantId, n.name]));
  return theirMatches.map((m) => ({
    matchId: m.id,
    otherName: nameOf.get(otherOf.get(m.id) ?? '') ?? '',
    series: series.filter((s) => s.matchId === m.id),
    meetings: rows.filter((r) => r.matchId === m.id),
  }));
}
