import { eq } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import type { Actor } from '../identity/actor.ts';
import { user } from '../identity/tables.ts';
import { getParticipantForActor } from './get-participant-for-actor.ts';
import { listParticipantTimeline } from './list-participant-timeline.ts';

/** The participant page (the person themself, or program staff): profile, person, and timeline. */
export async function getParticipantDetails(db: Db, actor: Actor, participantId: string) {
  const participant = await getParticipantForActor(db, actor, participantId, 'self-or-staff');
  const [person] = await db
    .select({ name: user.name, email: user.email, username: user.username })
    .from(user)
    .where(eq(user.id, participant.userId));
  const timeline = await listParticipantTimeline(db, participant.id);
  return {
    participant,
    name: person?.name ?? '',
    email: person?.email ?? '',
    username: person?.username ?? null,
    timeline,
  };
}
