import type { Ctx } from '../../context.ts';
import type { Tx } from '../../db/database.ts';
import { insertMany } from '../../db/insert-many.ts';
import { AppError } from '../../errors.ts';
import { newId } from '../../lib/ids.ts';
import { type AuditActor, appendAuditEvents } from '../audit/append-audit-event.ts';
import { type Role, roleAssignments } from './tables.ts';

export interface GrantRoleInput {
  organizationId: string;
  programId: string | null;
  userId: string;
  role: Role;
}

/** Gives a person a role (idempotence is refused: holding it twice is a 409, not a silent no-op). */
export async function grantRole(tx: Tx, ctx: Ctx, actor: AuditActor, input: GrantRoleInput): Promise<string> {
  const [id] = await grantRoles(tx, ctx, actor, [input]);
  if (!id) throw new Error('grantRoles returned nothing');
  return id;
}

/**
 * Gives many roles at once (an import): one insert, one audit event per role. Any role already
 * held is refused as above; the caller's transaction then rolls back the others. With
 * `auditedByCaller` the caller records each grant in its own event (an import's one event per new
 * person), so the chain says it once.
 */
export async function grantRoles(
  tx: Tx,
  ctx: Ctx,
  actor: AuditActor,
  inputs: GrantRoleInput[],
  options: { auditedByCaller?: boolean } = {},
): Promise<string[]> {
  if (inputs.length === 0) return [];
  const grantedBy = typeof actor === 'object' ? actor.userId : null;
  const rows = inputs.map((input) => ({ id: newId(), ...input, grantedBy }));
  // The unique indexes decide "already held", so a concurrent grant cannot slip between a read and the insert.
  const inserted = await insertMany(tx, roleAssignments, rows, { onConflictDoNothing: true });
  if (inserted < rows.length) throw new AppError('ROLE_ALREADY_HELD', 'This person already holds that role here.');
  if (options.auditedByCaller) return rows.map((r) => r.id);
  await appendAuditEvents(
    tx,
    ctx,
    inputs.map((input) => ({
      organizationId: input.organizationId,
      actor,
      action: 'role.granted',
      target: { type: 'user', id: input.userId, isPerson: true },
      details: { role: input.role, programId: input.programId },
    })),
  );
  return rows.map((r) => r.id);
}
