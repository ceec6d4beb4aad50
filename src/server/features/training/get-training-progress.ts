import { asc, eq } from 'drizzle-orm';
import type { Db, Tx } from '../../db/database.ts';
import type { Actor } from '../identity/actor.ts';
import { getParticipantForActor } from '../participants/get-participant-for-actor.ts';
import { trainingAttempts, trainingModules } from './tables.ts';

/** Where a participant stands on each module of their program: for themself and program staff. */
export async function getTrainingProgress(db: Db | Tx, actor: Actor, participantId: string) {
  const participant = await getParticipantForActor(db, actor, participantId, 'self-or-staff');
  const modules = await db
    .select()
    .from(trainingModules)
    .where(eq(trainingModules.programId, participant.programId))
    .orderBy(asc(trainingModules.position));
  const attempts = await db
    .select()
    .from(trainingAttempts)
    .where(eq(trainingAttempts.participantId, participant.id))
    .orderBy(asc(trainingAttempts.attemptedAt));
  const progress = modules.map((m) => {
    const mine = attempts.filter((a) => a.moduleId === m.id);
    return {
      module: m,
      attemptCount: mine.length,
      bestScore: mine.length > 0 ? Math.max(...mine.map((a) => a.score)) : null,
      hasPassed: mine.some((a) => a.hasPassed),
      lastAttemptedAt: mine.at(-1)?.attemptedAt ?? null,
    };
  });
  const hasPassedRequired = progress.every((p) => !p.module.isRequired || p.hasPassed);
  return { participant, hasPassedRequired, modules: progress };
}
