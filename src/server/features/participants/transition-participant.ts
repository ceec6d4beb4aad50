import { eq } from 'drizzle-orm';
import type { Ctx } from '../../context.ts';
import type { Tx } from '../../db/database.ts';
import { AppError } from '../../errors.ts';
import { appendAuditEvent } from '../audit/append-audit-event.ts';
import type { Actor } from '../identity/actor.ts';
import { assertReadyRequirements } from './assert-ready-requirements.ts';
import { getParticipantForActor, type Participant } from './get-participant-for-actor.ts';
import { heldStatusAfter, nextStatuses, resolveTarget } from './participant-lifecycle.ts';
import { recordStatusChange } from './record-status-change.ts';
import { type ParticipantStatus, participants } from './tables.ts';

export interface TransitionInput {
  to: ParticipantStatus | 'resume';
  reason?: string | undefined;
}

/**
 * Moves a participant one step (program staff). The row is locked first, so two coordinators
 * acting at once are serialised: the second sees the first's result and is judged against it.
 */
export async function transitionParticipant(
  tx: Tx,
  ctx: Ctx,
  actor: Actor,
  participantId: string,
  input: TransitionInput,
): Promise<Participant> {
  await getParticipantForActor(tx, actor, participantId, 'staff');
  const [current] = await tx.select().from(participants).where(eq(participants.id, participantId)).for('update');
  if (!current) throw new AppError('PARTICIPANT_NOT_FOUND', 'There is no such participant.');
  const target = assertAllowed(current, input.to);
  if (target === 'ready') await assertReadyRequirements(tx, current);
  const [moved] = await tx
    .update(participants)
    .set({ status: target, heldStatus: heldStatusAfter(current, target), updatedAt: ctx.clock.now() })
    .where(eq(participants.id, participantId))
    .returning();
  await recordStatusChange(tx, ctx, {
    participantId,
    from: current.status,
    to: target,
    actorId: actor.userId,
    reason: input.reason ?? null,
  });
  await appendAuditEvent(tx, ctx, {
    organizationId: current.organizationId,
    actor: { userId: actor.userId },
    action: 'participant.status_changed',
    target: { type: 'participant', id: participantId, isPerson: true },
    details: { from: current.status, to: target },
  });
  return moved ?? current;
}

function assertAllowed(current: Participant, to: TransitionInput['to']): ParticipantStatus {
  const allowed = nextStatuses(current);
  const target = resolveTarget(current, to);
  if (target === null || !allowed.includes(target)) {
    throw new AppError(
      'INVALID_TRANSITION',
      `A ${current.role} cannot move from ${current.status} to ${to}. Allowed: ${allowed.join(', ') || 'none (final)'}.`,
      { from: current.status, to, allowed },
    );
  }
  return target;
}
