import type { Weights } from '../../../matching/types.ts';
import type { Ctx } from '../../context.ts';
import type { Tx } from '../../db/database.ts';
import { AppError } from '../../errors.ts';
import { appendAuditEvent } from '../audit/append-audit-event.ts';
import type { Actor } from '../identity/actor.ts';
import { getProgramById } from '../organizations/get-program-by-id.ts';
import { assertProgramStaff } from '../participants/policy.ts';
import { type MatchingSettings, readMatchingSettings } from './matching-settings.ts';
import { matchingSettings } from './tables.ts';

/** A coordinator changes the program's weights and constraints; the next run uses them. */
export async function updateMatchingSettings(
  tx: Tx,
  ctx: Ctx,
  actor: Actor,
  programId: string,
  settings: MatchingSettings,
): Promise<MatchingSettings> {
  const program = await getProgramById(tx, actor, programId);
  assertProgramStaff(actor, program);
  assertUsableWeights(settings.weights);
  if (settings.ageGap && settings.ageGap.min > settings.ageGap.max) {
    throw new AppError('VALIDATION_FAILED', 'The smallest age gap must not be larger than the largest.', {
      field: 'ageGap',
    });
  }
  const values = {
    weights: settings.weights,
    minOverlapMinutes: settings.minOverlapMinutes,
    requireSharedLanguage: settings.requireSharedLanguage,
    ageGapMin: settings.ageGap?.min ?? null,
    ageGapMax: settings.ageGap?.max ?? null,
    objective: settings.objective,
    updatedBy: actor.userId,
    updatedAt: ctx.clock.now(),
  };
  await tx
    .insert(matchingSettings)
    .values({ programId, ...values })
    .onConflictDoUpdate({ target: matchingSettings.programId, set: values });
  await appendAuditEvent(tx, ctx, {
    organizationId: program.organizationId,
    actor: { userId: actor.userId },
    action: 'matching.settings_changed',
    target: { type: 'program', id: programId },
    details: { objective: settings.objective, minOverlapMinutes: settings.minOverlapMinutes },
  });
  return readMatchingSettings(tx, programId);
}

function assertUsableWeights(weights: Weights): void {
  const total = Object.values(weights).reduce((sum, w) => sum + w, 0);
  if (!(total > 0)) {
    throw new AppError('VALIDATION_FAILED', 'At least one weight must be above zero.', { field: 'weights' });
  }
}
