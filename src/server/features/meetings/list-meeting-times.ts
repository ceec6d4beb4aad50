import { and, asc, eq, gte, inArray, isNull, lt, ne, or } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { type MeetingStatus, meetingSeries, meetings } from './tables.ts';

/** A meeting as someone outside the match may see it: when, where, and whether it took place. */
export interface MeetingTime {
  id: string;
  matchId: string;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  status: MeetingStatus;
  location: string | null;
  /** Whether it is (also) a video call; the link itself is the pair's. */
  videoCall: boolean;
}

/**
 * The meetings of these matches starting from `from` until before `to`, in time order: the
 * schedule without what belongs to the pair (reasons for changes, video links, attendance
 * answers and ratings). For a guardian's view of their child's schedule. The later meetings of a
 * rhythm the pair stopped or replaced are left out: they were never called off one by one, the
 * rhythm simply ended (their cancellation is stamped with the rhythm's end).
 */
export async function listMeetingTimes(
  db: Db,
  matchIds: readonly string[],
  from: Date,
  to: Date,
): Promise<MeetingTime[]> {
  if (matchIds.length === 0) return [];
  const rows = await db
    .select({
      id: meetings.id,
      matchId: meetings.matchId,
      startsAt: meetings.startsAt,
      endsAt: meetings.endsAt,
      timeZone: meetings.timeZone,
      status: meetings.status,
      location: meetings.location,
      videoUrl: meetings.videoUrl,
    })
    .from(meetings)
    .leftJoin(meetingSeries, eq(meetingSeries.id, meetings.seriesId))
    .where(
      and(
        inArray(meetings.matchId, [...matchIds]),
        gte(meetings.startsAt, from),
        lt(meetings.startsAt, to),
        or(
          ne(meetings.status, 'cancelled'),
          isNull(meetingSeries.endedAt),
          ne(meetings.cancelledAt, meetingSeries.endedAt),
        ),
      ),
    )
    .orderBy(asc(meetings.startsAt), asc(meetings.id));
  return rows.map(({ videoUrl, ...meeting }) => ({ ...meeting, videoCall: videoUrl !== null }));
}
