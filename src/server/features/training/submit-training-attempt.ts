import { eq } from 'drizzle-orm';
import type { Ctx } from '../../context.ts';
import type { Tx } from '../../db/database.ts';
import { AppError } from '../../errors.ts';
import { newId } from '../../lib/ids.ts';
import type { Actor } from '../identity/actor.ts';
import { getParticipantForActor } from '../participants/get-participant-for-actor.ts';
import { scoreQuiz } from './score-quiz.ts';
import { trainingAttempts, trainingModules } from './tables.ts';

/**
 * A participant takes a module's quiz. Every attempt is kept; the result explains each answer,
 * so a failed attempt teaches as much as a passed one. Only the participant themself answers.
 */
export async function submitTrainingAttempt(
  tx: Tx,
  ctx: Ctx,
  actor: Actor,
  input: { participantId: string; moduleId: string; answers: Record<string, string> },
) {
  const participant = await getParticipantForActor(tx, actor, input.participantId, 'self');
  const [module] = await tx.select().from(trainingModules).where(eq(trainingModules.id, input.moduleId));
  if (!module || module.programId !== participant.programId) {
    throw new AppError('TRAINING_MODULE_NOT_FOUND', 'There is no such training module in your program.');
  }
  const { score, results } = scoreQuiz(module.questions, input.answers);
  const [attempt] = await tx
    .insert(trainingAttempts)
    .values({
      id: newId(),
      participantId: participant.id,
      moduleId: module.id,
      score,
      hasPassed: score >= module.passMark,
      answers: input.answers,
      attemptedAt: ctx.clock.now(),
    })
    .returning();
  if (!attempt) throw new Error('insert returned nothing');
  return { attempt, passMark: module.passMark, results };
}
