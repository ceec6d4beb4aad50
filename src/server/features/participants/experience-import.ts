import type { Ctx } from '../../context.ts';
import type { Tx } from '../../db/database.ts';
import { newId } from '../../lib/ids.ts';
import { assertMayStoreExperiences } from './experience-add.ts';
import { openParticipantExperiences, sealExperience } from './experience-rows.ts';
import type { Participant } from './get-participant-for-actor.ts';
import { participantExperiences } from './tables.ts';

/**
 * For the CSV import (its caller has authorised the coordinator): records experiences a coordinator
 * says a participant has, sealed, unconfirmed and without consent, so they stay unused and unshown
 * until the participant confirms them with their own consent choices. Experiences the participant
 * already holds are skipped, so re-importing changes nothing. Returns how many were added.
 */
export async function stageImportedExperiences(
  tx: Tx,
  ctx: Ctx,
  participant: Participant,
  experienceIds: string[],
): Promise<number> {
  const held = new Set((await openParticipantExperiences(tx, ctx, participant)).map((e) => e.experienceId));
  const fresh = [...new Set(experienceIds)].filter((id) => !held.has(id));
  if (fresh.length === 0) return 0;
  await assertMayStoreExperiences(tx, ctx, participant);
  const createdAt = ctx.clock.now();
  for (const experienceId of fresh) {
    const rowId = newId();
    await tx.insert(participantExperiences).values({
      id: rowId,
      participantId: participant.id,
      experience: await sealExperience(tx, ctx, participant, rowId, experienceId),
      source: 'import',
      confirmedAt: null,
      createdAt,
    });
  }
  return fresh.length;
}
