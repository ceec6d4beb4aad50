import { and, eq, isNull } from 'drizzle-orm';
import type { Ctx } from '../../context.ts';
import type { Tx } from '../../db/database.ts';
import { AppError } from '../../errors.ts';
import { newId } from '../../lib/ids.ts';
import { appendAuditEvent } from '../audit/append-audit-event.ts';
import type { Actor } from '../identity/actor.ts';
import { getParticipantForActor } from '../participants/get-participant-for-actor.ts';
import { consents } from '../participants/tables.ts';
import { findCurrentAgreementVersion } from './find-current-agreement-version.ts';

/**
 * The participant acknowledges the version and language they read. It is a consent record on that
 * text; acknowledging a version that is no longer current is refused, so nobody accepts a text
 * they were not shown. Acknowledging the same text twice keeps the first record.
 */
export async function acknowledgeAgreement(
  tx: Tx,
  ctx: Ctx,
  actor: Actor,
  input: { participantId: string; version: number; language: string },
) {
  const participant = await getParticipantForActor(tx, actor, input.participantId, 'self');
  const current = await findCurrentAgreementVersion(tx, participant.programId);
  if (!current) throw new AppError('AGREEMENT_NOT_FOUND', 'This program has no confidentiality agreement.');
  if (input.version !== current.version) {
    throw new AppError('AGREEMENT_VERSION_OUTDATED', 'The agreement has changed. Please read the current version.', {
      currentVersion: current.version,
    });
  }
  const text = current.texts.find((t) => t.language === input.language);
  if (!text) {
    throw new AppError('VALIDATION_FAILED', `This version is not published in "${input.language}".`, {
      field: 'language',
      languages: current.texts.map((t) => t.language),
    });
  }
  const [existing] = await tx
    .select()
    .from(consents)
    .where(
      and(
        eq(consents.participantId, participant.id),
        eq(consents.subjectType, 'agreement'),
        eq(consents.subjectId, text.id),
        isNull(consents.withdrawnAt),
      ),
    );
  if (existing) return { consent: existing, isNew: false };
  const [consent] = await tx
    .insert(consents)
    .values({
      id: newId(),
      participantId: participant.id,
      subjectType: 'agreement',
      subjectId: text.id,
      choices: { acknowledged: true },
      textVersion: String(current.version),
      language: text.language,
      givenBy: actor.userId,
      givenAt: ctx.clock.now(),
    })
    .returning();
  if (!consent) throw new Error('insert returned nothing');
  await appendAuditEvent(tx, ctx, {
    organizationId: participant.organizationId,
    actor: { userId: actor.userId },
    action: 'agreement.acknowledged',
    target: { type: 'participant', id: participant.id, isPerson: true },
    details: { programId: participant.programId, version: current.version, language: text.language },
  });
  return { consent, isNew: true };
}
