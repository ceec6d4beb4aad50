import { and, eq } from 'drizzle-orm';
import type { Db, Tx } from '../../db/database.ts';
import { AppError } from '../../errors.ts';
import { hashToken } from '../../lib/tokens.ts';
import { account, user } from '../identity/tables.ts';
import { invitations, organizations, programs } from './tables.ts';

/** What the invitation page shows before accepting; also checks the link is still usable. */
export async function getInvitationByToken(db: Db | Tx, token: string, now: Date) {
  const [row] = await db
    .select({ invitation: invitations, organization: organizations, programName: programs.name })
    .from(invitations)
    .innerJoin(organizations, eq(organizations.id, invitations.organizationId))
    .leftJoin(programs, eq(programs.id, invitations.programId))
    .where(eq(invitations.tokenHash, hashToken(token)));
  if (!row || row.invitation.revokedAt) {
    throw new AppError('INVITATION_NOT_FOUND', 'This invitation link is not valid. Ask for a new one.');
  }
  if (row.invitation.acceptedAt) throw new AppError('INVITATION_USED', 'This invitation has already been used.');
  if (row.invitation.expiresAt <= now) {
    throw new AppError('INVITATION_EXPIRED', 'This invitation has expired. Ask for a new one.');
  }
  const [existing] = await db
    .select({ id: user.id, password: account.password })
    .from(user)
    .leftJoin(account, and(eq(account.userId, user.id), eq(account.providerId, 'credential')))
    .where(eq(user.email, row.invitation.email));
  // An account made by a CSV import has no password yet: the link is how its owner sets one.
  const hasPassword = Boolean(existing?.password);
  return {
    ...row,
    hasAccount: hasPassword,
    existingUserId: hasPassword ? (existing?.id ?? null) : null,
    pendingUserId: existing && !hasPassword ? existing.id : null,
  };
}
