import { type AssignmentProblem, pairWeighting } from './assignment-problem.ts';
import type { RowThreads, ScanTask } from './row-threads.ts';
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
  options: {
    skipNoCapacity: boolean;
    limit: number;
    only?: { mentees: Int32Array; mentors: Int32Array };
    /** Helper threads holding `problem.scores` (row-threads.ts): rows are then checked on all of them. */
    threads?: RowThreads | null;
  },
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
  const threads = options.threads ?? null;
  // Past a few dozen columns, reading them costs as much as reading every row.
  if (options.only && options.only.mentors.length <= 32) {
    return violationsIn(problem, y, columnDual, options.only, highestWeight, threads);
  }
  const first = firstViolations(problem, y, columnDual, null, highestWeight, threads);
  for (let i = 0; i < n; i++) {
    const found = first[i]!;
    if (found === -1) continue;
    const yi = y[i]!;
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

/** Below this many pairs to read, helper threads are not worth waking. */
const THREADS_FROM_PAIRS = 1_000_000;
const PAIRS_PER_SCAN_BLOCK = 1 << 19;

/**
 * For each row checked (`rows`, or all), its first column whose pair violates the duals, or -1.
 * With helper threads the rows are shared out; each row's answer is the same whoever reads it.
 */
function firstViolations(
  problem: AssignmentProblem,
  y: Float64Array,
  columnDual: Float64Array,
  rows: Int32Array | null,
  highestWeight: number,
  threads: RowThreads | null,
): Int32Array {
  const { menteeCount: n, mentorCount: m, scores } = problem;
  const { scale, bonus } = pairWeighting(problem);
  const count = rows ? rows.length : n;
  const useThreads = threads !== null && count * m >= THREADS_FROM_PAIRS;
  const shared = <T extends Float64Array | Int32Array>(array: T, make: (buffer: SharedArrayBuffer) => T): T => {
    if (!useThreads) return array;
    const copy = make(new SharedArrayBuffer(array.byteLength));
    copy.set(array);
    return copy;
  };
  const task: ScanTask = {
    kind: 'scan',
    y: shared(y, (buffer) => new Float64Array(buffer)),
    columnDual: shared(columnDual, (buffer) => new Float64Array(buffer)),
    rows: rows && shared(rows, (buffer) => new Int32Array(buffer)),
    first: new Int32Array(useThreads ? new SharedArrayBuffer(4 * count) : new ArrayBuffer(4 * count)),
    scale,
    bonus,
    highestWeight,
  };
  const doRow = rowScan(scores, m, task);
  if (useThreads) threads.run(task, count, Math.max(1, Math.floor(PAIRS_PER_SCAN_BLOCK / m)), doRow);
  else for (let k = 0; k < count; k++) doRow(k);
  return task.first;
}

/** Row k's check for a scan task (this thread and helpers alike). */
export function rowScan(scores: Uint8Array, m: number, task: ScanTask): (k: number) => void {
  const { y, columnDual, rows, first, scale, bonus, highestWeight } = task;
  return (k) => {
    const i = rows ? rows[k]! : k;
    const yi = y[i]!;
    first[k] = yi >= highestWeight ? -1 : scanRow(scores, i * m, m, yi - bonus, scale, columnDual);
  };
}

/** The first column of a row whose pair violates its dual constraint, or -1 (the common case, kept tight). */
export function scanRow(
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
  threads: RowThreads | null,
): DualViolations {
  const { menteeCount: n, mentorCount: m, scores } = problem;
  const { scale, bonus } = pairWeighting(problem);
  const violations: DualViolations = { mentees: [], mentors: [] };
  const rowDone = new Uint8Array(n);
  const first = firstViolations(problem, y, columnDual, only.mentees, highestWeight, threads);
  only.mentees.forEach((i, k) => {
    rowDone[i] = 1;
    const found = first[k]!;
    if (found === -1) return;
    for (let j = found; j < m; j++) {
      const score = scores[i * m + j]!;
      if (score !== IMPOSSIBLE && score * scale > y[i]! - bonus + columnDual[j]!) {
        violations.mentees.push(i);
        violations.mentors.push(j);
      }
    }
  });
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
