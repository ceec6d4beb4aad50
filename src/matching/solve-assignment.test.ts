import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { asScoreForm, assignmentProblems } from '../../test/matching/support/assignment-problems.ts';
import { highsOptimum } from '../../test/matching/support/highs-optimum.ts';
import { type AssignmentProblem, pairWeighting } from './assignment-problem.ts';
import { CertificateError, certifyOptimality } from './certify-optimality.ts';
import { matchCohort } from './run-matching.ts';
import { IMPOSSIBLE } from './score-formula.ts';
import { solveAssignment } from './solve-assignment.ts';
import type { Objective } from './types.ts';

const OBJECTIVES: Objective[] = ['max-score', 'most-matched-then-score'];

function weightOf(problem: AssignmentProblem, mentorOf: Int32Array): number {
  const { scale, bonus } = pairWeighting(problem);
  let total = 0;
  mentorOf.forEach((j, i) => {
    if (j !== -1) total += problem.scores[i * problem.mentorCount + j]! * scale + bonus;
  });
  return total;
}

/** Every assignment of up to 7 mentees, the best by the objective's own (matched, score) order. */
function bruteForceBest(problem: AssignmentProblem): { matched: number; totalScore: number } {
  const { menteeCount: n, mentorCount: m, scores, capacity } = problem;
  const taken = new Int32Array(m);
  let best = { matched: 0, totalScore: 0 };
  const better = (a: typeof best, b: typeof best) =>
    problem.objective === 'max-score'
      ? a.totalScore > b.totalScore || (a.totalScore === b.totalScore && a.matched > b.matched)
      : a.matched > b.matched || (a.matched === b.matched && a.totalScore > b.totalScore);
  const visit = (i: number, matched: number, totalScore: number) => {
    if (i === n) {
      if (better({ matched, totalScore }, best)) best = { matched, totalScore };
      return;
    }
    visit(i + 1, matched, totalScore);
    for (let j = 0; j < m; j++) {
      const score = scores[i * m + j]!;
      if (score === IMPOSSIBLE || taken[j]! >= capacity[j]!) continue;
      taken[j]!++;
      visit(i + 1, matched + 1, totalScore + score);
      taken[j]!--;
    }
  };
  visit(0, 0, 0);
  return best;
}

describe('solveAssignment', () => {
  for (const objective of OBJECTIVES) {
    it(`reaches HiGHS's optimum for ${objective}, within capacities and possible pairs, with a valid certificate`, async () => {
      await fc.assert(
        fc.asyncProperty(assignmentProblems(objective), fc.constantFrom(1, 2, 4, 48), async (problem, candidates) => {
          // Few candidates per mentee force the dual check on all pairs to find violations and repair them.
          const solution = solveAssignment(problem, { candidatesPerMentee: candidates });
          const { matched } = certifyOptimality(problem, solution);
          const taken = new Int32Array(problem.mentorCount);
          solution.mentorOf.forEach((j, i) => {
            if (j === -1) return;
            expect(problem.scores[i * problem.mentorCount + j]).not.toBe(IMPOSSIBLE);
            taken[j]!++;
          });
          taken.forEach((count, j) => {
            expect(count).toBeLessThanOrEqual(problem.capacity[j]!);
          });
          expect(matched).toBe(solution.mentorOf.filter((j) => j !== -1).length);
          expect(weightOf(problem, solution.mentorOf)).toBe(await highsOptimum(problem));
        }),
        { numRuns: 200 },
      );
    });

    it(`matches brute force on tiny instances for ${objective}`, () => {
      fc.assert(
        fc.property(assignmentProblems(objective, 7, 3), (problem) => {
          const solution = solveAssignment(problem, { candidatesPerMentee: 1 });
          expect(certifyOptimality(problem, solution)).toEqual(bruteForceBest(problem));
        }),
        { numRuns: 300 },
      );
    });
  }

  it('gives byte-identical output for the same input', () => {
    fc.assert(
      fc.property(assignmentProblems('most-matched-then-score', 20, 8), (problem) => {
        const input = asScoreForm(problem);
        expect(JSON.stringify(matchCohort(structuredClone(input)))).toBe(JSON.stringify(matchCohort(input)));
      }),
      { numRuns: 50 },
    );
  });

  it('prefers more matched mentees over a higher total only under most-matched-then-score', () => {
    // e1 alone on m1 scores 90; e1 on m2 and e2 on m1 match both for 20 + 30 = 50.
    const scores = Uint8Array.from([90, 20, 30, IMPOSSIBLE]);
    const problem = (objective: Objective): AssignmentProblem => ({
      menteeCount: 2,
      mentorCount: 2,
      capacity: Int32Array.from([1, 1]),
      scores,
      objective,
    });
    const most = problem('most-matched-then-score');
    expect(certifyOptimality(most, solveAssignment(most))).toEqual({ matched: 2, totalScore: 50 });
    const max = problem('max-score');
    expect(certifyOptimality(max, solveAssignment(max))).toEqual({ matched: 1, totalScore: 90 });
  });
});

describe('certifyOptimality', () => {
  const solved = assignmentProblems('most-matched-then-score', 20, 6)
    .filter((problem) => problem.capacity.some((c) => c > 0))
    .map((problem) => ({ problem, solution: solveAssignment(problem) }));

  it('refuses a corrupted assignment', () => {
    fc.assert(
      fc.property(solved, fc.nat(), fc.nat(), ({ problem, solution }, pickMentee, pickMentor) => {
        const mentorOf = solution.mentorOf.slice();
        const i = pickMentee % problem.menteeCount;
        const j = pickMentor % problem.mentorCount;
        // Move mentee i somewhere else: to no one if it had a mentor, else to mentor j.
        const changed = mentorOf[i] !== -1 ? -1 : j;
        fc.pre(changed !== mentorOf[i]);
        mentorOf[i] = changed;
        expect(() => certifyOptimality(problem, { ...solution, mentorOf })).toThrow(CertificateError);
      }),
      { numRuns: 200 },
    );
  });

  it('refuses corrupted duals', () => {
    fc.assert(
      fc.property(
        solved,
        fc.nat(),
        fc.constantFrom(-1, 1, 0.5),
        fc.boolean(),
        ({ problem, solution }, pick, change, onMentee) => {
          const menteeDual = solution.menteeDual.slice();
          const mentorDual = solution.mentorDual.slice();
          if (onMentee) {
            menteeDual[pick % problem.menteeCount]! += change;
          } else {
            // A mentor without capacity costs nothing in the dual objective, so raising its dual proves the same.
            const withCapacity = [...problem.capacity.keys()].filter((j) => problem.capacity[j]! > 0);
            mentorDual[withCapacity[pick % withCapacity.length]!]! += change;
          }
          expect(() => certifyOptimality(problem, { ...solution, menteeDual, mentorDual })).toThrow(CertificateError);
        },
      ),
      { numRuns: 200 },
    );
  });
});
