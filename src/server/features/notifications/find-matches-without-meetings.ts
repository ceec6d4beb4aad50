import { and, eq, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { matches } from '../matching/tables.ts';
import { meetingSeries, meetings } from '../meetings/tables.ts';
import { organizations, programs } from '../organizations/tables.ts';

/** How many cadences without a held meeting before the coordinators are told. */
export const CADENCES_WITHOUT_MEETING = 3;

export interface MatchWithoutMeetings {
  matchId: string;
  /** The last held meeting, or null when none was held since the match started. */
  lastHeldId: string | null;
  since: Date;
  cadenceDays: number;
  organizationTimeZone: string;
}

/**
 * Active matches that have held no meeting for 3 × their cadence: the interval of their rhythm
 * if they have one, else the program's expectation (weekly 7, fortnightly 14, monthly 28 days).
 * Counted from the last held meeting, or from the start of the match.
 */
export async function findMatchesWithoutMeetings(db: Db, now: Date): Promise<MatchWithoutMeetings[]> {
  const lastHeld = (column: SQL) =>
    sql`(select ${column} from ${meetings} where ${meetings.matchId} = ${matches.id} and ${meetings.status} = 'held' order by ${meetings.startsAt} desc limit 1)`;
  const rhythmDays = sql`(select ${meetingSeries.intervalWeeks} * 7 from ${meetingSeries} where ${meetingSeries.matchId} = ${matches.id} and ${meetingSeries.endedAt} is null order by ${meetingSeries.createdAt} desc limit 1)`;
  const programDays = sql`case ${programs.cadenceFrequency} when 'weekly' then 7 when 'fortnightly' then 14 else 28 end`;
  const candidates = db
    .select({
      matchId: sql<string>`${matches.id}`.as('match_id'),
      lastHeldId: sql<string | null>`${lastHeld(sql`${meetings.id}`)}`.as('last_held_id'),
      since: sql<Date>`coalesce(${lastHeld(sql`${meetings.startsAt}`)}, ${matches.startedAt})`
        .mapWith(matches.startedAt)
        .as('since'),
      cadenceDays: sql<number>`coalesce(${rhythmDays}, ${programDays})`.mapWith(Number).as('cadence_days'),
      organizationTimeZone: sql<string>`${organizations.timeZone}`.as('organization_time_zone'),
    })
    .from(matches)
    .innerJoin(programs, eq(programs.id, matches.programId))
    .innerJoin(organizations, eq(organizations.id, matches.organizationId))
    .where(and(eq(matches.status, 'active')))
    .as('candidates');
  return db
    .select()
    .from(candidates)
    .where(
      sql`${candidates.since} + ${candidates.cadenceDays} * ${CADENCES_WITHOUT_MEETING} * interval '1 day' <= ${now.toISOString()}::timestamptz`,
    );
}
