import { and, eq, inArray } from 'drizzle-orm';
import type { Db, Tx } from '../../db/database.ts';
import { trainingAttempts, trainingModules } from './tables.ts';

/**
 * The training gate before `ready`: every required module of the participant's program has at
 * least one passing attempt. A program without required modules asks nothing.
 */
export async function hasPassedRequiredTraining(
  db: Db | Tx,
  participant: { id: string; programId: string },
): Promise<boolean> {
  const required = await db
    .select({ id: trainingModules.id })
    .from(trainingModules)
    .where(and(eq(trainingModules.programId, participant.programId), eq(trainingModules.isRequired, true)));
  if (required.length === 0) return true;
  const passed = await db
    .selectDistinct({ moduleId: trainingAttempts.moduleId })
    .from(trainingAttempts)
    .where(
      and(
        eq(trainingAttempts.participantId, participant.id),
        eq(trainingAttempts.hasPassed, true),
        inArray(
          trainingAttempts.moduleId,
          required.map((m) => m.id),
        ),
      ),
    );
  return passed.length === required.length;
}
