import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Binding,
  type DataKey,
  DecryptionError,
  decryptField,
  encryptField,
  keyIdOf,
  newKeyMaterial,
  unwrapKey,
  wrapKey,
} from './crypto.ts';
import { newId } from './ids.ts';

const key = (): DataKey => ({ id: newId(), material: newKeyMaterial() });
const binding: Binding = { table: 'profiles', column: 'lived_experiences', rowId: newId() };

describe('field encryption', () => {
  it('round-trips any unicode string', () => {
    const k = key();
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        expect(decryptField(k, binding, encryptField(k, binding, text))).toBe(text);
      }),
      { numRuns: 300 },
    );
  });

  it('refuses a ciphertext presented for any other table, column or row', () => {
    const k = key();
    const sealed = encryptField(k, binding, 'private');
    fc.assert(
      fc.property(
        fc.record({ table: fc.string(), column: fc.string(), rowId: fc.uuid() }, { requiredKeys: [] }),
        (change) => {
          const elsewhere = { ...binding, ...change };
          fc.pre(JSON.stringify(elsewhere) !== JSON.stringify(binding));
          expect(() => decryptField(k, elsewhere, sealed)).toThrow(DecryptionError);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('does not confuse bindings whose parts run together', () => {
    const k = key();
    const sealed = encryptField(k, { table: 'a|b', column: 'c', rowId: 'd' }, 'private');
    expect(() => decryptField(k, { table: 'a', column: 'b|c', rowId: 'd' }, sealed)).toThrow(DecryptionError);
  });

  it('seals the same value differently each time, and names the key it used', () => {
    const k = key();
    const [first, second] = [encryptField(k, binding, 'same'), encryptField(k, binding, 'same')];
    expect(first).not.toBe(second);
    expect(keyIdOf(first)).toBe(k.id);
    expect(first).not.toContain('same');
  });

  it('names both key ids when opened with the wrong key', () => {
    const [sealing, wrong] = [key(), key()];
    const sealed = encryptField(sealing, binding, 'private');
    expect(() => decryptField(wrong, binding, sealed)).toThrow(DecryptionError);
    expect(() => decryptField(wrong, binding, sealed)).toThrow(new RegExp(`${sealing.id}.*${wrong.id}`));
  });

  it('refuses a key that claims the sealing key id but is not that key', () => {
    const k = key();
    const sealed = encryptField(k, binding, 'private');
    expect(() => decryptField({ id: k.id, material: newKeyMaterial() }, binding, sealed)).toThrow(DecryptionError);
  });

  it('detects any altered character of the ciphertext', () => {
    const k = key();
    const sealed = encryptField(k, binding, 'private and long enough to alter');
    const prefix = `v1.${k.id}.`.length;
    fc.assert(
      fc.property(fc.integer({ min: prefix, max: sealed.length - 1 }), (at) => {
        const altered = sealed.slice(0, at) + (sealed[at] === 'A' ? 'B' : 'A') + sealed.slice(at + 1);
        expect(() => decryptField(k, binding, altered)).toThrow(DecryptionError);
      }),
    );
  });

  it('refuses malformed values with a DecryptionError', () => {
    const k = key();
    for (const bad of ['', 'plain text', 'v1', `v1.${k.id}`, `v1.${k.id}.onlyone`, `v2.${k.id}.a.b`]) {
      expect(() => decryptField(k, binding, bad)).toThrow(DecryptionError);
    }
  });
});

describe('key wrapping', () => {
  it('unwraps a data key under the same key-encryption key and id only', () => {
    const kek = randomBytes(32);
    const k = key();
    const wrapped = wrapKey(kek, k);
    expect(unwrapKey(kek, k.id, wrapped).material.equals(k.material)).toBe(true);
    expect(() => unwrapKey(kek, newId(), wrapped)).toThrow(DecryptionError);
    expect(() => unwrapKey(randomBytes(32), k.id, wrapped)).toThrow(DecryptionError);
    expect(wrapped).not.toContain(k.material.toString('base64url'));
  });
});
