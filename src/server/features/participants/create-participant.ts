import type { Ctx } from '../../context.ts';
import type { Tx } from '../../db/database.ts';
import { AppError } from '../../errors.ts';
import { newId } from '../../lib/ids.ts';
import { createDataKey } from '../keys/create-data-key.ts';
import type { Participant } from './get-participant-for-actor.ts';
import { recordStatusChange } from './record-status-change.ts';
import { type ParticipantRole, participants, type WeeklySlot } from './tables.ts';

/** What an application (or a coordinator on someone's behalf) says about a person. */
export interface ParticipantProfileInput {
  role: ParticipantRole;
  timeZone: string;
  birthDate?: string | undefined;
  gender?: string | undefined;
  languages: string[];
  interests: string[];
  goals?: string[] | undefined;
  strengths?: string[] | undefined;
  capacity?: number | undefined;
  availability?: WeeklySlot[] | undefined;
}

export interface NewParticipant extends ParticipantProfileInput {
  organizationId: string;
  programId: string;
  userId: string;
}

/**
 * A participant in `applied`, with their own data key (for the sealed profile fields that come
 * later) and the first timeline entry. One person applies once per program and role.
 */
export async function createParticipant(
  tx: Tx,
  ctx: Ctx,
  actorId: string | null,
  input: NewParticipant,
): Promise<Participant> {
  const id = newId();
  const key = await createDataKey(tx, ctx, { ownerType: 'participant', ownerId: id });
  const [participant] = await tx
    .insert(participants)
    .values(participantRow(ctx, id, key.id, input))
    // The unique index settles a race between two submissions of the same form.
    .onConflictDoNothing()
    .returning();
  if (!participant) {
    throw new AppError('ALREADY_APPLIED', `This person has already applied to this program as a ${input.role}.`);
  }
  await recordStatusChange(tx, ctx, { participantId: id, from: null, to: 'applied', actorId, reason: null });
  return participant;
}

/** The row of a new participant in `applied`; role decides which of goals, strengths and capacity apply. */
export function participantRow(
  ctx: Ctx,
  id: string,
  dataKeyId: string,
  input: NewParticipant,
): typeof participants.$inferInsert {
  const now = ctx.clock.now();
  return {
    id,
    organizationId: input.organizationId,
    programId: input.programId,
    userId: input.userId,
    role: input.role,
    status: 'applied',
    timeZone: input.timeZone,
    birthDate: input.birthDate ?? null,
    gender: input.gender ?? null,
    languages: input.languages,
    interests: input.interests,
    goals: input.role === 'mentee' ? (input.goals ?? []) : [],
    strengths: input.role === 'mentor' ? (input.strengths ?? []) : [],
    capacity: input.role === 'mentor' ? (input.capacity ?? 1) : null,
    availability: input.availability ?? [],
    dataKeyId,
    createdAt: now,
    updatedAt: now,
  };
}
