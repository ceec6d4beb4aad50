import { hashPassword } from 'better-auth/crypto';
import { and, eq, gt, isNull } from 'drizzle-orm';
import type { Ctx } from '../../context.ts';
import type { Tx } from '../../db/database.ts';
import { AppError } from '../../errors.ts';
import { newId } from '../../lib/ids.ts';
import { appendAuditEvent } from '../audit/append-audit-event.ts';
import { roleAssignments } from '../organizations/tables.ts';
import { accountSetupCodes } from '../participants/tables.ts';
import { hashSetupCode } from './setup-code.ts';
import { account, session, user } from './tables.ts';

/** One answer for an unknown username, a wrong code, an expired one or a used one: no enumeration. */
const invalid = () =>
  new AppError(
    'SETUP_CODE_INVALID',
    'This username and setup code do not match a valid code. Ask your coordinator for a new one.',
  );

/**
 * Sets the password of a username account with its one-time code. The code is claimed with a
 * conditional update, so two redemptions racing cannot both succeed. Earlier sessions end: a
 * reissued code is how a coordinator helps someone who forgot their password.
 */
export async function redeemSetupCode(
  tx: Tx,
  ctx: Ctx,
  input: { username: string; code: string; password: string },
): Promise<{ userId: string; username: string }> {
  const username = input.username.trim().toLowerCase();
  const [person] = await tx.select({ id: user.id }).from(user).where(eq(user.username, username));
  if (!person) throw invalid();
  const now = ctx.clock.now();
  const [claimed] = await tx
    .update(accountSetupCodes)
    .set({ usedAt: now })
    .where(
      and(
        eq(accountSetupCodes.userId, person.id),
        eq(accountSetupCodes.codeHash, hashSetupCode(input.code)),
        isNull(accountSetupCodes.usedAt),
        gt(accountSetupCodes.expiresAt, now),
      ),
    )
    .returning({ id: accountSetupCodes.id });
  if (!claimed) throw invalid();
  const password = await hashPassword(input.password);
  const [credential] = await tx
    .update(account)
    .set({ password, updatedAt: now })
    .where(and(eq(account.userId, person.id), eq(account.providerId, 'credential')))
    .returning({ id: account.id });
  if (!credential) {
    await tx
      .insert(account)
      .values({ id: newId(), accountId: person.id, providerId: 'credential', userId: person.id, password });
  }
  await tx.delete(session).where(eq(session.userId, person.id));
  const [assignment] = await tx
    .select({ organizationId: roleAssignments.organizationId })
    .from(roleAssignments)
    .where(eq(roleAssignments.userId, person.id))
    .limit(1);
  await appendAuditEvent(tx, ctx, {
    organizationId: assignment?.organizationId ?? null,
    actor: { userId: person.id },
    action: 'account.setup_code_redeemed',
    target: { type: 'user', id: person.id, isPerson: true },
  });
  return { userId: person.id, username };
}
