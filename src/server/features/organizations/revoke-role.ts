import { and, eq } from 'drizzle-orm';
import type { Ctx } from '../../context.ts';
import type { Tx } from '../../db/database.ts';
import { AppError } from '../../errors.ts';
import { appendAuditEvent } from '../audit/append-audit-event.ts';
import type { Actor } from '../identity/actor.ts';
import { assertOrgAdmin } from './policy.ts';
import { roleAssignments } from './tables.ts';

export async function revokeRole(tx: Tx, ctx: Ctx, actor: Actor, organizationId: string, assignmentId: string) {
  assertOrgAdmin(actor, organizationId);
  const [assignment] = await tx
    .select()
    .from(roleAssignments)
    .where(and(eq(roleAssignments.id, assignmentId), eq(roleAssignments.organizationId, organizationId)));
  if (!assignment) throw new AppError('NOT_FOUND', 'There is no such role assignment here.');
  if (assignment.role === 'admin') {
    const admins = await tx
      .select({ id: roleAssignments.id })
      .from(roleAssignments)
      .where(and(eq(roleAssignments.organizationId, organizationId), eq(roleAssignments.role, 'admin')));
    if (admins.length <= 1) {
      throw new AppError('BAD_REQUEST', 'An organization needs at least one admin: appoint another first.');
    }
  }
  await tx.delete(roleAssignments).where(eq(roleAssignments.id, assignmentId));
  await appendAuditEvent(tx, ctx, {
    organizationId,
    actor: { userId: actor.userId },
    action: 'role.revoked',
    target: { type: 'user', id: assignment.userId, isPerson: true },
    details: { role: assignment.role, programId: assignment.programId },
  });
}
