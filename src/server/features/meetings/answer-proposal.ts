import { eq } from 'drizzle-orm';
import type { Ctx } from '../../context.ts';
import type { Tx } from '../../db/database.ts';
import { AppError } from '../../errors.ts';
import type { Actor } from '../identity/actor.ts';
import type { MatchSide } from '../matching/find-match-for-actor.ts';
import { insertMeeting } from './create-meeting.ts';
import { assertScheduled } from './find-meeting.ts';
import { assertMeetingTimes, assertNoOverlap } from './meeting-rules.ts';
import { moveMeeting } from './reschedule-meeting.ts';
import { scheduleChanged } from './schedule-changed.ts';
import { assertActive, findScheduleMatch, type ScheduleMatch } from './schedule-match.ts';
import { meetingProposals, meetings, type ProposalRow } from './tables.ts';

type Answer = 'accept' | 'decline' | 'withdraw';

/**
 * The other person accepts (the meeting is created or moved, re-checked against the schedule as
 * it is now) or declines with a reason; the proposer may withdraw. Only a pending proposal can
 * be answered.
 */
export async function answerProposal(
  tx: Tx,
  ctx: Ctx,
  actor: Actor,
  proposalId: string,
  answer: Answer,
  reason: string | null = null,
): Promise<ProposalRow> {
  const { found, proposal } = await findProposal(tx, actor, proposalId);
  const side = found.side as MatchSide;
  if (proposal.status !== 'pending') {
    throw new AppError('PROPOSAL_NOT_PENDING', `This proposal was already ${proposal.status}.`);
  }
  const isProposer = proposal.proposedBy === side;
  if (answer === 'withdraw' ? !isProposer : isProposer) {
    throw new AppError(
      'NOT_YOUR_PROPOSAL',
      answer === 'withdraw'
        ? 'Only the person who proposed a time can withdraw it.'
        : 'The other person answers your proposal.',
    );
  }
  const now = ctx.clock.now();
  let meetingId = proposal.meetingId;
  if (answer === 'accept') {
    assertActive(found);
    meetingId = await acceptTime(tx, ctx, found, proposal, actor.userId);
  }
  const status = answer === 'accept' ? 'accepted' : answer === 'decline' ? 'declined' : 'withdrawn';
  const [answered] = await tx
    .update(meetingProposals)
    .set({ status, respondedAt: now, responseReason: reason, meetingId })
    .where(eq(meetingProposals.id, proposalId))
    .returning();
  if (!answered) throw new Error('update returned nothing');
  await scheduleChanged(tx, ctx, found, {
    kind: answer === 'accept' ? 'proposal-accepted' : answer === 'decline' ? 'proposal-declined' : 'proposal-withdrawn',
    actorUserId: actor.userId,
    actorRole: side,
    meetingId,
    proposalId,
    detail: { startsAt: proposal.startsAt.toISOString(), reason },
    ...(answer === 'withdraw'
      ? {}
      : {
          tell: {
            template: 'proposalAnswered' as const,
            startsAt: proposal.startsAt,
            reason,
            answer: answer === 'accept' ? ('accepted' as const) : ('declined' as const),
          },
        }),
  });
  return answered;
}

async function findProposal(tx: Tx, actor: Actor, proposalId: string) {
  const [peek] = await tx.select().from(meetingProposals).where(eq(meetingProposals.id, proposalId));
  if (!peek) throw new AppError('PROPOSAL_NOT_FOUND', 'There is no such proposal.');
  const found = await findScheduleMatch(tx, actor, peek.matchId, 'party', true).catch((error) => {
    throw error instanceof AppError && error.code === 'MATCH_NOT_FOUND'
      ? new AppError('PROPOSAL_NOT_FOUND', 'There is no such proposal.')
      : error;
  });
  // Re-read under the match lock: the proposal may have been answered while we waited.
  const [proposal] = await tx.select().from(meetingProposals).where(eq(meetingProposals.id, proposalId));
  if (!proposal) throw new AppError('PROPOSAL_NOT_FOUND', 'There is no such proposal.');
  return { found, proposal };
}

/** Creates or moves the meeting the proposal names; returns its id. */
async function acceptTime(tx: Tx, ctx: Ctx, found: ScheduleMatch, proposal: ProposalRow, userId: string) {
  const to = {
    startsAt: proposal.startsAt,
    endsAt: proposal.endsAt,
    timeZone: proposal.timeZone,
    location: proposal.location,
    videoUrl: proposal.videoUrl,
  };
  if (proposal.meetingId) {
    const [meeting] = await tx.select().from(meetings).where(eq(meetings.id, proposal.meetingId)).for('update');
    if (!meeting) throw new AppError('MEETING_NOT_FOUND', 'The meeting this proposal moves no longer exists.');
    assertScheduled(meeting);
    // The proposer asked for the move: a late one counts against them, as if they had moved it.
    const moved = await moveMeeting(
      tx,
      ctx,
      found,
      meeting,
      { side: proposal.proposedBy, userId: proposal.proposedByUser },
      { ...to, reason: proposal.reason },
      false, // the person accepting is the one who would be told
    );
    return moved.id;
  }
  assertMeetingTimes(found, to, ctx.clock.now(), to.timeZone);
  await assertNoOverlap(tx, found, [to]);
  const meeting = await insertMeeting(tx, ctx, found, userId, to);
  return meeting.id;
}
