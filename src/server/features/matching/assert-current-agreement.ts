import type { Db, Tx } from '../../db/database.ts';
import { AppError } from '../../errors.ts';
import { findCurrentAgreementVersion } from '../agreements/find-current-agreement-version.ts';

/**
 * The agreement text a person acknowledges for a match must be one of the program's current
 * version, so nobody accepts a text they were not shown.
 */
export async function assertCurrentAgreement(
  db: Db | Tx,
  programId: string,
  agreementVersionId: string,
): Promise<void> {
  const current = await findCurrentAgreementVersion(db, programId);
  if (!current) throw new AppError('AGREEMENT_NOT_FOUND', 'This program has no confidentiality agreement.');
  if (!current.texts.some((t) => t.id === agreementVersionId)) {
    throw new AppError('AGREEMENT_VERSION_OUTDATED', 'The agreement has changed. Please read the current version.', {
      currentVersion: current.version,
    });
  }
}
