import { eq } from 'drizzle-orm';
import type { Ctx } from '../../context.ts';
import type { Tx } from '../../db/database.ts';
import { AppError } from '../../errors.ts';
import { newId } from '../../lib/ids.ts';
import { appendAuditEvent } from '../audit/append-audit-event.ts';
import type { Actor } from '../identity/actor.ts';
import { getParticipantForActor } from '../participants/get-participant-for-actor.ts';
import { screeningChecks, type screeningKinds, type screeningOutcomes } from '../participants/tables.ts';
import { organizationToday } from './organization-today.ts';
import { latestPerKind } from './screening-state.ts';

export interface ScreeningCheckInput {
  kind: (typeof screeningKinds)[number];
  checkedOn: string;
  outcome: (typeof screeningOutcomes)[number];
  expiresOn: string | null;
}

/** Staff record that a mentor was checked: what, when, the outcome and expiry, never the documents. */
export async function recordScreeningCheck(
  tx: Tx,
  ctx: Ctx,
  actor: Actor,
  participantId: string,
  input: ScreeningCheckInput,
) {
  const participant = await getParticipantForActor(tx, actor, participantId, 'staff');
  if (participant.role !== 'mentor') throw new AppError('MENTORS_ONLY', 'Screening checks are for mentors.');
  const today = await organizationToday(tx, ctx, participant.organizationId);
  if (input.checkedOn > today) {
    throw new AppError('VALIDATION_FAILED', 'A check cannot be dated in the future.', { field: 'checkedOn' });
  }
  if (input.expiresOn !== null && input.expiresOn <= input.checkedOn) {
    throw new AppError('VALIDATION_FAILED', 'A check must expire after the day it was made.', { field: 'expiresOn' });
  }
  const [check] = await tx
    .insert(screeningChecks)
    .values({ id: newId(), participantId, ...input, recordedBy: actor.userId, createdAt: ctx.clock.now() })
    .returning();
  if (!check) throw new Error('insert returned nothing');
  await appendAuditEvent(tx, ctx, {
    organizationId: participant.organizationId,
    actor: { userId: actor.userId },
    action: 'screening.check_recorded',
    target: { type: 'participant', id: participant.id, isPerson: true },
    details: { kind: check.kind, outcome: check.outcome },
  });
  // A check dated before a newer one of its kind is history from the start.
  const all = await tx.select().from(screeningChecks).where(eq(screeningChecks.participantId, participant.id));
  const isSuperseded = !latestPerKind(all).some((c) => c.id === check.id);
  return { check, today, isSuperseded };
}
