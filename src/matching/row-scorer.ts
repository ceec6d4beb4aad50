import type { CohortIndex } from './cohort-index.ts';
import { cohortFactors, IMPOSSIBLE, menteeFactors, pairScore } from './score-formula.ts';
import type { TagSets } from './tag-sets.ts';
import type { ProfileSettings } from './types.ts';

/**
 * What scoring reads: the cohort index without the profiles themselves, so that it can be sent to
 * a worker thread (score-all-pairs.ts) as typed arrays and a few numbers.
 */
export type ScoringIndex = Omit<CohortIndex, 'input'> & { input: { settings: ProfileSettings } };

/**
 * The loop over one mentee's row, as its own function: V8 optimises a function called once per
 * mentee far better than one long loop nest (leaving an inner loop compiled on the stack throws
 * the optimised code away, row after row).
 */
export function rowScorer(index: ScoringIndex, scores: Uint8Array): (i: number) => void {
  const { mentorCount: m, experiences, goals, interests, languages } = index;
  const { weights, ageGap, requireSharedLanguage, minOverlapMinutes } = index.input.settings;
  const cohort = cohortFactors(weights);
  // One slot more than there are mentors: each row's exclusions end with that slot (see sentinels).
  const excludedFor = new Int32Array(m + 1).fill(-1);
  const exclusions = withSentinels(index.excludedStart, index.excludedMentors, m);
  const { mentorGender, mentorAge, experienceIdf, mentorSlots, menteeIntervals, breakpoints, mentorBreakpoints } =
    index;
  const coverage = new Int32Array(breakpoints.length);
  const minGap = ageGap ? ageGap.min : Number.NEGATIVE_INFINITY;
  const maxGap = ageGap ? ageGap.max : Number.POSITIVE_INFINITY;
  const interestSizes = interests.mentorSizes;
  // Per row, what each mentor shares with the mentee, added up tag by tag over the mentors who
  // hold it (few per tag), so the pair loop only reads these instead of comparing tag sets.
  const sharedIdf = new Float64Array(m);
  const goalsMet = new Int32Array(m);
  const commonInterests = new Int32Array(m);
  const sharesLanguage = new Uint8Array(m);
  const { passes, starts, ends, extraMentors } = intervalPasses(mentorSlots, mentorBreakpoints);
  const overlaps = new Int32Array(m);
  return (i: number) => {
    const row = i * m;
    for (let k = exclusions.start[i]!; k < exclusions.start[i + 1]!; k++) excludedFor[exclusions.mentors[k]!] = i;
    // -1 (every bit) when the mentee asks for a mentor's gender, 0 when not: the test below then
    // reads every mentor's gender either way, without a branch.
    const wantsGender = index.menteeWantsGender[i]!;
    const genderMask = wantsGender === -1 ? 0 : -1;
    // A missing age (NaN) makes the gap NaN, which no bound rules out.
    const age = index.menteeAge[i]!;
    const idfTotal = index.menteeIdfTotal[i]!;
    const goalCount = goals.start[i + 1]! - goals.start[i]!;
    const menteeInterestCount = interests.start[i + 1]! - interests.start[i]!;
    fillCoverage(coverage, breakpoints, menteeIntervals, index.menteeSlots[i]!, index.menteeSlots[i + 1]!);
    const factors = menteeFactors(cohort, weights, idfTotal, goalCount);
    // Experiences in ascending id order, as describe-pair.ts sums them (a floating-point sum's order matters).
    forEachTagAscending(experiences, i, (id) => {
      for (let k = experiences.holderStart[id]!; k < experiences.holderStart[id + 1]!; k++) {
        sharedIdf[experiences.holders[k]!]! += experienceIdf[id]!;
      }
    });
    addHolders(goals, i, goalsMet);
    addHolders(interests, i, commonInterests);
    for (let k = languages.start[i]!; k < languages.start[i + 1]!; k++) {
      const id = languages.items[k]!;
      for (let h = languages.holderStart[id]!; h < languages.holderStart[id + 1]!; h++)
        sharesLanguage[languages.holders[h]!] = 1;
    }

    // Each mentor's overlap with the mentee, from the mentee's coverage table (fillCoverage).
    overlaps.fill(0);
    for (let pass = 0; pass < passes; pass++) {
      for (let j = 0, k = pass * m; j < m; j++, k++) overlaps[j]! += coverage[ends[k]!]! - coverage[starts[k]!]!;
    }
    for (const j of extraMentors) {
      for (let k = mentorSlots[j]! + 2 * passes; k < mentorSlots[j + 1]!; k += 2) {
        overlaps[j]! += coverage[mentorBreakpoints[k + 1]!]! - coverage[mentorBreakpoints[k]!]!;
      }
    }
    for (let j = 0; j < m; j++) {
      const gap = mentorAge[j]! - age;
      if (
        excludedFor[j] === i ||
        ((mentorGender[j]! - wantsGender) & genderMask) !== 0 ||
        gap < minGap ||
        gap > maxGap
      ) {
        scores[row + j] = IMPOSSIBLE;
        continue;
      }
      const shared = sharesLanguage[j] === 1;
      if (requireSharedLanguage && !shared) {
        scores[row + j] = IMPOSSIBLE;
        continue;
      }
      const overlap = overlaps[j]!;
      if (overlap < minOverlapMinutes) {
        scores[row + j] = IMPOSSIBLE;
        continue;
      }
      const common = commonInterests[j]!;
      scores[row + j] = pairScore(
        factors,
        sharedIdf[j]!,
        goalsMet[j]!,
        common,
        menteeInterestCount + interestSizes[j]! - common,
        overlap,
        shared,
      );
    }
    sharedIdf.fill(0);
    goalsMet.fill(0);
    commonInterests.fill(0);
    sharesLanguage.fill(0);
  };
}

/**
 * Each row's excluded mentors followed by `m` (a slot no mentor has). Optimised code that meets an
 * operation it never ran before is thrown away and compiled again; with the sentinel, marking a
 * row's exclusions runs on every row, not only on the first mentee who has one, which may come
 * after the scorer was optimised (each such restart cost milliseconds of slower rows).
 */
function withSentinels(start: Int32Array, mentors: Int32Array, m: number): { start: Int32Array; mentors: Int32Array } {
  const n = start.length - 1;
  const withEnd = new Int32Array(mentors.length + n);
  const starts = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    starts[i] = start[i]! + i;
    withEnd.set(mentors.subarray(start[i]!, start[i + 1]!), starts[i]!);
    withEnd[start[i + 1]! + i] = m;
  }
  starts[n] = withEnd.length;
  return { start: starts, mentors: withEnd };
}

/** Calls `visit` with each of mentee `i`'s tag ids, ascending. */
function forEachTagAscending(sets: TagSets, i: number, visit: (id: number) => void): void {
  for (let k = sets.wordStart[i]!; k < sets.wordStart[i + 1]!; k++) {
    let bits = sets.wordBits[k]!;
    while (bits !== 0) {
      const lowest = bits & -bits;
      visit(sets.wordIndex[k]! * 32 + 31 - Math.clz32(lowest));
      bits ^= lowest;
    }
  }
}

/** `counts[j]` += how many of mentee `i`'s tags mentor j holds. */
function addHolders(sets: TagSets, i: number, counts: Int32Array): void {
  for (let k = sets.start[i]!; k < sets.start[i + 1]!; k++) {
    const id = sets.items[k]!;
    for (let h = sets.holderStart[id]!; h < sets.holderStart[id + 1]!; h++) counts[sets.holders[h]!]!++;
  }
}

/**
 * `coverage[k]`: minutes of the mentee's availability before `breakpoints[k]`. A mentor interval
 * from breakpoint s to breakpoint e then overlaps the mentee by `coverage[e] - coverage[s]`, so
 * each pair costs two reads per mentor interval instead of a merge of both interval lists.
 */
function fillCoverage(coverage: Int32Array, breakpoints: Int32Array, intervals: Int32Array, from: number, to: number) {
  let next = from;
  let whole = 0;
  for (let k = 0; k < breakpoints.length; k++) {
    const minute = breakpoints[k]!;
    while (next < to && intervals[next + 1]! <= minute) {
      whole += intervals[next + 1]! - intervals[next]!;
      next += 2;
    }
    coverage[k] = next < to && intervals[next]! < minute ? whole + minute - intervals[next]! : whole;
  }
}

/**
 * The mentors' intervals (as breakpoint indices) by position: pass p holds every mentor's p-th
 * interval, `starts[p * m + j]` and `ends[p * m + j]`, or (0, 0), which adds no overlap, for a
 * mentor with fewer. A row then adds up its overlaps pass by pass, each one plain loop over the
 * mentors: about a tenth faster than a loop over each mentor's own intervals (and no branch that
 * depends on how many a mentor has). There are as many passes as 99% of the mentors need, so a
 * few with many windows do not lengthen every pass; their other intervals (`extraMentors`) are
 * added one by one.
 */
function intervalPasses(
  mentorSlots: Int32Array,
  mentorBreakpoints: Int32Array,
): { passes: number; starts: Int32Array; ends: Int32Array; extraMentors: Int32Array } {
  const m = mentorSlots.length - 1;
  const lengths = Int32Array.from({ length: m }, (_, j) => mentorSlots[j + 1]! - mentorSlots[j]!).sort();
  const passes = m === 0 ? 0 : lengths[Math.floor(0.99 * (m - 1))]! / 2;
  const starts = new Int32Array(m * passes);
  const ends = new Int32Array(m * passes);
  const extraMentors: number[] = [];
  for (let j = 0; j < m; j++) {
    const count = (mentorSlots[j + 1]! - mentorSlots[j]!) / 2;
    for (let p = 0; p < Math.min(passes, count); p++) {
      starts[p * m + j] = mentorBreakpoints[mentorSlots[j]! + 2 * p]!;
      ends[p * m + j] = mentorBreakpoints[mentorSlots[j]! + 2 * p + 1]!;
    }
    if (count > passes) extraMentors.push(j);
  }
  return { passes, starts, ends, extraMentors: Int32Array.from(extraMentors) };
}
