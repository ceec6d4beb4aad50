import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateCohort } from '../../bench/matching/generate-cohort.ts';
import { asScoreForm, assignmentProblems } from '../../test/matching/support/assignment-problems.ts';
import { bruteForceBest } from '../../test/matching/support/brute-force-best.ts';
import { highsOptimum } from '../../test/matching/support/highs-optimum.ts';
import { type AssignmentProblem, effectiveCapacities, pairWeighting } from './assignment-problem.ts';
import { CertificateError, certifyOptimality } from './certify-optimality.ts';
import { buildCohortIndex } from './cohort-index.ts';
import { findDualViolations } from './find-dual-violations.ts';
import { matchCohort } from './run-matching.ts';
import { scoreAllPairs, scoreAndSelect } from './score-all-pairs.ts';
import { IMPOSSIBLE } from './score-formula.ts';
import { searchFromMentors, solveAssignment } from './solve-assignment.ts';
import type { Objective, ProfileForm } from './types.ts';
import { validateMatchInput } from './validate-match-input.ts';

const OBJECTIVES: Objective[] = ['max-score', 'most-matched-then-score'];

function weightOf(problem: AssignmentProblem, mentorOf: Int32Array): number {
  const { scale, bonus } = pairWeighting(problem);
  let total = 0;
  mentorOf.forEach((j, i) => {
    if (j !== -1) total += problem.scores[i * problem.mentorCount + j]! * scale + bonus;
  });
  return total;
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

    it(`reaches HiGHS's optimum for ${objective} when there are clearly fewer places than mentees (searching from the mentors)`, async () => {
      const scarce = assignmentProblems(objective).filter((problem) =>
        searchFromMentors(effectiveCapacities(problem), problem.menteeCount),
      );
      await fc.assert(
        fc.asyncProperty(
          scarce,
          fc.constantFrom(1, 4, 48),
          fc.constantFrom(1, 2, 24),
          async (problem, perMentee, perPlace) => {
            // Few pairs per mentor place leave many pairs violated after the mentors' searches.
            const solution = solveAssignment(problem, {
              candidatesPerMentee: perMentee,
              candidatesPerMentorPlace: perPlace,
            });
            certifyOptimality(problem, solution);
            expect(weightOf(problem, solution.mentorOf)).toBe(await highsOptimum(problem));
          },
        ),
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

  it('solves a cohort large enough for helper threads exactly as the same scores on one thread', () => {
    // Scoring, candidate selection and the checks of the duals run on a helper thread too for the
    // profile form; the score form of the same matrix runs all on this thread.
    const input = generateCohort(2000, 1000, 21);
    const index = buildCohortIndex(validateMatchInput(structuredClone(input)) as ProfileForm);
    const scores = scoreAllPairs(index, () => {}, { threads: 1 });
    const scoreForm = asScoreForm({
      menteeCount: 2000,
      mentorCount: 1000,
      capacity: Int32Array.from(input.mentors, (mentor) => mentor.capacity),
      scores,
      objective: input.settings.objective,
    });
    scoreForm.mentors.forEach((mentor, j) => {
      mentor.id = input.mentors[j]!.id;
    });
    scoreForm.mentees.forEach((mentee, i) => {
      mentee.id = input.mentees[i]!.id;
    });
    const threaded = matchCohort(input, { threads: 2 });
    const single = matchCohort(scoreForm);
    expect(threaded.assignments.map(({ reasons: _, ...pair }) => pair)).toEqual(
      single.assignments.map(({ reasons: _, ...pair }) => pair),
    );
    expect(threaded.objective).toEqual(single.objective);
    expect(threaded.unmatched.map((u) => [u.mentee, u.reason])).toEqual(
      single.unmatched.map((u) => [u.mentee, u.reason]),
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

describe('findDualViolations', () => {
  it('finds the same violations, in the same order, with helper threads as without', () => {
    const input = generateCohort(2000, 500, 4);
    const index = buildCohortIndex(validateMatchInput(input) as ProfileForm);
    const { scores, threads } = scoreAndSelect(index, () => {}, { threads: 2, keepThreads: true });
    try {
      const capacity = Int32Array.from(input.mentors, (mentor, j) => (j % 9 === 0 ? 0 : mentor.capacity));
      const problem: AssignmentProblem = {
        menteeCount: 2000,
        mentorCount: 500,
        capacity,
        scores,
        objective: 'max-score',
      };
      // Duals that hold on some pairs of every row and fail on others, all over the matrix.
      const y = Float64Array.from({ length: 2000 }, (_, i) => ((i * 37) % 60) * 2001);
      const z = Float64Array.from({ length: 500 }, (_, j) => ((j * 53) % 50) * 2001);
      for (const skipNoCapacity of [true, false]) {
        const alone = findDualViolations(problem, capacity, y, z, { skipNoCapacity, limit: Infinity });
        expect(alone.mentees.length).toBeGreaterThan(10_000);
        expect(findDualViolations(problem, capacity, y, z, { skipNoCapacity, limit: Infinity, threads })).toEqual(
          alone,
        );
      }
      const only = {
        mentees: Int32Array.from({ length: 700 }, (_, k) => (k * 3 + 1) % 2000),
        mentors: Int32Array.from([3, 77, 401]),
      };
      const alone = findDualViolations(problem, capacity, y, z, { skipNoCapacity: true, limit: Infinity, only });
      expect(alone.mentees.length).toBeGreaterThan(1000);
      expect(
        findDualViolations(problem, capacity, y, z, { skipNoCapacity: true, limit: Infinity, only, threads }),
      ).toEqual(alone);
    } finally {
      threads?.close();
    }
  });
});
