import { eq } from 'drizzle-orm';
import type { Db, Tx } from '../../db/database.ts';
import { AppError } from '../../errors.ts';
import type { Actor } from '../identity/actor.ts';
import { assertCanViewProgram } from './policy.ts';
import { programs } from './tables.ts';

/** A program the actor may see. Someone outside it gets the same 404 as for a missing id. */
export async function getProgramById(db: Db | Tx, actor: Actor, programId: string) {
  const [program] = await db.select().from(programs).where(eq(programs.id, programId));
  if (!program || !actor.assignments.some((a) => a.organizationId === program.organizationId)) {
    throw new AppError('PROGRAM_NOT_FOUND', 'There is no such program.');
  }
  assertCanViewProgram(actor, program);
  return program;
}
