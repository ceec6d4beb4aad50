import { eq } from 'drizzle-orm';
import type { Ctx } from '../../context.ts';
import type { Tx } from '../../db/database.ts';
import { AppError } from '../../errors.ts';
import { appendAuditEvent } from '../audit/append-audit-event.ts';
import { getProgramParticipation } from '../participants/get-program-participation.ts';
import { recordStatusChange } from '../participants/record-status-change.ts';
import { participants } from '../participants/tables.ts';
import { ageOn } from './age-on.ts';
import { type GuardianLanguage, inviteGuardian } from './invite-guardian.ts';

type Participant = typeof participants.$inferSelect;

export interface GuardianInput {
  guardianEmails?: string[] | undefined;
  language?: GuardianLanguage | undefined;
}

/**
 * Applies the minor rule to a participant just created in `applied`: below the program's guardian
 * consent age (mentors and mentees alike) they wait in `awaiting_guardian` and every guardian named
 * gets a link. Without a birth date nothing is decided here; their lived experiences stay refused
 * until a birth date or a guardian's consent is on record (see hasGuardianConsent).
 */
export async function holdForGuardianIfMinor(
  tx: Tx,
  ctx: Ctx,
  actorId: string | null,
  participant: Participant,
  input: GuardianInput,
): Promise<Participant> {
  if (participant.birthDate === null) return participant;
  const { guardianConsentAge } = await getProgramParticipation(tx, participant.programId);
  const today = ctx.clock.now().toISOString().slice(0, 10);
  if (ageOn(participant.birthDate, today) >= guardianConsentAge) return participant;
  const emails = [...new Set((input.guardianEmails ?? []).map((e) => e.trim().toLowerCase()))];
  if (emails.length === 0) {
    throw new AppError(
      'VALIDATION_FAILED',
      `Participants under ${guardianConsentAge} need a parent or guardian to consent: give their email address.`,
      { field: 'guardianEmail', guardianConsentAge },
    );
  }
  const [held] = await tx
    .update(participants)
    .set({ status: 'awaiting_guardian', heldStatus: participant.status, updatedAt: ctx.clock.now() })
    .where(eq(participants.id, participant.id))
    .returning();
  if (!held) throw new Error('update returned nothing');
  await recordStatusChange(tx, ctx, {
    participantId: participant.id,
    from: participant.status,
    to: 'awaiting_guardian',
    actorId,
    reason: `Under ${guardianConsentAge}: waiting for a guardian's consent.`,
  });
  for (const email of emails) await inviteGuardian(tx, ctx, held, email, input.language ?? 'en');
  await appendAuditEvent(tx, ctx, {
    organizationId: participant.organizationId,
    actor: actorId === null ? 'operator' : { userId: actorId },
    action: 'participant.awaiting_guardian',
    target: { type: 'participant', id: participant.id, isPerson: true },
    details: { guardianConsentAge, guardianLinks: emails.length },
  });
  return held;
}
