import { eq } from 'drizzle-orm';
import type { Ctx } from '../../context.ts';
import type { Tx } from '../../db/database.ts';
import { AppError } from '../../errors.ts';
import { encryptField } from '../../lib/crypto.ts';
import { appendAuditEvent } from '../audit/append-audit-event.ts';
import type { Actor } from '../identity/actor.ts';
import { loadDataKey } from '../keys/load-data-key.ts';
import { getParticipantForActor } from './get-participant-for-actor.ts';
import { parseAvailability } from './import/parse-availability.ts';
import { openOwnWords, ownWordsBinding, type Profile } from './profile-get.ts';
import { participants, type WeeklySlot } from './tables.ts';

export interface ProfileChanges {
  languages?: string[];
  interests?: string[];
  goals?: string[];
  strengths?: string[];
  capacity?: number;
  availability?: WeeklySlot[];
  timeZone?: string;
  gender?: string | null;
  birthDate?: string | null;
  preferences?: Record<string, string>;
  /** `null` clears it. */
  ownWords?: string | null;
}

/**
 * Availability follows the CSV import's rules (one parser for both): the same slots written in
 * another order compare equal, and overlapping slots are refused.
 */
function normalAvailability(slots: WeeklySlot[]): WeeklySlot[] {
  const { slots: sorted, problems } = parseAvailability(slots.map((s) => `${s.day} ${s.start}-${s.end}`).join(';'));
  if (problems.length > 0) {
    throw new AppError('VALIDATION_FAILED', `Availability: ${problems.join('; ')}.`, {
      field: 'availability',
      problems,
    });
  }
  return sorted;
}

/** The participant edits their own profile. Goals are for mentees; strengths and capacity for mentors. */
export async function updateProfile(
  tx: Tx,
  ctx: Ctx,
  actor: Actor,
  participantId: string,
  changes: ProfileChanges,
): Promise<Profile> {
  const participant = await getParticipantForActor(tx, actor, participantId, 'self');
  const forOtherRole =
    participant.role === 'mentor' ? changes.goals : (changes.strengths ?? changes.capacity ?? undefined);
  if (forOtherRole !== undefined) {
    const fields = participant.role === 'mentor' ? 'goals' : 'strengths and capacity';
    throw new AppError('VALIDATION_FAILED', `A ${participant.role} has no ${fields}.`, { role: participant.role });
  }
  const { ownWords, availability, ...plain } = changes;
  const set: Partial<typeof participants.$inferInsert> = { ...plain, updatedAt: ctx.clock.now() };
  if (availability !== undefined) set.availability = normalAvailability(availability);
  if (ownWords !== undefined) {
    const key = await loadDataKey(tx, ctx, participant.dataKeyId);
    set.ownWords = ownWords === null ? null : encryptField(key, ownWordsBinding(participant.id), ownWords);
  }
  const [updated] = await tx.update(participants).set(set).where(eq(participants.id, participant.id)).returning();
  if (!updated) throw new Error('update returned nothing');
  await appendAuditEvent(tx, ctx, {
    organizationId: participant.organizationId,
    actor: { userId: actor.userId },
    action: 'participant.profile_updated',
    target: { type: 'participant', id: participant.id, isPerson: true },
    // Which fields changed, never their values.
    details: { fields: Object.keys(changes).sort().join(',') },
  });
  return { participant: updated, ownWords: await openOwnWords(tx, ctx, updated) };
}
