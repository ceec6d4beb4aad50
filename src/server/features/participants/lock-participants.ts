import { asc, inArray } from 'drizzle-orm';
import type { Tx } from '../../db/database.ts';
import { participants } from './tables.ts';

/**
 * Takes the participants' rows for update, in id order (so two lockers cannot deadlock): whoever
 * spends a mentor's capacity holds the mentor's row until commit, and the next one counts after.
 */
export async function lockParticipants(tx: Tx, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  await tx
    .select({ id: participants.id })
    .from(participants)
    .where(inArray(participants.id, [...new Set(ids)]))
    .orderBy(asc(participants.id))
    .for('update');
}
