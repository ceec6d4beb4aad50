import fc from 'fast-check';
import type { AssignmentProblem } from '../../../src/matching/assignment-problem.ts';
import { IMPOSSIBLE } from '../../../src/matching/score-formula.ts';
import type { Objective } from '../../../src/matching/types.ts';

/**
 * Score-form problems up to `maxMentees` × `maxMentors`: capacities 0–10, 0–60 % impossible pairs,
 * and in half of them tie-heavy scores (only 0, 50 or 100), where many assignments are optimal.
 */
export function assignmentProblems(objective: Objective, maxMentees = 30, maxMentors = 10) {
  return fc
    .record({
      n: fc.integer({ min: 1, max: maxMentees }),
      m: fc.integer({ min: 1, max: maxMentors }),
      impossiblePercent: fc.integer({ min: 0, max: 60 }),
      tieHeavy: fc.boolean(),
      maxCapacity: fc.constantFrom(1, 3, 10),
    })
    .chain(({ n, m, impossiblePercent, tieHeavy, maxCapacity }) =>
      fc
        .record({
          capacity: fc.array(fc.integer({ min: 0, max: maxCapacity }), { minLength: m, maxLength: m }),
          cells: fc.array(fc.tuple(fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 100 })), {
            minLength: n * m,
            maxLength: n * m,
          }),
        })
        .map(
          ({ capacity, cells }): AssignmentProblem => ({
            menteeCount: n,
            mentorCount: m,
            capacity: Int32Array.from(capacity),
            scores: Uint8Array.from(cells, ([draw, score]) =>
              draw < impossiblePercent ? IMPOSSIBLE : tieHeavy ? [0, 50, 100][score % 3]! : score,
            ),
            objective,
          }),
        ),
    );
}

/** The assignment problem as the score form of MATCHING.md. */
export function asScoreForm(problem: AssignmentProblem) {
  const { menteeCount: n, mentorCount: m } = problem;
  return {
    settings: { objective: problem.objective },
    mentors: Array.from(problem.capacity, (capacity, j) => ({ id: `m${j}`, capacity })),
    mentees: Array.from({ length: n }, (_, i) => ({ id: `e${i}` })),
    scores: Array.from({ length: n }, (_, i) =>
      Array.from(problem.scores.subarray(i * m, (i + 1) * m), (s) => (s === IMPOSSIBLE ? null : s)),
    ),
  };
}
