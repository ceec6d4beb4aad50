import { eq } from 'drizzle-orm';
import type { Ctx } from '../../context.ts';
import type { Tx } from '../../db/database.ts';
import { AppError } from '../../errors.ts';
import { newId } from '../../lib/ids.ts';
import { appendAuditEvent } from '../audit/append-audit-event.ts';
import { getProgramById } from '../organizations/get-program-by-id.ts';
import { grantRole } from '../organizations/grant-role.ts';
import { assertProgramStaff } from '../participants/policy.ts';
import type { Actor } from './actor.ts';
import { storeSetupCode } from './issue-setup-code.ts';
import { placeholderEmailFor } from './placeholder-email.ts';
import { user } from './tables.ts';

/** The same rule as better-auth's username plugin in auth.ts: lower case, 3–32 of [a-z0-9._-]. */
export const USERNAME_PATTERN = /^[a-z0-9._-]{3,32}$/;

export interface UsernameAccountInput {
  programId: string;
  username: string;
  name: string;
  role: 'mentor' | 'mentee';
  locale: 'en' | 'es';
}

/**
 * A young person without email: an account with a username (no password yet), their program
 * role, and a one-time setup code for the coordinator to hand over.
 */
export async function createUsernameAccount(tx: Tx, ctx: Ctx, actor: Actor, input: UsernameAccountInput) {
  const program = await getProgramById(tx, actor, input.programId);
  assertProgramStaff(actor, program);
  const username = input.username.trim().toLowerCase();
  if (!USERNAME_PATTERN.test(username)) {
    throw new AppError('VALIDATION_FAILED', 'A username has 3–32 characters: a–z, 0–9, dot, dash or underscore.');
  }
  const [taken] = await tx.select({ id: user.id }).from(user).where(eq(user.username, username));
  if (taken) throw new AppError('USERNAME_TAKEN', 'This username is taken. Please choose another.');
  const userId = newId();
  await tx.insert(user).values({
    id: userId,
    name: input.name.trim(),
    email: placeholderEmailFor(username),
    username,
    displayUsername: username,
    emailVerified: false,
    locale: input.locale,
  });
  await grantRole(
    tx,
    ctx,
    { userId: actor.userId },
    {
      organizationId: program.organizationId,
      programId: program.id,
      userId,
      role: input.role,
    },
  );
  const issued = await storeSetupCode(tx, ctx, { userId, createdBy: actor.userId });
  await appendAuditEvent(tx, ctx, {
    organizationId: program.organizationId,
    actor: { userId: actor.userId },
    action: 'account.username_created',
    target: { type: 'user', id: userId, isPerson: true },
    details: { programId: program.id, role: input.role, expiresAt: issued.expiresAt.toISOString() },
  });
  return {
    userId,
    username,
    name: input.name.trim(),
    role: input.role,
    locale: input.locale,
    programId: program.id,
    ...issued,
  };
}
