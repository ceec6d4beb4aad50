import type { MatchSide } from '../matching/find-match-for-actor.ts';
import type { AttendanceAnswer, MeetingStatus } from './tables.ts';

export interface Settled {
  status: MeetingStatus;
  noShowBy: MatchSide | 'both' | null;
}

/**
 * What the two answers say happened. Both "we met": held. Answers that agree on who was missing
 * (one "I couldn't come", the other "they didn't come"; or both "I couldn't come"): a no-show by
 * that person. Anything else is disputed, which counts as not held until staff resolve it. One
 * answer alone settles nothing.
 */
export function settleAttendance(mentor: AttendanceAnswer | null, mentee: AttendanceAnswer | null): Settled | null {
  if (!mentor || !mentee) return null;
  if (mentor === 'met' && mentee === 'met') return { status: 'held', noShowBy: null };
  if (mentor === 'i-could-not-come' && mentee === 'i-could-not-come') return { status: 'no-show', noShowBy: 'both' };
  if (mentor === 'i-could-not-come' && mentee === 'they-did-not-come') return { status: 'no-show', noShowBy: 'mentor' };
  if (mentee === 'i-could-not-come' && mentor === 'they-did-not-come') return { status: 'no-show', noShowBy: 'mentee' };
  return { status: 'disputed', noShowBy: null };
}
