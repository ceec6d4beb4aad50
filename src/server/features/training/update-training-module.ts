import { eq } from 'drizzle-orm';
import type { Ctx } from '../../context.ts';
import type { Tx } from '../../db/database.ts';
import { appendAuditEvent } from '../audit/append-audit-event.ts';
import type { Actor } from '../identity/actor.ts';
import type { TrainingModuleInput } from './create-training-module.ts';
import { assertProgramStaff } from './get-program-for-member.ts';
import { getTrainingModule } from './get-training-module.ts';
import { trainingModules } from './tables.ts';

export type TrainingModuleChanges = Partial<Omit<TrainingModuleInput, 'slug'>>;

/**
 * Staff edit a module. Past attempts keep the score they had; a new pass mark or quiz applies to
 * attempts from now on.
 */
export async function updateTrainingModule(
  tx: Tx,
  ctx: Ctx,
  actor: Actor,
  moduleId: string,
  changes: TrainingModuleChanges,
) {
  const { module: current, program } = await getTrainingModule(tx, actor, moduleId);
  assertProgramStaff(actor, program);
  const [updated] = await tx
    .update(trainingModules)
    .set({ ...changes, updatedAt: ctx.clock.now() })
    .where(eq(trainingModules.id, moduleId))
    .returning();
  await appendAuditEvent(tx, ctx, {
    organizationId: program.organizationId,
    actor: { userId: actor.userId },
    action: 'training.module_updated',
    target: { type: 'training_module', id: moduleId },
    details: { programId: program.id, fields: Object.keys(changes).sort().join(',') },
  });
  return { module: updated ?? current, isStaff: true };
}
