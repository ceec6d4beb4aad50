import { eq } from 'drizzle-orm';
import type { Db, Tx } from '../../db/database.ts';
import { AppError } from '../../errors.ts';
import type { Actor } from '../identity/actor.ts';
import { getProgramForMember } from './get-program-for-member.ts';
import { trainingModules } from './tables.ts';

/**
 * One module with its program. Someone outside the organization gets the same 404 as for a missing
 * id; a member of the organization outside the program is refused (and the denial audited).
 */
export async function getTrainingModule(db: Db | Tx, actor: Actor, moduleId: string) {
  const [module] = await db.select().from(trainingModules).where(eq(trainingModules.id, moduleId));
  if (!module) throw new AppError('TRAINING_MODULE_NOT_FOUND', 'There is no such training module.');
  try {
    const { program, isStaff } = await getProgramForMember(db, actor, module.programId);
    return { module, program, isStaff };
  } catch (error) {
    if (error instanceof AppError && error.code === 'PROGRAM_NOT_FOUND') {
      throw new AppError('TRAINING_MODULE_NOT_FOUND', 'There is no such training module.');
    }
    throw error;
  }
}
