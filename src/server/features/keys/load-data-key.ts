import { eq, inArray } from 'drizzle-orm';
import type { Ctx } from '../../context.ts';
import type { Db, Tx } from '../../db/database.ts';
import { AppError } from '../../errors.ts';
import { type DataKey, DecryptionError, unwrapKey } from '../../lib/crypto.ts';
import { dataKeys } from './tables.ts';

/**
 * The data key with this id, unwrapped. A destroyed key is gone for good: what it sealed is
 * erased (backups included, since they hold only the wrapped key), and the error says so.
 */
export async function loadDataKey(db: Db | Tx, ctx: Ctx, keyId: string): Promise<DataKey> {
  const [row] = await db.select().from(dataKeys).where(eq(dataKeys.id, keyId));
  if (!row) throw new AppError('NOT_FOUND', `There is no data key ${keyId}.`);
  return openRow(ctx, row);
}

/** Many keys in one read (bulk callers); any missing or destroyed key is an error, as above. */
export async function loadDataKeys(db: Db | Tx, ctx: Ctx, keyIds: string[]): Promise<Map<string, DataKey>> {
  const rows = keyIds.length === 0 ? [] : await db.select().from(dataKeys).where(inArray(dataKeys.id, keyIds));
  const found = new Map(rows.map((row) => [row.id, openRow(ctx, row)]));
  const missing = keyIds.find((id) => !found.has(id));
  if (missing) throw new AppError('NOT_FOUND', `There is no data key ${missing}.`);
  return found;
}

/** As loadDataKeys, leaving out destroyed keys: for readers that show what is left after an erasure. */
export async function loadDataKeysNotErased(db: Db | Tx, ctx: Ctx, keyIds: string[]): Promise<Map<string, DataKey>> {
  const rows = keyIds.length === 0 ? [] : await db.select().from(dataKeys).where(inArray(dataKeys.id, keyIds));
  return new Map(rows.filter((row) => row.wrappedKey).map((row) => [row.id, openRow(ctx, row)]));
}

function openRow(ctx: Ctx, row: typeof dataKeys.$inferSelect): DataKey {
  if (!row.wrappedKey) {
    const when = row.destroyedAt ? ` on ${row.destroyedAt.toISOString()}` : '';
    throw new AppError('DATA_ERASED', `This data was erased: its key ${row.id} was destroyed${when}.`, {
      keyId: row.id,
    });
  }
  try {
    return unwrapKey(ctx.keyring.keyEncryptionKey, row.id, row.wrappedKey);
  } catch (error) {
    if (!(error instanceof DecryptionError)) throw error;
    throw new DecryptionError(
      `Data key ${row.id} does not open with this master key: the master key changed, or the wrapped key was moved from another key.`,
    );
  }
}
