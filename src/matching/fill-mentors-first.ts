import { augmentFromMentor } from './augment-from-mentor.ts';
import { EDGE_SCORE_MASK, EDGE_SHIFT, type EdgeLists } from './candidate-graph.ts';
import type { SolverState } from './solver-state.ts';

/**
 * Mentors' best pairs per place, when mentors are the scarce side (solve-assignment.ts): of each
 * mentor's pairs in `lists` (each mentee's best mentors), the `perPlace × capacity` highest
 * scores, ties to the lower mentee index. A mentor's final dual is set by the best mentees it does not take, so a few
 * times its capacity in mentees is what its searches need; pairs left out that matter are found by
 * the solver's check of every pair and come back in.
 */
export function bestPerMentorPlace(lists: EdgeLists, capacity: Int32Array, perPlace: number): EdgeLists {
  const n = lists.start.length - 1;
  const m = capacity.length;
  const byScore = new Int32Array(m * 101);
  for (let e = 0; e < lists.mentors.length; e++) byScore[lists.mentors[e]! * 101 + lists.scores[e]!]!++;
  // Each mentor keeps every pair above its threshold score and the first `atThreshold` at it.
  const threshold = new Int32Array(m);
  const atThreshold = new Float64Array(m);
  for (let j = 0; j < m; j++) {
    const wanted = perPlace * capacity[j]!;
    let above = 0;
    let score = 100;
    while (score >= 0 && above + byScore[j * 101 + score]! < wanted) above += byScore[j * 101 + score--]!;
    threshold[j] = Math.max(score, 0);
    atThreshold[j] = score < 0 ? Number.POSITIVE_INFINITY : wanted - above;
  }
  const kept = new Uint8Array(lists.mentors.length);
  const start = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    let count = 0;
    for (let e = lists.start[i]!; e < lists.start[i + 1]!; e++) {
      const j = lists.mentors[e]!;
      const score = lists.scores[e]!;
      if (score > threshold[j]! || (score === threshold[j]! && atThreshold[j]!-- > 0)) {
        kept[e] = 1;
        count++;
      }
    }
    start[i + 1] = start[i]! + count;
  }
  const mentors = new Int32Array(start[n]!);
  const scores = new Uint8Array(start[n]!);
  let k = 0;
  for (let e = 0; e < lists.mentors.length; e++) {
    if (kept[e] === 0) continue;
    mentors[k] = lists.mentors[e]!;
    scores[k++] = lists.scores[e]!;
  }
  return { start, mentors, scores };
}

/**
 * The first solve when mentors are the scarce side (clearly fewer places than mentees): each
 * mentor in index order fills its places by searches from the mentor (augment-from-mentor.ts),
 * mentees starting at dual 0. With many mentees left unmatched, each such search soon reaches a free
 * mentee, whereas searches from the mentees would each end only once a mentee is priced out, after
 * exploring everyone tied with it (counted on 20,000 × 4,000: a quarter of the pair relaxations).
 * Unmatched mentees are never searched and keep dual 0; a mentor's dual starts as high as its pairs
 * need and ends at 0 only if it cannot be filled. Afterwards every candidate pair is dual-feasible,
 * matched pairs are tight and a mentor with room has dual 0: the invariants of solver-state.ts.
 */
export function fillMentorsFirst(state: SolverState): void {
  const { mentorStart, reverseEdges, scale, bonus } = state.graph;
  const { y, z, count, capacity } = state;
  for (let j = 0; j < state.m; j++) {
    let highest = 0;
    for (let e = mentorStart[j]!; e < mentorStart[j + 1]!; e++) {
      const edge = reverseEdges[e]!;
      const need = (edge & EDGE_SCORE_MASK) * scale + bonus - y[edge >> EDGE_SHIFT]!;
      if (need > highest) highest = need;
    }
    z[j] = highest;
    while (count[j]! < capacity[j]! && z[j]! > 0) augmentFromMentor(state, j);
  }
}
