import { and, eq, gt, isNull } from 'drizzle-orm';
import type { Ctx } from '../../context.ts';
import type { Tx } from '../../db/database.ts';
import { AppError } from '../../errors.ts';
import { newId } from '../../lib/ids.ts';
import { appendAuditEvent } from '../audit/append-audit-event.ts';
import { getProgramById } from '../organizations/get-program-by-id.ts';
import { roleAssignments } from '../organizations/tables.ts';
import { assertProgramStaff } from '../participants/policy.ts';
import { accountSetupCodes } from '../participants/tables.ts';
import type { Actor } from './actor.ts';
import { generateSetupCode, hashSetupCode, SETUP_CODE_TTL_MS } from './setup-code.ts';
import { user } from './tables.ts';

export interface IssuedSetupCode {
  code: string;
  expiresAt: Date;
}

/**
 * Stores a fresh code's hash for a username account and voids its older unused codes (they
 * expire now), so only the newest handover card works. The code is returned once, never kept.
 */
export async function storeSetupCode(
  tx: Tx,
  ctx: Ctx,
  input: { userId: string; createdBy: string },
): Promise<IssuedSetupCode> {
  const now = ctx.clock.now();
  await tx
    .update(accountSetupCodes)
    .set({ expiresAt: now })
    .where(
      and(
        eq(accountSetupCodes.userId, input.userId),
        isNull(accountSetupCodes.usedAt),
        gt(accountSetupCodes.expiresAt, now),
      ),
    );
  const code = generateSetupCode();
  const expiresAt = new Date(now.getTime() + SETUP_CODE_TTL_MS);
  await tx.insert(accountSetupCodes).values({
    id: newId(),
    userId: input.userId,
    codeHash: hashSetupCode(code),
    expiresAt,
    createdBy: input.createdBy,
  });
  return { code, expiresAt };
}

/** Reissue: program staff hand a username account of their program's mentors or mentees a new code. */
export async function issueSetupCode(
  tx: Tx,
  ctx: Ctx,
  actor: Actor,
  input: { programId: string; userId: string },
): Promise<IssuedSetupCode> {
  const program = await getProgramById(tx, actor, input.programId);
  assertProgramStaff(actor, program);
  const [account] = await tx
    .select({ username: user.username })
    .from(user)
    .innerJoin(roleAssignments, eq(roleAssignments.userId, user.id))
    .where(and(eq(user.id, input.userId), eq(roleAssignments.programId, program.id)))
    .limit(1);
  if (!account?.username) throw new AppError('NOT_FOUND', 'There is no username account in this program with that id.');
  const issued = await storeSetupCode(tx, ctx, { userId: input.userId, createdBy: actor.userId });
  await appendAuditEvent(tx, ctx, {
    organizationId: program.organizationId,
    actor: { userId: actor.userId },
    action: 'account.setup_code_issued',
    target: { type: 'user', id: input.userId, isPerson: true },
    details: { programId: program.id, expiresAt: issued.expiresAt.toISOString() },
  });
  return issued;
}
