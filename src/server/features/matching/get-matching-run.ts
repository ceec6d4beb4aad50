import { and, desc, eq, lt } from 'drizzle-orm';
import type { z } from 'zod';
import type { Ctx } from '../../context.ts';
import type { Db } from '../../db/database.ts';
import { AppError } from '../../errors.ts';
import { appendAuditEvent } from '../audit/append-audit-event.ts';
import type { Actor } from '../identity/actor.ts';
import { user } from '../identity/tables.ts';
import { getProgramById } from '../organizations/get-program-by-id.ts';
import { listParticipantsForMatching } from '../participants/list-participants-for-matching.ts';
import { assertProgramStaff, isProgramStaff } from '../participants/policy.ts';
import { openReasons } from './open-reasons.ts';
import { iso, type runOut } from './presenters.ts';
import { matchingRuns, type RunRow } from './tables.ts';

/** One run as staff see it: names, reasons in words (experiences where consented), the run before it. */
export async function getMatchingRun(db: Db, ctx: Ctx, actor: Actor, runId: string): Promise<z.input<typeof runOut>> {
  const run = await findRunForStaff(db, actor, runId);
  return presentRun(db, ctx, actor, run);
}

/** A run the actor may see as program staff; anyone else gets the same 404 as for a missing id. */
export async function findRunForStaff(db: Db, actor: Actor, runId: string): Promise<RunRow> {
  const [run] = await db.select().from(matchingRuns).where(eq(matchingRuns.id, runId));
  if (!run || !isProgramStaff(actor, { id: run.programId, organizationId: run.organizationId })) {
    throw new AppError('MATCHING_RUN_NOT_FOUND', 'There is no such matching run.');
  }
  return run;
}

export async function presentRun(db: Db, ctx: Ctx, actor: Actor, run: RunRow): Promise<z.input<typeof runOut>> {
  const program = await getProgramById(db, actor, run.programId);
  assertProgramStaff(actor, program);
  const { pairs, unmatched } = run.result;
  const ids = [...new Set([...pairs.flatMap((p) => [p.menteeId, p.mentorId]), ...unmatched.map((u) => u.menteeId)])];
  const names = new Map(
    (await listParticipantsForMatching(db, run.programId, { ids })).map((p) => [p.id, p.name] as const),
  );
  const person = (participantId: string) => ({ participantId, name: names.get(participantId) ?? '' });
  const { reasons, namesAnExperience } = await openReasons(
    db,
    ctx,
    run.programId,
    pairs.map((p) => p.reasons),
    'staff',
  );
  if (namesAnExperience) {
    // Staff see lived experiences only with consent, and each such look is on the record.
    await db.transaction((tx) =>
      appendAuditEvent(tx, ctx, {
        organizationId: run.organizationId,
        actor: { userId: actor.userId },
        action: 'matching.run_viewed',
        target: { type: 'matching_run', id: run.id },
      }),
    );
  }
  const [starter] = await db.select({ name: user.name }).from(user).where(eq(user.id, run.startedBy));
  const [previous] = await db
    .select({ id: matchingRuns.id })
    .from(matchingRuns)
    .where(and(eq(matchingRuns.programId, run.programId), lt(matchingRuns.startedAt, run.startedAt)))
    .orderBy(desc(matchingRuns.startedAt))
    .limit(1);
  return {
    id: run.id,
    programId: run.programId,
    startedAt: iso(run.startedAt),
    startedBy: { name: starter?.name ?? '' },
    approvedAt: iso(run.approvedAt),
    limitedToMentees: run.menteeIds !== null,
    figures: run.figures,
    settings: run.settings,
    pins: run.pins,
    forbids: run.forbids,
    menteeIds: run.menteeIds,
    previousRunId: previous?.id ?? null,
    pairs: pairs.map((p, k) => ({
      mentee: person(p.menteeId),
      mentor: person(p.mentorId),
      score: p.score,
      pinned: p.pinned,
      reasons: reasons[k] ?? [],
    })),
    unmatched: unmatched.map((u) =>
      u.reason === 'no-possible-mentor'
        ? { mentee: person(u.menteeId), reason: u.reason, ruledOutBy: u.ruledOutBy }
        : { mentee: person(u.menteeId), reason: u.reason, possibleMentors: u.possibleMentors },
    ),
  };
}
