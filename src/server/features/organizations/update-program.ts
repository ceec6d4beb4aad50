import { eq } from 'drizzle-orm';
import type { Ctx } from '../../context.ts';
import type { Tx } from '../../db/database.ts';
import { appendAuditEvent } from '../audit/append-audit-event.ts';
import type { Actor } from '../identity/actor.ts';
import { assertProgramDates, assertSlugFree, type ProgramInput } from './create-program.ts';
import { getProgramById } from './get-program-by-id.ts';
import { assertOrgAdmin } from './policy.ts';
import { programs } from './tables.ts';

export async function updateProgram(tx: Tx, ctx: Ctx, actor: Actor, programId: string, changes: Partial<ProgramInput>) {
  const current = await getProgramById(tx, actor, programId);
  assertOrgAdmin(actor, current.organizationId);
  const next = { ...current, ...changes };
  assertProgramDates(next);
  if (changes.slug) await assertSlugFree(tx, current.organizationId, changes.slug, current.id);
  const [program] = await tx.update(programs).set(changes).where(eq(programs.id, programId)).returning();
  await appendAuditEvent(tx, ctx, {
    organizationId: current.organizationId,
    actor: { userId: actor.userId },
    action: 'program.updated',
    target: { type: 'program', id: programId },
    details: { fields: Object.keys(changes).sort().join(',') },
  });
  return program ?? current;
}
