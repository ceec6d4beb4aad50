import { eq, sql } from 'drizzle-orm';
import type { Ctx } from '../../context.ts';
import type { Tx } from '../../db/database.ts';
import { AppError } from '../../errors.ts';
import { appendAuditEvent } from '../audit/append-audit-event.ts';
import type { Actor } from '../identity/actor.ts';
import { findMeeting } from './find-meeting.ts';
import { scheduleChanged } from './schedule-changed.ts';
import { type MeetingRow, meetings } from './tables.ts';

export interface ResolutionInput {
  outcome: 'held' | 'no-show' | 'cancelled';
  noShowBy?: 'mentor' | 'mentee' | 'both' | undefined;
}

/** Program staff settle a disputed meeting; until then it counts as not held. Audited. */
export async function resolveMeeting(
  tx: Tx,
  ctx: Ctx,
  actor: Actor,
  meetingId: string,
  input: ResolutionInput,
): Promise<MeetingRow> {
  const { found, meeting } = await findMeeting(tx, actor, meetingId, 'staff', true);
  if (meeting.status !== 'disputed') {
    throw new AppError('MEETING_NOT_DISPUTED', 'Only a meeting the two people disagree about needs resolving.');
  }
  if ((input.outcome === 'no-show') !== (input.noShowBy !== undefined)) {
    throw new AppError('VALIDATION_FAILED', 'Say who did not come for a no-show, and only for a no-show.');
  }
  const now = ctx.clock.now();
  const [resolved] = await tx
    .update(meetings)
    .set({
      status: input.outcome,
      noShowBy: input.noShowBy ?? null,
      resolvedBy: actor.userId,
      resolvedAt: now,
      sequence: sql`${meetings.sequence} + 1`,
      updatedAt: now,
    })
    .where(eq(meetings.id, meetingId))
    .returning();
  if (!resolved) throw new Error('update returned nothing');
  await appendAuditEvent(tx, ctx, {
    organizationId: meeting.organizationId,
    actor: { userId: actor.userId },
    action: 'meeting.resolved',
    target: { type: 'meeting', id: meetingId },
    details: { outcome: input.outcome, noShowBy: input.noShowBy ?? null },
  });
  await scheduleChanged(tx, ctx, found, {
    kind: 'resolved',
    actorUserId: actor.userId,
    actorRole: 'coordinator',
    meetingId,
    detail: { outcome: input.outcome, noShowBy: input.noShowBy ?? null },
  });
  return resolved;
}
