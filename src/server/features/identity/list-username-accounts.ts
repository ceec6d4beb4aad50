import { and, asc, desc, eq, inArray, isNotNull } from 'drizzle-orm';
import type { Db, Tx } from '../../db/database.ts';
import { getProgramById } from '../organizations/get-program-by-id.ts';
import { roleAssignments } from '../organizations/tables.ts';
import { assertProgramStaff } from '../participants/policy.ts';
import { accountSetupCodes } from '../participants/tables.ts';
import type { Actor } from './actor.ts';
import { account, user } from './tables.ts';

export interface UsernameAccountSummary {
  userId: string;
  username: string;
  name: string;
  role: 'mentor' | 'mentee';
  hasPassword: boolean;
  latestSetupCode: { expiresAt: Date; usedAt: Date | null } | null;
}

/**
 * The username accounts (young people without email) holding a mentor or mentee role in the
 * program, for its staff to see who has set a password and whose code needs reissuing. Only the
 * newest code matters: issuing one voids the older unused ones.
 */
export async function listUsernameAccounts(
  db: Db | Tx,
  actor: Actor,
  programId: string,
): Promise<UsernameAccountSummary[]> {
  const program = await getProgramById(db, actor, programId);
  assertProgramStaff(actor, program);
  const holders = await db
    .select({ userId: user.id, username: user.username, name: user.name, role: roleAssignments.role })
    .from(user)
    .innerJoin(roleAssignments, eq(roleAssignments.userId, user.id))
    .where(
      and(
        eq(roleAssignments.programId, program.id),
        inArray(roleAssignments.role, ['mentor', 'mentee']),
        isNotNull(user.username),
      ),
    )
    .orderBy(asc(user.name), asc(user.username), asc(roleAssignments.role));
  if (holders.length === 0) return [];
  const userIds = [...new Set(holders.map((h) => h.userId))];
  const withPassword = await db
    .select({ userId: account.userId })
    .from(account)
    .where(and(inArray(account.userId, userIds), eq(account.providerId, 'credential'), isNotNull(account.password)));
  const codes = await db
    .select({
      userId: accountSetupCodes.userId,
      expiresAt: accountSetupCodes.expiresAt,
      usedAt: accountSetupCodes.usedAt,
    })
    .from(accountSetupCodes)
    .where(inArray(accountSetupCodes.userId, userIds))
    // Ids are UUIDv7: within one creation instant they still sort in the order they were made.
    .orderBy(desc(accountSetupCodes.createdAt), desc(accountSetupCodes.id));
  const hasPassword = new Set(withPassword.map((row) => row.userId));
  const latestCode = new Map<string, { expiresAt: Date; usedAt: Date | null }>();
  for (const { userId, ...code } of codes) if (!latestCode.has(userId)) latestCode.set(userId, code);
  return holders.map((h) => ({
    userId: h.userId,
    username: h.username ?? '',
    name: h.name,
    role: h.role as 'mentor' | 'mentee',
    hasPassword: hasPassword.has(h.userId),
    latestSetupCode: latestCode.get(h.userId) ?? null,
  }));
}
