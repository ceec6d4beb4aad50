import { asc, eq } from 'drizzle-orm';
import type { Db, Tx } from '../../db/database.ts';
import type { Actor } from '../identity/actor.ts';
import { getProgramForMember } from './get-program-for-member.ts';
import { trainingModules } from './tables.ts';

export type TrainingModule = typeof trainingModules.$inferSelect;

/** A program's modules in their order, for anyone in the program. */
export async function listTrainingModules(db: Db | Tx, actor: Actor, programId: string): Promise<TrainingModule[]> {
  await getProgramForMember(db, actor, programId);
  return db
    .select()
    .from(trainingModules)
    .where(eq(trainingModules.programId, programId))
    .orderBy(asc(trainingModules.position));
}
