import { and, eq } from 'drizzle-orm';
import type { Ctx } from '../../context.ts';
import type { Tx } from '../../db/database.ts';
import { AppError } from '../../errors.ts';
import { appendAuditEvent } from '../audit/append-audit-event.ts';
import type { Actor } from '../identity/actor.ts';
import { createPasswordUser } from '../identity/create-password-user.ts';
import { setFirstPassword } from '../identity/set-first-password.ts';
import { getInvitationByToken } from './get-invitation-by-token.ts';
import { grantRole } from './grant-role.ts';
import { invitations, type Role, roleAssignments } from './tables.ts';

export interface AcceptInvitationInput {
  token: string;
  /** For a new account; ignored when the invited address already has one. */
  account?: { name: string; password: string; locale?: string };
}

/**
 * Accepting creates the account (the email is proven by the link) or, for an address that has an
 * account, links the role to it, which needs that person signed in.
 */
export async function acceptInvitation(tx: Tx, ctx: Ctx, actor: Actor | null, input: AcceptInvitationInput) {
  const found = await getInvitationByToken(tx, input.token, ctx.clock.now());
  const { invitation } = found;
  let userId: string;
  let isNewAccount = false;
  if (found.existingUserId) {
    if (!actor)
      throw new AppError('UNAUTHENTICATED', 'You already have an account: sign in, then open the link again.');
    if (actor.userId !== found.existingUserId) {
      throw new AppError('WRONG_ACCOUNT', `This invitation is for ${invitation.email}. Sign in with that account.`);
    }
    userId = actor.userId;
  } else {
    if (!input.account) {
      throw new AppError('VALIDATION_FAILED', 'Choose your name and a password to create your account.', {
        field: 'account',
      });
    }
    userId = found.pendingUserId
      ? await setFirstPassword(tx, ctx, found.pendingUserId, input.account)
      : await createPasswordUser(tx, { ...input.account, email: invitation.email, emailVerified: true });
    isNewAccount = true;
  }
  // An imported account already holds the role the import gave it.
  const holdsRole = found.pendingUserId !== null && (await holdsProgramRole(tx, userId, invitation));
  if (!holdsRole) {
    await grantRole(
      tx,
      ctx,
      { userId },
      {
        organizationId: invitation.organizationId,
        programId: invitation.programId,
        userId,
        role: invitation.role,
      },
    );
  }
  await tx
    .update(invitations)
    .set({ acceptedAt: ctx.clock.now(), acceptedBy: userId })
    .where(eq(invitations.id, invitation.id));
  await appendAuditEvent(tx, ctx, {
    organizationId: invitation.organizationId,
    actor: { userId },
    action: 'invitation.accepted',
    target: { type: 'invitation', id: invitation.id },
    details: { role: invitation.role, newAccount: isNewAccount },
  });
  return { userId, email: invitation.email, isNewAccount, organizationId: invitation.organizationId };
}

async function holdsProgramRole(
  tx: Tx,
  userId: string,
  invitation: { organizationId: string; programId: string | null; role: string },
) {
  if (invitation.programId === null) return false;
  const [held] = await tx
    .select({ id: roleAssignments.id })
    .from(roleAssignments)
    .where(
      and(
        eq(roleAssignments.userId, userId),
        eq(roleAssignments.programId, invitation.programId),
        eq(roleAssignments.role, invitation.role as Role),
      ),
    );
  return held !== undefined;
}
