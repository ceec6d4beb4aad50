import { eq } from 'drizzle-orm';
import type { Ctx } from '../../context.ts';
import type { Tx } from '../../db/database.ts';
import { AppError } from '../../errors.ts';
import { dataKeys } from './tables.ts';

/**
 * Crypto-shredding: forgets the wrapped key, so everything sealed with it, here and in every
 * backup, can never be read again. The row stays, so readers can say the data was erased. The
 * calling use-case (erasing a participant, closing a match) audits it: it knows who and where.
 */
export async function destroyDataKey(tx: Tx, ctx: Ctx, keyId: string): Promise<void> {
  const [row] = await tx.select({ destroyedAt: dataKeys.destroyedAt }).from(dataKeys).where(eq(dataKeys.id, keyId));
  if (!row) throw new AppError('NOT_FOUND', `There is no data key ${keyId}.`);
  if (row.destroyedAt) return;
  await tx.update(dataKeys).set({ wrappedKey: null, destroyedAt: ctx.clock.now() }).where(eq(dataKeys.id, keyId));
}
