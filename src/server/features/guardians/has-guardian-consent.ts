import { and, eq, isNull } from 'drizzle-orm';
import type { Db, Tx } from '../../db/database.ts';
import { getProgramParticipation } from '../participants/get-program-participation.ts';
import { consents } from '../participants/tables.ts';
import { ageOn } from './age-on.ts';

/**
 * Whether special-category data (lived experiences) may be stored for this participant: they are
 * at or above the program's guardian consent age on `today` (YYYY-MM-DD), or a guardian's consent
 * is on record and not withdrawn.
 *
 * A participant without a birth date counts as below the consent age: we cannot show they are old
 * enough, and storing a child's experiences without a guardian is the harm this rule prevents.
 * Such a participant gives a birth date, or a guardian consents, before experiences are kept.
 */
export async function hasGuardianConsent(
  db: Db | Tx,
  participant: { id: string; programId: string; birthDate: string | null },
  today: string,
): Promise<boolean> {
  if (participant.birthDate !== null) {
    const { guardianConsentAge } = await getProgramParticipation(db, participant.programId);
    if (ageOn(participant.birthDate, today) >= guardianConsentAge) return true;
  }
  const [consent] = await db
    .select({ id: consents.id })
    .from(consents)
    .where(
      and(
        eq(consents.participantId, participant.id),
        eq(consents.subjectType, 'guardian'),
        isNull(consents.withdrawnAt),
      ),
    )
    .limit(1);
  return consent !== undefined;
}
