import { eq } from 'drizzle-orm';
import type { Ctx } from '../../context.ts';
import type { Tx } from '../../db/database.ts';
import { AppError } from '../../errors.ts';
import { newId } from '../../lib/ids.ts';
import { findCurrentAgreementVersion } from '../agreements/find-current-agreement-version.ts';
import { appendAuditEvent } from '../audit/append-audit-event.ts';
import type { Actor } from '../identity/actor.ts';
import { createPasswordUser } from '../identity/create-password-user.ts';
import { user } from '../identity/tables.ts';
import { recordStatusChange } from '../participants/record-status-change.ts';
import { consents, guardianships, participants } from '../participants/tables.ts';
import { findGuardianshipByToken } from './find-guardianship-by-token.ts';
import type { GuardianLanguage } from './invite-guardian.ts';

export interface GuardianConsentInput {
  token: string;
  language: GuardianLanguage;
  /** For a new account; an address that already has one must be signed in instead. */
  account?: { name: string; password: string } | undefined;
}

/**
 * The guardian consents through their link: the account is created (the link proves the email) or
 * the signed-in one is linked, the consent is recorded on the text version shown, and a
 * participant waiting for a guardian returns to where they were. One guardian is enough.
 */
export async function giveGuardianConsent(tx: Tx, ctx: Ctx, actor: Actor | null, input: GuardianConsentInput) {
  const now = ctx.clock.now();
  const found = await findGuardianshipByToken(tx, input.token, now);
  const { guardianship } = found;
  const { userId: guardianUserId, isNewAccount } = await findOrCreateGuardian(tx, actor, guardianship.email, input);
  // The agreement version the page showed is the part of the consent text that changes.
  const agreement = await findCurrentAgreementVersion(tx, found.participant.programId);
  await tx.update(guardianships).set({ confirmedAt: now, guardianUserId }).where(eq(guardianships.id, guardianship.id));
  await tx.insert(consents).values({
    id: newId(),
    participantId: guardianship.participantId,
    subjectType: 'guardian',
    subjectId: guardianship.id,
    choices: { takePart: true },
    textVersion: String(agreement?.version ?? 0),
    language: input.language,
    givenBy: guardianUserId,
    givenAt: now,
  });
  const [participant] = await tx
    .select()
    .from(participants)
    .where(eq(participants.id, guardianship.participantId))
    .for('update');
  if (!participant) throw new Error('a guardianship without participant');
  if (participant.status === 'awaiting_guardian') {
    const back = participant.heldStatus ?? 'applied';
    await tx
      .update(participants)
      .set({ status: back, heldStatus: null, updatedAt: now })
      .where(eq(participants.id, participant.id));
    await recordStatusChange(tx, ctx, {
      participantId: participant.id,
      from: 'awaiting_guardian',
      to: back,
      actorId: guardianUserId,
      reason: 'A guardian consented.',
    });
  }
  await appendAuditEvent(tx, ctx, {
    organizationId: participant.organizationId,
    actor: { userId: guardianUserId },
    action: 'guardian.consented',
    target: { type: 'participant', id: participant.id, isPerson: true },
    details: { guardianshipId: guardianship.id, language: input.language },
  });
  return { guardianUserId, isNewAccount, email: guardianship.email, participantId: participant.id };
}

async function findOrCreateGuardian(
  tx: Tx,
  actor: Actor | null,
  email: string,
  input: GuardianConsentInput,
): Promise<{ userId: string; isNewAccount: boolean }> {
  const [existing] = await tx.select({ id: user.id }).from(user).where(eq(user.email, email));
  if (existing) {
    if (!actor)
      throw new AppError('UNAUTHENTICATED', 'You already have an account: sign in, then open the link again.');
    if (actor.userId !== existing.id) {
      throw new AppError('WRONG_ACCOUNT', `This link is for ${email}. Sign in with that account.`);
    }
    return { userId: existing.id, isNewAccount: false };
  }
  if (!input.account) {
    throw new AppError('VALIDATION_FAILED', 'Choose your name and a password to create your account.', {
      field: 'account',
    });
  }
  const userId = await createPasswordUser(tx, { ...input.account, email, emailVerified: true, locale: input.language });
  return { userId, isNewAccount: true };
}
