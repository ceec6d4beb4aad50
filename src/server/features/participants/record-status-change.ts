import type { Ctx } from '../../context.ts';
import type { Tx } from '../../db/database.ts';
import { newId } from '../../lib/ids.ts';
import { type ParticipantStatus, participantStatusChanges } from './tables.ts';

export interface StatusChange {
  participantId: string;
  from: ParticipantStatus | null;
  to: ParticipantStatus;
  /** Null when the operator acted from the command line (no account). */
  actorId: string | null;
  reason: string | null;
}

/** One entry of the participant's timeline: who moved them where, when and why. */
export async function recordStatusChange(tx: Tx, ctx: Ctx, change: StatusChange): Promise<void> {
  await tx.insert(participantStatusChanges).values(statusChangeRow(ctx, change));
}

/** The timeline row for a change, for callers that record many at once. */
export function statusChangeRow(ctx: Ctx, change: StatusChange): typeof participantStatusChanges.$inferInsert {
  return {
    id: newId(),
    participantId: change.participantId,
    fromStatus: change.from,
    toStatus: change.to,
    actorId: change.actorId,
    reason: change.reason,
    occurredAt: ctx.clock.now(),
  };
}
