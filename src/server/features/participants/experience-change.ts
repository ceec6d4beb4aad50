import { and, eq, isNull } from 'drizzle-orm';
import type { Ctx } from '../../context.ts';
import type { Tx } from '../../db/database.ts';
import { AppError } from '../../errors.ts';
import { appendAuditEvent } from '../audit/append-audit-event.ts';
import type { Actor } from '../identity/actor.ts';
import { assertMayStoreExperiences, type ConsentInput } from './experience-add.ts';
import { recordExperienceConsent } from './experience-consent.ts';
import { findExperienceRow, openParticipantExperiences } from './experience-rows.ts';
import { getParticipantForActor, type Participant } from './get-participant-for-actor.ts';
import { consents, participantExperiences } from './tables.ts';

type Target = { participantId: string; participantExperienceId: string };

async function audit(tx: Tx, ctx: Ctx, actor: Actor, participant: Participant, action: string, rowId: string) {
  await appendAuditEvent(tx, ctx, {
    organizationId: participant.organizationId,
    actor: { userId: actor.userId },
    action,
    target: { type: 'participant', id: participant.id, isPerson: true },
    details: { participantExperienceId: rowId },
  });
}

async function opened(tx: Tx, ctx: Ctx, participant: Participant, rowId: string) {
  const found = (await openParticipantExperiences(tx, ctx, participant)).find((e) => e.row.id === rowId);
  if (!found) throw new Error('the experience is missing');
  return found;
}

/** Withdraws the live consent records of one row (there is at most one; the loop is belt and braces). */
async function withdrawConsents(tx: Tx, ctx: Ctx, actor: Actor, participantId: string, rowId: string) {
  const withdrawn = await tx
    .update(consents)
    .set({ withdrawnAt: ctx.clock.now(), withdrawnBy: actor.userId })
    .where(
      and(
        eq(consents.participantId, participantId),
        eq(consents.subjectType, 'experience'),
        eq(consents.subjectId, rowId),
        isNull(consents.withdrawnAt),
      ),
    )
    .returning({ id: consents.id });
  return withdrawn.length;
}

/**
 * New choices for an experience: a new consent record; the earlier one stays as history (marked
 * withdrawn, since it no longer holds). An imported row is confirmed by its first consent.
 */
export async function changeExperienceConsent(tx: Tx, ctx: Ctx, actor: Actor, input: Target & ConsentInput) {
  const participant = await getParticipantForActor(tx, actor, input.participantId, 'self');
  const row = await findExperienceRow(tx, participant.id, input.participantExperienceId);
  await assertMayStoreExperiences(tx, ctx, participant);
  await withdrawConsents(tx, ctx, actor, participant.id, row.id);
  await recordExperienceConsent(tx, ctx, actor, {
    participant,
    experienceRowId: row.id,
    choices: input.choices,
    language: input.language,
  });
  if (row.confirmedAt === null) {
    await tx
      .update(participantExperiences)
      .set({ confirmedAt: ctx.clock.now() })
      .where(eq(participantExperiences.id, row.id));
  }
  await audit(
    tx,
    ctx,
    actor,
    participant,
    row.confirmedAt === null ? 'participant.experience_confirmed' : 'participant.experience_consent_changed',
    row.id,
  );
  return opened(tx, ctx, participant, row.id);
}

/** Withdrawal: the experience stays on the profile but is unused and unshown until consent is given again. */
export async function withdrawExperienceConsent(tx: Tx, ctx: Ctx, actor: Actor, input: Target) {
  const participant = await getParticipantForActor(tx, actor, input.participantId, 'self');
  const row = await findExperienceRow(tx, participant.id, input.participantExperienceId);
  if ((await withdrawConsents(tx, ctx, actor, participant.id, row.id)) === 0) {
    throw new AppError('NO_CONSENT_TO_WITHDRAW', 'There is no consent to withdraw for this experience.');
  }
  await audit(tx, ctx, actor, participant, 'participant.experience_consent_withdrawn', row.id);
  return opened(tx, ctx, participant, row.id);
}

/** Removing an experience withdraws its consent too; the sealed row is kept only as "removed". */
export async function removeParticipantExperience(tx: Tx, ctx: Ctx, actor: Actor, input: Target): Promise<void> {
  const participant = await getParticipantForActor(tx, actor, input.participantId, 'self');
  const row = await findExperienceRow(tx, participant.id, input.participantExperienceId);
  await withdrawConsents(tx, ctx, actor, participant.id, row.id);
  await tx
    .update(participantExperiences)
    .set({ removedAt: ctx.clock.now() })
    .where(eq(participantExperiences.id, row.id));
  await audit(tx, ctx, actor, participant, 'participant.experience_removed', row.id);
}
