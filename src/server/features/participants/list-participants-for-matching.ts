import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db, Tx } from '../../db/database.ts';
import { user } from '../identity/tables.ts';
import { type ParticipantRole, type ParticipantStatus, participants } from './tables.ts';

export type ParticipantWithName = typeof participants.$inferSelect & { name: string };

/** A program's participants of one role in the given statuses (or with the given ids), with their names. */
export async function listParticipantsForMatching(
  db: Db | Tx,
  programId: string,
  select: { role: ParticipantRole; statuses: readonly ParticipantStatus[] } | { ids: string[] },
): Promise<ParticipantWithName[]> {
  if ('ids' in select && select.ids.length === 0) return [];
  const where =
    'ids' in select
      ? and(eq(participants.programId, programId), inArray(participants.id, select.ids))
      : and(
          eq(participants.programId, programId),
          eq(participants.role, select.role),
          inArray(participants.status, [...select.statuses]),
        );
  const rows = await db
    .select({ participant: participants, name: user.name })
    .from(participants)
    .innerJoin(user, eq(user.id, participants.userId))
    .where(where)
    .orderBy(asc(participants.createdAt), asc(participants.id));
  return rows.map((r) => ({ ...r.participant, name: r.name }));
}
