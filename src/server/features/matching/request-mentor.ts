import type { Ctx } from '../../context.ts';
import type { Tx } from '../../db/database.ts';
import { AppError } from '../../errors.ts';
import { newId } from '../../lib/ids.ts';
import { appendAuditEvent } from '../audit/append-audit-event.ts';
import type { Actor } from '../identity/actor.ts';
import { getParticipantForActor } from '../participants/get-participant-for-actor.ts';
import { listParticipantsForMatching } from '../participants/list-participants-for-matching.ts';
import { lockParticipants } from '../participants/lock-participants.ts';
import { assertCurrentAgreement } from './assert-current-agreement.ts';
import { notifyMatch } from './notify-match.ts';
import { countOpenMatchesOfMentor, readProgramMatchState } from './open-matches.ts';
import { rankMentorsForMentee } from './rank-mentors-for-mentee.ts';
import { storedReasons } from './stored-result.ts';
import { type MatchRow, matches } from './tables.ts';

/**
 * Mentee choice: a ready mentee asks one of their possible mentors, accepting the match and its
 * confidentiality agreement as they ask. The mentor's and the mentee's rows are locked first, so
 * concurrent requests are counted one after another and a mentor's capacity holds.
 */
export async function requestMentor(
  tx: Tx,
  ctx: Ctx,
  actor: Actor,
  participantId: string,
  input: { mentorParticipantId: string; agreementVersionId: string },
): Promise<MatchRow> {
  const mentee = await getParticipantForActor(tx, actor, participantId, 'self');
  if (mentee.role !== 'mentee') throw new AppError('NOT_ELIGIBLE', 'Only mentees choose a mentor.');
  await lockParticipants(tx, [mentee.id, input.mentorParticipantId]);
  await assertCurrentAgreement(tx, mentee.programId, input.agreementVersionId);
  if ((await readProgramMatchState(tx, mentee.programId)).menteesWithOpenMatch.has(mentee.id)) {
    throw new AppError('MATCH_ALREADY_OPEN', 'You already have a match or a request waiting for an answer.');
  }
  await assertMentorHasPlace(tx, mentee.programId, input.mentorParticipantId);
  const { ranked, cohort } = await rankMentorsForMentee(tx, ctx, mentee, Number.POSITIVE_INFINITY);
  const choice = ranked.find((r) => r.mentor === input.mentorParticipantId);
  if (!choice) {
    throw new AppError(
      'NOT_A_SUGGESTION',
      'This mentor cannot be matched with you. Please choose one of your suggestions.',
    );
  }
  const now = ctx.clock.now();
  const [match] = await tx
    .insert(matches)
    .values({
      id: newId(),
      organizationId: mentee.organizationId,
      programId: mentee.programId,
      mentorParticipantId: choice.mentor,
      menteeParticipantId: mentee.id,
      source: 'mentee_choice',
      score: choice.score,
      reasons: storedReasons(cohort, choice),
      status: 'proposed',
      proposedAt: now,
      proposedBy: actor.userId,
      menteeAcceptedAt: now,
      menteeAgreementId: input.agreementVersionId,
      menteeAgreementAcknowledgedAt: now,
    })
    .returning();
  if (!match) throw new Error('insert returned nothing');
  await appendAuditEvent(tx, ctx, {
    organizationId: mentee.organizationId,
    actor: { userId: actor.userId },
    action: 'match.requested',
    target: { type: 'match', id: match.id },
  });
  await notifyMatch(tx, ctx, match, 'mentorRequested', ['mentor']);
  return match;
}

async function assertMentorHasPlace(tx: Tx, programId: string, mentorId: string): Promise<void> {
  const [mentor] = await listParticipantsForMatching(tx, programId, { ids: [mentorId] });
  if (mentor?.role !== 'mentor') {
    throw new AppError(
      'NOT_A_SUGGESTION',
      'This mentor cannot be matched with you. Please choose one of your suggestions.',
    );
  }
  if ((await countOpenMatchesOfMentor(tx, mentorId)) >= (mentor.capacity ?? 0)) {
    throw new AppError('MENTOR_FULL', `${mentor.name} has no place left. Please choose another mentor.`);
  }
}
