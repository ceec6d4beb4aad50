import type { AssignmentProblem } from '../../src/matching/assignment-problem.ts';
import { IMPOSSIBLE } from '../../src/matching/score-formula.ts';

/**
 * The baseline most products use: take pairs from the highest score down (ties by mentee, then
 * mentor) while both sides have room. Pairs are bucketed by score, so this is linear in the pairs.
 */
export function greedyAssignment(problem: AssignmentProblem): { matched: number; totalScore: number } {
  const { menteeCount: n, mentorCount: m, scores } = problem;
  const buckets = new Int32Array(102);
  for (let k = 0; k < n * m; k++) if (scores[k] !== IMPOSSIBLE) buckets[100 - scores[k]! + 1]!++;
  for (let s = 1; s < 102; s++) buckets[s]! += buckets[s - 1]!;
  const order = new Int32Array(buckets[101]!);
  for (let k = 0; k < n * m; k++) if (scores[k] !== IMPOSSIBLE) order[buckets[100 - scores[k]!]!++] = k;
  const room = problem.capacity.slice();
  const taken = new Uint8Array(n);
  let matched = 0;
  let totalScore = 0;
  for (const k of order) {
    const i = Math.floor(k / m);
    const j = k - i * m;
    if (taken[i] || room[j]! === 0) continue;
    taken[i] = 1;
    room[j]!--;
    matched++;
    totalScore += scores[k]!;
  }
  return { matched, totalScore };
}
