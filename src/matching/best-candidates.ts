import type { AssignmentProblem } from './assignment-problem.ts';
import type { EdgeLists } from './candidate-graph.ts';
import { IMPOSSIBLE } from './score-formula.ts';

/**
 * Each mentee's `limit` best possible mentors with capacity: all above a threshold score and then,
 * of those at the threshold, the first ones counting round from a place that depends on the mentee,
 * so that tied mentees do not all crowd the lowest-numbered mentors.
 */
export function bestCandidates(problem: AssignmentProblem, capacity: Int32Array, limit: number): EdgeLists {
  const { menteeCount: n, mentorCount: m, scores } = problem;
  const rows = rowCandidates(n, Math.min(limit, m), new ArrayBuffer(0));
  const selectRow = candidateSelector(scores, m, usableMentors(capacity), limit, rows);
  for (let i = 0; i < n; i++) selectRow(i);
  return compactCandidates(rows);
}

/** Each row's candidates in a fixed slot of `limit` entries (so that threads can fill rows apart). */
export interface RowCandidates {
  limit: number;
  counts: Int32Array;
  mentors: Int32Array;
  scores: Uint8Array;
}

/** Room for `n` rows of `limit` candidates, on `SharedArrayBuffer`s when `like` is one. */
export function rowCandidates(n: number, limit: number, like: ArrayBufferLike): RowCandidates {
  const buffer = (bytes: number) =>
    like instanceof SharedArrayBuffer ? new SharedArrayBuffer(bytes) : new ArrayBuffer(bytes);
  return {
    limit,
    counts: new Int32Array(buffer(4 * n)),
    mentors: new Int32Array(buffer(4 * n * limit)),
    scores: new Uint8Array(buffer(n * limit)),
  };
}

/** A mentor without capacity is never a candidate: its column reads as impossible when selecting. */
export function usableMentors(capacity: Int32Array): Uint8Array {
  return Uint8Array.from(capacity, (c) => (c > 0 ? 1 : 0));
}

/** Selects row i's candidates into its slot of `rows`; reads only that row of `scores`. */
export function candidateSelector(
  scores: Uint8Array,
  m: number,
  usable: Uint8Array,
  limit: number,
  rows: RowCandidates,
): (i: number) => void {
  const selector = new RowSelector(limit, usable);
  const slot = rows.limit;
  return (i: number) => {
    const first = m > 0 ? (i * 40_503) % m : 0;
    const from = i * slot;
    const to = selector.select(scores, i * m, m, first, rows.mentors, from);
    // Read while the row is still in cache.
    for (let e = from; e < to; e++) rows.scores[e] = scores[i * m + rows.mentors[e]!]!;
    rows.counts[i] = to - from;
  };
}

/** The rows' candidates as one edge list per mentee, in row order. */
export function compactCandidates(rows: RowCandidates): EdgeLists {
  const n = rows.counts.length;
  const start = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) start[i + 1] = start[i]! + rows.counts[i]!;
  const mentors = new Int32Array(start[n]!);
  const scores = new Uint8Array(start[n]!);
  for (let i = 0; i < n; i++) {
    const from = i * rows.limit;
    mentors.set(rows.mentors.subarray(from, from + rows.counts[i]!), start[i]!);
    scores.set(rows.scores.subarray(from, from + rows.counts[i]!), start[i]!);
  }
  return { start, mentors, scores };
}

/**
 * Picks one row's candidates. Counting every score of a row (to find the threshold) costs as much
 * as reading it twice, so a sample of the row first guesses a floor that about twice `limit`
 * scores reach; one pass keeps those (in the rotated order), and the threshold is found among
 * them. When the guess keeps too few or too many, the row is counted in full instead.
 */
class RowSelector {
  private readonly histogram = new Int32Array(IMPOSSIBLE + 1);
  private readonly pool: Int32Array;
  private readonly poolScores: Uint8Array;
  private readonly limit: number;
  private readonly usable: Uint8Array;

  constructor(limit: number, usable: Uint8Array) {
    this.limit = limit;
    this.usable = usable;
    this.pool = new Int32Array(8 * limit);
    this.poolScores = new Uint8Array(8 * limit);
  }

  /** Appends the row's candidates to `mentors` from `size` on; returns the new size. */
  select(scores: Uint8Array, row: number, m: number, first: number, mentors: Int32Array, size: number): number {
    const { histogram, pool, poolScores, limit, usable } = this;
    if (m <= 8 * limit) return this.selectCounting(scores, row, m, first, mentors, size);
    const stride = Math.max(1, m >> 7);
    histogram.fill(0);
    for (let j = 0; j < m; j += stride) histogram[usable[j] === 1 ? scores[row + j]! : IMPOSSIBLE]!++;
    let sampled = 0;
    let floor = 100;
    while (floor > 0 && (sampled + histogram[floor]!) * stride < 2 * limit) sampled += histogram[floor--]!;
    // In the rotated order: from `first` to the end, then from the start to `first`.
    let kept = this.keep(scores, row, first, m, floor, 0);
    if (kept >= 0) kept = this.keep(scores, row, 0, first, floor, kept);
    // Both comparisons made on every row (not only when the first holds), so optimised code has seen them.
    const overflowed = kept < 0;
    const tooFew = kept < limit;
    const floorAboveZero = floor > 0;
    if (overflowed || (tooFew && floorAboveZero)) return this.selectCounting(scores, row, m, first, mentors, size);
    histogram.fill(0);
    for (let k = 0; k < kept; k++) histogram[poolScores[k]!]!++;
    const [threshold, atThresholdCount] = thresholdFor(histogram, limit);
    let atThreshold = atThresholdCount;
    for (let k = 0; k < kept; k++) {
      const score = poolScores[k]!;
      if (score < threshold) continue;
      if (score === threshold) {
        if (atThreshold === 0) continue;
        atThreshold--;
      }
      mentors[size++] = pool[k]!;
    }
    return size;
  }

  /** Adds the row's possible columns `from` … `to - 1` scoring at least `floor` to the pool; -1 when it overflows. */
  private keep(scores: Uint8Array, row: number, from: number, to: number, floor: number, kept: number): number {
    const { pool, poolScores, usable } = this;
    // One unsigned comparison for "floor ≤ score ≤ 100" (IMPOSSIBLE is above 100): most columns fail it.
    const span = 100 - floor;
    for (let j = from; j < to; j++) {
      const score = scores[row + j]!;
      if ((score - floor) >>> 0 > span || usable[j] === 0) continue;
      if (kept === pool.length) return -1;
      pool[kept] = j;
      poolScores[kept++] = score;
    }
    return kept;
  }

  /** The exact way: count the whole row's scores, then one pass in the rotated order. */
  private selectCounting(
    scores: Uint8Array,
    row: number,
    m: number,
    first: number,
    mentors: Int32Array,
    size: number,
  ): number {
    const { histogram, limit, usable } = this;
    histogram.fill(0);
    for (let j = 0; j < m; j++) histogram[usable[j] === 1 ? scores[row + j]! : IMPOSSIBLE]!++;
    const [threshold, atThresholdCount] = thresholdFor(histogram, limit);
    let atThreshold = atThresholdCount;
    for (let step = 0; step < m; step++) {
      const j = first + step < m ? first + step : first + step - m;
      const score = scores[row + j]!;
      if (score === IMPOSSIBLE || score < threshold || usable[j] === 0) continue;
      if (score === threshold) {
        if (atThreshold === 0) continue;
        atThreshold--;
      }
      mentors[size++] = j;
    }
    return size;
  }
}

/**
 * From a histogram of possible scores (IMPOSSIBLE's bucket ignored): take every score above the
 * returned threshold and this many at it, to keep `limit` (all of them when fewer; threshold 0).
 */
function thresholdFor(histogram: Int32Array, limit: number): [threshold: number, atThreshold: number] {
  let above = 0;
  let threshold = 100;
  while (threshold >= 0 && above + histogram[threshold]! < limit) above += histogram[threshold--]!;
  if (threshold < 0) return [0, Number.POSITIVE_INFINITY];
  return [threshold, limit - above];
}
