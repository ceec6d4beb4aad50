import { localToUtcMinute, offsetPieces } from './time-zone-offsets.ts';
import type { AvailabilityWindow, Weekday } from './types.ts';

const DAY_INDEX: Record<Weekday, number> = { mon: 0, tue: 1, wed: 2, thu: 3, fri: 4, sat: 5, sun: 6 };

/** "HH:MM" (or "24:00") → minutes since midnight. */
export function minutesOfDay(time: string): number {
  const digit = (at: number) => time.charCodeAt(at) - 48;
  return (digit(0) * 10 + digit(1)) * 60 + digit(3) * 10 + digit(4);
}

/**
 * One person's weekly windows as sorted, disjoint UTC intervals `[start, end)` in minutes since
 * the reference Monday 00:00 UTC, flattened as start, end, start, end… Each window is read on its
 * own date of the reference week in the person's zone, so a DST change inside the week counts.
 */
export function weeklyUtcIntervals(
  windows: readonly AvailabilityWindow[],
  timeZone: string | null,
  weekStartMs: number,
): number[] {
  if (windows.length === 0 || timeZone === null) return [];
  const pieces = offsetPieces(timeZone, weekStartMs);
  // Start and end pairs, sorted by start with an insertion sort (a person has a handful of windows).
  const bounds: number[] = [];
  for (const window of windows) {
    const dayStart = DAY_INDEX[window.day] * 1440;
    const start = localToUtcMinute(pieces, dayStart + minutesOfDay(window.start));
    const end = localToUtcMinute(pieces, dayStart + minutesOfDay(window.end));
    if (end <= start) continue;
    let at = bounds.length;
    bounds.push(start, end);
    while (at > 0 && (bounds[at - 2]! > start || (bounds[at - 2] === start && bounds[at - 1]! > end))) {
      bounds[at] = bounds[at - 2]!;
      bounds[at + 1] = bounds[at - 1]!;
      at -= 2;
    }
    bounds[at] = start;
    bounds[at + 1] = end;
  }
  const merged: number[] = [];
  for (let k = 0; k < bounds.length; k += 2) {
    const last = merged.length - 1;
    if (last > 0 && bounds[k]! <= merged[last]!) merged[last] = Math.max(merged[last]!, bounds[k + 1]!);
    else merged.push(bounds[k]!, bounds[k + 1]!);
  }
  return merged;
}

/**
 * Minutes both people are available: the overlap of two flattened interval lists, `a` from
 * `aFrom` to `aTo` and `b` from `bFrom` to `bTo` (indices into the arrays, end exclusive).
 */
export function overlapMinutes(
  a: Int32Array,
  aFrom: number,
  aTo: number,
  b: Int32Array,
  bFrom: number,
  bTo: number,
): number {
  let total = 0;
  let i = aFrom;
  let j = bFrom;
  while (i < aTo && j < bTo) {
    const aEnd = a[i + 1]!;
    const bEnd = b[j + 1]!;
    const start = Math.max(a[i]!, b[j]!);
    const end = Math.min(aEnd, bEnd);
    if (end > start) total += end - start;
    if (aEnd < bEnd) i += 2;
    else j += 2;
  }
  return total;
}
