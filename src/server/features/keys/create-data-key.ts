import type { Ctx } from '../../context.ts';
import type { Tx } from '../../db/database.ts';
import { type DataKey, newKeyMaterial, wrapKey } from '../../lib/crypto.ts';
import { newId } from '../../lib/ids.ts';
import { dataKeys, type keyOwnerTypes } from './tables.ts';

export interface CreateDataKeyInput {
  ownerType: (typeof keyOwnerTypes)[number];
  ownerId: string;
}

/**
 * A fresh data key for one participant or one match. Only its wrapped form (under the key
 * derived from the master key, which never enters the database) is stored.
 */
export async function createDataKey(tx: Tx, ctx: Ctx, input: CreateDataKeyInput): Promise<DataKey> {
  const { key, row } = newDataKey(ctx, input);
  await tx.insert(dataKeys).values(row);
  return key;
}

/** A fresh key and the row that stores it wrapped, for callers that insert many keys at once. */
export function newDataKey(ctx: Ctx, input: CreateDataKeyInput) {
  const key: DataKey = { id: newId(), material: newKeyMaterial() };
  const row: typeof dataKeys.$inferInsert = {
    id: key.id,
    ownerType: input.ownerType,
    ownerId: input.ownerId,
    wrappedKey: wrapKey(ctx.keyring.keyEncryptionKey, key),
    createdAt: ctx.clock.now(),
  };
  return { key, row };
}
