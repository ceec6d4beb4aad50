import { type Binding, type DataKey, decryptField, encryptField } from '../../lib/crypto.ts';

/** A commitment's words are bound to their row, so a ciphertext copied elsewhere does not open. */
function textBinding(commitmentId: string): Binding {
  return { table: 'commitments', column: 'text', rowId: commitmentId };
}

export function sealCommitmentText(key: DataKey, commitmentId: string, text: string): string {
  return encryptField(key, textBinding(commitmentId), text);
}

export function openCommitmentText(key: DataKey, commitmentId: string, sealed: string): string {
  return decryptField(key, textBinding(commitmentId), sealed);
}
