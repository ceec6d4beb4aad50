import { eq } from 'drizzle-orm';
import type { Ctx } from '../../context.ts';
import type { Tx } from '../../db/database.ts';
import { AppError } from '../../errors.ts';
import type { Actor } from '../identity/actor.ts';
import type { MatchSide } from '../matching/find-match-for-actor.ts';
import { findMeeting } from './find-meeting.ts';
import { scheduleChanged } from './schedule-changed.ts';
import { settleAttendance } from './settle-attendance.ts';
import { type AttendanceAnswer, type MeetingRow, meetings } from './tables.ts';

export interface AttendanceInput {
  answer: AttendanceAnswer;
  /** The mentee's "I felt heard", 1–5, when they met. */
  feltHeard?: number | null | undefined;
  /** The mentor's "I shared an experience of mine", when they met. */
  sharedExperience?: boolean | null | undefined;
}

/**
 * One of the pair says what happened once the meeting has started. An answer can be corrected
 * until both have answered and agree, and while the two disagree (so they can settle it
 * themselves); once settled, or resolved by staff, it stands.
 */
export async function recordAttendance(
  tx: Tx,
  ctx: Ctx,
  actor: Actor,
  meetingId: string,
  input: AttendanceInput,
): Promise<MeetingRow> {
  const { found, meeting } = await findMeeting(tx, actor, meetingId, 'party', true);
  const side = found.side as MatchSide;
  const now = ctx.clock.now();
  assertAnswerable(meeting, now);
  assertFitsSide(side, input);
  const mine = side === 'mentor' ? 'mentorAttendance' : 'menteeAttendance';
  const answers = {
    mentor: side === 'mentor' ? input.answer : meeting.mentorAttendance,
    mentee: side === 'mentee' ? input.answer : meeting.menteeAttendance,
  };
  const settled = settleAttendance(answers.mentor, answers.mentee);
  const met = input.answer === 'met';
  const [updated] = await tx
    .update(meetings)
    .set({
      [mine]: input.answer,
      ...(side === 'mentor'
        ? { mentorConfirmedAt: now, mentorSharedExperience: met ? (input.sharedExperience ?? false) : null }
        : { menteeConfirmedAt: now, feltHeard: met ? (input.feltHeard ?? null) : null }),
      status: settled?.status ?? 'scheduled',
      noShowBy: settled?.noShowBy ?? null,
      updatedAt: now,
    })
    .where(eq(meetings.id, meetingId))
    .returning();
  if (!updated) throw new Error('update returned nothing');
  await scheduleChanged(tx, ctx, found, {
    kind: updated.status === 'disputed' ? 'disputed' : 'attendance-confirmed',
    actorUserId: actor.userId,
    actorRole: side,
    meetingId,
    detail: { answer: input.answer, status: updated.status },
  });
  return updated;
}

function assertAnswerable(meeting: MeetingRow, now: Date): void {
  if (meeting.status === 'cancelled') {
    throw new AppError('MEETING_NOT_SCHEDULED', 'This meeting was cancelled: there is no attendance to confirm.');
  }
  if (meeting.startsAt > now) {
    throw new AppError('MEETING_NOT_OVER', 'This meeting has not started yet: confirm what happened afterwards.');
  }
  if (meeting.resolvedAt || meeting.status === 'held' || meeting.status === 'no-show') {
    throw new AppError('MEETING_SETTLED', 'You have both confirmed this meeting already: it can no longer be changed.');
  }
}

function assertFitsSide(side: MatchSide, input: AttendanceInput): void {
  if (side === 'mentor' && input.feltHeard != null) {
    throw new AppError('VALIDATION_FAILED', '"I felt heard" is for the mentee to answer.');
  }
  if (side === 'mentee' && input.sharedExperience != null) {
    throw new AppError('VALIDATION_FAILED', '"I shared an experience of mine" is for the mentor to answer.');
  }
}
