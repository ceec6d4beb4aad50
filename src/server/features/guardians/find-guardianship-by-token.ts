import { eq } from 'drizzle-orm';
import type { Db, Tx } from '../../db/database.ts';
import { AppError } from '../../errors.ts';
import { hashToken } from '../../lib/tokens.ts';
import { guardianships, participants } from '../participants/tables.ts';

/** The guardianship a link names, if the link is still usable: not used, not replaced, not expired. */
export async function findGuardianshipByToken(db: Db | Tx, token: string, now: Date) {
  const [row] = await db
    .select({ guardianship: guardianships, participant: participants })
    .from(guardianships)
    .innerJoin(participants, eq(participants.id, guardianships.participantId))
    .where(eq(guardianships.tokenHash, hashToken(token)));
  if (!row || row.guardianship.withdrawnAt) {
    throw new AppError('GUARDIAN_LINK_NOT_FOUND', 'This guardian link is not valid. Ask the program for a new one.');
  }
  if (row.guardianship.confirmedAt) {
    throw new AppError('GUARDIAN_LINK_USED', 'This guardian link has already been used.');
  }
  if (row.guardianship.expiresAt <= now) {
    throw new AppError('GUARDIAN_LINK_EXPIRED', 'This guardian link has expired. Ask the program for a new one.');
  }
  return row;
}
