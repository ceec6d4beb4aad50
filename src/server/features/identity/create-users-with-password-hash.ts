import { inArray } from 'drizzle-orm';
import type { Tx } from '../../db/database.ts';
import { AppError } from '../../errors.ts';
import { newId } from '../../lib/ids.ts';
import { account, user } from './tables.ts';

export interface NewUserWithoutPassword {
  name: string;
  email: string;
  emailVerified: boolean;
  locale?: string;
}

/**
 * Creates many password accounts that share one hash made by better-auth's `hashPassword`.
 * For operator-loaded data only (the demo): scrypt costs ~100 ms a call, so hashing one shared
 * password once instead of 126 times keeps `trellis demo` at seconds. People who choose their
 * own password go through createPasswordUser.
 */
export async function createUsersWithPasswordHash(
  tx: Tx,
  people: NewUserWithoutPassword[],
  passwordHash: string,
): Promise<string[]> {
  const rows = people.map((p) => ({
    id: newId(),
    name: p.name.trim(),
    email: p.email.trim().toLowerCase(),
    emailVerified: p.emailVerified,
    locale: p.locale ?? 'en',
  }));
  if (rows.length === 0) return [];
  const taken = await tx
    .select({ email: user.email })
    .from(user)
    .where(
      inArray(
        user.email,
        rows.map((r) => r.email),
      ),
    );
  if (taken.length > 0) {
    throw new AppError('ACCOUNT_EXISTS', `An account with the email address ${taken[0]?.email} already exists.`);
  }
  await tx.insert(user).values(rows);
  await tx.insert(account).values(
    rows.map((r) => ({
      id: newId(),
      accountId: r.id,
      providerId: 'credential',
      userId: r.id,
      password: passwordHash,
    })),
  );
  return rows.map((r) => r.id);
}
