import { EDGE_SCORE_MASK, EDGE_SHIFT } from './candidate-graph.ts';
import { addToMentor, removeFromMentor, type SolverState, swapAtMentor } from './solver-state.ts';

/**
 * Fills one place of a mentor with room left but a positive dual: each mentor's places in turn
 * when mentors are the scarce side (fill-mentors-first.ts), and later any mentor that lost a mentee
 * taken back for re-solving. The mirror image of augment-from-mentee.ts. The search lowers the
 * mentor's dual (and those of the tree mentors, raising the tree mentees') until the first of:
 * - an unmatched mentee is reached: augment, the mentor gains a mentee along the path;
 * - some tree mentor's dual reaches 0: it gives up a mentee along the path (when that is the
 *   start mentor itself, nothing changes).
 * Needs the pairs of every mentor that can join the tree (the start, and mentors with mentees)
 * dual-feasible, as the solver ensures.
 */
export function augmentFromMentor(state: SolverState, startMentor: number): void {
  const { n, graph, matchOf, slotStart, slots, count, y, z, dist, pred, seen, done, finalized, heap } = state;
  const { mentorStart, reverseEdges, scale, bonus } = graph;
  const stamp = ++state.stamp;

  heap.clear();
  let finalizedCount = 0;
  // The earliest time a tree mentor's dual reaches 0, and which mentor.
  let dropAt = Number.POSITIVE_INFINITY;
  let dropper = -1;

  /** A mentor joins the tree at distance d: its own mentees ride along, its other pairs are relaxed. */
  const settleMentor = (mentor: number, d: number) => {
    const node = n + mentor;
    done[node] = stamp;
    seen[node] = stamp;
    dist[node] = d;
    finalized[finalizedCount++] = node;
    const base = d + z[mentor]!;
    if (base < dropAt) {
      dropAt = base;
      dropper = mentor;
    }
    // Its mentees' duals rise as its dual falls, so their pairs with it stay tight; they lead
    // nowhere else (their mentor is already in the tree).
    for (let k = slotStart[mentor]!; k < slotStart[mentor]! + count[mentor]!; k++) {
      const mentee = slots[k]!;
      if (done[mentee] === stamp) continue;
      done[mentee] = stamp;
      seen[mentee] = stamp;
      dist[mentee] = d;
      finalized[finalizedCount++] = mentee;
    }
    for (let e = mentorStart[mentor]!; e < mentorStart[mentor + 1]!; e++) {
      const edge = reverseEdges[e]!;
      const mentee = edge >> EDGE_SHIFT;
      if (done[mentee] === stamp) continue;
      const next = base + y[mentee]! - ((edge & EDGE_SCORE_MASK) * scale + bonus);
      // Nothing at or past the earliest drop is ever reached: the search ends there.
      if (next >= dropAt) continue;
      if (seen[mentee] !== stamp || next < dist[mentee]!) {
        seen[mentee] = stamp;
        dist[mentee] = next;
        pred[mentee] = mentor;
        heap.push(next, mentee);
      }
    }
  };

  pred[n + startMentor] = -1;
  settleMentor(startMentor, 0);
  let delta = 0;
  let freeMentee = -1;
  for (;;) {
    if (heap.size === 0 || heap.topKey() >= dropAt) {
      delta = dropAt;
      break;
    }
    const d = heap.topKey();
    const mentee = heap.pop();
    if (done[mentee] === stamp) continue;
    done[mentee] = stamp;
    finalized[finalizedCount++] = mentee;
    const mentor = matchOf[mentee]!;
    if (mentor === -1) {
      freeMentee = mentee;
      delta = d;
      break;
    }
    if (done[n + mentor] !== stamp) {
      pred[n + mentor] = mentee;
      settleMentor(mentor, d);
    }
  }

  for (let k = 0; k < finalizedCount; k++) {
    const node = finalized[k]!;
    const change = delta - dist[node]!;
    if (node < n) y[node]! += change;
    else if (change > 0) {
      z[node - n]! -= change;
      state.loweredMentor[node - n] = 1;
    }
  }

  let mentee: number;
  if (freeMentee !== -1) {
    mentee = freeMentee;
  } else {
    if (dropper === startMentor) return;
    mentee = pred[n + dropper]!;
    removeFromMentor(state, dropper, mentee);
  }
  // Walk back to the start mentor: each mentee on the path moves to the mentor before it.
  for (;;) {
    const mentor = pred[mentee]!;
    if (mentor === startMentor) {
      addToMentor(state, startMentor, mentee);
      return;
    }
    const outgoing = pred[n + mentor]!;
    swapAtMentor(state, mentor, outgoing, mentee);
    mentee = outgoing;
  }
}
