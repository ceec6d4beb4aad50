import { eq } from 'drizzle-orm';
import type { Db, Tx } from '../../db/database.ts';
import { screeningChecks } from '../participants/tables.ts';
import { expiryState, latestPerKind } from './screening-state.ts';

/**
 * For matching: a mentor's screening is valid when they have at least one check and the newest
 * check of every kind recorded has passed and has not expired on `today` (ISO date). `expired`
 * names the kinds whose newest check has expired: an expired check blocks new matches.
 */
export async function hasValidScreening(
  db: Db | Tx,
  participantId: string,
  today: string,
): Promise<{ isValid: boolean; expired: string[] }> {
  const checks = await db.select().from(screeningChecks).where(eq(screeningChecks.participantId, participantId));
  const latest = latestPerKind(checks);
  const expired = latest.filter((c) => expiryState(c, today) === 'expired').map((c) => c.kind);
  const isValid = latest.length > 0 && expired.length === 0 && latest.every((c) => c.outcome === 'passed');
  return { isValid, expired: expired.sort() };
}
