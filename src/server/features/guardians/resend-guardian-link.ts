import { and, eq, isNull } from 'drizzle-orm';
import type { Ctx } from '../../context.ts';
import type { Tx } from '../../db/database.ts';
import { appendAuditEvent } from '../audit/append-audit-event.ts';
import type { Actor } from '../identity/actor.ts';
import { getParticipantForActor } from '../participants/get-participant-for-actor.ts';
import { guardianships } from '../participants/tables.ts';
import { type GuardianLanguage, inviteGuardian } from './invite-guardian.ts';

/**
 * Program staff send a guardian a fresh link (the first expired, or another guardian is added).
 * Open links for the same address are replaced, so only the newest one works.
 */
export async function resendGuardianLink(
  tx: Tx,
  ctx: Ctx,
  actor: Actor,
  participantId: string,
  input: { email: string; language?: GuardianLanguage | undefined },
) {
  const participant = await getParticipantForActor(tx, actor, participantId, 'staff');
  const email = input.email.trim().toLowerCase();
  const now = ctx.clock.now();
  const [previous] = await tx
    .select({ language: guardianships.language })
    .from(guardianships)
    .where(and(eq(guardianships.participantId, participant.id), eq(guardianships.email, email)))
    .orderBy(guardianships.invitedAt)
    .limit(1);
  await tx
    .update(guardianships)
    .set({ withdrawnAt: now })
    .where(
      and(
        eq(guardianships.participantId, participant.id),
        eq(guardianships.email, email),
        isNull(guardianships.confirmedAt),
        isNull(guardianships.withdrawnAt),
      ),
    );
  const language = input.language ?? (previous?.language === 'es' ? 'es' : 'en');
  const { guardianship } = await inviteGuardian(tx, ctx, participant, email, language);
  await appendAuditEvent(tx, ctx, {
    organizationId: participant.organizationId,
    actor: { userId: actor.userId },
    action: 'guardian.link_sent',
    target: { type: 'participant', id: participant.id, isPerson: true },
    details: { guardianshipId: guardianship.id },
  });
  return guardianship;
}
