import { eq } from 'drizzle-orm';
import type { Objective, Weights } from '../../../matching/types.ts';
import { DEFAULT_WEIGHTS } from '../../../matching/validate-settings.ts';
import type { Db, Tx } from '../../db/database.ts';
import type { Actor } from '../identity/actor.ts';
import { getProgramById } from '../organizations/get-program-by-id.ts';
import { assertProgramStaff } from '../participants/policy.ts';
import { matchingSettings } from './tables.ts';

export interface MatchingSettings {
  weights: Weights;
  minOverlapMinutes: number;
  requireSharedLanguage: boolean;
  ageGap: { min: number; max: number } | null;
  objective: Objective;
}

/** MATCHING.md's defaults: what a program uses until a coordinator changes something. */
export const DEFAULT_MATCHING_SETTINGS: MatchingSettings = {
  weights: DEFAULT_WEIGHTS,
  minOverlapMinutes: 60,
  requireSharedLanguage: true,
  ageGap: { min: 1, max: 10 },
  objective: 'most-matched-then-score',
};

/** The program's settings (no policy: callers have checked who asks). */
export async function readMatchingSettings(db: Db | Tx, programId: string): Promise<MatchingSettings> {
  const [row] = await db.select().from(matchingSettings).where(eq(matchingSettings.programId, programId));
  if (!row) return DEFAULT_MATCHING_SETTINGS;
  return {
    weights: row.weights,
    minOverlapMinutes: row.minOverlapMinutes,
    requireSharedLanguage: row.requireSharedLanguage,
    ageGap: row.ageGapMin === null || row.ageGapMax === null ? null : { min: row.ageGapMin, max: row.ageGapMax },
    objective: row.objective,
  };
}

export async function getMatchingSettings(db: Db | Tx, actor: Actor, programId: string): Promise<MatchingSettings> {
  const program = await getProgramById(db, actor, programId);
  assertProgramStaff(actor, program);
  return readMatchingSettings(db, programId);
}
