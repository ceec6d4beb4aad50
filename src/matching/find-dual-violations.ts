import { type AssignmentProblem, pairWeighting } from './assignment-problem.ts';
import { IMPOSSIBLE } from './score-formula.ts';

/** Pairs whose dual constraint fails, as parallel lists (at most `limit` of them). */
export interface DualViolations {
  mentees: number[];
  mentors: number[];
}

/**
 * Every possible pair `(i, j)` with `y[i] + z[j] < weight(i, j)`, scanning the whole score matrix,
 * or with `only` just the listed rows and columns (after a change that lowered only their duals,
 * no other pair can have become violated).
 * With `skipNoCapacity`, mentors whose capacity is 0 are skipped: the solver prices those
 * afterwards; the certificate checks them like any other.
 */
export function findDualViolations(
  problem: AssignmentProblem,
  capacity: Int32Array,
  y: Float64Array,
  z: Float64Array,
  options: { skipNoCapacity: boolean; limit: number; only?: { mentees: Int32Array; mentors: Int32Array } },
): DualViolations {
  const { menteeCount: n, mentorCount: m, scores } = problem;
  const { scale, bonus } = pairWeighting(problem);
  const violations: DualViolations = { mentees: [], mentors: [] };
  // No pair can weigh more than this: a dual at least as high covers its row or column.
  const highestWeight = 100 * scale + bonus;
  // Skipped columns get an infinite dual here, so the scan stays one plain pass over each row.
  const columnDual = Float64Array.from(z, (dual, j) =>
    options.skipNoCapacity && capacity[j] === 0 ? Number.POSITIVE_INFINITY : dual,
  );
  // Past a few dozen columns, reading them costs as much as reading every row.
  if (options.only && options.only.mentors.length <= 32) {
    return violationsIn(problem, y, columnDual, options.only, highestWeight);
  }
  for (let i = 0; i < n; i++) {
    const yi = y[i]!;
    if (yi >= highestWeight) continue;
    const found = scanRow(scores, i * m, m, yi - bonus, scale, columnDual);
    if (found === -1) continue;
    for (let j = found; j < m; j++) {
      const score = scores[i * m + j]!;
      if (score !== IMPOSSIBLE && score * scale > yi - bonus + columnDual[j]!) {
        violations.mentees.push(i);
        violations.mentors.push(j);
        if (violations.mentees.length >= options.limit) return violations;
      }
    }
  }
  return violations;
}

/** The first column of a row whose pair violates its dual constraint, or -1 (the common case, kept tight). */
function scanRow(
  scores: Uint8Array,
  row: number,
  m: number,
  slack: number,
  scale: number,
  columnDual: Float64Array,
): number {
  for (let j = 0; j < m; j++) {
    const score = scores[row + j]!;
    if (score !== IMPOSSIBLE && score * scale > slack + columnDual[j]!) return j;
  }
  return -1;
}

function violationsIn(
  problem: AssignmentProblem,
  y: Float64Array,
  columnDual: Float64Array,
  only: { mentees: Int32Array; mentors: Int32Array },
  highestWeight: number,
): DualViolations {
  const { menteeCount: n, mentorCount: m, scores } = problem;
  const { scale, bonus } = pairWeighting(problem);
  const violations: DualViolations = { mentees: [], mentors: [] };
  const rowDone = new Uint8Array(n);
  for (const i of only.mentees) {
    rowDone[i] = 1;
    if (y[i]! >= highestWeight) continue;
    for (let j = 0; j < m; j++) {
      const score = scores[i * m + j]!;
      if (score !== IMPOSSIBLE && score * scale > y[i]! - bonus + columnDual[j]!) {
        violations.mentees.push(i);
        violations.mentors.push(j);
      }
    }
  }
  // Columns are read row by row (a column alone touches a cache line per row).
  const columns = only.mentors.filter((j) => columnDual[j]! < highestWeight);
  for (let i = 0; i < n; i++) {
    if (rowDone[i] === 1) continue;
    for (const j of columns) {
      const score = scores[i * m + j]!;
      if (score !== IMPOSSIBLE && score * scale > y[i]! - bonus + columnDual[j]!) {
        violations.mentees.push(i);
        violations.mentors.push(j);
      }
    }
  }
  return violations;
}
