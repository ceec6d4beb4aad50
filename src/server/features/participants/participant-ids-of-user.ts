import { eq } from 'drizzle-orm';
import type { Db, Tx } from '../../db/database.ts';
import { participants } from './tables.ts';

/** Every participation of one account (a person can mentor in one program and be mentored in another). */
export async function participantIdsOfUser(db: Db | Tx, userId: string): Promise<string[]> {
  const rows = await db.select({ id: participants.id }).from(participants).where(eq(participants.userId, userId));
  return rows.map((r) => r.id);
}
