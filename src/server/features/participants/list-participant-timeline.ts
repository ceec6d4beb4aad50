import { asc, eq } from 'drizzle-orm';
import type { Db, Tx } from '../../db/database.ts';
import { user } from '../identity/tables.ts';
import { participantStatusChanges } from './tables.ts';

/** The participant's status changes, oldest first, with the name of whoever made each. */
export async function listParticipantTimeline(db: Db | Tx, participantId: string) {
  return (
    db
      .select({
        id: participantStatusChanges.id,
        fromStatus: participantStatusChanges.fromStatus,
        toStatus: participantStatusChanges.toStatus,
        actorId: participantStatusChanges.actorId,
        actorName: user.name,
        reason: participantStatusChanges.reason,
        occurredAt: participantStatusChanges.occurredAt,
      })
      .from(participantStatusChanges)
      .leftJoin(user, eq(user.id, participantStatusChanges.actorId))
      .where(eq(participantStatusChanges.participantId, participantId))
      // Ids are UUIDv7: within one millisecond they still sort in the order they were made.
      .orderBy(asc(participantStatusChanges.occurredAt), asc(participantStatusChanges.id))
  );
}

export type TimelineEntry = Awaited<ReturnType<typeof listParticipantTimeline>>[number];
