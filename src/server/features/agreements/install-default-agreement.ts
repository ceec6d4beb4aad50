import type { Ctx } from '../../context.ts';
import type { Tx } from '../../db/database.ts';
import { newId } from '../../lib/ids.ts';
import { programAgreements } from '../participants/tables.ts';
import { defaultAgreementEn } from './default-agreement-en.ts';
import { defaultAgreementEs } from './default-agreement-es.ts';

/** A new program starts with version 1 of the default agreement, in English and Spanish. */
export async function installDefaultAgreement(tx: Tx, ctx: Ctx, programId: string): Promise<void> {
  const createdAt = ctx.clock.now();
  await tx.insert(programAgreements).values([
    { id: newId(), programId, version: 1, language: 'en', body: defaultAgreementEn, createdBy: null, createdAt },
    { id: newId(), programId, version: 1, language: 'es', body: defaultAgreementEs, createdBy: null, createdAt },
  ]);
}
