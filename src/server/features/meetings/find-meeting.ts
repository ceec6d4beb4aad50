import { eq } from 'drizzle-orm';
import type { Db, Tx } from '../../db/database.ts';
import { AppError } from '../../errors.ts';
import type { Actor } from '../identity/actor.ts';
import { findScheduleMatch, type ScheduleMatch } from './schedule-match.ts';
import { type MeetingRow, meetings } from './tables.ts';

/**
 * A meeting and its match, for someone who may reach that match; anyone else gets the same 404
 * as for a missing id. `lock` takes the match row first, then the meeting's, so changes to one
 * match are judged one after the other.
 */
export async function findMeeting(
  db: Db | Tx,
  actor: Actor,
  meetingId: string,
  access: 'party' | 'staff' | 'party-or-staff',
  lock = false,
): Promise<{ found: ScheduleMatch; meeting: MeetingRow }> {
  const [peek] = await db.select({ matchId: meetings.matchId }).from(meetings).where(eq(meetings.id, meetingId));
  if (!peek) throw new AppError('MEETING_NOT_FOUND', 'There is no such meeting.');
  let found: ScheduleMatch;
  try {
    found = await findScheduleMatch(db, actor, peek.matchId, access, lock);
  } catch (error) {
    if (error instanceof AppError && error.code === 'MATCH_NOT_FOUND') {
      throw new AppError('MEETING_NOT_FOUND', 'There is no such meeting.');
    }
    throw error;
  }
  const query = db.select().from(meetings).where(eq(meetings.id, meetingId));
  const [meeting] = lock ? await query.for('update') : await query;
  if (!meeting) throw new AppError('MEETING_NOT_FOUND', 'There is no such meeting.');
  return { found, meeting };
}

export function assertScheduled(meeting: MeetingRow): void {
  if (meeting.status !== 'scheduled') {
    throw new AppError('MEETING_NOT_SCHEDULED', `This meeting is ${meeting.status}: it can no longer be changed.`);
  }
}

/** A meeting that has begun is past changing: its attendance is what is asked for now. */
export function assertNotStarted(meeting: MeetingRow, now: Date): void {
  if (meeting.startsAt <= now) {
    throw new AppError('MEETING_STARTED', 'This meeting has already started: confirm what happened instead.');
  }
}
