import { and, desc, eq } from 'drizzle-orm';
import type { Db, Tx } from '../../db/database.ts';
import type { Actor } from '../identity/actor.ts';
import { getParticipantForActor } from '../participants/get-participant-for-actor.ts';
import { consents } from '../participants/tables.ts';
import { findCurrentAgreementVersion } from './find-current-agreement-version.ts';
import { hasAcknowledgedCurrentAgreement } from './has-acknowledged-current-agreement.ts';

/** Whether a participant has acknowledged the current agreement, with every acknowledgement they gave. */
export async function getAgreementStatus(db: Db | Tx, actor: Actor, participantId: string) {
  const participant = await getParticipantForActor(db, actor, participantId, 'self-or-staff');
  const current = await findCurrentAgreementVersion(db, participant.programId);
  const acknowledgements = await db
    .select()
    .from(consents)
    .where(and(eq(consents.participantId, participant.id), eq(consents.subjectType, 'agreement')))
    .orderBy(desc(consents.givenAt));
  return {
    participant,
    currentVersion: current?.version ?? null,
    hasAcknowledgedCurrent: await hasAcknowledgedCurrentAgreement(db, participant),
    acknowledgements,
  };
}
