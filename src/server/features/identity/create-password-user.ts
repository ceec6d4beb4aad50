import { hashPassword } from 'better-auth/crypto';
import { eq } from 'drizzle-orm';
import type { Tx } from '../../db/database.ts';
import { AppError } from '../../errors.ts';
import { newId } from '../../lib/ids.ts';
import { account, user } from './tables.ts';

export interface NewUser {
  name: string;
  email: string;
  password: string;
  emailVerified: boolean;
  locale?: string;
}

/**
 * Creates an account with a password inside the caller's transaction (setup and invitations
 * must create the person and their role together). Hashing is better-auth's, so its sign-in
 * verifies these passwords as its own.
 */
export async function createPasswordUser(tx: Tx, input: NewUser): Promise<string> {
  const email = input.email.trim().toLowerCase();
  const [existing] = await tx.select({ id: user.id }).from(user).where(eq(user.email, email));
  if (existing) throw new AppError('ACCOUNT_EXISTS', 'An account with this email address already exists.');
  const id = newId();
  await tx.insert(user).values({
    id,
    name: input.name.trim(),
    email,
    emailVerified: input.emailVerified,
    locale: input.locale ?? 'en',
  });
  await tx.insert(account).values({
    id: newId(),
    accountId: id,
    providerId: 'credential',
    userId: id,
    password: await hashPassword(input.password),
  });
  return id;
}
