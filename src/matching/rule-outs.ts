import type { CohortIndex } from './cohort-index.ts';
import type { RuledOutBy } from './types.ts';
import { overlapMinutes } from './weekly-availability.ts';

/** MATCHING.md's hard constraints, in the order they are reported. */
export const HARD_CONSTRAINTS: readonly RuledOutBy[] = [
  'excluded',
  'mentor-gender',
  'age-gap',
  'language',
  'availability',
];

/** Bit k set: HARD_CONSTRAINTS[k] rules the pair out. */
export type RuleOutMask = number;

/** The weekly overlap of a pair in minutes. */
export function pairOverlap(index: CohortIndex, i: number, j: number): number {
  return overlapMinutes(
    index.menteeIntervals,
    index.menteeSlots[i]!,
    index.menteeSlots[i + 1]!,
    index.mentorIntervals,
    index.mentorSlots[j]!,
    index.mentorSlots[j + 1]!,
  );
}

/** Whether mentee `i` and mentor `j` share a language. */
export function sharesLanguage(index: CohortIndex, i: number, j: number): boolean {
  const { start, items, bits, words } = index.languages;
  for (let k = start[i]!; k < start[i + 1]!; k++) {
    const id = items[k]!;
    if ((bits[j * words + (id >>> 5)]! & (1 << (id & 31))) !== 0) return true;
  }
  return false;
}

/** Every hard constraint the pair fails (all of them, not only the first). */
export function ruleOutMask(index: CohortIndex, i: number, j: number): RuleOutMask {
  const { settings } = index.input;
  let mask = 0;
  for (let k = index.excludedStart[i]!; k < index.excludedStart[i + 1]!; k++) {
    if (index.excludedMentors[k] === j) mask |= 1;
  }
  const wants = index.menteeWantsGender[i]!;
  if (wants !== -1 && index.mentorGender[j] !== wants) mask |= 2;
  const gap = index.mentorAge[j]! - index.menteeAge[i]!;
  // An age not given (NaN) cannot break the age gap: the constraint applies when both are known.
  if (settings.ageGap && !Number.isNaN(gap) && (gap < settings.ageGap.min || gap > settings.ageGap.max)) mask |= 4;
  if (settings.requireSharedLanguage && !sharesLanguage(index, i, j)) mask |= 8;
  if (pairOverlap(index, i, j) < settings.minOverlapMinutes) mask |= 16;
  return mask;
}

export function ruleOutNames(mask: RuleOutMask): RuledOutBy[] {
  return HARD_CONSTRAINTS.filter((_, k) => (mask & (1 << k)) !== 0);
}
