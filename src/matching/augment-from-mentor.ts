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
  const { n, matchOf, slotStart, slots, count, y, z, dist, pred, seen, done, finalized, heap } = state;
  const stamp = ++state.stamp;

  heap.clear();
  let finalizedCount = 0;
  // The earliest time a tree mentor's dual reaches 0, and which mentor.
  let dropAt = Number.POSITIVE_INFINITY;
  let dropper = -1;

  // The nearest unmatched mentee reached so far. Unmatched mentees end the search rather than lead
  // on, so they wait here instead of in the heap: most mentees a search reaches are unmatched, and
  // the heap then holds only the matched ones (a fiftieth of the pushes on the benchmark cohorts).
  let freeAt = Number.POSITIVE_INFINITY;
  let nearestFree = -1;

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
    const free = relaxPairs(state, mentor, base, dropAt, stamp, freeAt);
    if (free !== -1) {
      nearestFree = free;
      freeAt = dist[free]!;
    }
  };

  pred[n + startMentor] = -1;
  settleMentor(startMentor, 0);
  let delta = 0;
  let freeMentee = -1;
  for (;;) {
    const nextAt = heap.size === 0 ? Number.POSITIVE_INFINITY : heap.topKey();
    // An unmatched mentee no farther than any matched one ends the search (before the drop).
    if (freeAt <= nextAt && freeAt < dropAt) {
      freeMentee = nearestFree;
      delta = freeAt;
      done[freeMentee] = stamp;
      finalized[finalizedCount++] = freeMentee;
      break;
    }
    if (nextAt >= dropAt) {
      delta = dropAt;
      break;
    }
    const d = nextAt;
    const mentee = heap.pop();
    if (done[mentee] === stamp) continue;
    done[mentee] = stamp;
    finalized[finalizedCount++] = mentee;
    const mentor = matchOf[mentee]!;
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

/**
 * Offers each mentee of `mentor` (not yet settled) the distance `base + y - weight`, unless that is
 * at or past `dropAt` (the search ends first). Matched mentees go to the heap; returns the nearest
 * unmatched one closer than `freeAt`, or -1. A plain function rather than part of the search's
 * closure, whose captured variables V8 keeps in memory, not in registers.
 */
function relaxPairs(
  state: SolverState,
  mentor: number,
  base: number,
  dropAt: number,
  stamp: number,
  freeAt: number,
): number {
  const { matchOf, y, dist, pred, seen, done, heap } = state;
  const { mentorStart, reverseEdges, scale, bonus } = state.graph;
  let nearest = -1;
  let nearestAt = freeAt;
  for (let e = mentorStart[mentor]!; e < mentorStart[mentor + 1]!; e++) {
    const edge = reverseEdges[e]!;
    const mentee = edge >> EDGE_SHIFT;
    if (done[mentee] === stamp) continue;
    const next = base + y[mentee]! - ((edge & EDGE_SCORE_MASK) * scale + bonus);
    if (next >= dropAt) continue;
    if (seen[mentee] !== stamp || next < dist[mentee]!) {
      seen[mentee] = stamp;
      dist[mentee] = next;
      pred[mentee] = mentor;
      if (matchOf[mentee] !== -1) heap.push(next, mentee);
      else if (next < nearestAt) {
        nearestAt = next;
        nearest = mentee;
      }
    }
  }
  return nearest;
}
