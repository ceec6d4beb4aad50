import { eq } from 'drizzle-orm';
import type { Ctx } from '../../context.ts';
import type { Tx } from '../../db/database.ts';
import { AppError } from '../../errors.ts';
import { newId } from '../../lib/ids.ts';
import { appendAuditEvents } from '../audit/append-audit-event.ts';
import type { Actor } from '../identity/actor.ts';
import { lockParticipants } from '../participants/lock-participants.ts';
import { isProgramStaff } from '../participants/policy.ts';
import { findEligiblePeople } from './find-eligible-people.ts';
import { notifyMatch } from './notify-match.ts';
import { pairKey } from './open-matches.ts';
import { type MatchRow, matches, matchingRuns, type RunRow } from './tables.ts';

/**
 * Approves a run's proposal: one `proposed` match per pair, both people told. The run is checked
 * against now first (someone may have been matched, paused or screened out since): a stale run is
 * refused whole, naming who changed, so nothing is half-approved.
 */
export async function approveMatchingRun(tx: Tx, ctx: Ctx, actor: Actor, runId: string): Promise<MatchRow[]> {
  const [run] = await tx.select().from(matchingRuns).where(eq(matchingRuns.id, runId)).for('update');
  // As on GET /api/matching-runs/:runId: to anyone but the program's staff (a safeguarding lead, a
  // mentor, a coordinator of another program) a run does not exist, rather than being forbidden.
  if (!run || !isProgramStaff(actor, { id: run.programId, organizationId: run.organizationId })) {
    throw new AppError('MATCHING_RUN_NOT_FOUND', 'There is no such matching run.');
  }
  const program = { id: run.programId, organizationId: run.organizationId };
  if (run.approvedAt) throw new AppError('RUN_ALREADY_APPROVED', 'This proposal was already approved.');
  const { pairs } = run.result;
  if (pairs.length === 0) throw new AppError('NOTHING_TO_MATCH', 'This run proposes no pair to approve.');
  await lockParticipants(
    tx,
    pairs.map((p) => p.mentorId),
  );
  await assertStillPossible(tx, ctx, program, run);

  const now = ctx.clock.now();
  const created = await tx
    .insert(matches)
    .values(
      pairs.map((pair) => ({
        id: newId(),
        organizationId: run.organizationId,
        programId: run.programId,
        mentorParticipantId: pair.mentorId,
        menteeParticipantId: pair.menteeId,
        source: 'cohort' as const,
        runId: run.id,
        score: pair.score,
        reasons: pair.reasons,
        status: 'proposed' as const,
        proposedAt: now,
        proposedBy: actor.userId,
      })),
    )
    .returning();
  await tx.update(matchingRuns).set({ approvedAt: now, approvedBy: actor.userId }).where(eq(matchingRuns.id, runId));
  await appendAuditEvents(tx, ctx, [
    {
      organizationId: run.organizationId,
      actor: { userId: actor.userId },
      action: 'matching.run_approved',
      target: { type: 'matching_run', id: run.id },
      details: { matches: created.length },
    },
    ...created.map((m) => ({
      organizationId: run.organizationId,
      actor: { userId: actor.userId },
      action: 'match.proposed',
      target: { type: 'match', id: m.id },
      details: { runId: run.id },
    })),
  ]);
  for (const match of created) await notifyMatch(tx, ctx, match, 'matchProposed', ['mentor', 'mentee']);
  return created;
}

async function assertStillPossible(
  tx: Tx,
  ctx: Ctx,
  program: { id: string; organizationId: string },
  run: RunRow,
): Promise<void> {
  const { mentees, mentors, state } = await findEligiblePeople(tx, ctx, program, null);
  const readyMentees = new Set(mentees.map((m) => m.id));
  const places = new Map(mentors.map((m) => [m.id, m.remainingCapacity]));
  const changed = new Set<string>();
  for (const pair of run.result.pairs) {
    if (!readyMentees.has(pair.menteeId)) changed.add(pair.menteeId);
    // Declined or closed since the run: the two are never proposed to each other again.
    if (state.endedPairs.has(pairKey(pair.menteeId, pair.mentorId))) {
      changed.add(pair.menteeId);
      changed.add(pair.mentorId);
    }
    const left = places.get(pair.mentorId) ?? 0;
    if (left <= 0) changed.add(pair.mentorId);
    places.set(pair.mentorId, left - 1);
  }
  if (changed.size > 0) {
    throw new AppError(
      'RUN_OUTDATED',
      'Some people in this proposal can no longer be matched this way (matched meanwhile, no longer ready, or no place left). Run matching again.',
      { participants: [...changed] },
    );
  }
}
