import { and, asc, desc, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import type { Actor } from '../identity/actor.ts';
import { findScheduleMatch, type ScheduleMatch } from './schedule-match.ts';
import {
  type MeetingRow,
  meetingEvents,
  meetingProposals,
  meetingSeries,
  meetings,
  type ProposalRow,
  type SeriesRow,
} from './tables.ts';

export interface MatchSchedule {
  found: ScheduleMatch;
  series: SeriesRow | null;
  meetings: MeetingRow[];
  proposals: ProposalRow[];
  events: (typeof meetingEvents.$inferSelect)[];
}

/** Everything about a match's schedule, for the pair or program staff. */
export async function getMatchSchedule(db: Db, actor: Actor, matchId: string): Promise<MatchSchedule> {
  const found = await findScheduleMatch(db, actor, matchId, 'party-or-staff');
  const [series, rows, proposals, events] = await Promise.all([
    db
      .select()
      .from(meetingSeries)
      .where(and(eq(meetingSeries.matchId, matchId), isNull(meetingSeries.endedAt)))
      .then((r) => r[0] ?? null),
    db.select().from(meetings).where(eq(meetings.matchId, matchId)).orderBy(asc(meetings.startsAt)),
    db
      .select()
      .from(meetingProposals)
      .where(and(eq(meetingProposals.matchId, matchId), eq(meetingProposals.status, 'pending')))
      .orderBy(asc(meetingProposals.startsAt)),
    db
      .select()
      .from(meetingEvents)
      .where(eq(meetingEvents.matchId, matchId))
      .orderBy(desc(meetingEvents.at), desc(meetingEvents.id))
      .limit(100),
  ]);
  return { found, series, meetings: rows, proposals, events };
}
