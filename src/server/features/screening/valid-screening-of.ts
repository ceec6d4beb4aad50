import { inArray } from 'drizzle-orm';
import type { Db, Tx } from '../../db/database.ts';
import { screeningChecks } from '../participants/tables.ts';
import { expiryState, latestPerKind } from './screening-state.ts';

/**
 * hasValidScreening for many mentors in one read: the ids whose newest check of every kind has
 * passed and not expired on `today`. An expired check blocks new matches.
 */
export async function validScreeningOf(db: Db | Tx, participantIds: string[], today: string): Promise<Set<string>> {
  if (participantIds.length === 0) return new Set();
  const checks = await db.select().from(screeningChecks).where(inArray(screeningChecks.participantId, participantIds));
  const byParticipant = Map.groupBy(checks, (check) => check.participantId);
  const valid = new Set<string>();
  for (const [participantId, own] of byParticipant) {
    const latest = latestPerKind(own);
    const isValid = latest.every((c) => c.outcome === 'passed' && expiryState(c, today) !== 'expired');
    if (latest.length > 0 && isValid) valid.add(participantId);
  }
  return valid;
}
