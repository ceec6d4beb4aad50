import { hashPassword } from 'better-auth/crypto';
import { and, eq, isNull } from 'drizzle-orm';
import type { Ctx } from '../../context.ts';
import type { Tx } from '../../db/database.ts';
import { AppError } from '../../errors.ts';
import { newId } from '../../lib/ids.ts';
import { account, user } from './tables.ts';

/**
 * The owner of an account made for them (a CSV import) sets its first password through their
 * invitation link, which also proves the email address. An account that has a password is
 * refused: the link cannot take over an account someone already uses.
 */
export async function setFirstPassword(
  tx: Tx,
  ctx: Ctx,
  userId: string,
  input: { name: string; password: string; locale?: string | undefined },
): Promise<string> {
  const [credential] = await tx
    .select({ id: account.id, password: account.password })
    .from(account)
    .where(and(eq(account.userId, userId), eq(account.providerId, 'credential')));
  if (credential?.password)
    throw new AppError('ACCOUNT_EXISTS', 'This account already has a password. Sign in instead.');
  const password = await hashPassword(input.password);
  if (credential) {
    await tx
      .update(account)
      .set({ password })
      .where(and(eq(account.id, credential.id), isNull(account.password)));
  } else {
    await tx.insert(account).values({ id: newId(), accountId: userId, providerId: 'credential', userId, password });
  }
  await tx
    .update(user)
    .set({
      name: input.name.trim(),
      emailVerified: true,
      ...(input.locale ? { locale: input.locale } : {}),
      updatedAt: ctx.clock.now(),
    })
    .where(eq(user.id, userId));
  return userId;
}
