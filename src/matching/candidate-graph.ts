import { type AssignmentProblem, pairWeighting } from './assignment-problem.ts';

/**
 * The pairs the solver searches: for each mentee its best few mentors (CSR by mentee) and the same
 * edges by mentor, each with its integer weight (assignment-problem.ts). Pairs left out are not
 * trusted to be worse: the duals are checked on every pair afterwards and violators come back in.
 */
export interface CandidateGraph {
  menteeStart: Int32Array;
  /**
   * Edge e (by mentee) as one number, `mentor × 128 + score` (EDGE_SHIFT): the searches read the
   * edges of mentees visited in no order the cache can guess, so the fewer bytes per edge the
   * better. Its weight is `score × scale + bonus` (assignment-problem.ts), exact in doubles.
   */
  edges: Int32Array;
  mentorStart: Int32Array;
  /** Edge e by mentor, `mentee × 128 + score`. */
  reverseEdges: Int32Array;
  scale: number;
  bonus: number;
}

/** Bits of a packed edge that hold its score (0–100); the rest hold the other end (below 2²⁴). */
export const EDGE_SHIFT = 7;
export const EDGE_SCORE_MASK = (1 << EDGE_SHIFT) - 1;

/** Mentor lists per mentee (CSR), before weights. */
export interface EdgeLists {
  start: Int32Array;
  mentors: Int32Array;
  /** Each edge's score, carried along so that building the graph does not read the large score matrix again. */
  scores: Uint8Array;
}

/** `lists` with the pairs `(mentees[k], mentors[k])` added (pairs not already in are expected). */
export function withEdges(
  problem: AssignmentProblem,
  lists: EdgeLists,
  mentees: readonly number[],
  mentors: readonly number[],
): EdgeLists {
  const n = lists.start.length - 1;
  const added = new Int32Array(n);
  for (const i of mentees) added[i]!++;
  const start = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) start[i + 1] = start[i]! + (lists.start[i + 1]! - lists.start[i]!) + added[i]!;
  const next = new Int32Array(start[n]!);
  const nextScores = new Uint8Array(start[n]!);
  const fill = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const from = lists.start[i]!;
    const to = lists.start[i + 1]!;
    next.set(lists.mentors.subarray(from, to), start[i]!);
    nextScores.set(lists.scores.subarray(from, to), start[i]!);
    fill[i] = start[i]! + to - from;
  }
  mentees.forEach((i, k) => {
    nextScores[fill[i]!] = problem.scores[i * problem.mentorCount + mentors[k]!]!;
    next[fill[i]!++] = mentors[k]!;
  });
  return { start, mentors: next, scores: nextScores };
}

/** The by-mentor view of `lists`, edges packed as CandidateGraph says. */
export function buildCandidateGraph(problem: AssignmentProblem, lists: EdgeLists): CandidateGraph {
  const { menteeCount: n, mentorCount: m } = problem;
  const { scale, bonus } = pairWeighting(problem);
  // Packing needs the other end below 2²⁴: far more people than a score matrix could hold.
  if (Math.max(n, m) >= 1 << (31 - EDGE_SHIFT)) throw new Error('too many people for the candidate graph');
  const count = lists.mentors.length;
  const edges = new Int32Array(count);
  const mentorStart = new Int32Array(m + 1);
  for (let e = 0; e < count; e++) {
    const j = lists.mentors[e]!;
    edges[e] = (j << EDGE_SHIFT) | lists.scores[e]!;
    mentorStart[j + 1]!++;
  }
  for (let j = 0; j < m; j++) mentorStart[j + 1]! += mentorStart[j]!;
  const fill = mentorStart.slice(0, m);
  const reverseEdges = new Int32Array(count);
  for (let i = 0; i < n; i++) {
    for (let e = lists.start[i]!; e < lists.start[i + 1]!; e++) {
      reverseEdges[fill[lists.mentors[e]!]!++] = (i << EDGE_SHIFT) | lists.scores[e]!;
    }
  }
  return { menteeStart: lists.start, edges, mentorStart, reverseEdges, scale, bonus };
}
