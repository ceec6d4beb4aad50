import { type AssignmentProblem, pairWeighting } from './assignment-problem.ts';

/**
 * The pairs the solver searches: for each mentee its best few mentors (CSR by mentee) and the same
 * edges by mentor, each with its integer weight (assignment-problem.ts). Pairs left out are not
 * trusted to be worse: the duals are checked on every pair afterwards and violators come back in.
 */
export interface CandidateGraph {
  menteeStart: Int32Array;
  /** The mentor of each edge, by mentee. */
  edgeMentor: Int32Array;
  edgeWeight: Float64Array;
  mentorStart: Int32Array;
  /** The mentee of each edge, by mentor. */
  reverseMentee: Int32Array;
  reverseWeight: Float64Array;
}

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

/** Weights and the by-mentor view of `lists`. */
export function buildCandidateGraph(problem: AssignmentProblem, lists: EdgeLists): CandidateGraph {
  const { menteeCount: n, mentorCount: m } = problem;
  const { scale, bonus } = pairWeighting(problem);
  const edges = lists.mentors.length;
  const edgeWeight = new Float64Array(edges);
  const mentorStart = new Int32Array(m + 1);
  for (let i = 0; i < n; i++) {
    for (let e = lists.start[i]!; e < lists.start[i + 1]!; e++) {
      const j = lists.mentors[e]!;
      edgeWeight[e] = lists.scores[e]! * scale + bonus;
      mentorStart[j + 1]!++;
    }
  }
  for (let j = 0; j < m; j++) mentorStart[j + 1]! += mentorStart[j]!;
  const fill = mentorStart.slice(0, m);
  const reverseMentee = new Int32Array(edges);
  const reverseWeight = new Float64Array(edges);
  for (let i = 0; i < n; i++) {
    for (let e = lists.start[i]!; e < lists.start[i + 1]!; e++) {
      const at = fill[lists.mentors[e]!]!++;
      reverseMentee[at] = i;
      reverseWeight[at] = edgeWeight[e]!;
    }
  }
  return { menteeStart: lists.start, edgeMentor: lists.mentors, edgeWeight, mentorStart, reverseMentee, reverseWeight };
}
