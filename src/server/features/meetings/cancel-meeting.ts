import { eq, sql } from 'drizzle-orm';
import type { Ctx } from '../../context.ts';
import type { Tx } from '../../db/database.ts';
import type { Actor } from '../identity/actor.ts';
import type { MatchSide } from '../matching/find-match-for-actor.ts';
import { assertNotStarted, assertScheduled, findMeeting } from './find-meeting.ts';
import { lateChangeBy } from './late-change.ts';
import { scheduleChanged } from './schedule-changed.ts';
import { supersedeProposals } from './supersede-proposals.ts';
import { type MeetingRow, meetings } from './tables.ts';

/** One of the pair cancels a meeting with a reason; under 24 h before the start it counts as late. */
export async function cancelMeeting(
  tx: Tx,
  ctx: Ctx,
  actor: Actor,
  meetingId: string,
  reason: string,
): Promise<MeetingRow> {
  const { found, meeting } = await findMeeting(tx, actor, meetingId, 'party', true);
  assertScheduled(meeting);
  const side = found.side as MatchSide;
  const now = ctx.clock.now();
  assertNotStarted(meeting, now);
  const late = lateChangeBy('cancel', side, meeting.startsAt, now);
  const [cancelled] = await tx
    .update(meetings)
    .set({
      status: 'cancelled',
      cancelledBy: side,
      cancelledAt: now,
      cancelReason: reason,
      lateChangeBy: late ?? meeting.lateChangeBy,
      sequence: sql`${meetings.sequence} + 1`,
      updatedAt: now,
    })
    .where(eq(meetings.id, meetingId))
    .returning();
  if (!cancelled) throw new Error('update returned nothing');
  await supersedeProposals(tx, meetingId, now);
  await scheduleChanged(tx, ctx, found, {
    kind: 'cancelled',
    actorUserId: actor.userId,
    actorRole: side,
    meetingId,
    detail: { startsAt: meeting.startsAt.toISOString(), reason, late: late !== null },
    tell: { template: 'meetingCancelled', startsAt: meeting.startsAt, reason },
  });
  return cancelled;
}
