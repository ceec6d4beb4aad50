import type { Ctx } from '../../context.ts';
import type { Tx } from '../../db/database.ts';
import { AppError } from '../../errors.ts';
import { newId } from '../../lib/ids.ts';
import { appendAuditEvent } from '../audit/append-audit-event.ts';
import { hasGuardianConsent } from '../guardians/has-guardian-consent.ts';
import type { Actor } from '../identity/actor.ts';
import { type ExperienceChoices, recordExperienceConsent } from './experience-consent.ts';
import { openParticipantExperiences, sealExperience } from './experience-rows.ts';
import { findProgramExperience } from './experience-vocabulary.ts';
import { getParticipantForActor, type Participant } from './get-participant-for-actor.ts';
import { participantExperiences } from './tables.ts';

export interface ConsentInput {
  choices: ExperienceChoices;
  language: string;
}

/** No lived experience is stored for a child until a guardian has consented (issue 3, "Minors"). */
export async function assertMayStoreExperiences(tx: Tx, ctx: Ctx, participant: Participant): Promise<void> {
  const today = ctx.clock.now().toISOString().slice(0, 10);
  if (!(await hasGuardianConsent(tx, participant, today))) {
    throw new AppError(
      'GUARDIAN_CONSENT_REQUIRED',
      'A guardian must consent before lived experiences can be kept for this participant.',
    );
  }
}

/** The participant adds one of the program's experiences with their consent choices for it. */
export async function addParticipantExperience(
  tx: Tx,
  ctx: Ctx,
  actor: Actor,
  input: { participantId: string; experienceId: string } & ConsentInput,
) {
  const participant = await getParticipantForActor(tx, actor, input.participantId, 'self');
  const experience = await findProgramExperience(tx, participant.programId, input.experienceId);
  if (experience.archivedAt) throw new AppError('EXPERIENCE_NOT_FOUND', 'This experience is no longer offered.');
  await assertMayStoreExperiences(tx, ctx, participant);
  // The id is sealed, so a duplicate can only be found by opening the participant's own rows.
  const held = await openParticipantExperiences(tx, ctx, participant);
  if (held.some((e) => e.experienceId === experience.id)) {
    throw new AppError('EXPERIENCE_ALREADY_ADDED', 'You have added this experience already.');
  }
  const rowId = newId();
  const now = ctx.clock.now();
  await tx.insert(participantExperiences).values({
    id: rowId,
    participantId: participant.id,
    experience: await sealExperience(tx, ctx, participant, rowId, experience.id),
    source: 'self',
    confirmedAt: now,
    createdAt: now,
  });
  const consent = await recordExperienceConsent(tx, ctx, actor, {
    participant,
    experienceRowId: rowId,
    choices: input.choices,
    language: input.language,
  });
  await appendAuditEvent(tx, ctx, {
    organizationId: participant.organizationId,
    actor: { userId: actor.userId },
    action: 'participant.experience_added',
    target: { type: 'participant', id: participant.id, isPerson: true },
    details: { participantExperienceId: rowId, consentId: consent.id },
  });
  const opened = await openParticipantExperiences(tx, ctx, participant);
  const added = opened.find((e) => e.row.id === rowId);
  if (!added) throw new Error('the added experience is missing');
  return added;
}
