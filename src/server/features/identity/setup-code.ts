import { createHash, randomInt } from 'node:crypto';

// No 0/O, 1/I/L, U: easy to read aloud and to type from a printed card.
const ALPHABET = 'ABCDEFGHJKMNPQRSTVWXYZ23456789';
export const SETUP_CODE_TTL_MS = 7 * 24 * 60 * 60 * 1000;

/** A fresh code like `7KQ4-MZ2P-XW9D` (12 symbols from 30, ≈59 bits). */
export function generateSetupCode(): string {
  const symbols = Array.from({ length: 12 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
  return `${symbols.slice(0, 4)}-${symbols.slice(4, 8)}-${symbols.slice(8)}`;
}

/** Typed codes may have lower case, spaces or no dashes; they hash the same. */
export function hashSetupCode(code: string): string {
  const normalized = code.toUpperCase().replace(/[^A-Z0-9]/g, '');
  return createHash('sha256').update(`trellis-setup-code:${normalized}`).digest('hex');
}
