import type { CandidateGraph } from './candidate-graph.ts';
import { MinHeap } from './min-heap.ts';

/**
 * The primal-dual state of the b-matching LP on the candidate graph, and scratch space for the
 * searches. Duals: `y[i] ≥ 0` per mentee, `z[j] ≥ 0` per mentor, feasible when
 * `y[i] + z[j] ≥ weight(i, j)` on every pair. The searches keep these invariants:
 * - every candidate pair of a searched mentee is dual-feasible and every matched pair is tight;
 * - a searched, unmatched mentee has `y = 0`; a mentor with `z > 0` is full.
 * Together they are complementary slackness, so the matching is optimal on the candidate graph.
 *
 * Nodes: mentees are 0 … n-1, mentors n … n+m-1.
 */
export interface SolverState {
  n: number;
  m: number;
  graph: CandidateGraph;
  capacity: Int32Array;
  /** The mentor of each mentee, or -1. */
  matchOf: Int32Array;
  /** Mentor j's mentees are `slots[slotStart[j]] … slots[slotStart[j] + count[j] - 1]`. */
  slotStart: Int32Array;
  slots: Int32Array;
  count: Int32Array;
  y: Float64Array;
  z: Float64Array;
  /** Search scratch, valid where `seen[node] === stamp`. */
  dist: Float64Array;
  pred: Int32Array;
  seen: Int32Array;
  done: Int32Array;
  stamp: number;
  finalized: Int32Array;
  heap: MinHeap;
  /** Mentees and mentors whose dual went down since the last check of all pairs (see lowered()). */
  loweredMentee: Uint8Array;
  loweredMentor: Uint8Array;
}

export function createSolverState(graph: CandidateGraph, capacity: Int32Array, n: number): SolverState {
  const m = capacity.length;
  const slotStart = new Int32Array(m + 1);
  for (let j = 0; j < m; j++) slotStart[j + 1] = slotStart[j]! + capacity[j]!;
  return {
    n,
    m,
    graph,
    capacity,
    matchOf: new Int32Array(n).fill(-1),
    slotStart,
    slots: new Int32Array(slotStart[m]!),
    count: new Int32Array(m),
    y: new Float64Array(n),
    z: new Float64Array(m),
    dist: new Float64Array(n + m),
    pred: new Int32Array(n + m),
    seen: new Int32Array(n + m),
    done: new Int32Array(n + m),
    stamp: 0,
    finalized: new Int32Array(n + m),
    // Room for every node from the start: growing inside a search is a path the optimised search
    // code would not have run before (V8 then discards it and compiles it again).
    heap: new MinHeap(n + m),
    loweredMentee: new Uint8Array(n),
    loweredMentor: new Uint8Array(m),
  };
}

/**
 * The mentees and mentors whose dual went down since the last call, and forget them. Only pairs
 * with one of them can have become dual-infeasible, so only those need checking again.
 */
export function takeLowered(state: SolverState): { mentees: Int32Array; mentors: Int32Array } {
  const pick = (flags: Uint8Array) => {
    const picked: number[] = [];
    flags.forEach((flag, k) => {
      if (flag) picked.push(k);
    });
    flags.fill(0);
    return Int32Array.from(picked);
  };
  return { mentees: pick(state.loweredMentee), mentors: pick(state.loweredMentor) };
}

export function addToMentor(state: SolverState, mentor: number, mentee: number): void {
  state.slots[state.slotStart[mentor]! + state.count[mentor]!++] = mentee;
  state.matchOf[mentee] = mentor;
}

export function removeFromMentor(state: SolverState, mentor: number, mentee: number): void {
  const from = state.slotStart[mentor]!;
  const last = from + --state.count[mentor]!;
  for (let k = from; k <= last; k++) {
    if (state.slots[k] === mentee) {
      state.slots[k] = state.slots[last]!;
      break;
    }
  }
  state.matchOf[mentee] = -1;
}

/** `incoming` takes `outgoing`'s place with `mentor` (the mentor's count is unchanged). */
export function swapAtMentor(state: SolverState, mentor: number, outgoing: number, incoming: number): void {
  const from = state.slotStart[mentor]!;
  const to = from + state.count[mentor]!;
  for (let k = from; k < to; k++) {
    if (state.slots[k] === outgoing) {
      state.slots[k] = incoming;
      break;
    }
  }
  if (state.matchOf[outgoing] === mentor) state.matchOf[outgoing] = -1;
  state.matchOf[incoming] = mentor;
}
