import { sql } from 'drizzle-orm';
import type { Tx } from '../../db/database.ts';

export const LIVE_CHANNEL = 'trellis_live';

/**
 * Tells every app process that a match changed. NOTIFY is transactional: listeners hear it only
 * if the caller's transaction commits, so a page never refetches a change that was rolled back.
 */
export async function publishMatchChange(tx: Tx, matchId: string, what: string): Promise<void> {
  await tx.execute(sql`select pg_notify(${LIVE_CHANNEL}, ${JSON.stringify({ matchId, what })})`);
}
