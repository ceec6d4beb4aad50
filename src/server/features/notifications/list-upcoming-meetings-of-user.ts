import { and, eq, gt, or } from 'drizzle-orm';
import type { Tx } from '../../db/database.ts';
import { matches } from '../matching/tables.ts';
import { type MeetingRow, meetings } from '../meetings/tables.ts';
import { participants } from '../participants/tables.ts';

/** A person's scheduled meetings still ahead, in their active matches, with their own zone there. */
export async function listUpcomingMeetingsOfUser(
  tx: Tx,
  userId: string,
  now: Date,
): Promise<{ meeting: MeetingRow; timeZone: string }[]> {
  return tx
    .select({ meeting: meetings, timeZone: participants.timeZone })
    .from(meetings)
    .innerJoin(matches, eq(matches.id, meetings.matchId))
    .innerJoin(
      participants,
      or(eq(participants.id, matches.mentorParticipantId), eq(participants.id, matches.menteeParticipantId)),
    )
    .where(
      and(
        eq(participants.userId, userId),
        eq(matches.status, 'active'),
        eq(meetings.status, 'scheduled'),
        gt(meetings.startsAt, now),
      ),
    );
}
