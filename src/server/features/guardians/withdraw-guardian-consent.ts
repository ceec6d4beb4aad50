import { and, eq, isNull } from 'drizzle-orm';
import type { Ctx } from '../../context.ts';
import type { Tx } from '../../db/database.ts';
import { AppError } from '../../errors.ts';
import { appendAuditEvent } from '../audit/append-audit-event.ts';
import type { Actor } from '../identity/actor.ts';
import { isFinal } from '../participants/participant-lifecycle.ts';
import { recordStatusChange } from '../participants/record-status-change.ts';
import { consents, guardianships, participants } from '../participants/tables.ts';

/**
 * A guardian withdraws their consent: the consent record is marked withdrawn and the participant
 * is paused, with the reason on the timeline so the coordinator sees why. Only that guardian can.
 */
export async function withdrawGuardianConsent(tx: Tx, ctx: Ctx, actor: Actor, guardianshipId: string) {
  const now = ctx.clock.now();
  const [guardianship] = await tx
    .select()
    .from(guardianships)
    .where(and(eq(guardianships.id, guardianshipId), eq(guardianships.guardianUserId, actor.userId)));
  if (!guardianship?.confirmedAt || guardianship.withdrawnAt) {
    throw new AppError('GUARDIANSHIP_NOT_FOUND', 'You have no consent here to withdraw.');
  }
  await tx.update(guardianships).set({ withdrawnAt: now }).where(eq(guardianships.id, guardianship.id));
  await tx
    .update(consents)
    .set({ withdrawnAt: now, withdrawnBy: actor.userId })
    .where(
      and(
        eq(consents.participantId, guardianship.participantId),
        eq(consents.subjectType, 'guardian'),
        eq(consents.subjectId, guardianship.id),
        isNull(consents.withdrawnAt),
      ),
    );
  const [participant] = await tx
    .select()
    .from(participants)
    .where(eq(participants.id, guardianship.participantId))
    .for('update');
  if (!participant) throw new Error('a guardianship without participant');
  if (!isFinal(participant.status) && participant.status !== 'paused') {
    // Pausing from the other hold keeps the status that hold interrupted.
    const heldStatus = participant.status === 'awaiting_guardian' ? participant.heldStatus : participant.status;
    await tx
      .update(participants)
      .set({ status: 'paused', heldStatus, updatedAt: now })
      .where(eq(participants.id, participant.id));
    await recordStatusChange(tx, ctx, {
      participantId: participant.id,
      from: participant.status,
      to: 'paused',
      actorId: actor.userId,
      reason: 'A guardian withdrew their consent.',
    });
  }
  await appendAuditEvent(tx, ctx, {
    organizationId: participant.organizationId,
    actor: { userId: actor.userId },
    action: 'guardian.consent_withdrawn',
    target: { type: 'participant', id: participant.id, isPerson: true },
    details: { guardianshipId: guardianship.id },
  });
  return { participantId: participant.id };
}
