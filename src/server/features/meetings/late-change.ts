import type { MatchSide } from '../matching/find-match-for-actor.ts';

const DAY_MS = 86_400_000;

/**
 * Who, if anyone, made a late change: a cancellation by either of the pair, or a reschedule by
 * the mentor, less than 24 hours before the start (the mentee moving a meeting is not held
 * against the relationship: the mentor's reliability is what the pillar measures).
 */
export function lateChangeBy(
  change: 'cancel' | 'reschedule',
  side: MatchSide,
  startsAt: Date,
  now: Date,
): MatchSide | null {
  const isLate = startsAt.getTime() - now.getTime() < DAY_MS;
  if (!isLate) return null;
  return change === 'cancel' || side === 'mentor' ? side : null;
}
