import type { Ctx } from '../../context.ts';
import type { Tx } from '../../db/database.ts';
import { newId } from '../../lib/ids.ts';
import type { Actor } from '../identity/actor.ts';
import { scheduleMeetingsReminders } from '../notifications/schedule-meeting-reminders.ts';
import { type MeetingPlaceInput, type MeetingTimeInput, spanOf } from './meeting-input.ts';
import { assertMeetingTimes, assertNoOverlap, type TimeSpan } from './meeting-rules.ts';
import { scheduleChanged } from './schedule-changed.ts';
import { assertActive, findScheduleMatch, type ScheduleMatch } from './schedule-match.ts';
import { type MeetingRow, meetings } from './tables.ts';

/** One of the pair plans a single meeting; the other is told at once. */
export async function createMeeting(
  tx: Tx,
  ctx: Ctx,
  actor: Actor,
  matchId: string,
  input: MeetingTimeInput & MeetingPlaceInput,
): Promise<MeetingRow> {
  const found = await findScheduleMatch(tx, actor, matchId, 'party', true);
  assertActive(found);
  const span = spanOf(input);
  assertMeetingTimes(found, span, ctx.clock.now(), input.timeZone);
  await assertNoOverlap(tx, found, [span]);
  const meeting = await insertMeeting(tx, ctx, found, actor.userId, { ...span, ...input });
  await scheduleChanged(tx, ctx, found, {
    kind: 'scheduled',
    actorUserId: actor.userId,
    actorRole: found.side ?? 'coordinator',
    meetingId: meeting.id,
    detail: { startsAt: meeting.startsAt.toISOString(), timeZone: meeting.timeZone },
    tell: { template: 'meetingScheduled', startsAt: meeting.startsAt },
  });
  return meeting;
}

/** Inserts a scheduled meeting and plans its reminders in the same transaction. */
export async function insertMeeting(
  tx: Tx,
  ctx: Ctx,
  found: ScheduleMatch,
  createdBy: string,
  input: TimeSpan & MeetingPlaceInput & { timeZone: string },
): Promise<MeetingRow> {
  const now = ctx.clock.now();
  const [meeting] = await tx
    .insert(meetings)
    .values({
      id: newId(),
      organizationId: found.match.organizationId,
      programId: found.match.programId,
      matchId: found.match.id,
      startsAt: input.startsAt,
      endsAt: input.endsAt,
      timeZone: input.timeZone,
      location: input.location ?? null,
      videoUrl: input.videoUrl ?? null,
      status: 'scheduled',
      createdBy,
      createdAt: now,
      updatedAt: now,
    })
    .returning();
  if (!meeting) throw new Error('insert returned nothing');
  await scheduleMeetingsReminders(tx, ctx, [meeting]);
  return meeting;
}
