import { count, eq } from 'drizzle-orm';
import type { Ctx } from '../../context.ts';
import type { Tx } from '../../db/database.ts';
import { AppError } from '../../errors.ts';
import { hashToken } from '../../lib/tokens.ts';
import { appendAuditEvent } from '../audit/append-audit-event.ts';
import { createPasswordUser } from '../identity/create-password-user.ts';
import { user } from '../identity/tables.ts';
import { type CreateOrganizationInput, createOrganization } from '../organizations/create-organization.ts';
import { grantRole } from '../organizations/grant-role.ts';
import { instanceAdmins } from '../organizations/tables.ts';
import { setupTokens } from './tables.ts';

export interface CompleteSetupInput {
  token: string;
  organization: CreateOrganizationInput;
  admin: { name: string; email: string; password: string; locale?: string };
}

/**
 * First run: the person holding the printed setup token creates the first organization and
 * becomes its admin and the instance admin. Only possible while the instance has no accounts.
 */
export async function completeSetup(tx: Tx, ctx: Ctx, input: CompleteSetupInput) {
  const [users] = await tx.select({ n: count() }).from(user);
  if ((users?.n ?? 0) > 0) throw new AppError('ALREADY_SET_UP', 'Trellis is already set up. Sign in instead.');
  const [token] = await tx
    .select()
    .from(setupTokens)
    .where(eq(setupTokens.tokenHash, hashToken(input.token.trim())));
  if (!token)
    throw new AppError('INVALID_SETUP_TOKEN', 'That setup token is not valid. Use the one the server printed.');

  const userId = await createPasswordUser(tx, { ...input.admin, emailVerified: false });
  await tx.insert(instanceAdmins).values({ userId });
  await appendAuditEvent(tx, ctx, {
    organizationId: null,
    actor: { userId },
    action: 'instance.setup',
    target: { type: 'user', id: userId, isPerson: true },
  });
  const organization = await createOrganization(tx, ctx, { userId }, input.organization);
  await grantRole(tx, ctx, { userId }, { organizationId: organization.id, programId: null, userId, role: 'admin' });
  await tx.delete(setupTokens);
  return { userId, organization };
}
