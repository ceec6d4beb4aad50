import { type AssignmentProblem, effectiveCapacities, pairWeighting } from './assignment-problem.ts';
import { findDualViolations } from './find-dual-violations.ts';
import type { RowThreads } from './row-threads.ts';
import { IMPOSSIBLE } from './score-formula.ts';
import type { Solution } from './solve-assignment.ts';

/** The proof of optimality does not hold: a bug, never a result to show. */
export class CertificateError extends Error {
  constructor(problem: string) {
    super(`matching certificate failed: ${problem}`);
    this.name = 'CertificateError';
  }
}

/**
 * Proves the assignment optimal by LP duality, independently of how it was found. The b-matching
 * LP is: maximise Σ weight·x subject to Σ_j x_ij ≤ 1 per mentee, Σ_i x_ij ≤ capacity_j per mentor,
 * x ≥ 0. Its dual: minimise Σ y_i + Σ capacity_j·z_j subject to y_i + z_j ≥ weight_ij on every
 * possible pair, y, z ≥ 0. A feasible assignment whose weight equals the objective of a feasible
 * dual is optimal even among fractional assignments (weak duality). Checked here, in exact integer
 * arithmetic: the assignment respects capacities and impossible pairs; every dual is a
 * non-negative integer; the dual constraint holds on *every* possible pair (not only the ones the
 * solver looked at); primal weight = dual objective.
 * @returns the objective in the output's terms.
 * @throws CertificateError on the first check that fails.
 */
export function certifyOptimality(
  problem: AssignmentProblem,
  solution: Pick<Solution, 'mentorOf' | 'menteeDual' | 'mentorDual'>,
  /** Helper threads holding `problem.scores` (row-threads.ts): the check of every pair is shared out. */
  threads: RowThreads | null = null,
): { matched: number; totalScore: number } {
  const { menteeCount: n, mentorCount: m, scores } = problem;
  const { mentorOf, menteeDual: y, mentorDual: z } = solution;
  const { scale, bonus } = pairWeighting(problem);
  if (mentorOf.length !== n || y.length !== n || z.length !== m) throw new CertificateError('sizes do not match');

  const taken = new Int32Array(m);
  let matched = 0;
  let totalScore = 0;
  let primal = 0;
  for (let i = 0; i < n; i++) {
    const j = mentorOf[i]!;
    if (j === -1) continue;
    if (!Number.isInteger(j) || j < 0 || j >= m) throw new CertificateError(`mentee ${i} has no such mentor ${j}`);
    const score = scores[i * m + j]!;
    if (score === IMPOSSIBLE) throw new CertificateError(`mentee ${i} is assigned impossible mentor ${j}`);
    if (++taken[j]! > problem.capacity[j]!) throw new CertificateError(`mentor ${j} is over capacity`);
    matched++;
    totalScore += score;
    primal += score * scale + bonus;
  }

  const capacity = effectiveCapacities(problem);
  let dual = 0;
  for (let i = 0; i < n; i++) {
    if (!isNonNegativeInteger(y[i]!)) throw new CertificateError(`dual of mentee ${i} is ${y[i]}`);
    dual += y[i]!;
  }
  for (let j = 0; j < m; j++) {
    if (!isNonNegativeInteger(z[j]!)) throw new CertificateError(`dual of mentor ${j} is ${z[j]}`);
    dual += capacity[j]! * z[j]!;
  }
  if (!Number.isSafeInteger(primal) || !Number.isSafeInteger(dual)) {
    throw new CertificateError('objective beyond exact integer range');
  }

  const violated = findDualViolations(problem, capacity, y, z, { skipNoCapacity: false, limit: 1, threads });
  if (violated.mentees.length > 0) {
    throw new CertificateError(
      `dual constraint fails on the pair (mentee ${violated.mentees[0]}, mentor ${violated.mentors[0]})`,
    );
  }
  if (primal !== dual) throw new CertificateError(`primal ${primal} differs from dual ${dual}`);
  return { matched, totalScore };
}

const isNonNegativeInteger = (value: number) => Number.isSafeInteger(value) && value >= 0;
