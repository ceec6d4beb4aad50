import { and, asc, eq } from 'drizzle-orm';
import type { Ctx } from '../../context.ts';
import type { Db, Tx } from '../../db/database.ts';
import { AppError } from '../../errors.ts';
import { newId } from '../../lib/ids.ts';
import type { Actor } from '../identity/actor.ts';
import { getProgramForMember } from '../training/get-program-for-member.ts';
import { programExperiences } from './tables.ts';

export type ProgramExperience = typeof programExperiences.$inferSelect;

/** What every program starts with; staff add their own and archive what does not fit. */
export const defaultExperienceLabels = [
  'First-generation student',
  'Moved countries',
  'Foster care',
  'Care-experienced',
  'Bereavement',
  'Disability',
  'LGBTQ+',
  'Young carer',
  'Mental health',
  'Faith',
  'English as an additional language',
] as const;

/** Installs the default vocabulary in the transaction that creates the program. */
export async function installDefaultExperiences(tx: Tx, ctx: Ctx, programId: string): Promise<void> {
  const createdAt = ctx.clock.now();
  await tx
    .insert(programExperiences)
    .values(defaultExperienceLabels.map((label) => ({ id: newId(), programId, label, createdAt })));
}

/** The vocabulary, for program members (participants choose from it); archived labels last. */
export async function listProgramExperiences(db: Db | Tx, actor: Actor, programId: string) {
  await getProgramForMember(db, actor, programId);
  const rows = await db
    .select()
    .from(programExperiences)
    .where(eq(programExperiences.programId, programId))
    .orderBy(asc(programExperiences.createdAt), asc(programExperiences.label));
  return rows.sort((a, b) => Number(a.archivedAt !== null) - Number(b.archivedAt !== null));
}

/** One label of the program's vocabulary, or 404. */
export async function findProgramExperience(db: Db | Tx, programId: string, experienceId: string) {
  const [row] = await db
    .select()
    .from(programExperiences)
    .where(and(eq(programExperiences.programId, programId), eq(programExperiences.id, experienceId)));
  if (!row) throw new AppError('EXPERIENCE_NOT_FOUND', 'There is no such experience in this program.');
  return row;
}
