import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Db, Tx } from '../../db/database.ts';
import { consents } from '../participants/tables.ts';
import { findCurrentAgreementVersion } from './find-current-agreement-version.ts';

/**
 * The agreement gate: the participant holds a non-withdrawn acknowledgement of the program's
 * latest version, in any of its languages. A program with no agreement asks nothing.
 */
export async function hasAcknowledgedCurrentAgreement(
  db: Db | Tx,
  participant: { id: string; programId: string },
): Promise<boolean> {
  const current = await findCurrentAgreementVersion(db, participant.programId);
  if (!current) return true;
  const [acknowledgement] = await db
    .select({ id: consents.id })
    .from(consents)
    .where(
      and(
        eq(consents.participantId, participant.id),
        eq(consents.subjectType, 'agreement'),
        inArray(
          consents.subjectId,
          current.texts.map((t) => t.id),
        ),
        isNull(consents.withdrawnAt),
      ),
    )
    .limit(1);
  return acknowledgement !== undefined;
}
