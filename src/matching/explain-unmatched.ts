import type { AssignmentProblem } from './assignment-problem.ts';
import type { CohortIndex } from './cohort-index.ts';
import { HARD_CONSTRAINTS, ruleOutMask } from './rule-outs.ts';
import { IMPOSSIBLE } from './score-formula.ts';
import type { RuledOutBy, Unmatched } from './types.ts';

/**
 * Why mentee `i` is unmatched. With a possible mentor (a possible pair, capacity above 0) it can
 * only be `capacity-taken`: the solution is optimal and every pair weighs more than nothing, so
 * each possible mentor is full with pairs the objective prefers. Otherwise `no-possible-mentor`,
 * counting for each constraint how many mentors it rules out (`index` is null for the score form,
 * where the cause of a `null` score is not known: `impossible-score`).
 */
export function explainUnmatched(
  problem: AssignmentProblem,
  index: CohortIndex | null,
  i: number,
  menteeId: string,
): Unmatched {
  const { mentorCount: m, scores, capacity } = problem;
  let possibleMentors = 0;
  for (let j = 0; j < m; j++) {
    if (scores[i * m + j] !== IMPOSSIBLE && capacity[j]! > 0) possibleMentors++;
  }
  if (possibleMentors > 0) return { mentee: menteeId, reason: 'capacity-taken', possibleMentors };

  const counts = new Int32Array(HARD_CONSTRAINTS.length);
  let impossibleScores = 0;
  let noCapacity = 0;
  for (let j = 0; j < m; j++) {
    if (capacity[j] === 0) noCapacity++;
    if (index) {
      const mask = ruleOutMask(index, i, j);
      for (let k = 0; k < HARD_CONSTRAINTS.length; k++) if ((mask & (1 << k)) !== 0) counts[k]!++;
    } else if (scores[i * m + j] === IMPOSSIBLE) {
      impossibleScores++;
    }
  }
  const ruledOutBy: Partial<Record<RuledOutBy, number>> = {};
  HARD_CONSTRAINTS.forEach((constraint, k) => {
    if (counts[k]! > 0) ruledOutBy[constraint] = counts[k]!;
  });
  if (impossibleScores > 0) ruledOutBy['impossible-score'] = impossibleScores;
  if (noCapacity > 0) ruledOutBy['no-capacity'] = noCapacity;
  return { mentee: menteeId, reason: 'no-possible-mentor', ruledOutBy };
}
