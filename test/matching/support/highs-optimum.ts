import highsModule from 'highs';
import { type AssignmentProblem, pairWeighting } from '../../../src/matching/assignment-problem.ts';
import { IMPOSSIBLE } from '../../../src/matching/score-formula.ts';

// The package's types describe its CommonJS build; Node loads its ES module, whose default export is the loader.
const loadHighs = highsModule as unknown as typeof highsModule.default;
let highs: Awaited<ReturnType<typeof loadHighs>> | undefined;

/**
 * The optimum of the capacitated assignment as HiGHS finds it, as an integer program in CPLEX LP
 * text (binary x per possible pair with capacity; a row per mentee ≤ 1 and per mentor ≤ capacity),
 * with the same integer pair weights as the engine, so the two optimum values compare exactly.
 */
export async function highsOptimum(problem: AssignmentProblem): Promise<number> {
  highs ??= await loadHighs();
  const { menteeCount: n, mentorCount: m, scores, capacity } = problem;
  const { scale, bonus } = pairWeighting(problem);
  const pairs: { i: number; j: number; weight: number }[] = [];
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < m; j++) {
      const score = scores[i * m + j]!;
      if (score !== IMPOSSIBLE && capacity[j]! > 0) pairs.push({ i, j, weight: score * scale + bonus });
    }
  }
  if (pairs.length === 0) return 0;
  const name = (k: number) => `x${k}`;
  const lines = ['Maximize', ` total: ${pairs.map((p, k) => `${p.weight} ${name(k)}`).join(' + ')}`, 'Subject To'];
  for (let i = 0; i < n; i++) {
    const terms = pairs.flatMap((p, k) => (p.i === i ? [name(k)] : []));
    if (terms.length > 0) lines.push(` mentee${i}: ${terms.join(' + ')} <= 1`);
  }
  for (let j = 0; j < m; j++) {
    const terms = pairs.flatMap((p, k) => (p.j === j ? [name(k)] : []));
    if (terms.length > 0) lines.push(` mentor${j}: ${terms.join(' + ')} <= ${capacity[j]}`);
  }
  lines.push('Binary', ` ${pairs.map((_, k) => name(k)).join(' ')}`, 'End');
  const result = highs.solve(lines.join('\n'), { output_flag: false });
  if (result.Status !== 'Optimal') throw new Error(`HiGHS: ${result.Status}`);
  return Math.round(result.ObjectiveValue);
}
