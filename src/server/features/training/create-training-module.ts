import { and, eq, max } from 'drizzle-orm';
import type { Ctx } from '../../context.ts';
import type { Tx } from '../../db/database.ts';
import { AppError } from '../../errors.ts';
import { newId } from '../../lib/ids.ts';
import { appendAuditEvent } from '../audit/append-audit-event.ts';
import type { Actor } from '../identity/actor.ts';
import { assertProgramStaff, getProgramForMember } from './get-program-for-member.ts';
import { type QuizQuestion, trainingModules } from './tables.ts';

export interface TrainingModuleInput {
  slug: string;
  title: string;
  summary: string;
  body: string;
  questions: QuizQuestion[];
  passMark: number;
  isRequired: boolean;
}

/** Staff add a module of their own; it goes after the existing ones. */
export async function createTrainingModule(
  tx: Tx,
  ctx: Ctx,
  actor: Actor,
  programId: string,
  input: TrainingModuleInput,
) {
  const { program } = await getProgramForMember(tx, actor, programId);
  assertProgramStaff(actor, program);
  await assertModuleSlugFree(tx, programId, input.slug);
  const [last] = await tx
    .select({ position: max(trainingModules.position) })
    .from(trainingModules)
    .where(eq(trainingModules.programId, programId));
  const now = ctx.clock.now();
  const [created] = await tx
    .insert(trainingModules)
    .values({ id: newId(), programId, ...input, position: (last?.position ?? 0) + 1, createdAt: now, updatedAt: now })
    .returning();
  if (!created) throw new Error('insert returned nothing');
  await appendAuditEvent(tx, ctx, {
    organizationId: program.organizationId,
    actor: { userId: actor.userId },
    action: 'training.module_created',
    target: { type: 'training_module', id: created.id },
    details: { programId, slug: created.slug, isRequired: created.isRequired },
  });
  return { module: created, isStaff: true };
}

async function assertModuleSlugFree(tx: Tx, programId: string, slug: string): Promise<void> {
  const [taken] = await tx
    .select({ id: trainingModules.id })
    .from(trainingModules)
    .where(and(eq(trainingModules.programId, programId), eq(trainingModules.slug, slug)));
  if (taken) throw new AppError('SLUG_TAKEN', `This program already has a module "${slug}".`, { field: 'slug' });
}
