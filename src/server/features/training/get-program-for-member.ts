import { and, eq } from 'drizzle-orm';
import type { Db, Tx } from '../../db/database.ts';
import { AppError } from '../../errors.ts';
import type { Actor } from '../identity/actor.ts';
import { getProgramById } from '../organizations/get-program-by-id.ts';
import { programs } from '../organizations/tables.ts';
import { isProgramStaff } from '../participants/policy.ts';
import { participants } from '../participants/tables.ts';

export type Program = typeof programs.$inferSelect;

/**
 * A program whose training and agreement the actor may read: anyone who can view the program, and
 * its participants (an applicant may hold no role in it yet). `isStaff` says who may change them.
 */
export async function getProgramForMember(
  db: Db | Tx,
  actor: Actor,
  programId: string,
): Promise<{ program: Program; isStaff: boolean }> {
  const [participant] = await db
    .select({ id: participants.id })
    .from(participants)
    .where(and(eq(participants.programId, programId), eq(participants.userId, actor.userId)))
    .limit(1);
  const program = participant ? await findProgram(db, programId) : await getProgramById(db, actor, programId);
  return { program, isStaff: isProgramStaff(actor, program) };
}

async function findProgram(db: Db | Tx, programId: string): Promise<Program> {
  const [program] = await db.select().from(programs).where(eq(programs.id, programId));
  if (!program) throw new AppError('PROGRAM_NOT_FOUND', 'There is no such program.');
  return program;
}

/** Training and the agreement are changed by the program's staff only. */
export function assertProgramStaff(actor: Actor, program: Program): void {
  if (!isProgramStaff(actor, program)) {
    throw new AppError('FORBIDDEN', "Only this program's coordinators and the organization's admins can do this.");
  }
}
