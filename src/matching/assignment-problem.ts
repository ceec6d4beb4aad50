import type { Objective } from './types.ts';

/** What the solver sees: scores and capacities only, whichever input form they came from. */
export interface AssignmentProblem {
  menteeCount: number;
  mentorCount: number;
  /** Remaining capacity per mentor. */
  capacity: Int32Array;
  /** `scores[i * mentorCount + j]`, 0–100, or IMPOSSIBLE (score-formula.ts). */
  scores: Uint8Array;
  objective: Objective;
}

/**
 * Both objectives as one integer weight per pair, `weight = score × scale + bonus`, so that a
 * max-weight b-matching is exactly optimal for the objective and all arithmetic stays integral:
 * - `most-matched-then-score`: bonus 100·n + 1 exceeds any total score, so one more matched
 *   mentee always outweighs every score difference; then the total score decides.
 * - `max-score`: scale n + 1 makes one score point outweigh the +1 bonus of every pair together,
 *   so the total score decides and, among equal totals, the assignment matching more people wins.
 * With n ≤ 10⁷ every weight sum stays far below 2⁵³, so doubles hold them exactly.
 */
export function pairWeighting(problem: Pick<AssignmentProblem, 'menteeCount' | 'objective'>): {
  scale: number;
  bonus: number;
} {
  const n = problem.menteeCount;
  return problem.objective === 'max-score' ? { scale: n + 1, bonus: 1 } : { scale: 1, bonus: 100 * n + 1 };
}

/**
 * Capacities as the LP sees them: a mentor cannot take more than every mentee, so the mentees'
 * own constraints already imply min(capacity, n) and the LP is the same.
 */
export function effectiveCapacities(problem: Pick<AssignmentProblem, 'menteeCount' | 'capacity'>): Int32Array {
  return problem.capacity.map((c) => Math.min(c, problem.menteeCount));
}
