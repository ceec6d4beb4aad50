import { and, eq } from 'drizzle-orm';
import type { Ctx } from '../../context.ts';
import type { Tx } from '../../db/database.ts';
import { AppError } from '../../errors.ts';
import { newId } from '../../lib/ids.ts';
import type { Actor } from '../identity/actor.ts';
import type { MatchSide } from '../matching/find-match-for-actor.ts';
import { scheduleProposalNudges } from '../notifications/schedule-proposal-nudges.ts';
import { assertNotStarted, assertScheduled } from './find-meeting.ts';
import { type MeetingPlaceInput, type MeetingTimeInput, spanOf } from './meeting-input.ts';
import { assertMeetingTimes, assertNoOverlap } from './meeting-rules.ts';
import { scheduleChanged } from './schedule-changed.ts';
import { assertActive, findScheduleMatch } from './schedule-match.ts';
import { meetingProposals, meetings, type ProposalRow } from './tables.ts';

export interface ProposalInput extends MeetingTimeInput, MeetingPlaceInput {
  /** A new time for this meeting; omitted for a new meeting. */
  meetingId?: string | undefined;
  reason?: string | null | undefined;
}

/** One of the pair proposes a time (new, or for a meeting); the other accepts or declines. */
export async function proposeMeeting(
  tx: Tx,
  ctx: Ctx,
  actor: Actor,
  matchId: string,
  input: ProposalInput,
): Promise<ProposalRow> {
  const found = await findScheduleMatch(tx, actor, matchId, 'party', true);
  assertActive(found);
  const now = ctx.clock.now();
  if (input.meetingId) {
    const [meeting] = await tx
      .select()
      .from(meetings)
      .where(and(eq(meetings.id, input.meetingId), eq(meetings.matchId, matchId)));
    if (!meeting) throw new AppError('MEETING_NOT_FOUND', 'There is no such meeting in this match.');
    assertScheduled(meeting);
    assertNotStarted(meeting, now);
  }
  const span = spanOf(input);
  assertMeetingTimes(found, span, now, input.timeZone);
  await assertNoOverlap(tx, found, [span], input.meetingId ? [input.meetingId] : []);
  const side = found.side as MatchSide;
  const [proposal] = await tx
    .insert(meetingProposals)
    .values({
      id: newId(),
      organizationId: found.match.organizationId,
      programId: found.match.programId,
      matchId,
      meetingId: input.meetingId ?? null,
      proposedBy: side,
      proposedByUser: actor.userId,
      ...span,
      timeZone: input.timeZone,
      location: input.location ?? null,
      videoUrl: input.videoUrl ?? null,
      reason: input.reason ?? null,
      status: 'pending',
      createdAt: now,
    })
    .returning();
  if (!proposal) throw new Error('insert returned nothing');
  await scheduleProposalNudges(tx, ctx, proposal);
  await scheduleChanged(tx, ctx, found, {
    kind: 'proposed',
    actorUserId: actor.userId,
    actorRole: side,
    meetingId: input.meetingId ?? null,
    proposalId: proposal.id,
    detail: { startsAt: proposal.startsAt.toISOString(), reason: proposal.reason },
    tell: { template: 'meetingProposed', startsAt: proposal.startsAt, reason: proposal.reason },
  });
  return proposal;
}
