import { eq } from 'drizzle-orm';
import type { Db, Tx } from '../../db/database.ts';
import { AppError } from '../../errors.ts';
import type { Actor } from '../identity/actor.ts';
import { isProgramStaff } from './policy.ts';
import { participants } from './tables.ts';

export type Participant = typeof participants.$inferSelect;
export type ParticipantAccess = 'self' | 'staff' | 'self-or-staff';

/**
 * A participant the actor may reach: the person themself, or the program's staff (coordinators of
 * that program, the organization's admins), as `access` allows. Anyone else gets the same 404 as
 * for a missing id, so ids of other programs reveal nothing.
 */
export async function getParticipantForActor(
  db: Db | Tx,
  actor: Actor,
  participantId: string,
  access: ParticipantAccess,
): Promise<Participant> {
  const [participant] = await db.select().from(participants).where(eq(participants.id, participantId));
  const isSelf = participant?.userId === actor.userId;
  const isStaff =
    participant !== undefined &&
    isProgramStaff(actor, { id: participant.programId, organizationId: participant.organizationId });
  const allowed = access === 'self' ? isSelf : access === 'staff' ? isStaff : isSelf || isStaff;
  if (!participant || !allowed) throw new AppError('PARTICIPANT_NOT_FOUND', 'There is no such participant.');
  return participant;
}
