import type { AssignmentProblem } from './assignment-problem.ts';
import { certifyOptimality } from './certify-optimality.ts';
import { buildCohortIndex } from './cohort-index.ts';
import { explainPair } from './explain-pair.ts';
import { explainUnmatched } from './explain-unmatched.ts';
import { scoreAllPairs } from './score-all-pairs.ts';
import { IMPOSSIBLE } from './score-formula.ts';
import { solveAssignment } from './solve-assignment.ts';
import type { Assignment, MatchInput, MatchOutput, ScoreForm, Unmatched } from './types.ts';
import { validateMatchInput } from './validate-match-input.ts';

export type MatchingStage = 'scoring' | 'solving' | 'certifying' | 'explaining';

export interface MatchingOptions {
  /** Picks the default reference week; only read when the input does not set one. */
  now?: Date;
  /** Called as each stage starts (`done` 0) and as scoring proceeds (`done` mentees of `total`). */
  onProgress?: (stage: MatchingStage, done: number, total: number) => void;
}

/**
 * The engine end to end: MATCHING.md input (parsed JSON) in, output form out — scores, an exactly
 * optimal assignment for the objective, its certificate checked, reasons for every pair and every
 * unmatched mentee. The same input gives the same output, byte for byte once serialised.
 * @throws MatchInputError for malformed input; CertificateError if optimality cannot be proved.
 */
export function matchCohort(raw: unknown, options: MatchingOptions = {}): MatchOutput {
  return runMatching(validateMatchInput(raw, options.now), options);
}

/** As matchCohort, for input already validated by validateMatchInput. */
export function runMatching(input: MatchInput, options: MatchingOptions = {}): MatchOutput {
  const progress = options.onProgress ?? (() => {});
  const n = input.mentees.length;
  const index = input.form === 'profile' ? buildCohortIndex(input) : null;
  progress('scoring', 0, n);
  const scores =
    input.form === 'profile' ? scoreAllPairs(index!, (done) => progress('scoring', done, n)) : scoreMatrix(input);
  const problem: AssignmentProblem = {
    menteeCount: n,
    mentorCount: input.mentors.length,
    capacity: Int32Array.from(input.mentors, (mentor) => mentor.capacity),
    scores,
    objective: input.settings.objective,
  };
  progress('solving', 0, 1);
  const solution = solveAssignment(problem);
  progress('certifying', 0, 1);
  const objective = certifyOptimality(problem, solution);
  progress('explaining', 0, 1);

  const assignments: Assignment[] = [];
  const unmatched: Unmatched[] = [];
  const m = problem.mentorCount;
  input.mentees.forEach((mentee, i) => {
    const j = solution.mentorOf[i]!;
    if (j === -1) {
      unmatched.push(explainUnmatched(problem, index, i, mentee.id));
    } else {
      assignments.push({
        mentee: mentee.id,
        mentor: input.mentors[j]!.id,
        score: scores[i * m + j]!,
        reasons: index ? explainPair(index, i, j) : [],
      });
    }
  });
  const output: MatchOutput = { assignments, unmatched, objective, optimal: true };
  if (input.form === 'profile') output.referenceWeek = input.settings.referenceWeek;
  return output;
}

function scoreMatrix(input: ScoreForm): Uint8Array {
  const m = input.mentors.length;
  const scores = new Uint8Array(input.mentees.length * m);
  input.scores.forEach((row, i) => {
    row.forEach((score, j) => {
      scores[i * m + j] = score === null ? IMPOSSIBLE : score;
    });
  });
  return scores;
}
