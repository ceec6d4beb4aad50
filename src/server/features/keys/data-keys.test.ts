import { randomBytes } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testAppPerTest } from '../../../../test/support/test-app.ts';
import { AppError } from '../../errors.ts';
import { type Binding, createKeyring, DecryptionError, decryptField, encryptField } from '../../lib/crypto.ts';
import { newId } from '../../lib/ids.ts';
import { createDataKey } from './create-data-key.ts';
import { destroyDataKey } from './destroy-data-key.ts';
import { loadDataKey } from './load-data-key.ts';

const t = testAppPerTest();

// No product column is encrypted yet in this issue, so the tests seal values into a table of
// their own, made and dropped here, exactly as a feature's table would hold them.
const TABLE = 'scratch_sealed_notes';
const SECRET = 'Lives with her grandmother; first in family to apply to university.';

beforeEach(async () => {
  await t().database.query(`create table if not exists ${TABLE} (id uuid primary key, note text, summary text)`);
});
afterEach(async () => {
  await t().database.query(`drop table if exists ${TABLE}`);
});

const query = (text: string, values: unknown[] = []) => t().database.query<Record<string, unknown>>(text, values);
const newKey = () =>
  t().database.db.transaction((tx) => createDataKey(tx, t().ctx, { ownerType: 'participant', ownerId: newId() }));
const load = (keyId: string) => loadDataKey(t().database.db, t().ctx, keyId);
const note = (rowId: string): Binding => ({ table: TABLE, column: 'note', rowId });

/** Seals the secret into a fresh row's note, as a feature would, and returns the row id. */
async function storeSecret(keyId: string, text = SECRET): Promise<string> {
  const rowId = newId();
  await query(`insert into ${TABLE} (id, note) values ($1, $2)`, [
    rowId,
    encryptField(await load(keyId), note(rowId), text),
  ]);
  return rowId;
}

const storedNote = async (rowId: string) =>
  String((await query(`select note from ${TABLE} where id = $1`, [rowId])).rows[0]?.note);

describe('data keys and sealed fields', () => {
  it('keeps neither the plaintext nor the key material readable in the database', async () => {
    const key = await newKey();
    const rowId = await storeSecret(key.id);
    const { rows } = await query(`select row_to_json(s)::text as text from ${TABLE} s`);
    expect(rows[0]?.text).not.toContain('grandmother');
    const keys = (await query('select row_to_json(k)::text as text from data_keys k')).rows.map((r) => r.text);
    for (const encoding of ['base64', 'base64url', 'hex'] as const) {
      expect(keys.join()).not.toContain(key.material.toString(encoding));
    }
    expect(decryptField(await load(key.id), note(rowId), await storedNote(rowId))).toBe(SECRET);
  });

  it('refuses a ciphertext copied to another row or to another column', async () => {
    const key = await newKey();
    const original = await storeSecret(key.id);
    const other = await storeSecret(key.id, 'Something else entirely.');
    await query(`update ${TABLE} set note = (select note from ${TABLE} where id = $1) where id = $2`, [
      original,
      other,
    ]);
    await query(`update ${TABLE} set summary = note where id = $1`, [original]);
    const loaded = await load(key.id);

    const copiedToRow = await storedNote(other);
    expect(() => decryptField(loaded, note(other), copiedToRow)).toThrow(DecryptionError);
    const { rows } = await query(`select summary from ${TABLE} where id = $1`, [original]);
    const copiedToColumn = String(rows[0]?.summary);
    expect(() => decryptField(loaded, { table: TABLE, column: 'summary', rowId: original }, copiedToColumn)).toThrow(
      DecryptionError,
    );
    expect(decryptField(loaded, note(original), await storedNote(original))).toBe(SECRET);
  });

  it('names both key ids when a value is opened with the wrong key', async () => {
    const [sealing, wrong] = [await newKey(), await newKey()];
    const rowId = await storeSecret(sealing.id);
    const stored = await storedNote(rowId);
    const attempt = () => decryptField(wrong, note(rowId), stored);
    expect(attempt).toThrow(DecryptionError);
    expect(attempt).toThrow(new RegExp(`${sealing.id}.*${wrong.id}`));
  });

  it('erases what a destroyed key sealed: the key can no longer be loaded', async () => {
    const key = await newKey();
    const rowId = await storeSecret(key.id);
    await t().database.db.transaction((tx) => destroyDataKey(tx, t().ctx, key.id));

    const error = await load(key.id).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: 'DATA_ERASED', message: expect.stringMatching(/erased/) });
    const { rows } = await query('select wrapped_key, destroyed_at from data_keys where id = $1', [key.id]);
    expect(rows[0]).toMatchObject({ wrapped_key: null, destroyed_at: expect.anything() });
    expect(await storedNote(rowId)).not.toContain('grandmother');
  });

  it('does not unwrap a wrapped key copied onto another key id, nor under another master key', async () => {
    const [a, b] = [await newKey(), await newKey()];
    await query('update data_keys set wrapped_key = (select wrapped_key from data_keys where id = $1) where id = $2', [
      a.id,
      b.id,
    ]);
    await expect(load(b.id)).rejects.toThrow(DecryptionError);
    await expect(load(b.id)).rejects.toThrow(b.id);

    const elsewhere = { ...t().ctx, keyring: createKeyring(randomBytes(32).toString('base64')) };
    await expect(loadDataKey(t().database.db, elsewhere, a.id)).rejects.toThrow(DecryptionError);
    expect((await load(a.id)).material.equals(a.material)).toBe(true);
  });
});
