import { EDGE_SCORE_MASK, EDGE_SHIFT } from './candidate-graph.ts';
import { addToMentor, type SolverState, swapAtMentor } from './solver-state.ts';

/**
 * Brings an unmatched mentee into the optimum on the candidate graph (one Hungarian step with
 * Dijkstra on reduced costs `y + z - weight`). The mentee's dual starts as high as its pairs
 * need; the search lowers it (and the dual of every mentee in the alternating tree, raising the
 * tree mentors' duals) until the first of:
 * - a mentor with room is reached: augment, the mentee is matched along the path;
 * - some tree mentee's dual reaches 0: it gives up its mentor along the path and stays unmatched
 *   (when that is the new mentee itself, nothing changes and it stays unmatched).
 * Either way the invariants of solver-state.ts hold again afterwards.
 */
export function augmentFromMentee(state: SolverState, start: number): void {
  const { n, graph, matchOf, slotStart, slots, count, y, z, dist, pred, seen, done, finalized, heap } = state;
  const { menteeStart, edges, scale, bonus } = graph;
  const stamp = ++state.stamp;

  let highest = 0;
  for (let e = menteeStart[start]!; e < menteeStart[start + 1]!; e++) {
    const edge = edges[e]!;
    const need = (edge & EDGE_SCORE_MASK) * scale + bonus - z[edge >> EDGE_SHIFT]!;
    if (need > highest) highest = need;
  }
  y[start] = highest;

  heap.clear();
  let finalizedCount = 0;
  // The earliest time a tree mentee's dual reaches 0, and which mentee.
  let dropAt = Number.POSITIVE_INFINITY;
  let dropper = -1;

  // The nearest mentor with room reached so far. Such mentors end the search rather than lead on,
  // so they wait here instead of in the heap, which then holds only full mentors.
  let roomAt = Number.POSITIVE_INFINITY;
  let nearestWithRoom = -1;

  /** A mentee joins the tree at distance d: note when it would drop out, relax its pairs. */
  const settleMentee = (mentee: number, d: number) => {
    done[mentee] = stamp;
    seen[mentee] = stamp;
    dist[mentee] = d;
    finalized[finalizedCount++] = mentee;
    const base = d + y[mentee]!;
    if (base < dropAt) {
      dropAt = base;
      dropper = mentee;
    }
    const withRoom = relaxPairs(state, mentee, base, dropAt, stamp, roomAt);
    if (withRoom !== -1) {
      nearestWithRoom = withRoom;
      roomAt = dist[n + withRoom]!;
    }
  };

  pred[start] = -1;
  settleMentee(start, 0);
  let delta = 0;
  let endMentor = -1;
  for (;;) {
    const nextAt = heap.size === 0 ? Number.POSITIVE_INFINITY : heap.topKey();
    // A mentor with room no farther than any full one ends the search (before the drop).
    if (roomAt <= nextAt && roomAt < dropAt) {
      endMentor = nearestWithRoom;
      delta = roomAt;
      done[n + endMentor] = stamp;
      finalized[finalizedCount++] = n + endMentor;
      break;
    }
    if (nextAt >= dropAt) {
      delta = dropAt;
      break;
    }
    const d = nextAt;
    const node = heap.pop();
    if (done[node] === stamp) continue;
    const mentor = node - n;
    done[node] = stamp;
    finalized[finalizedCount++] = node;
    // A full mentor's mentees join at its distance (their pairs with it are tight).
    for (let k = slotStart[mentor]!; k < slotStart[mentor]! + count[mentor]!; k++) {
      pred[slots[k]!] = mentor;
      settleMentee(slots[k]!, d);
    }
  }

  state.loweredMentee[start] = 1;
  for (let k = 0; k < finalizedCount; k++) {
    const node = finalized[k]!;
    const change = delta - dist[node]!;
    if (node >= n) z[node - n]! += change;
    else if (change > 0) {
      y[node]! -= change;
      state.loweredMentee[node] = 1;
    }
  }

  let moving: number;
  let previous: number;
  if (endMentor !== -1) {
    moving = pred[n + endMentor]!;
    previous = matchOf[moving]!;
    addToMentor(state, endMentor, moving);
  } else {
    if (dropper === start) return;
    const mentor = matchOf[dropper]!;
    moving = pred[n + mentor]!;
    previous = matchOf[moving]!;
    swapAtMentor(state, mentor, dropper, moving);
  }
  // Walk back to the start: each mentee on the path moves to the mentor after it.
  while (previous !== -1) {
    const mentor = previous;
    const incoming = pred[n + mentor]!;
    previous = matchOf[incoming]!;
    swapAtMentor(state, mentor, moving, incoming);
    moving = incoming;
  }
}

/**
 * Offers each mentor of `mentee` (not its own, not yet settled) the distance `base + z - weight`,
 * unless that is at or past `dropAt`: nothing there is ever reached, the search ends first. Full
 * mentors go to the heap; returns the nearest mentor with room closer than `roomAt`, or -1. The
 * hottest loop of the solver, so a plain function of its own rather than part of a closure (whose
 * captured variables V8 keeps in memory, not in registers).
 */
function relaxPairs(
  state: SolverState,
  mentee: number,
  base: number,
  dropAt: number,
  stamp: number,
  roomAt: number,
): number {
  const { n, matchOf, capacity, count, z, dist, pred, seen, done, heap } = state;
  const { menteeStart, edges, scale, bonus } = state.graph;
  const own = matchOf[mentee];
  let nearest = -1;
  let nearestAt = roomAt;
  for (let e = menteeStart[mentee]!; e < menteeStart[mentee + 1]!; e++) {
    const edge = edges[e]!;
    const mentor = edge >> EDGE_SHIFT;
    const target = n + mentor;
    if (mentor === own || done[target] === stamp) continue;
    const next = base + z[mentor]! - ((edge & EDGE_SCORE_MASK) * scale + bonus);
    if (next >= dropAt) continue;
    if (seen[target] !== stamp || next < dist[target]!) {
      seen[target] = stamp;
      dist[target] = next;
      pred[target] = mentee;
      if (count[mentor]! === capacity[mentor]!) heap.push(next, target);
      else if (next < nearestAt) {
        nearestAt = next;
        nearest = mentor;
      }
    }
  }
  return nearest;
}
