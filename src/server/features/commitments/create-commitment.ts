import type { Ctx } from '../../context.ts';
import type { Tx } from '../../db/database.ts';
import { newId } from '../../lib/ids.ts';
import type { Actor } from '../identity/actor.ts';
import { publishMatchChange } from '../live/publish-match-change.ts';
import { getMatchDataKey } from '../matching/get-match-data-key.ts';
import { assertActive, findScheduleMatch, otherSide, personOf } from '../meetings/schedule-match.ts';
import type { MatchSideName } from '../meetings/tables.ts';
import { createNotices } from '../notifications/create-notices.ts';
import { scheduleCommitmentReminder } from '../notifications/schedule-commitment-reminder.ts';
import { dueInstant } from './commitment-due.ts';
import { sealCommitmentText } from './commitment-text.ts';
import { type PairCommitment, presentForPair } from './present-commitment.ts';
import { commitments } from './tables.ts';

export interface CreateCommitmentInput {
  owner: MatchSideName;
  text: string;
  /** `YYYY-MM-DD`, the last local day in the writer's own zone. */
  dueDate: string;
}

/**
 * One of the pair writes down what one of them will do before next time. The words are sealed
 * with the match key; the other person is told that something was added, not what.
 */
export async function createCommitment(
  tx: Tx,
  ctx: Ctx,
  actor: Actor,
  matchId: string,
  input: CreateCommitmentInput,
): Promise<PairCommitment> {
  const found = await findScheduleMatch(tx, actor, matchId, 'party', true);
  assertActive(found);
  const side = found.side!;
  const now = ctx.clock.now();
  const dueAt = dueInstant(input.dueDate, personOf(found, side).timeZone, now, found.program.endsOn);
  const key = await getMatchDataKey(tx, ctx, matchId);
  const id = newId();
  const [row] = await tx
    .insert(commitments)
    .values({
      id,
      organizationId: found.match.organizationId,
      programId: found.match.programId,
      matchId,
      owner: input.owner,
      text: sealCommitmentText(key, id, input.text),
      dueAt,
      createdBy: actor.userId,
      createdAt: now,
    })
    .returning();
  if (!row) throw new Error('insert returned nothing');
  await scheduleCommitmentReminder(tx, ctx, row);
  await createNotices(tx, ctx, [
    {
      userId: personOf(found, otherSide(side)).userId,
      organizationId: found.match.organizationId,
      kind: 'commitmentAdded',
      data: {
        matchId,
        commitmentId: id,
        owner: input.owner,
        other: personOf(found, side).name,
        dueDate: input.dueDate,
        dueAt: dueAt.toISOString(),
      },
      link: `/matches/${matchId}/schedule`,
    },
  ]);
  await publishMatchChange(tx, matchId, 'commitments');
  return presentForPair(found, row, key, now);
}
