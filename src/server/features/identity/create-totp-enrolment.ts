import { generateRandomString, symmetricEncrypt } from 'better-auth/crypto';
import { eq } from 'drizzle-orm';
import type { Ctx } from '../../context.ts';
import type { Tx } from '../../db/database.ts';
import { newId } from '../../lib/ids.ts';
import { twoFactor, user } from './tables.ts';

export interface TotpEnrolment {
  /** The shared secret in base32, as authenticator apps take it when typed in. */
  secret: string;
  /** otpauth:// URI in better-auth's shape (issuer Trellis), for a QR code. */
  uri: string;
  /** One-time recovery codes, the same kind better-auth hands out on enrolment. */
  backupCodes: string[];
}

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

function base32(bytes: Uint8Array): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += BASE32[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += BASE32[(value << (5 - bits)) & 31];
  return out;
}

/**
 * Turns on TOTP for an account an operator provisions (the demo's staff), storing exactly what
 * better-auth's /two-factor/enable + verify-totp would: a 32-character secret (used as UTF-8
 * bytes) and ten recovery codes, both encrypted with the auth secret (`storeBackupCodes:
 * 'encrypted'`), verified, and the user's twoFactorEnabled flag. Its sign-in then asks for codes.
 */
export async function createTotpEnrolment(
  tx: Tx,
  ctx: Pick<Ctx, 'auth'>,
  person: { userId: string; email: string },
): Promise<TotpEnrolment> {
  const { secretConfig } = await ctx.auth.$context;
  const secret = generateRandomString(32);
  const backupCodes = Array.from({ length: 10 }, () => {
    const code = generateRandomString(10, 'a-z', '0-9', 'A-Z');
    return `${code.slice(0, 5)}-${code.slice(5)}`;
  });
  await tx.insert(twoFactor).values({
    id: newId(),
    userId: person.userId,
    secret: await symmetricEncrypt({ key: secretConfig, data: secret }),
    backupCodes: await symmetricEncrypt({ key: secretConfig, data: JSON.stringify(backupCodes) }),
    verified: true,
  });
  await tx.update(user).set({ twoFactorEnabled: true }).where(eq(user.id, person.userId));
  const encoded = base32(new TextEncoder().encode(secret));
  const label = `${encodeURIComponent('Trellis')}:${encodeURIComponent(person.email)}`;
  const params = new URLSearchParams({ secret: encoded, issuer: 'Trellis', digits: '6', period: '30' });
  return { secret: encoded, uri: `otpauth://totp/${label}?${params}`, backupCodes };
}
