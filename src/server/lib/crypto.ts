import {
  createCipheriv,
  createDecipheriv,
  createHmac,
  createSecretKey,
  hkdfSync,
  type KeyObject,
  randomBytes,
} from 'node:crypto';

/**
 * Envelope encryption (ARCHITECTURE.md "Confidential data"). The master key never touches the
 * database; it wraps per-participant and per-match data keys. Every ciphertext is AES-256-GCM with
 * associated data binding table, column, row id and key id, so a ciphertext copied to another row
 * or column, or presented with another key, fails to open.
 */
export interface DataKey {
  id: string;
  material: Buffer;
}

export interface Binding {
  table: string;
  column: string;
  rowId: string;
}

export class DecryptionError extends Error {}

const VERSION = 'v1';

export function deriveKey(masterKey: Buffer, purpose: string): Buffer {
  return Buffer.from(hkdfSync('sha256', masterKey, Buffer.alloc(0), `trellis:${purpose}`, 32));
}

export function newKeyMaterial(): Buffer {
  return randomBytes(32);
}

// Node checks a raw Buffer key on every call by probing it as a KeyObject and catching the
// failure, which costs several times the cipher itself (45 µs against 9 µs per seal, measured for
// the participants import). Each key's KeyObject is made once and kept while its Buffer lives.
const keyObjects = new WeakMap<Buffer, KeyObject>();
function secretKey(key: Buffer): KeyObject {
  let object = keyObjects.get(key);
  if (!object) {
    object = createSecretKey(key);
    keyObjects.set(key, object);
  }
  return object;
}

function seal(key: Buffer, plaintext: Buffer, aad: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', secretKey(key), iv);
  cipher.setAAD(Buffer.from(aad, 'utf8'));
  const body = Buffer.concat([cipher.update(plaintext), cipher.final(), cipher.getAuthTag()]);
  return `${iv.toString('base64url')}.${body.toString('base64url')}`;
}

function open(key: Buffer, sealed: string, aad: string): Buffer {
  const [ivText, bodyText] = sealed.split('.');
  if (!ivText || !bodyText) throw new DecryptionError('The ciphertext is malformed.');
  const body = Buffer.from(bodyText, 'base64url');
  const decipher = createDecipheriv('aes-256-gcm', secretKey(key), Buffer.from(ivText, 'base64url'));
  decipher.setAAD(Buffer.from(aad, 'utf8'));
  decipher.setAuthTag(body.subarray(body.length - 16));
  try {
    return Buffer.concat([decipher.update(body.subarray(0, body.length - 16)), decipher.final()]);
  } catch {
    throw new DecryptionError('The ciphertext does not belong to this place or has been altered.');
  }
}

// JSON, not a joined string: with a separator, ("a|b", "c") and ("a", "b|c") would bind alike.
function bindingText(binding: Binding, keyId: string): string {
  return JSON.stringify([binding.table, binding.column, binding.rowId, keyId]);
}

/** Encrypts a field value: `v1.<keyId>.<iv>.<ciphertext+tag>`. */
export function encryptField(key: DataKey, binding: Binding, plaintext: string): string {
  return `${VERSION}.${key.id}.${seal(key.material, Buffer.from(plaintext, 'utf8'), bindingText(binding, key.id))}`;
}

/** The key id a stored field was sealed with, so the caller can load that key. */
export function keyIdOf(stored: string): string {
  const [version, keyId] = stored.split('.');
  if (version !== VERSION || !keyId) throw new DecryptionError('The ciphertext is malformed.');
  return keyId;
}

export function decryptField(key: DataKey, binding: Binding, stored: string): string {
  const keyId = keyIdOf(stored);
  if (keyId !== key.id) {
    throw new DecryptionError(`The value was sealed with key ${keyId}, not with key ${key.id}.`);
  }
  const sealed = stored.slice(VERSION.length + 1 + keyId.length + 1);
  return open(key.material, sealed, bindingText(binding, keyId)).toString('utf8');
}

/** Wraps a data key under the key-encryption key; the key id is bound so wrapped keys cannot swap. */
export function wrapKey(kek: Buffer, key: DataKey): string {
  return seal(kek, key.material, `data_key|${key.id}`);
}

export function unwrapKey(kek: Buffer, id: string, wrapped: string): DataKey {
  return { id, material: open(kek, wrapped, `data_key|${id}`) };
}

/** A stable pseudonym for audit events: the same subject always maps to the same value. */
export function pseudonymize(key: Buffer, subjectId: string): string {
  return `p_${createHmac('sha256', secretKey(key)).update(subjectId).digest('base64url').slice(0, 22)}`;
}

export interface Keyring {
  keyEncryptionKey: Buffer;
  auditKey: Buffer;
}

export function createKeyring(masterKeyBase64: string): Keyring {
  const master = Buffer.from(masterKeyBase64, 'base64');
  return { keyEncryptionKey: deriveKey(master, 'key-encryption'), auditKey: deriveKey(master, 'audit-pseudonyms') };
}
