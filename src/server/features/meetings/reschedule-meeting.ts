import { eq, sql } from 'drizzle-orm';
import type { Ctx } from '../../context.ts';
import type { Tx } from '../../db/database.ts';
import type { Actor } from '../identity/actor.ts';
import type { MatchSide } from '../matching/find-match-for-actor.ts';
import { scheduleMeetingsReminders } from '../notifications/schedule-meeting-reminders.ts';
import { assertNotStarted, assertScheduled, findMeeting } from './find-meeting.ts';
import { lateChangeBy } from './late-change.ts';
import { type MeetingPlaceInput, type MeetingTimeInput, spanOf } from './meeting-input.ts';
import { assertMeetingTimes, assertNoOverlap, type TimeSpan } from './meeting-rules.ts';
import { scheduleChanged } from './schedule-changed.ts';
import { assertActive, type ScheduleMatch } from './schedule-match.ts';
import { supersedeProposals } from './supersede-proposals.ts';
import { type MeetingRow, meetings } from './tables.ts';

export interface RescheduleInput extends Omit<MeetingTimeInput, 'durationMinutes'>, MeetingPlaceInput {
  durationMinutes?: number | undefined;
  reason: string;
}

/** One of the pair moves a meeting, with a reason; the other is told at once. */
export async function rescheduleMeeting(
  tx: Tx,
  ctx: Ctx,
  actor: Actor,
  meetingId: string,
  input: RescheduleInput,
): Promise<MeetingRow> {
  const { found, meeting } = await findMeeting(tx, actor, meetingId, 'party', true);
  assertActive(found);
  assertScheduled(meeting);
  const side = found.side as MatchSide;
  const duration = input.durationMinutes ?? (meeting.endsAt.getTime() - meeting.startsAt.getTime()) / 60_000;
  const span = spanOf({ ...input, durationMinutes: duration });
  return moveMeeting(tx, ctx, found, meeting, { side, userId: actor.userId }, { ...input, ...span });
}

/** Moves a meeting (a direct reschedule, or an accepted proposal): checks, event, reminders, notice. */
export async function moveMeeting(
  tx: Tx,
  ctx: Ctx,
  found: ScheduleMatch,
  meeting: MeetingRow,
  by: { side: MatchSide; userId: string },
  to: TimeSpan & MeetingPlaceInput & { timeZone: string; reason: string | null },
  tellOther = true,
): Promise<MeetingRow> {
  const now = ctx.clock.now();
  assertNotStarted(meeting, now);
  assertMeetingTimes(found, to, now, to.timeZone);
  await assertNoOverlap(tx, found, [to], [meeting.id]);
  const late = lateChangeBy('reschedule', by.side, meeting.startsAt, now);
  const [moved] = await tx
    .update(meetings)
    .set({
      startsAt: to.startsAt,
      endsAt: to.endsAt,
      timeZone: to.timeZone,
      location: to.location === undefined ? meeting.location : to.location,
      videoUrl: to.videoUrl === undefined ? meeting.videoUrl : to.videoUrl,
      lateChangeBy: meeting.lateChangeBy ?? late,
      sequence: sql`${meetings.sequence} + 1`,
      updatedAt: now,
    })
    .where(eq(meetings.id, meeting.id))
    .returning();
  if (!moved) throw new Error('update returned nothing');
  await supersedeProposals(tx, meeting.id, now);
  await scheduleMeetingsReminders(tx, ctx, [moved]);
  await scheduleChanged(tx, ctx, found, {
    kind: 'rescheduled',
    actorUserId: by.userId,
    actorRole: by.side,
    meetingId: meeting.id,
    detail: {
      from: meeting.startsAt.toISOString(),
      to: moved.startsAt.toISOString(),
      reason: to.reason,
      late: late !== null,
    },
    ...(tellOther
      ? { tell: { template: 'meetingRescheduled' as const, startsAt: moved.startsAt, reason: to.reason } }
      : {}),
  });
  return moved;
}
