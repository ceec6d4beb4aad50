import { desc, eq } from 'drizzle-orm';
import type { Ctx } from '../../context.ts';
import type { Db, Tx } from '../../db/database.ts';
import type { Actor } from '../identity/actor.ts';
import { getParticipantForActor } from '../participants/get-participant-for-actor.ts';
import { screeningChecks } from '../participants/tables.ts';
import { hasValidScreening } from './has-valid-screening.ts';
import { organizationToday } from './organization-today.ts';

/** A mentor's checks, newest first, each flagged expired / expiring / current, with the overall verdict. */
export async function listScreeningChecks(db: Db | Tx, ctx: Ctx, actor: Actor, participantId: string) {
  const participant = await getParticipantForActor(db, actor, participantId, 'staff');
  const today = await organizationToday(db, ctx, participant.organizationId);
  const checks = await db
    .select()
    .from(screeningChecks)
    .where(eq(screeningChecks.participantId, participant.id))
    .orderBy(desc(screeningChecks.checkedOn), desc(screeningChecks.createdAt));
  return { participant, today, checks, screening: await hasValidScreening(db, participant.id, today) };
}
