import type { Db, Tx } from '../../db/database.ts';
import { AppError } from '../../errors.ts';
import { hasAcknowledgedCurrentAgreement } from '../agreements/has-acknowledged-current-agreement.ts';
import { hasPassedRequiredTraining } from '../training/has-passed-required-training.ts';

/** Before `ready` (matchable): required training passed and the current agreement acknowledged. */
export async function assertReadyRequirements(db: Db | Tx, participant: { id: string; programId: string }) {
  const unmet: string[] = [];
  if (!(await hasPassedRequiredTraining(db, participant))) unmet.push('training');
  if (!(await hasAcknowledgedCurrentAgreement(db, participant))) unmet.push('agreement');
  if (unmet.length > 0) {
    throw new AppError(
      'READY_REQUIREMENTS_UNMET',
      `Not ready yet: ${unmet.map((u) => (u === 'training' ? 'required training not passed' : 'current agreement not acknowledged')).join('; ')}.`,
      { unmet },
    );
  }
}
