import type { Ctx } from '../../context.ts';
import type { Tx } from '../../db/database.ts';
import { installDefaultAgreement } from '../agreements/install-default-agreement.ts';
import { installDefaultExperiences } from '../participants/experience-vocabulary.ts';
import { installShippedModules } from '../training/install-shipped-modules.ts';

/**
 * What every new program starts with, in the transaction that creates it: the five shipped
 * training modules and the default confidentiality agreement (English and Spanish).
 */
export async function installProgramDefaults(tx: Tx, ctx: Ctx, programId: string): Promise<void> {
  await installShippedModules(tx, ctx, programId);
  await installDefaultAgreement(tx, ctx, programId);
  await installDefaultExperiences(tx, ctx, programId);
}
