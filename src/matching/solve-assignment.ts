import { type AssignmentProblem, effectiveCapacities, pairWeighting } from './assignment-problem.ts';
import { augmentFromMentee } from './augment-from-mentee.ts';
import { augmentFromMentor } from './augment-from-mentor.ts';
import { bestCandidates } from './best-candidates.ts';
import { buildCandidateGraph, EDGE_SCORE_MASK, type EdgeLists, withEdges } from './candidate-graph.ts';
import { bestPerMentorPlace, fillMentorsFirst } from './fill-mentors-first.ts';
import { findDualViolations } from './find-dual-violations.ts';
import type { RowThreads } from './row-threads.ts';
import { IMPOSSIBLE } from './score-formula.ts';
import { createSolverState, removeFromMentor, type SolverState, takeLowered } from './solver-state.ts';

/** An assignment with the dual solution that proves it optimal (certify-optimality.ts checks it). */
export interface Solution {
  /** The mentor of each mentee, or -1. */
  mentorOf: Int32Array;
  /** Dual of each mentee's constraint (integers, in weight units of assignment-problem.ts). */
  menteeDual: Float64Array;
  /** Dual of each mentor's capacity constraint. */
  mentorDual: Float64Array;
  /** How many times the candidate graph had to grow before the duals held on every pair. */
  rounds: number;
}

export interface SolveOptions {
  /** How many of its best mentors each mentee starts with (tests make it tiny to force repairs). */
  candidatesPerMentee?: number;
  /** Searching from the mentors: how many pairs each mentor starts with per place (tests make it tiny). */
  candidatesPerMentorPlace?: number;
  /** Called after each check of the duals (all pairs first, then those whose duals went down), with the pairs failing it. */
  onRound?: (round: number, violations: number) => void;
  /**
   * The candidates bestCandidates gives for this problem and `candidatesPerMentee`, when they were
   * already selected (scoring does it row by row: score-all-pairs.ts).
   */
  candidates?: EdgeLists;
  /** Helper threads holding `problem.scores` (row-threads.ts), to check the duals on all of them. */
  threads?: RowThreads | null;
}

export const CANDIDATES_PER_MENTEE = 48;
/**
 * When the solver searches from the mentors, how many of its best pairs (among the mentees' candidates) a mentor
 * keeps per place (fill-mentors-first.ts). Measured on the benchmark cohorts: 16–32 solve in about
 * the same time; 4–8 leave so many pairs violated that re-solving takes far longer.
 */
export const CANDIDATES_PER_MENTOR_PLACE = 24;

/**
 * Solves the capacitated assignment exactly: Hungarian searches on the best pairs — from each
 * mentee (augment-from-mentee.ts) on its best few mentors or, when there are clearly fewer places
 * than mentees (searchFromMentors), from each mentor (fill-mentors-first.ts) on the best of those
 * — then the duals are checked against every possible pair; pairs that violate them join the
 * candidate graph, their mentees are searched again and mentors left with room but a positive dual
 * are repaired (augment-from-mentor.ts), until no pair violates the duals. The result is then optimal on the
 * full problem, not only on the candidates. Among several optimal assignments, the one returned is
 * whichever these searches reach, in this fixed order: the same for the same problem, whatever the
 * number of threads (they only check duals), but not necessarily the one an earlier version chose.
 */
export function solveAssignment(problem: AssignmentProblem, options: SolveOptions = {}): Solution {
  const {
    candidatesPerMentee = CANDIDATES_PER_MENTEE,
    candidatesPerMentorPlace = CANDIDATES_PER_MENTOR_PLACE,
    onRound = () => {},
  } = options;
  const n = problem.menteeCount;
  const capacity = effectiveCapacities(problem);
  let lists: EdgeLists = options.candidates ?? bestCandidates(problem, capacity, candidatesPerMentee);
  const mentorsScarce = searchFromMentors(capacity, n);
  if (mentorsScarce) lists = bestPerMentorPlace(lists, capacity, candidatesPerMentorPlace);
  const state = createSolverState(buildCandidateGraph(problem, lists), capacity, n);
  if (mentorsScarce) fillMentorsFirst(state);
  else for (const i of strongestFirst(state)) augmentFromMentee(state, i);

  let rounds = 0;
  for (;;) {
    // The first check reads every pair; later ones only rows and columns whose dual went down.
    const lowered = takeLowered(state);
    const violations = findDualViolations(problem, capacity, state.y, state.z, {
      skipNoCapacity: true,
      limit: Number.POSITIVE_INFINITY,
      only: rounds === 0 ? undefined : lowered,
      threads: options.threads ?? null,
    });
    onRound(rounds, violations.mentees.length);
    if (violations.mentees.length === 0) break;
    rounds++;
    lists = withEdges(problem, lists, violations.mentees, violations.mentors);
    state.graph = buildCandidateGraph(problem, lists);
    const again = [...new Set(violations.mentees)].sort((a, b) => a - b);
    for (const i of again) {
      if (state.matchOf[i] !== -1) removeFromMentor(state, state.matchOf[i]!, i);
    }
    for (const i of again) augmentFromMentee(state, i);
    repairMentors(state);
  }

  priceMentorsWithoutCapacity(problem, capacity, state);
  return { mentorOf: state.matchOf, menteeDual: state.y, mentorDual: state.z, rounds };
}

/**
 * Whether the first searches start from the mentors (fill-mentors-first.ts): the side whose
 * searches end soon, since a search ends at a free node of the other side. With clearly fewer
 * places than mentees (below 95 %), many mentees stay free, so from the mentors; otherwise from the
 * mentees. Near a balance both sides have few free nodes left at the end. Measured on generated
 * cohorts of about 3,000 places (solving CPU): places for 99.7 % of the mentees, the mentees' side
 * 0.37–0.42 s against 0.50–0.59 s; at 94 % about even; at 92 % and below the mentors' side
 * (0.43 s against 0.52 s at 92 %, 0.30–0.39 s against 0.43–0.48 s at 76 %).
 * @param capacity effective capacities (assignment-problem.ts).
 */
export function searchFromMentors(capacity: Int32Array, menteeCount: number): boolean {
  let places = 0;
  for (const c of capacity) places += c;
  return places < 0.95 * menteeCount;
}

/**
 * Mentees in order of their best pair's weight, highest first (ties by index). Any order gives the
 * same optimum; this one makes later searches short, because mentees with weaker best pairs meet
 * prices already set and give up sooner (about 15% less work on the benchmark cohorts).
 */
function strongestFirst(state: SolverState): Int32Array {
  const { menteeStart, edges, scale, bonus } = state.graph;
  const best = new Float64Array(state.n);
  for (let i = 0; i < state.n; i++) {
    for (let e = menteeStart[i]!; e < menteeStart[i + 1]!; e++)
      best[i] = Math.max(best[i]!, (edges[e]! & EDGE_SCORE_MASK) * scale + bonus);
  }
  return Int32Array.from({ length: state.n }, (_, i) => i).sort((a, b) => best[b]! - best[a]! || a - b);
}

/** Mentors with room and a positive dual break complementary slackness: fill them or lower the dual to 0. */
function repairMentors(state: SolverState): void {
  for (let j = 0; j < state.m; j++) {
    while (state.count[j]! < state.capacity[j]! && state.z[j]! > 0) augmentFromMentor(state, j);
  }
}

/**
 * A mentor with capacity 0 takes no one, so its dual costs nothing in the dual objective: it is
 * set just high enough that each of its pairs is dual-feasible.
 */
function priceMentorsWithoutCapacity(problem: AssignmentProblem, capacity: Int32Array, state: SolverState): void {
  const { menteeCount: n, mentorCount: m, scores } = problem;
  const { scale, bonus } = pairWeighting(problem);
  for (let j = 0; j < m; j++) {
    if (capacity[j] !== 0) continue;
    let need = 0;
    for (let i = 0; i < n; i++) {
      const score = scores[i * m + j]!;
      if (score !== IMPOSSIBLE) need = Math.max(need, score * scale + bonus - state.y[i]!);
    }
    state.z[j] = need;
  }
}
