import { and, eq, sql } from 'drizzle-orm';
import type { Ctx } from '../../context.ts';
import type { Tx } from '../../db/database.ts';
import { AppError } from '../../errors.ts';
import { newId } from '../../lib/ids.ts';
import { appendAuditEvent } from '../audit/append-audit-event.ts';
import type { Actor } from '../identity/actor.ts';
import { assertProgramStaff, getProgramForMember } from '../training/get-program-for-member.ts';
import { findProgramExperience, type ProgramExperience } from './experience-vocabulary.ts';
import { programExperiences } from './tables.ts';

/** Staff add a label to the program's vocabulary; labels are unique per program, ignoring case. */
export async function addProgramExperience(
  tx: Tx,
  ctx: Ctx,
  actor: Actor,
  programId: string,
  label: string,
): Promise<ProgramExperience> {
  const { program } = await getProgramForMember(tx, actor, programId);
  assertProgramStaff(actor, program);
  const [taken] = await tx
    .select({ id: programExperiences.id })
    .from(programExperiences)
    .where(and(eq(programExperiences.programId, programId), sql`lower(${programExperiences.label}) = lower(${label})`));
  if (taken) throw new AppError('EXPERIENCE_TAKEN', `The program already has "${label}".`, { experienceId: taken.id });
  const [row] = await tx
    .insert(programExperiences)
    .values({ id: newId(), programId, label, createdAt: ctx.clock.now() })
    .returning();
  if (!row) throw new Error('insert returned nothing');
  await appendAuditEvent(tx, ctx, {
    organizationId: program.organizationId,
    actor: { userId: actor.userId },
    action: 'program.experience_added',
    target: { type: 'program_experience', id: row.id },
    details: { programId },
  });
  return row;
}

/**
 * Archiving takes a label out of the choices for new experiences; participants who hold it keep
 * it (their consent, not the vocabulary, decides what is shown). Unarchiving brings it back.
 */
export async function setProgramExperienceArchived(
  tx: Tx,
  ctx: Ctx,
  actor: Actor,
  input: { programId: string; experienceId: string; archived: boolean },
): Promise<ProgramExperience> {
  const { program } = await getProgramForMember(tx, actor, input.programId);
  assertProgramStaff(actor, program);
  const existing = await findProgramExperience(tx, input.programId, input.experienceId);
  const archivedAt = input.archived ? (existing.archivedAt ?? ctx.clock.now()) : null;
  const [row] = await tx
    .update(programExperiences)
    .set({ archivedAt })
    .where(eq(programExperiences.id, existing.id))
    .returning();
  if (!row) throw new Error('update returned nothing');
  await appendAuditEvent(tx, ctx, {
    organizationId: program.organizationId,
    actor: { userId: actor.userId },
    action: input.archived ? 'program.experience_archived' : 'program.experience_restored',
    target: { type: 'program_experience', id: row.id },
    details: { programId: input.programId },
  });
  return row;
}
