import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Ctx } from '../../context.ts';
import type { Tx } from '../../db/database.ts';
import { newId } from '../../lib/ids.ts';
import { publishMatchChange } from '../live/publish-match-change.ts';
import { meetingEvents, meetingProposals, meetingSeries, meetings } from './tables.ts';

/**
 * A closed match meets no more: its rhythm ends, later meetings are cancelled (not counted as
 * late against anyone: staff closed it) and open proposals lapse. Calendars then show them
 * cancelled.
 */
export async function cancelMeetingsOfClosedMatch(tx: Tx, ctx: Ctx, matchId: string, actorUserId: string) {
  const now = ctx.clock.now();
  await tx
    .update(meetingSeries)
    .set({ endedAt: now })
    .where(and(eq(meetingSeries.matchId, matchId), isNull(meetingSeries.endedAt)));
  const cancelled = await tx
    .update(meetings)
    .set({
      status: 'cancelled',
      cancelledAt: now,
      cancelReason: 'The match was closed',
      sequence: sql`${meetings.sequence} + 1`,
      updatedAt: now,
    })
    .where(and(eq(meetings.matchId, matchId), eq(meetings.status, 'scheduled'), gt(meetings.startsAt, now)))
    .returning({ id: meetings.id });
  await tx
    .update(meetingProposals)
    .set({ status: 'superseded', respondedAt: now })
    .where(and(eq(meetingProposals.matchId, matchId), eq(meetingProposals.status, 'pending')));
  if (cancelled.length > 0) {
    await tx.insert(meetingEvents).values({
      id: newId(),
      matchId,
      kind: 'series-ended',
      actorUserId,
      actorRole: 'coordinator',
      detail: { reason: 'The match was closed', cancelledMeetings: cancelled.length },
      at: now,
    });
  }
  await publishMatchChange(tx, matchId, 'schedule');
}
