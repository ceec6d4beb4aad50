import { eq } from 'drizzle-orm';
import type { Ctx } from '../../context.ts';
import type { Tx } from '../../db/database.ts';
import { appendAuditEvent } from '../audit/append-audit-event.ts';
import { isHold, nextStatuses } from './participant-lifecycle.ts';
import { recordStatusChange } from './record-status-change.ts';
import { participants } from './tables.ts';

/**
 * A status move a match causes rather than a coordinator's step: `active` when a match starts,
 * `ready` or `closed` when it ends. Someone on a hold stays on it and returns to the new status
 * when it lifts. A move the lifecycle does not allow from where the person stands is left out.
 */
export async function setStatusForMatch(
  tx: Tx,
  ctx: Ctx,
  actorId: string,
  participantId: string,
  to: 'active' | 'ready' | 'closed',
  reason: string,
): Promise<void> {
  const [current] = await tx.select().from(participants).where(eq(participants.id, participantId)).for('update');
  if (!current || current.status === to) return;
  if (isHold(current.status)) {
    await tx
      .update(participants)
      .set({ heldStatus: to, updatedAt: ctx.clock.now() })
      .where(eq(participants.id, participantId));
    return;
  }
  if (!nextStatuses(current).includes(to)) return;
  await tx
    .update(participants)
    .set({ status: to, updatedAt: ctx.clock.now() })
    .where(eq(participants.id, participantId));
  await recordStatusChange(tx, ctx, { participantId, from: current.status, to, actorId, reason });
  await appendAuditEvent(tx, ctx, {
    organizationId: current.organizationId,
    actor: { userId: actorId },
    action: 'participant.status_changed',
    target: { type: 'participant', id: participantId, isPerson: true },
    details: { from: current.status, to, cause: 'match' },
  });
}
