import { and, eq, gt, inArray, lt, ne, or } from 'drizzle-orm';
import type { Tx } from '../../db/database.ts';
import { AppError } from '../../errors.ts';
import { localToInstant } from '../../lib/zoned-time.ts';
import { matches } from '../matching/tables.ts';
import { participants } from '../participants/tables.ts';
import { formatMeetingTime } from './format-meeting-time.ts';
import type { ScheduleMatch } from './schedule-match.ts';
import { meetings } from './tables.ts';

export interface TimeSpan {
  startsAt: Date;
  endsAt: Date;
}

export const MAX_MEETING_MINUTES = 8 * 60;

/** A meeting must lie in the future, end after it starts, and fit the match's dates. */
export function assertMeetingTimes(found: ScheduleMatch, span: TimeSpan, now: Date, timeZone: string): void {
  if (span.endsAt <= span.startsAt) {
    throw new AppError('MEETING_ENDS_BEFORE_START', 'A meeting must end after it starts.');
  }
  if (span.endsAt.getTime() - span.startsAt.getTime() > MAX_MEETING_MINUTES * 60_000) {
    throw new AppError('VALIDATION_FAILED', 'A meeting can last at most 8 hours.');
  }
  if (span.startsAt <= now) {
    throw new AppError('MEETING_IN_PAST', 'That time has already passed: choose a time in the future.');
  }
  const startedAt = found.match.startedAt;
  // The program's last day ends at midnight where the meeting is agreed.
  const programEnd = new Date(localToInstant(`${found.program.endsOn}T23:59`, timeZone).getTime() + 60_000);
  if ((startedAt && span.startsAt < startedAt) || span.endsAt > programEnd) {
    throw new AppError(
      'MEETING_OUTSIDE_MATCH',
      `Meetings must fall between the start of the match and the end of the program (${found.program.endsOn}).`,
    );
  }
}

/**
 * Refuses times that overlap another scheduled meeting of either person, in any of their
 * matches (a mentor with three mentees cannot be in two places). Names the first clash.
 */
export async function assertNoOverlap(
  tx: Tx,
  found: ScheduleMatch,
  spans: TimeSpan[],
  exceptMeetingIds: string[] = [],
): Promise<void> {
  if (spans.length === 0) return;
  const userIds = [found.mentor.userId, found.mentee.userId];
  const theirMatches = tx
    .select({ id: matches.id })
    .from(matches)
    .innerJoin(
      participants,
      or(eq(participants.id, matches.mentorParticipantId), eq(participants.id, matches.menteeParticipantId)),
    )
    .where(inArray(participants.userId, userIds));
  const earliest = new Date(Math.min(...spans.map((s) => s.startsAt.getTime())));
  const latest = new Date(Math.max(...spans.map((s) => s.endsAt.getTime())));
  const conditions = [
    inArray(meetings.matchId, theirMatches),
    eq(meetings.status, 'scheduled'),
    lt(meetings.startsAt, latest),
    gt(meetings.endsAt, earliest),
  ];
  if (exceptMeetingIds.length > 0) conditions.push(...exceptMeetingIds.map((id) => ne(meetings.id, id)));
  const existing = await tx
    .select({ id: meetings.id, startsAt: meetings.startsAt, endsAt: meetings.endsAt, timeZone: meetings.timeZone })
    .from(meetings)
    .where(and(...conditions));
  for (const span of spans) {
    const clash = existing.find((m) => m.startsAt < span.endsAt && m.endsAt > span.startsAt);
    if (clash) {
      throw new AppError(
        'MEETING_OVERLAPS',
        `One of you already has a meeting then (${formatMeetingTime(clash.startsAt, clash.timeZone, 'en')}): choose another time.`,
        { conflictingMeetingStartsAt: clash.startsAt.toISOString(), requestedStartsAt: span.startsAt.toISOString() },
      );
    }
  }
}
