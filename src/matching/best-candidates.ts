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
  // A mentor without capacity is never a candidate: its column reads as impossible here.
  const usable = Uint8Array.from(capacity, (c) => (c > 0 ? 1 : 0));
  const selector = new RowSelector(limit, usable);
  const start = new Int32Array(n + 1);
  let mentors = new Int32Array(Math.min(n * Math.min(limit, m), 1 << 20));
  let edgeScores = new Uint8Array(mentors.length);
  let size = 0;
  for (let i = 0; i < n; i++) {
    if (size + limit > mentors.length) {
      mentors = grown(mentors, size + limit);
      const scoresSoFar = edgeScores;
      edgeScores = new Uint8Array(mentors.length);
      edgeScores.set(scoresSoFar);
    }
    const first = m > 0 ? (i * 40_503) % m : 0;
    const from = size;
    size = selector.select(scores, i * m, m, first, mentors, size);
    // Read while the row is still in cache.
    for (let e = from; e < size; e++) edgeScores[e] = scores[i * m + mentors[e]!]!;
    start[i + 1] = size;
  }
  return { start, mentors: mentors.slice(0, size), scores: edgeScores.slice(0, size) };
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
    if (kept < 0 || (kept < limit && floor > 0)) return this.selectCounting(scores, row, m, first, mentors, size);
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
    for (let j = from; j < to; j++) {
      const score = scores[row + j]!;
      if (score < floor || score === IMPOSSIBLE || usable[j] === 0) continue;
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

function grown(array: Int32Array, atLeast: number): Int32Array<ArrayBuffer> {
  const next = new Int32Array(Math.max(atLeast, array.length * 2));
  next.set(array);
  return next;
}
