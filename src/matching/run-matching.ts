import { type AssignmentProblem, effectiveCapacities } from './assignment-problem.ts';
import { compactCandidates, type RowCandidates, usableMentors } from './best-candidates.ts';
import { certifyOptimality } from './certify-optimality.ts';
import { buildCohortIndex, type CohortIndex } from './cohort-index.ts';
import { explainPair } from './explain-pair.ts';
import { explainUnmatched } from './explain-unmatched.ts';
import { type Pin, resolvePins } from './resolve-pins.ts';
import type { RowThreads } from './row-threads.ts';
import { scoreAndSelect } from './score-all-pairs.ts';
import { IMPOSSIBLE } from './score-formula.ts';
import { CANDIDATES_PER_MENTEE, solveAssignment } from './solve-assignment.ts';
import type { Assignment, MatchInput, MatchOutput, ScoreForm, Unmatched } from './types.ts';
import { validateMatchInput } from './validate-match-input.ts';

export type MatchingStage = 'scoring' | 'solving' | 'certifying' | 'explaining';

export interface MatchingOptions {
  /** Picks the default reference week; only read when the input does not set one. */
  now?: Date;
  /**
   * Pairs fixed before the run: assigned first, scored like every pair (with the whole cohort's
   * IDF), marked `pinned: true` in the output; the rest of the cohort is then solved exactly and
   * certified with the mentors' remaining capacity. A pin that cannot be kept is refused (PinError).
   */
  pins?: readonly Pin[];
  /**
   * Threads for scoring and for checking the duals of a profile-form cohort, this one included
   * (score-all-pairs.ts); by default the machine's cores for a large cohort, one otherwise. The
   * output is the same whatever the number.
   */
  threads?: number;
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
  const m = input.mentors.length;
  const index = input.form === 'profile' ? buildCohortIndex(input) : null;
  const pins = resolvePins(input, index, options.pins ?? []);
  // What is left of each mentor once the pins are placed: the problem the solver gets.
  const capacity = Int32Array.from(input.mentors, (mentor) => mentor.capacity);
  for (const j of pins.mentorOf) if (j !== -1) capacity[j]!--;
  progress('scoring', 0, n);
  let scores: Uint8Array;
  let candidates: RowCandidates | null = null;
  // Helper threads that scored a large cohort stay for the checks of every pair's dual constraint.
  let threads: RowThreads | null = null;
  if (input.form === 'profile') {
    const usable = usableMentors(effectiveCapacities({ menteeCount: n, capacity }));
    ({ scores, candidates, threads } = scoreAndSelect(index!, (done) => progress('scoring', done, n), {
      candidates: { usable, limit: CANDIDATES_PER_MENTEE },
      keepThreads: true,
      ...(options.threads !== undefined && { threads: options.threads }),
    }));
  } else {
    scores = scoreMatrix(input);
  }
  try {
    const pinnedScores = pins.count > 0 ? takePinnedPairs(pins.mentorOf, scores, m, candidates) : null;
    const problem: AssignmentProblem = {
      menteeCount: n,
      mentorCount: m,
      capacity,
      scores,
      objective: input.settings.objective,
    };
    progress('solving', 0, 1);
    const solution = solveAssignment(problem, {
      ...(candidates && { candidates: compactCandidates(candidates) }),
      threads,
    });
    progress('certifying', 0, 1);
    const objective = certifyOptimality(problem, solution, threads);
    progress('explaining', 0, 1);
    return explainedOutput(input, index, problem, solution.mentorOf, objective, pins.mentorOf, pinnedScores);
  } finally {
    // The helpers wait for work until told to stop (they are idle while pairs are explained).
    threads?.close();
  }
}

/**
 * The output form: each pair with its reasons (pinned pairs marked and counted in the objective),
 * each unmatched mentee with why.
 */
function explainedOutput(
  input: MatchInput,
  index: CohortIndex | null,
  problem: AssignmentProblem,
  mentorOf: Int32Array,
  objective: { matched: number; totalScore: number },
  pinnedMentorOf: Int32Array,
  pinnedScores: Uint8Array | null,
): MatchOutput {
  const m = problem.mentorCount;
  // An unmatched mentee is explained against the mentors' whole capacity: a possible mentor whose
  // room went to pinned pairs has its capacity taken as much as one filled by better pairs.
  const explained: AssignmentProblem = pinnedScores
    ? { ...problem, capacity: Int32Array.from(input.mentors, (mentor) => mentor.capacity) }
    : problem;
  const assignments: Assignment[] = [];
  const unmatched: Unmatched[] = [];
  input.mentees.forEach((mentee, i) => {
    const pinnedMentor = pinnedMentorOf[i]!;
    if (pinnedMentor !== -1) {
      const score = pinnedScores![i]!;
      objective.matched++;
      objective.totalScore += score;
      assignments.push({
        mentee: mentee.id,
        mentor: input.mentors[pinnedMentor]!.id,
        score,
        pinned: true,
        reasons: index ? explainPair(index, i, pinnedMentor) : [],
      });
      return;
    }
    const j = mentorOf[i]!;
    if (j === -1) {
      unmatched.push(explainUnmatched(explained, index, i, mentee.id));
    } else {
      assignments.push({
        mentee: mentee.id,
        mentor: input.mentors[j]!.id,
        score: problem.scores[i * m + j]!,
        reasons: index ? explainPair(index, i, j) : [],
      });
    }
  });
  const output: MatchOutput = { assignments, unmatched, objective, optimal: true };
  if (input.form === 'profile') output.referenceWeek = input.settings.referenceWeek;
  return output;
}

/**
 * Takes the pinned pairs out of the problem before solving: each pinned mentee's row becomes
 * impossible (so the solver leaves it alone) and loses its candidates; its mentor's capacity went
 * down by one before scoring. What is left is exactly "the rest of the cohort with the remaining
 * capacity", solved and certified as any problem. Returns each pinned mentee's score (read before
 * its row is cleared).
 */
function takePinnedPairs(
  mentorOf: Int32Array,
  scores: Uint8Array,
  m: number,
  candidates: RowCandidates | null,
): Uint8Array {
  const pinnedScores = new Uint8Array(mentorOf.length);
  mentorOf.forEach((j, i) => {
    if (j === -1) return;
    const score = scores[i * m + j]!;
    // resolvePins refused every pair a hard constraint rules out, by the same rules scoring applies.
    if (score === IMPOSSIBLE) throw new Error(`pinned pair (mentee ${i}, mentor ${j}) scored as impossible`);
    pinnedScores[i] = score;
    scores.fill(IMPOSSIBLE, i * m, (i + 1) * m);
    if (candidates) candidates.counts[i] = 0;
  });
  return pinnedScores;
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
