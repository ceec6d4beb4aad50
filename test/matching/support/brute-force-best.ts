import type { AssignmentProblem } from '../../../src/matching/assignment-problem.ts';
import { IMPOSSIBLE } from '../../../src/matching/score-formula.ts';

/**
 * Every assignment of a tiny problem (up to about 7 mentees), the best by the objective's own
 * (matched, score) order. `pinnedMentorOf[i]`, when given and not -1, is the only mentor mentee i
 * may have: the optimum under those pins.
 */
export function bruteForceBest(
  problem: AssignmentProblem,
  pinnedMentorOf?: Int32Array,
): { matched: number; totalScore: number } {
  const { menteeCount: n, mentorCount: m, scores, capacity } = problem;
  const taken = new Int32Array(m);
  let best = { matched: -1, totalScore: -1 };
  const better = (a: typeof best, b: typeof best) =>
    problem.objective === 'max-score'
      ? a.totalScore > b.totalScore || (a.totalScore === b.totalScore && a.matched > b.matched)
      : a.matched > b.matched || (a.matched === b.matched && a.totalScore > b.totalScore);
  const visit = (i: number, matched: number, totalScore: number) => {
    if (i === n) {
      if (better({ matched, totalScore }, best)) best = { matched, totalScore };
      return;
    }
    const pinned = pinnedMentorOf?.[i] ?? -1;
    if (pinned === -1) visit(i + 1, matched, totalScore);
    for (let j = 0; j < m; j++) {
      if (pinned !== -1 && j !== pinned) continue;
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
