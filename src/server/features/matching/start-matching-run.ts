import { PinError } from '../../../matching/pin-error.ts';
import type { MatchOutput } from '../../../matching/types.ts';
import type { Ctx } from '../../context.ts';
import type { Db } from '../../db/database.ts';
import { AppError } from '../../errors.ts';
import { newId } from '../../lib/ids.ts';
import { appendAuditEvent } from '../audit/append-audit-event.ts';
import type { Actor } from '../identity/actor.ts';
import { getProgramById } from '../organizations/get-program-by-id.ts';
import { assertProgramStaff } from '../participants/policy.ts';
import { type MatchingCohort, readMatchingCohort } from './read-matching-cohort.ts';
import { runMatchingInWorker } from './run-matching-in-worker.ts';
import { storedResult } from './stored-result.ts';
import { matchingRuns, type PairRef, type RunRow } from './tables.ts';

export interface RunRequest {
  pins?: PairRef[] | undefined;
  forbids?: PairRef[] | undefined;
  menteeIds?: string[] | undefined;
}

export type RunStage = 'reading' | 'scoring' | 'solving' | 'certifying' | 'explaining';

/**
 * A cohort matching run (staff): read who can be matched, solve in a worker thread so the server
 * keeps answering, and store the certified proposal. Nothing is matched until it is approved.
 */
export async function startMatchingRun(
  db: Db,
  ctx: Ctx,
  actor: Actor,
  programId: string,
  request: RunRequest,
  onProgress: (stage: RunStage, done: number, total: number) => void = () => {},
): Promise<RunRow> {
  const program = await getProgramById(db, actor, programId);
  assertProgramStaff(actor, program);
  const pins = request.pins ?? [];
  const forbids = request.forbids ?? [];
  onProgress('reading', 0, 1);
  const cohort = await readMatchingCohort(db, ctx, program, { menteeIds: request.menteeIds ?? null, forbids });
  if (cohort.mentees.length === 0 || cohort.mentors.length === 0) {
    throw new AppError(
      'NOTHING_TO_MATCH',
      cohort.mentees.length === 0
        ? 'No mentee is ready to be matched.'
        : 'No mentor has a place: mentors need to be ready or active, screened, with capacity left.',
      { mentees: cohort.mentees.length, mentors: cohort.mentors.length },
    );
  }
  const output = await solve(cohort, pins, ctx.clock.now(), onProgress);
  const { result, figures } = storedResult(cohort, output);
  return db.transaction(async (tx) => {
    const [run] = await tx
      .insert(matchingRuns)
      .values({
        id: newId(),
        organizationId: program.organizationId,
        programId,
        startedBy: actor.userId,
        startedAt: ctx.clock.now(),
        settings: cohort.settings,
        pins,
        forbids,
        menteeIds: request.menteeIds ?? null,
        result,
        figures,
      })
      .returning();
    if (!run) throw new Error('insert returned nothing');
    await appendAuditEvent(tx, ctx, {
      organizationId: program.organizationId,
      actor: { userId: actor.userId },
      action: 'matching.run',
      target: { type: 'matching_run', id: run.id },
      details: { programId, mentees: figures.mentees, mentors: figures.mentors, matched: figures.matched },
    });
    return run;
  });
}

async function solve(
  cohort: MatchingCohort,
  pins: PairRef[],
  now: Date,
  onProgress: (stage: RunStage, done: number, total: number) => void,
): Promise<MatchOutput> {
  try {
    return await runMatchingInWorker(
      cohort.input,
      { now, pins: pins.map((p) => ({ mentee: p.menteeId, mentor: p.mentorId })) },
      onProgress,
    );
  } catch (error) {
    if (!(error instanceof PinError)) throw error;
    const pin = pins[error.pin];
    throw new AppError('PIN_NOT_POSSIBLE', pinMessage(error, cohort, pin), {
      pin: error.pin,
      problem: error.problem,
      ruledOutBy: error.ruledOutBy,
    });
  }
}

function pinMessage(error: PinError, cohort: MatchingCohort, pin: PairRef | undefined): string {
  const name = (id: string | undefined) =>
    [...cohort.mentees, ...cohort.mentors].find((p) => p.id === id)?.name ?? 'someone not in this run';
  const pair = `${name(pin?.menteeId)} with ${name(pin?.mentorId)}`;
  switch (error.problem) {
    case 'unknown-mentee':
      return `Cannot pin ${pair}: the mentee is not ready to be matched.`;
    case 'unknown-mentor':
      return `Cannot pin ${pair}: the mentor has no place (not ready, not screened, or no capacity left).`;
    case 'mentee-pinned-twice':
      return `Cannot pin ${pair}: this mentee is already pinned to another mentor.`;
    case 'mentor-over-capacity':
      return `Cannot pin ${pair}: the mentor has no more places than pins.`;
    case 'impossible-pair':
      return `Cannot pin ${pair}: ruled out by ${error.ruledOutBy.join(', ')}.`;
  }
}
