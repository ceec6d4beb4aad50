import { and, eq, isNull } from 'drizzle-orm';
import type { Ctx } from '../../context.ts';
import type { Tx } from '../../db/database.ts';
import { AppError } from '../../errors.ts';
import { newId } from '../../lib/ids.ts';
import { type AuditActor, appendAuditEvent } from '../audit/append-audit-event.ts';
import { type Role, roleAssignments } from './tables.ts';

export interface GrantRoleInput {
  organizationId: string;
  programId: string | null;
  userId: string;
  role: Role;
}

/** Gives a person a role (idempotence is refused: holding it twice is a 409, not a silent no-op). */
export async function grantRole(tx: Tx, ctx: Ctx, actor: AuditActor, input: GrantRoleInput) {
  const scope = input.programId ? eq(roleAssignments.programId, input.programId) : isNull(roleAssignments.programId);
  const [held] = await tx
    .select({ id: roleAssignments.id })
    .from(roleAssignments)
    .where(
      and(
        eq(roleAssignments.userId, input.userId),
        eq(roleAssignments.organizationId, input.organizationId),
        eq(roleAssignments.role, input.role),
        scope,
      ),
    );
  if (held) throw new AppError('ROLE_ALREADY_HELD', 'This person already holds that role here.');
  const id = newId();
  await tx.insert(roleAssignments).values({
    id,
    ...input,
    grantedBy: typeof actor === 'object' ? actor.userId : null,
  });
  await appendAuditEvent(tx, ctx, {
    organizationId: input.organizationId,
    actor,
    action: 'role.granted',
    target: { type: 'user', id: input.userId, isPerson: true },
    details: { role: input.role, programId: input.programId },
  });
  return id;
}
